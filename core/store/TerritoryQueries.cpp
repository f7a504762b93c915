#include "store/TerritoryQueries.h"

#include "store/Database.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace tandem {

namespace {

const char* const kOpenDeal = "coalesce(d.status, '') IN ('', 'open')";
const char* const kOpenLead = "coalesce(l.status, '') NOT IN ('lost', 'converted')";

// openBook's statements, in the order it runs them.
QStringList openBookText()
{
    return {
        QStringLiteral(
            "SELECT id FROM company WHERE deleted = 0 AND territory_id = ? AND owner_id = ? "
            "ORDER BY id"),
        QStringLiteral(R"SQL(
        SELECT d.id FROM deal d JOIN company c ON c.id = d.company_id
        WHERE d.deleted = 0 AND c.deleted = 0 AND c.territory_id = ? AND c.owner_id = ?
            AND d.owner_id = ? AND %1
        ORDER BY d.id)SQL")
            .arg(QLatin1String(kOpenDeal)),
        QStringLiteral(R"SQL(
        SELECT l.id FROM lead l LEFT JOIN company c ON c.id = l.company_id AND c.deleted = 0
        WHERE l.deleted = 0 AND l.owner_id = ? AND %1
            AND coalesce(nullif(l.territory_id, ''), c.territory_id) = ?
        ORDER BY l.id)SQL")
            .arg(QLatin1String(kOpenLead)),
        // By the owner's tasks (activity_task_due): left to itself SQLite walks every task in
        // activity_kind_done, 250 ms on the large demo database against 1 ms (tandem_bench).
        QStringLiteral(R"SQL(
        SELECT id, coalesce(company_id, ''), coalesce(deal_id, ''), coalesce(lead_id, '')
        FROM activity INDEXED BY activity_task_due
        WHERE deleted = 0 AND kind = 'task' AND coalesce(done, 0) = 0 AND owner_id = ?
            AND (company_id IS NOT NULL OR deal_id IS NOT NULL OR lead_id IS NOT NULL)
        ORDER BY id)SQL"),
    };
}

} // namespace

Result<QHash<QString, TerritoryFigures>> TerritoryQueries::figures(Database& db)
{
    QHash<QString, TerritoryFigures> out;
    QSqlQuery& companies = db.statement(QStringLiteral(R"SQL(
        SELECT c.territory_id, count(*),
            (SELECT count(*) FROM deal d JOIN company dc ON dc.id = d.company_id
             WHERE d.deleted = 0 AND dc.deleted = 0 AND dc.territory_id = c.territory_id AND %1)
        FROM company c WHERE c.deleted = 0 AND coalesce(c.territory_id, '') <> ''
        GROUP BY c.territory_id)SQL")
                                            .arg(QLatin1String(kOpenDeal)));
    if (!companies.exec())
        return sqlError(companies);
    while (companies.next()) {
        TerritoryFigures& f = out[companies.value(0).toString()];
        f.companies = companies.value(1).toLongLong();
        f.openDeals = companies.value(2).toLongLong();
    }
    companies.finish();
    QSqlQuery& leads = db.statement(QStringLiteral(R"SQL(
        SELECT coalesce(nullif(l.territory_id, ''), c.territory_id) AS t, count(*)
        FROM lead l LEFT JOIN company c ON c.id = l.company_id AND c.deleted = 0
        WHERE l.deleted = 0 AND %1 AND t IS NOT NULL AND t <> ''
        GROUP BY t)SQL")
                                        .arg(QLatin1String(kOpenLead)));
    if (!leads.exec())
        return sqlError(leads);
    while (leads.next())
        out[leads.value(0).toString()].openLeads = leads.value(1).toLongLong();
    leads.finish();
    return out;
}

Result<QList<TerritoryCompany>> TerritoryQueries::companies(
    Database& db, const QString& territoryId, int limit)
{
    QSqlQuery& q = db.statement(QStringLiteral(R"SQL(
        SELECT c.id, coalesce(c.name, ''), coalesce(c.city, ''), coalesce(u.name, ''),
            (SELECT count(*) FROM deal d WHERE d.company_id = c.id AND d.deleted = 0 AND %1)
        FROM company c LEFT JOIN "user" u ON u.id = c.owner_id
        WHERE c.deleted = 0 AND c.territory_id = ?
        ORDER BY c.name COLLATE NOCASE, c.id LIMIT ?)SQL")
                                    .arg(QLatin1String(kOpenDeal)));
    q.bindValue(0, territoryId);
    q.bindValue(1, limit);
    if (!q.exec())
        return sqlError(q);
    QList<TerritoryCompany> out;
    while (q.next())
        out << TerritoryCompany { q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong() };
    q.finish();
    return out;
}

Result<QStringList> TerritoryQueries::unassignedCompanies(Database& db)
{
    QSqlQuery& q = db.statement(QStringLiteral(
        "SELECT id FROM company WHERE deleted = 0 AND coalesce(territory_id, '') = '' "
        "ORDER BY name COLLATE NOCASE, id"));
    return firstColumn(q);
}

Result<TerritoryBook> TerritoryQueries::openBook(
    Database& db, const QString& territoryId, const QString& ownerId)
{
    TerritoryBook book;
    const QStringList sql = openBookText();
    QSqlQuery& companies = db.statement(sql.at(0));
    companies.bindValue(0, territoryId);
    companies.bindValue(1, ownerId);
    auto companyIds = firstColumn(companies);
    if (!companyIds)
        return companyIds.error();
    book.companies = *companyIds;

    QSqlQuery& deals = db.statement(sql.at(1));
    deals.bindValue(0, territoryId);
    deals.bindValue(1, ownerId);
    deals.bindValue(2, ownerId);
    auto dealIds = firstColumn(deals);
    if (!dealIds)
        return dealIds.error();
    book.deals = *dealIds;

    QSqlQuery& leads = db.statement(sql.at(2));
    leads.bindValue(0, ownerId);
    leads.bindValue(1, territoryId);
    auto leadIds = firstColumn(leads);
    if (!leadIds)
        return leadIds.error();
    book.leads = *leadIds;

    // The owner's open tasks, kept when they belong to a record that moves.
    QSqlQuery& tasks = db.statement(sql.at(3));
    tasks.bindValue(0, ownerId);
    if (!tasks.exec())
        return sqlError(tasks);
    const QSet<QString> c(book.companies.begin(), book.companies.end());
    const QSet<QString> d(book.deals.begin(), book.deals.end());
    const QSet<QString> l(book.leads.begin(), book.leads.end());
    while (tasks.next()) {
        if (c.contains(tasks.value(1).toString()) || d.contains(tasks.value(2).toString())
            || l.contains(tasks.value(3).toString()))
            book.tasks << tasks.value(0).toString();
    }
    tasks.finish();
    return book;
}

QList<QByteArray> TerritoryQueries::openBookSql()
{
    QList<QByteArray> out;
    for (const QString& sql : openBookText())
        out << sql.toUtf8();
    return out;
}

} // namespace tandem
