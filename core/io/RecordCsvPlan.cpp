#include "io/RecordCsvPlan.h"

#include "domain/EntitySchema.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace tandem::RecordCsvImport {

namespace {

using Outcome = ImportRow::Outcome;

bool isEmpty(const QVariant& v)
{
    return !v.isValid() || v.isNull() || v.toString().isEmpty();
}

} // namespace

Planner::Planner(Session& session, const EntityDef& def, const CsvTable& table,
    const CsvMapping& mapping, const ImportOptions& options, const LocaleValues& values)
    : m_session(session)
    , m_def(def)
    , m_table(table)
    , m_mapping(mapping)
    , m_options(options)
    , m_values(values)
    , m_refs(session.records())
{
    m_fileName = options.fileName.isEmpty() ? table.fileName : options.fileName;
    if (def.name == QLatin1String("company") && options.duplicates != DuplicatePolicy::CreateAnyway)
        m_duplicates.emplace(session.records());
}

bool Planner::reject(Plan& plan, const QString& message, const QString& column)
{
    plan.row.outcome = Outcome::Rejected;
    plan.row.error = Error { message, m_fileName, plan.row.line, column };
    return false;
}

QString Planner::columnFor(const FieldDef& field) const
{
    const int c = m_mapping.columnOf(field.name);
    return c >= 0 ? m_mapping.header.at(c) : field.translatedLabel();
}

QList<Plan> Planner::plan()
{
    QList<Plan> plans;
    for (const CsvRow& row : m_table.rows) {
        Plan p;
        p.row.line = row.line;
        plans << p;
        if (read(row, plans.last()))
            classify(int(plans.size()) - 1, plans);
    }
    resolveForward(plans);
    rejectDependents(plans);
    return plans;
}

// A subsidiary may come before its parent company: look again once every row is planned.
void Planner::resolveForward(QList<Plan>& plans)
{
    for (int i = 0; i < plans.size(); ++i) {
        Plan& p = plans[i];
        for (const auto& [field, column] : std::as_const(p.forward)) {
            if (p.row.outcome == Outcome::Rejected)
                break;
            auto match = m_refs.find(m_def.name, p.refTexts.value(field));
            if (!match || match->row == i) {
                reject(p,
                    match ? QCoreApplication::translate(
                        "RecordCsvImport", "a record cannot refer to itself")
                          : match.error().message,
                    m_mapping.header.at(column));
                break;
            }
            Plan& writer = p.owner >= 0 ? plans[p.owner] : p;
            if (!writer.plannedRefs.contains(field))
                writer.plannedRefs.insert(field, match->row);
        }
    }
}

// Rows that refer to, or duplicate, a row that was rejected cannot be written either.
void Planner::rejectDependents(QList<Plan>& plans)
{
    for (bool changed = true; changed;) {
        changed = false;
        for (Plan& p : plans) {
            if (p.row.outcome == Outcome::Rejected)
                continue;
            if (p.owner >= 0 && plans.at(p.owner).row.outcome == Outcome::Rejected) {
                reject(p,
                    QCoreApplication::translate(
                        "RecordCsvImport", "duplicate of line %1, which cannot be imported")
                        .arg(plans.at(p.owner).row.line),
                    QString());
                changed = true;
                continue;
            }
            for (auto it = p.plannedRefs.cbegin(); it != p.plannedRefs.cend(); ++it) {
                if (plans.at(it.value()).row.outcome != Outcome::Rejected)
                    continue;
                const FieldDef* f = m_def.field(it.key());
                const QString kind = EntitySchema::find(f->refEntity)->translatedSingular();
                reject(p,
                    QCoreApplication::translate("RecordCsvImport", "%1 “%2” not found")
                        .arg(kind, p.refTexts.value(it.key())),
                    columnFor(*f));
                changed = true;
                break;
            }
        }
    }
}

