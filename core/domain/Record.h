// One stored record of any entity, as plain values keyed by field name.
#pragma once

#include <QString>
#include <QVariantMap>

namespace tandem {

// Values: QString for text, dates, references and choices; qint64 for integers, money and
// decimals (minor units / hundredths / thousandths); bool for flags; a null QVariant when absent.
struct Record {
    QString entity;
    QString id;
    QVariantMap fields;
    bool deleted = false;

    QVariant value(const QString& field) const { return fields.value(field); }
    QString text(const QString& field) const { return fields.value(field).toString(); }
};

// A value that counts as not set: absent, null or empty text.
inline bool isEmptyValue(const QVariant& v)
{
    return !v.isValid() || v.isNull() || v.toString().isEmpty();
}

} // namespace tandem
