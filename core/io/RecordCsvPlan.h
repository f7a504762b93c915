// Decides, row by row, what a CSV import of records will do (create, update, skip as a duplicate,
// reject with the reason), without writing: the dry run is this plan.
#pragma once

#include "domain/EntitySchema.h"
#include "io/CsvMapping.h"
#include "io/CsvReader.h"
#include "io/ImportLookups.h"
#include "io/ImportReport.h"
#include "io/LocaleValues.h"

#include <QHash>
#include <QList>
#include <QVariantMap>
#include <optional>

namespace tandem {

class Session;

namespace RecordCsvImport {

// One row of the file and what will become of it.
struct Plan {
    ImportRow row;
    QVariantMap values; // what the row says, in stored form
    QHash<QString, int> plannedRefs; // field → row whose record this import creates
    QHash<QString, QString> refTexts; // field → the reference as written, for messages
    QList<QPair<QString, int>> forward; // (field, column) naming a record of a row further down
    QString existingId; // the record an Update writes to
    QVariantMap fills; // Update: the existing record's empty fields this row fills
    int owner = -1; // a duplicate of an earlier row: the row that writes the record
};

// Reads each row (values in the locale, references by id or label), finds duplicates (companies:
// registration code, VAT code, folded name) and applies the duplicate policy to the plan.
class Planner {
public:
    Planner(Session& session, const EntityDef& def, const CsvTable& table,
        const CsvMapping& mapping, const ImportOptions& options, const LocaleValues& values);

    // Every row of the table, in file order; rows refer to each other by index.
    QList<Plan> plan();
    QString fileName() const { return m_fileName; }

private:
    bool read(const CsvRow& row, Plan& plan);
    void resolveForward(QList<Plan>& plans);
    void rejectDependents(QList<Plan>& plans);
    void classify(int index, QList<Plan>& plans);
    void merge(Plan& owner, const Plan& row, ImportRow::Outcome& outcome);
    // Marks the row Rejected with an Error naming the file, its line and the column; false.
    bool reject(Plan& plan, const QString& message, const QString& column);
    QString columnFor(const FieldDef& field) const; // the column mapped to it, else its label

    Session& m_session;
    const EntityDef& m_def;
    const CsvTable& m_table;
    const CsvMapping& m_mapping;
    const ImportOptions& m_options;
    const LocaleValues& m_values;
    QString m_fileName;
    ReferenceIndex m_refs;
    std::optional<CompanyDuplicates> m_duplicates;
    QHash<QString, int> m_updateOwners; // existing id → the row that updates it
};

} // namespace RecordCsvImport

} // namespace tandem
