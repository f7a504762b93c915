// A recipient's address block as the post of the destination country wants it: postcode
// placement per country, and a country line only for mail that leaves the sender's country.
#pragma once

#include "domain/Record.h"

#include <QStringList>
#include <optional>

namespace tandem {

struct PostalAddress {
    QStringList lines; // street line(s), locality line(s), country line when abroad
    bool complete = false; // street, city and postcode present
    QStringList street; // the street lines as entered
    QString postcode; // as the destination's post writes it ("01100", "00-950", "SW1A 1AA")
    QString city;
    QString region;
    QString country; // ISO 3166 code ("LT"), the sender's country when the record names none
    QString countryName; // in the user's language ("Poland"); empty when unknown
};

// The contact's own address, or its company's when the contact has none; formatted for the
// destination country (LT "LT-01100 Vilnius", PL "00-950 Warszawa", RO "010011 București",
// UA postcode on its own last line, GB/IE postcode below the town, elsewhere "postcode city").
PostalAddress postalAddress(
    const Record& contact, const std::optional<Record>& company, const QString& senderCountry);

namespace PostalAddresses {
// An ISO 3166 alpha-2 code for a code or an English country name ("lt", "Lithuania" → "LT");
// empty when not recognised.
QString countryCode(const QString& codeOrName);
// The country's name in the user's language ("PL" → "Poland", "Lenkija" in Lithuanian).
QString countryName(const QString& code);
} // namespace PostalAddresses

} // namespace tandem
