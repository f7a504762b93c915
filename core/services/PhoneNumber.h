// Phone numbers and e-mail addresses reduced to a form two spellings of the same one share, so
// duplicates are found however people typed them.
#pragma once

#include <QList>
#include <QString>

namespace tandem {

namespace PhoneNumber {

// The calling code of a country given as an ISO 3166 code ("LT" → 370) or its English name;
// 0 when unknown.
int callingCode(const QString& country);

struct Normalised {
    QString digits; // with the country code first when `international`
    bool international = false;

    bool isEmpty() const { return digits.isEmpty(); }
};

// Digits only; "+" or "00" marks an international number; a national number ("8 612 34567") is
// made international with the calling code of `country` when that is known.
Normalised normalise(const QString& text, const QString& country = {});

// Equal normalised forms, or — when either number's country is unknown — equal last 9 digits.
// Numbers with fewer than 7 digits (extensions, typos) never match.
bool matches(const Normalised& a, const Normalised& b);

// Whether `number` is already among `numbers` (the same digits, or a match); an empty number is.
bool isKnown(const QList<Normalised>& numbers, const Normalised& number);

// Two numbers that match share this key (their last 7 digits); empty for numbers that never match.
QString bucketKey(const Normalised& number);

} // namespace PhoneNumber

// Trimmed and lower-cased.
QString normaliseEmail(const QString& email);

} // namespace tandem
