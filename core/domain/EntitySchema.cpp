#include "domain/EntitySchema.h"

#include "domain/EntityBuilders.h"

#include <QCoreApplication>
#include <QHash>

namespace tandem {

bool FieldDef::isStoredAsInteger() const
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Bool:
    case FieldType::Money:
    case FieldType::Decimal2:
    case FieldType::Decimal3:
        return true;
    default:
        return false;
    }
}

int FieldDef::scale() const
{
    return type == FieldType::Decimal2 ? 2 : type == FieldType::Decimal3 ? 3 : 0;
}

QString FieldDef::translatedLabel() const
{
    return QCoreApplication::translate("Field", label);
}

const FieldDef* EntityDef::field(const QString& fieldName) const
{
    for (const FieldDef& f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

QString EntityDef::translatedSingular() const
{
    return QCoreApplication::translate("Entity", singular);
}

QString EntityDef::translatedPlural() const
{
    return QCoreApplication::translate("Entity", plural);
}

namespace EntitySchema {

const QList<EntityDef>& all()
{
    static const QList<EntityDef> list = [] {
        QList<EntityDef> l;
        detail::addPartiesEntities(l);
        detail::addSalesEntities(l);
        detail::addWorkEntities(l);
        return l;
    }();
    return list;
}

const EntityDef* find(const QString& name)
{
    static const QHash<QString, const EntityDef*> byName = [] {
        QHash<QString, const EntityDef*> h;
        for (const EntityDef& e : all())
            h.insert(e.name, &e);
        return h;
    }();
    return byName.value(name, nullptr);
}

const QStringList& systemFields()
{
    static const QStringList fields { QStringLiteral("id"), QStringLiteral("created_at"),
        QStringLiteral("created_by"), QStringLiteral("deleted") };
    return fields;
}

QVariantMap copyableValues(const QVariantMap& fields)
{
    QVariantMap values = fields;
    for (const QString& f : systemFields())
        values.remove(f);
    return values;
}

const EntityDef* forTable(const QString& table)
{
    for (const EntityDef& e : all()) {
        if (e.table == table && e.fixedField.isEmpty())
            return &e;
    }
    return nullptr;
}

} // namespace EntitySchema
} // namespace tandem
