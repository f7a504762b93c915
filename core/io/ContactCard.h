// A person as address books exchange them (vCard, CSV): what readers produce, writers consume and
// ContactImport turns into contact, company, contact_point, tag and photo records.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace tandem {

// One phone number, e-mail address or web address. `types` are lower-case vCard TYPE words
// ("work", "home", "cell", "fax", "voice", "internet" …); empty when the source gave none.
struct CardItem {
    QString value;
    QStringList types;
    bool preferred = false;

    bool operator==(const CardItem&) const = default;
};

struct CardAddress {
    QStringList types;
    QString poBox;
    QString extended;
    QString street;
    QString city;
    QString region;
    QString postcode;
    QString country;
    bool preferred = false;

    bool isEmpty() const
    {
        return poBox.isEmpty() && extended.isEmpty() && street.isEmpty() && city.isEmpty()
            && region.isEmpty() && postcode.isEmpty() && country.isEmpty();
    }
    bool operator==(const CardAddress&) const = default;
};

struct ContactCard {
    QString formattedName; // FN; readers fill it from the name parts when the source lacks it
    QString firstName; // N: given
    QString lastName; // N: family
    QString middleName; // N: additional
    QString prefix; // N: honorific prefixes
    QString suffix; // N: honorific suffixes
    QString organisation; // ORG, first component: the company's name
    QString department; // ORG, second component
    QString title; // TITLE
    QList<CardItem> phones; // TEL, in source order
    QList<CardItem> emails; // EMAIL
    QList<CardItem> urls; // URL
    QList<CardAddress> addresses; // ADR
    QStringList categories; // CATEGORIES: become tags
    QString note; // NOTE
    QDate birthday; // BDAY (a date without year is not kept)
    QByteArray photo; // PHOTO as bytes (decoded from base64 / data: URI)
    QString photoMimeType; // "image/jpeg", "image/png" …
    QString uid; // UID
    QString language; // LANG, BCP 47 ("lt", "pl-PL")
    // Contact fields a CSV column mapped to that have no vCard property (owner_id, status,
    // consent_email, next_contact_date, decision_maker …), as text in the user's form;
    // ContactImport parses them with FieldFormat.
    QVariantMap extra;

    int line = 0; // first line of this card or row in its file (1-based), for messages

    bool operator==(const ContactCard&) const = default;
};

// What a reader made of a file: the cards it could read, and one Error (file, line, field, message)
// per card or row it could not. A reader never stops at the first bad card.
struct CardReadResult {
    QList<ContactCard> cards;
    QList<Error> errors;
};

} // namespace tandem
