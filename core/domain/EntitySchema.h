// The catalogue of record types and their fields: drives validation, the CLI, lists, dump and sync.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace tandem {

enum class FieldType {
    Text,
    LongText,
    Integer,
    Bool,
    Money, // integer minor units in the record's currency
    Decimal2, // integer hundredths (percentages: 21.00 % is 2100)
    Decimal3, // integer thousandths (quantities)
    Date, // yyyy-MM-dd
    DateTime, // ISO 8601 UTC, yyyy-MM-ddTHH:mm:ss.zzzZ
    Ref, // the id of another record
    Choice, // one of a fixed list of keys
    Email,
    Phone,
    Url,
    Blob,
};

enum FieldFlag : unsigned {
    Required = 1u << 0,
    Searchable = 1u << 1,
    Internal = 1u << 2, // set by services (merge, sync), not offered in forms or the CLI
};

struct FieldDef {
    QString name;
    const char* label = ""; // untranslated; translate in context "Field"
    FieldType type = FieldType::Text;
    QString refEntity; // for Ref
    QStringList choices; // for Choice
    unsigned flags = 0;

    bool required() const { return flags & Required; }
    bool searchable() const { return flags & Searchable; }
    bool internal() const { return flags & Internal; }
    bool isStoredAsInteger() const;
    int scale() const; // decimal digits of Decimal2/Decimal3, 0 otherwise
    QString translatedLabel() const;
};

struct EntityDef {
    QString name; // as the CLI spells it: contact, quote_line, case …
    QString table;
    const char* singular = ""; // untranslated; context "Entity"
    const char* plural = "";
    QStringList labelFields; // joined with spaces to name a record
    QStringList detailFields; // a second line in search results
    QStringList requiredAnyOf; // at least one of these must be set
    QStringList listColumns;
    QString fixedField; // an entity that is a view of another table (task = activity of kind task)
    QString fixedValue;
    bool searchable = false;
    QList<FieldDef> fields;

    const FieldDef* field(const QString& name) const;
    bool hasCurrency() const { return field(QStringLiteral("currency")) != nullptr; }
    QString translatedSingular() const;
    QString translatedPlural() const;
};

namespace EntitySchema {
const QList<EntityDef>& all();
const EntityDef* find(const QString& name);
// Fields every table has, set by the write path only.
const QStringList& systemFields();
// A record's values without the system fields: what a copy of it is created from.
QVariantMap copyableValues(const QVariantMap& fields);
// The entity that owns rows of the table, for tables shared by several entities.
const EntityDef* forTable(const QString& table);
} // namespace EntitySchema

} // namespace tandem
