#include "store/Migrations.h"

#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace tandem {

namespace detail {
extern const char* const kSchemaV7;
extern const char* const kSchemaV8;
extern const char* const kSchemaV9;
extern const char* const kSchemaV10;
} // namespace detail

namespace {

const char* const kSteps[] = { detail::kSchemaV1, detail::kSchemaV2, detail::kSchemaV3,
    detail::kSchemaV4, detail::kSchemaV5, detail::kSchemaV6, detail::kSchemaV7, detail::kSchemaV8,
    detail::kSchemaV9, detail::kSchemaV10 };

// Splits a script on ';' at line ends; no string literal in the scripts holds ';', and a trigger's
// inner statements end on the line of its END.
QStringList statements(const char* script)
{
    QStringList out;
    for (const QString& part : QString::fromUtf8(script).split(QStringLiteral(";\n"))) {
        const QString s = part.trimmed();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

} // namespace

int Migrations::latestVersion()
{
    return int(std::size(kSteps));
}

Result<void> Migrations::migrate(Database& db, int from, int to)
{
    Transaction tx(db);
    for (int v = from; v < to; ++v) {
        for (const QString& sql : statements(kSteps[v])) {
            auto r = db.exec(sql);
            if (!r)
                return Error { QCoreApplication::translate(
                                   "Database", "Updating the database to version %1 failed: %2")
                                   .arg(v + 1)
                                   .arg(r.error().message),
                    db.path(), 0, {} };
        }
    }
    (void)db.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId()));
    (void)db.exec(QStringLiteral("PRAGMA user_version = %1").arg(to));
    return tx.commit();
}

} // namespace tandem
