// Field values to and from their canonical text: what the CLI reads and prints, and dump holds.
#pragma once

#include "domain/EntitySchema.h"
#include "util/Result.h"

#include <QJsonValue>
#include <QLocale>
#include <QVariant>
#include <optional>

namespace tandem {

// Digits after the decimal mark for an ISO 4217 currency (EUR 2, JPY 0, KWD 3).
int currencyMinorDigits(const QString& currency);

// "1250.50" with scale 2 → 125050. Accepts '.' or ',' as the decimal mark and a leading '-'.
std::optional<qint64> parseScaled(const QString& text, int scale);
QString formatScaled(qint64 value, int scale);
// The same exactly, as a reader of `locale` writes it: "1 234,50" in Lithuanian, "1,234.50" in
// English. `keepTrailingZeros` false drops zero decimals ("2" rather than "2,000" pieces).
QString formatScaled(qint64 value, int scale, const QLocale& locale, bool keepTrailingZeros = true);

// Parses user text for a field. Empty text is a null value (the field is cleared).
Result<QVariant> parseFieldText(
    const FieldDef& field, const QString& text, const QString& currency);
// Checks and normalises a value given in its stored form (or as text) for a field.
Result<QVariant> normaliseFieldValue(
    const FieldDef& field, const QVariant& value, const QString& currency);
// Canonical, locale-free text: money and decimals with '.', booleans as true/false.
QString formatFieldText(const FieldDef& field, const QVariant& value, const QString& currency);
QJsonValue fieldToJson(const FieldDef& field, const QVariant& value, const QString& currency);

} // namespace tandem
