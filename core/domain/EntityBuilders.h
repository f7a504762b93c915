// Small constructors used by the EntitySchema*.cpp catalogue files.
#pragma once

#include "domain/EntitySchema.h"

#include <QCoreApplication>

namespace tandem::detail {

inline FieldDef field(const char* name, const char* label, FieldType type, unsigned flags)
{
    FieldDef f;
    f.name = QString::fromLatin1(name);
    f.label = label;
    f.type = type;
    f.flags = flags;
    return f;
}

inline FieldDef ref(const char* name, const char* label, const char* entity, unsigned flags)
{
    FieldDef f = field(name, label, FieldType::Ref, flags);
    f.refEntity = QString::fromLatin1(entity);
    return f;
}

inline FieldDef choice(const char* name, const char* label, const char* choices, unsigned flags)
{
    FieldDef f = field(name, label, FieldType::Choice, flags);
    f.choices = QString::fromLatin1(choices).split(QLatin1Char('|'));
    return f;
}

void addPartiesEntities(QList<EntityDef>& list);
void addSalesEntities(QList<EntityDef>& list);
void addWorkEntities(QList<EntityDef>& list);

} // namespace tandem::detail
