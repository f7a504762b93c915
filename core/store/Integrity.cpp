#include "store/Integrity.h"

#include "domain/EntitySchema.h"
#include "store/Database.h"
#include "store/RecordStore.h"
#include "store/SearchIndex.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tandem {

namespace {

// `unreadable` is set when the check itself could not run.
QStringList storageProblems(Database& db, const QString& pragma, bool* unreadable = nullptr)
{
    QStringList problems;
    QSqlQuery q(db.connection());
    if (!q.exec(pragma)) {
        problems << QCoreApplication::translate(
            "Integrity", "The database file cannot be read: it is damaged.");
        if (unreadable)
            *unreadable = true;
        return problems;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << QCoreApplication::translate("Integrity", "Damaged storage: %1").arg(line);
    }
    return problems;
}

} // namespace

QStringList quickCheck(Database& db)
{
    return storageProblems(db, QStringLiteral("PRAGMA quick_check"));
}

QStringList checkIntegrity(Database& db, const RecordStore& records, const SearchIndex& search)
{
    bool unreadable = false;
    QStringList problems
        = storageProblems(db, QStringLiteral("PRAGMA integrity_check"), &unreadable);
    if (unreadable)
        return problems;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            problems << QCoreApplication::translate(
                "Integrity", "A %1 record (row %2) points to a missing %3.")
                            .arg(q.value(0).toString(), q.value(1).toString(),
                                q.value(2).toString());
    }
    q.finish();

    qint64 searchable = 0;
    for (const EntityDef& def : EntitySchema::all()) {
        if (def.searchable) {
            if (auto n = records.count(def.name))
                searchable += *n;
        }
    }
    const qint64 indexed = search.documentCount();
    if (indexed != searchable)
        problems << QCoreApplication::translate("Integrity",
            "The search index is incomplete (%1 of %2 records); "
            "rebuild it with 'tandem-cli check --repair'.")
                        .arg(indexed)
                        .arg(searchable);
    return problems;
}

} // namespace tandem
