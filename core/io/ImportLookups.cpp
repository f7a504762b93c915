#include "io/ImportLookups.h"

#include "domain/EntitySchema.h"
#include "store/RecordStore.h"
#include "util/TextFold.h"

#include <QCoreApplication>

namespace tandem {

namespace {

// Codes compare without spaces, dots and dashes: "LT 1000 0123 4567" is "LT100001234567".
QString codeKey(const QString& code)
{
    QString key;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            key += c.toUpper();
    }
    return key;
}

// Names compare folded and without punctuation: "UAB „Baltic Trade“" is "uab baltic trade".
QString nameKey(const QString& name)
{
    QString key;
    for (const QChar c : foldForSearch(name)) {
        if (c.isLetterOrNumber())
            key += c;
        else if (!key.isEmpty() && !key.endsWith(QLatin1Char(' ')))
            key += QLatin1Char(' ');
    }
    return key.trimmed();
}

} // namespace

ReferenceIndex::ReferenceIndex(const RecordStore& records)
    : m_records(records)
{
}

QString ReferenceIndex::labelKey(const QString& label)
{
    return nameKey(label);
}

ReferenceIndex::Entry& ReferenceIndex::entry(const QString& entity)
{
    auto it = m_entries.find(entity);
    if (it != m_entries.end())
        return *it;
    Entry e;
    if (const auto rows = m_records.list(entity)) {
        for (const Record& r : *rows) {
            e.ids.insert(r.id);
            e.idsByLabel[labelKey(m_records.label(r))] << r.id;
        }
    }
    return *m_entries.insert(entity, std::move(e));
}

Result<ImportMatch> ReferenceIndex::find(const QString& entity, const QString& input)
{
    const QString text = input.trimmed();
    Entry& e = entry(entity);
    if (e.ids.contains(text.toLower()))
        return ImportMatch { text.toLower(), -1 };
    const QString key = labelKey(text);
    const QStringList ids = e.idsByLabel.value(key);
    const QList<int> planned = e.plannedByLabel.value(key);
    const EntityDef* def = EntitySchema::find(entity);
    const QString kind = def ? def->translatedSingular() : entity;
    if (ids.size() + planned.size() > 1)
        return makeError(QCoreApplication::translate("RecordCsvImport",
            "%1 “%2” is ambiguous: %3 records have that name; give the id instead")
                             .arg(kind, text)
                             .arg(ids.size() + planned.size()));
    if (ids.size() == 1)
        return ImportMatch { ids.first(), -1 };
    if (planned.size() == 1)
        return ImportMatch { QString(), planned.first() };
    return makeError(
        QCoreApplication::translate("RecordCsvImport", "%1 “%2” not found").arg(kind, text));
}

void ReferenceIndex::addPlanned(const QString& entity, const QString& label, int row)
{
    const QString key = labelKey(label);
    if (!key.isEmpty())
        entry(entity).plannedByLabel[key] << row;
}

CompanyDuplicates::CompanyDuplicates(const RecordStore& records)
{
    if (const auto rows = records.list(QStringLiteral("company"))) {
        for (const Record& r : *rows)
            add(r.fields, ImportMatch { r.id, -1 });
    }
}

CompanyDuplicates::Keys CompanyDuplicates::keys(const QVariantMap& values)
{
    return { codeKey(values.value(QStringLiteral("reg_code")).toString()),
        codeKey(values.value(QStringLiteral("vat_code")).toString()),
        nameKey(values.value(QStringLiteral("name")).toString()) };
}

std::optional<ImportMatch> CompanyDuplicates::find(const QVariantMap& values) const
{
    const Keys k = keys(values);
    if (!k.reg.isEmpty() && m_byReg.contains(k.reg))
        return m_known.at(m_byReg.value(k.reg)).second;
    if (!k.vat.isEmpty() && m_byVat.contains(k.vat))
        return m_known.at(m_byVat.value(k.vat)).second;
    if (k.name.isEmpty())
        return std::nullopt;
    for (const int i : m_byName.value(k.name)) {
        const Keys& other = m_known.at(i).first;
        if (k.reg.isEmpty() || other.reg.isEmpty() || k.reg == other.reg)
            return m_known.at(i).second;
    }
    return std::nullopt;
}

void CompanyDuplicates::add(const QVariantMap& values, const ImportMatch& match)
{
    const Keys k = keys(values);
    const int index = int(m_known.size());
    m_known << qMakePair(k, match);
    if (!k.reg.isEmpty() && !m_byReg.contains(k.reg))
        m_byReg.insert(k.reg, index);
    if (!k.vat.isEmpty() && !m_byVat.contains(k.vat))
        m_byVat.insert(k.vat, index);
    if (!k.name.isEmpty())
        m_byName[k.name] << index;
}

} // namespace tandem