bool Planner::read(const CsvRow& row, Plan& plan)
{
    QString currency = m_session.defaultCurrency();
    const int currencyColumn = m_mapping.columnOf(QStringLiteral("currency"));
    if (m_def.hasCurrency() && currencyColumn >= 0) {
        const QString code = row.fields.value(currencyColumn).trimmed().toUpper();
        static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
        if (!code.isEmpty() && !iso.match(code).hasMatch())
            return reject(plan,
                QCoreApplication::translate(
                    "RecordStore", "'%1' is not a currency code such as EUR or PLN")
                    .arg(row.fields.value(currencyColumn).trimmed()),
                m_mapping.header.at(currencyColumn));
        if (!code.isEmpty()) {
            currency = code;
            plan.values.insert(QStringLiteral("currency"), code);
        }
    }
    QHash<QString, QString> typed; // field → text as written, for the row's label
    for (int i = 0; i < row.fields.size(); ++i) {
        const FieldDef* field = m_def.field(m_mapping.targets.value(i));
        const QString text = row.fields.at(i);
        if (!field || text.trimmed().isEmpty() || typed.contains(field->name))
            continue;
        typed.insert(field->name, text.trimmed());
        if (field->name == QLatin1String("currency"))
            continue;
        if (field->type == FieldType::Ref) {
            plan.refTexts.insert(field->name, text.trimmed());
            auto match = m_refs.find(field->refEntity, text);
            if (!match && field->refEntity == m_def.name) {
                plan.forward << qMakePair(field->name, i);
                continue;
            }
            if (!match)
                return reject(plan, match.error().message, m_mapping.header.at(i));
            if (match->isPlanned())
                plan.plannedRefs.insert(field->name, match->row);
            else
                plan.values.insert(field->name, match->id);
            continue;
        }
        auto value = m_values.parse(*field, text, currency);
        if (!value)
            return reject(plan, value.error().message, m_mapping.header.at(i));
        plan.values.insert(field->name, *value);
    }

    QStringList label;
    for (const QString& name : m_def.labelFields)
        label << typed.value(name);
    plan.row.label = label.join(QLatin1Char(' ')).simplified();

    auto has = [&](const FieldDef& f) {
        return !isEmpty(plan.values.value(f.name)) || plan.plannedRefs.contains(f.name)
            || std::any_of(plan.forward.cbegin(), plan.forward.cend(),
                [&](const auto& ref) { return ref.first == f.name; });
    };
    for (const FieldDef& f : m_def.fields) {
        if (f.required() && !f.internal() && f.name != m_def.fixedField && !has(f))
            return reject(plan,
                QCoreApplication::translate("RecordCsvImport", "“%1” needs a value")
                    .arg(f.translatedLabel()),
                columnFor(f));
    }
    if (!m_def.requiredAnyOf.isEmpty()) {
        QStringList labels;
        bool any = false;
        for (const QString& name : m_def.requiredAnyOf) {
            any = any || has(*m_def.field(name));
            labels << m_def.field(name)->translatedLabel();
        }
        if (!any)
            return reject(plan,
                QCoreApplication::translate("RecordCsvImport", "one of %1 needs a value")
                    .arg(labels.join(QLatin1String(", "))),
                QString());
    }
    return true;
}

void Planner::classify(int index, QList<Plan>& plans)
{
    Plan& plan = plans[index];
    const std::optional<ImportMatch> hit
        = m_duplicates ? m_duplicates->find(plan.values) : std::nullopt;
    if (!hit) {
        plan.row.outcome = Outcome::Created;
        if (m_duplicates)
            m_duplicates->add(plan.values, ImportMatch { QString(), index });
        m_refs.addPlanned(m_def.name, plan.row.label, index);
        return;
    }
    plan.row.duplicateOfId = hit->id;
    if (m_options.duplicates == DuplicatePolicy::Skip) {
        plan.row.outcome = Outcome::SkippedDuplicate;
        plan.owner = hit->row;
        return;
    }
    // Update: fill empty fields of the record the earlier row creates, of an earlier row's update
    // of the same record, or of the existing record.
    Outcome outcome = Outcome::SkippedDuplicate;
    if (hit->isPlanned()) {
        plan.owner = hit->row;
        merge(plans[hit->row], plan, outcome);
    } else if (const auto owner = m_updateOwners.find(hit->id); owner != m_updateOwners.end()) {
        plan.owner = *owner;
        merge(plans[*owner], plan, outcome);
    } else if (const auto existing = m_session.records().get(m_def.name, hit->id)) {
        plan.existingId = hit->id;
        for (auto it = plan.values.cbegin(); it != plan.values.cend(); ++it) {
            if (isEmpty(existing->value(it.key())) && it.key() != QLatin1String("currency"))
                plan.fills.insert(it.key(), it.value());
        }
        plan.plannedRefs.removeIf([&](const QHash<QString, int>::iterator it) {
            return !isEmpty(existing->value(it.key()));
        });
        if (!plan.fills.isEmpty() || !plan.plannedRefs.isEmpty()) {
            outcome = Outcome::Updated;
            plan.row.recordId = hit->id;
            m_updateOwners.insert(hit->id, index);
        }
    }
    plan.row.outcome = outcome;
}

void Planner::merge(Plan& owner, const Plan& row, Outcome& outcome)
{
    QVariantMap& target = owner.existingId.isEmpty() ? owner.values : owner.fills;
    const auto existing = owner.existingId.isEmpty()
        ? std::nullopt
        : m_session.records().get(m_def.name, owner.existingId);
    for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
        const bool taken = !isEmpty(target.value(it.key())) || owner.plannedRefs.contains(it.key())
            || (existing && !isEmpty(existing->value(it.key())));
        if (!taken && it.key() != QLatin1String("currency")) {
            target.insert(it.key(), it.value());
            outcome = Outcome::Updated;
        }
    }
    for (auto it = row.plannedRefs.cbegin(); it != row.plannedRefs.cend(); ++it) {
        if (isEmpty(target.value(it.key())) && !owner.plannedRefs.contains(it.key())) {
            owner.plannedRefs.insert(it.key(), it.value());
            outcome = Outcome::Updated;
        }
    }
}

} // namespace tandem::RecordCsvImport
