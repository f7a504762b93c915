// How stored values read in lists, forms and history: the user's locale, currency and language.
#pragma once

#include "domain/EntitySchema.h"

#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

namespace tandem::FieldDisplay {

using LabelLookup = std::function<QString(const QString& entity, const QString& id)>;

// A stored value as a person reads it: "€1,250.50", "15/06/2026", a company's name, "Cold call".
QString text(const FieldDef& field, const QVariant& value, const QString& currency,
    const LabelLookup& labels);
// `wholeUnits`: rounded to the unit ("€12,500"), where cents would only be noise (the board).
QString money(qint64 minorUnits, const QString& currency, bool wholeUnits = false);
// Text an editor starts with, which parseFieldText reads back unchanged: "1250,50" in Lithuanian.
QString editText(const FieldDef& field, const QVariant& value, const QString& currency);
// The locale's short date format, always with a four-digit year.
QString dateFormat();
QString dateTimeFormat();
// A stored UTC time in local date and time ("15/06/2026 11:00"); empty when it is not a time.
QString storedTime(const QString& stored);
bool alignsRight(const FieldDef& field);
// An amount as a person types it ("1 250,50", "1,250.50", "900") in minor units; empty or
// unreadable text gives nothing.
std::optional<qint64> parseMoney(const QString& text, const QString& currency);

} // namespace tandem::FieldDisplay
