#include "io/RecordCsvImport.h"

#include "io/RecordCsvPlan.h"
#include "store/AutoBackup.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace tandem::RecordCsvImport {

namespace {

using Outcome = ImportRow::Outcome;

void count(ImportReport& report)
{
    report.created = report.updated = report.skipped = report.rejected = 0;
    for (const ImportRow& r : report.rows) {
        switch (r.outcome) {
        case Outcome::Created:
            ++report.created;
            break;
        case Outcome::Updated:
            ++report.updated;
            break;
        case Outcome::SkippedDuplicate:
            ++report.skipped;
            break;
        case Outcome::Rejected:
            ++report.rejected;
            break;
        }
    }
}

// Writes the plans in file order; on a failed write returns that row's index and the error.
std::optional<QPair<int, Error>> write(
    RecordStore& store, const QString& entity, QList<Plan>& plans)
{
    // A duplicate row may give an earlier row a reference to a record created after it.
    QList<QPair<int, QString>> later; // (row, field)
    auto withRefs = [&](int i, QVariantMap values) {
        const Plan& p = plans.at(i);
        for (auto it = p.plannedRefs.cbegin(); it != p.plannedRefs.cend(); ++it) {
            if (plans.at(it.value()).row.recordId.isEmpty())
                later << qMakePair(i, it.key());
            else
                values.insert(it.key(), plans.at(it.value()).row.recordId);
        }
        return values;
    };
    for (int i = 0; i < plans.size(); ++i) {
        Plan& p = plans[i];
        if (p.owner >= 0) {
            const QString id = plans.at(p.owner).row.recordId;
            if (p.row.outcome == Outcome::Updated)
                p.row.recordId = id;
            else if (p.row.duplicateOfId.isEmpty())
                p.row.duplicateOfId = id;
        } else if (p.row.outcome == Outcome::Created) {
            auto id = store.create(entity, withRefs(i, p.values));
            if (!id)
                return qMakePair(i, id.error());
            p.row.recordId = *id;
        } else if (p.row.outcome == Outcome::Updated) {
            if (auto ok = store.update(entity, p.existingId, withRefs(i, p.fills)); !ok)
                return qMakePair(i, ok.error());
        }
    }
    for (const auto& [i, field] : later) {
        const Plan& p = plans.at(i);
        const QVariantMap change { { field, plans.at(p.plannedRefs.value(field)).row.recordId } };
        if (auto ok = store.update(entity, p.row.recordId, change); !ok)
            return qMakePair(i, ok.error());
    }
    return std::nullopt;
}

} // namespace

Result<ImportReport> run(Session& session, const CsvTable& table, const CsvMapping& mapping,
    const ImportOptions& options, const LocaleValues& values)
{
    const EntityDef* def = EntitySchema::find(mapping.entity);
    if (!def)
        return makeError(QCoreApplication::translate("RecordCsvImport", "unknown record type “%1”")
                             .arg(mapping.entity));
    if (def->name == QLatin1String("contact"))
        return makeError(QCoreApplication::translate("RecordCsvImport",
            "contacts are imported with the contact import, not as plain records"));

    Planner planner(session, *def, table, mapping, options, values);
    QList<Plan> plans = planner.plan();
    ImportReport report;
    report.errors = table.errors;
    auto fillRows = [&] {
        report.rows.clear();
        for (const Plan& p : plans)
            report.rows << p.row;
        count(report);
    };
    fillRows();
    const bool invalid = report.rejected > 0 || !report.errors.isEmpty();
    if (options.dryRun || (invalid && !options.skipInvalid))
        return report;
    if (auto b = AutoBackup::before(
            session.database(), BackupReason::BeforeImport, session.clock().nowUtc());
        !b)
        return b.error();

    Transaction tx(session.database());
    const auto failed = write(session.records(), def->name, plans);
    Result<void> committed = failed ? Result<void>(failed->second) : tx.commit();
    if (failed || !committed) {
        tx.rollback();
        // Nothing was written: no row has a new record, and the row that failed says why.
        for (Plan& p : plans) {
            const QString existing = p.owner >= 0 ? plans.at(p.owner).existingId : p.existingId;
            p.row.recordId = p.row.outcome == Outcome::Updated ? existing : QString();
            if (p.owner >= 0)
                p.row.duplicateOfId = existing;
        }
        Error error = committed.error();
        error.file = planner.fileName();
        if (failed) {
            Plan& p = plans[failed->first];
            error.line = p.row.line;
            if (const int column = mapping.columnOf(error.field); column >= 0)
                error.field = mapping.header.at(column);
            p.row.outcome = Outcome::Rejected;
            p.row.error = error;
        } else {
            report.errors << error;
        }
        fillRows();
        return report;
    }
    fillRows();
    report.applied = true;
    return report;
}

} // namespace tandem::RecordCsvImport
