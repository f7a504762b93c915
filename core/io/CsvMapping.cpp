#include "io/CsvMapping.h"

#include "domain/EntitySchema.h"
#include "io/CsvContactColumns.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace tandem {

namespace {

const QLatin1String kContact("contact");

bool importable(const FieldDef& f)
{
    return !f.internal() && f.type != FieldType::Blob;
}

// Common spellings of generic fields, for any entity that has a field of that name.
const QHash<QString, QStringList>& fieldAliases()
{
    static const QHash<QString, QStringList> aliases {
        { QStringLiteral("postcode"),
            { QStringLiteral("Zip"), QStringLiteral("Zip Code"), QStringLiteral("Postal Code"),
                QStringLiteral("Post Code") } },
        { QStringLiteral("region"), { QStringLiteral("State"), QStringLiteral("Province") } },
        { QStringLiteral("website"),
            { QStringLiteral("Web"), QStringLiteral("Web Page"), QStringLiteral("URL"),
                QStringLiteral("Homepage") } },
        { QStringLiteral("email"),
            { QStringLiteral("Email"), QStringLiteral("E-mail Address"),
                QStringLiteral("Email Address") } },
        { QStringLiteral("phone"),
            { QStringLiteral("Telephone"), QStringLiteral("Tel"),
                QStringLiteral("Phone Number") } },
        { QStringLiteral("street"),
            { QStringLiteral("Address"), QStringLiteral("Street Address") } },
        { QStringLiteral("reg_code"),
            { QStringLiteral("Company Code"), QStringLiteral("Registration Number"),
                QStringLiteral("Registration No") } },
        { QStringLiteral("vat_code"),
            { QStringLiteral("VAT"), QStringLiteral("VAT Number"), QStringLiteral("VAT ID"),
                QStringLiteral("VAT No") } },
        { QStringLiteral("notes"), { QStringLiteral("Note"), QStringLiteral("Comments") } },
    };
    return aliases;
}

// match key → target, filled from the strongest kind of name to the weakest so a stronger one
// is never replaced.
QHash<QString, QString> keysFor(const QString& entity)
{
    QHash<QString, QString> keys;
    auto add = [&](const QString& text, const QString& target) {
        const QString key = CsvMapping::matchKey(text);
        if (!key.isEmpty() && !keys.contains(key))
            keys.insert(key, target);
    };
    const QList<CsvTarget> all = CsvMapping::availableTargets(entity);
    for (const CsvTarget& t : all)
        add(t.name, t.name);
    if (entity == kContact) {
        for (const auto& t : CsvContactColumns::targets())
            add(QString::fromUtf8(t.label), QString::fromLatin1(t.name));
    } else if (const EntityDef* def = EntitySchema::find(entity)) {
        for (const FieldDef& f : def->fields) {
            if (!importable(f))
                continue;
            add(QString::fromUtf8(f.label), f.name);
            if (f.type == FieldType::Ref && f.name.endsWith(QLatin1String("_id")))
                add(f.name.chopped(3), f.name); // "owner" for owner_id
        }
    }
    for (const CsvTarget& t : all)
        add(t.label, t.name); // translated
    if (entity != kContact) {
        for (const CsvTarget& t : all) {
            for (const QString& alias : fieldAliases().value(t.name))
                add(alias, t.name);
        }
    }
    return keys;
}

} // namespace

QString CsvMapping::matchKey(const QString& text)
{
    QString key;
    for (const QChar c : foldForSearch(text)) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

int CsvMapping::columnOf(const QString& target) const
{
    return int(targets.indexOf(target));
}

QList<int> CsvMapping::unmatchedColumns() const
{
    QList<int> out;
    for (int i = 0; i < header.size(); ++i) {
        if (targets.value(i).isEmpty())
            out << i;
    }
    return out;
}

QStringList CsvMapping::unmatchedHeaders() const
{
    QStringList out;
    for (const int i : unmatchedColumns())
        out << header.at(i);
    return out;
}

QList<CsvTarget> CsvMapping::availableTargets(const QString& entity)
{
    QList<CsvTarget> out;
    if (entity == kContact) {
        for (const auto& t : CsvContactColumns::targets())
            out << CsvTarget { QString::fromLatin1(t.name),
                QCoreApplication::translate("Field", t.label), t.repeatable };
        return out;
    }
    if (const EntityDef* def = EntitySchema::find(entity)) {
        for (const FieldDef& f : def->fields) {
            if (importable(f))
                out << CsvTarget { f.name, f.translatedLabel(), false };
        }
    }
    return out;
}

QString CsvMapping::canonicalTarget(const QString& entity, const QString& name)
{
    if (entity == kContact)
        return CsvContactColumns::canonicalName(name);
    const EntityDef* def = EntitySchema::find(entity);
    if (!def)
        return QString();
    const QString n = name.trimmed();
    for (const QString& candidate : { n, n + QStringLiteral("_id") }) {
        const FieldDef* f = def->field(candidate);
        if (f && importable(*f) && (candidate == n || f->type == FieldType::Ref))
            return candidate;
    }
    return QString();
}

QString CsvMapping::targetLabel(const QString& entity, const QString& target)
{
    if (entity == kContact && CsvContactColumns::isNumberedTarget(target))
        return CsvContactColumns::numberedLabel(target);
    for (const CsvTarget& t : availableTargets(entity)) {
        if (t.name == target)
            return t.label;
    }
    return target;
}

CsvMapping CsvMapping::autoMatch(const QString& entity, const QStringList& header)
{
    CsvMapping mapping;
    mapping.entity = entity;
    mapping.header = header;
    const QHash<QString, QString> keys = keysFor(entity);
    QSet<QString> repeatable;
    for (const CsvTarget& t : availableTargets(entity)) {
        if (t.repeatable)
            repeatable.insert(t.name);
    }
    QSet<QString> headerKeys;
    for (const QString& h : header)
        headerKeys.insert(matchKey(h));
    // Outlook's "Title" is Mr./Ms.; its job title is "Job Title". Alone, "Title" is a job title.
    const bool outlookTitles
        = entity == kContact && headerKeys.contains(QStringLiteral("jobtitle"));

    QSet<QString> used;
    for (const QString& h : header) {
        const QString key = matchKey(h);
        QString target;
        if (entity == kContact) {
            target = CsvContactColumns::numberedColumn(h);
            if (target.isEmpty() && outlookTitles && key == QLatin1String("title"))
                target = QStringLiteral("prefix");
            if (target.isEmpty())
                target = CsvContactColumns::knownHeader(key);
        }
        if (target.isEmpty())
            target = keys.value(key);
        if (!target.isEmpty() && used.contains(target) && !repeatable.contains(target))
            target.clear(); // a second "City" column: the user decides
        if (!target.isEmpty())
            used.insert(target);
        mapping.targets << target;
    }
    return mapping;
}

} // namespace tandem
