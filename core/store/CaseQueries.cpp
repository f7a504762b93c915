#include "store/CaseQueries.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tandem {

namespace {

const char* const kOpen = R"SQL(
SELECT s.id, s.subject, coalesce(s.kind, ''), coalesce(s.priority, ''), coalesce(s.status, 'new'),
    coalesce(s.company_id, ''), coalesce(c.name, ''), coalesce(s.owner_id, ''),
    coalesce(u.name, ''), coalesce(s.created_at, ''), coalesce(s.respond_by, ''),
    coalesce(s.responded_at, ''), coalesce(s.resolve_by, '')
FROM service_case s
LEFT JOIN company c ON c.id = s.company_id
LEFT JOIN "user" u ON u.id = s.owner_id
WHERE s.deleted = 0 AND coalesce(s.status, 'new') NOT IN ('resolved', 'closed') %1
ORDER BY s.resolve_by IS NULL OR s.resolve_by = '', s.resolve_by, s.created_at, s.id
)SQL";

const char* const kSatisfaction = R"SQL(
SELECT %1, coalesce(%2, ''), count(*), sum(s.satisfaction)
FROM service_case s
LEFT JOIN company c ON c.id = s.company_id
LEFT JOIN "user" u ON u.id = s.owner_id
WHERE s.deleted = 0 AND s.satisfaction BETWEEN 1 AND 5 AND %1 IS NOT NULL
    AND (coalesce(?, '') = '' OR s.resolved_at >= ?)
    AND (coalesce(?, '') = '' OR s.resolved_at < ?)
    AND (coalesce(?, '') = '' OR %1 = ?)
GROUP BY %1
ORDER BY 1.0 * sum(s.satisfaction) / count(*) DESC, 2
)SQL";

const char* const kOpenPerCompany = R"SQL(
SELECT company_id, count(*), sum(coalesce(kind, '') = 'complaint')
FROM service_case
WHERE deleted = 0 AND company_id IS NOT NULL
    AND coalesce(status, 'new') NOT IN ('resolved', 'closed')
GROUP BY company_id
)SQL";

} // namespace

Result<QList<OpenCaseRow>> CaseQueries::open(Database& db, const QStringList& ownerIds)
{
    QString filter;
    if (!ownerIds.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < ownerIds.size(); ++i)
            marks << QStringLiteral("?");
        filter = QStringLiteral("AND s.owner_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QSqlQuery& q = db.statement(QString::fromUtf8(kOpen).arg(filter));
    for (qsizetype i = 0; i < ownerIds.size(); ++i)
        q.bindValue(int(i), ownerIds.at(i).trimmed().toLower());
    if (!q.exec())
        return sqlError(q);
    QList<OpenCaseRow> out;
    while (q.next()) {
        OpenCaseRow r;
        r.id = q.value(0).toString();
        r.subject = q.value(1).toString();
        r.kind = q.value(2).toString();
        r.priority = q.value(3).toString();
        r.status = q.value(4).toString();
        r.companyId = q.value(5).toString();
        r.companyName = q.value(6).toString();
        r.ownerId = q.value(7).toString();
        r.ownerName = q.value(8).toString();
        r.createdAt = q.value(9).toString();
        r.respondBy = q.value(10).toString();
        r.respondedAt = q.value(11).toString();
        r.resolveBy = q.value(12).toString();
        out << r;
    }
    q.finish();
    return out;
}

Result<QList<SatisfactionRow>> CaseQueries::satisfaction(Database& db, const QString& per,
    const QString& fromUtc, const QString& toUtc, const QString& key)
{
    const bool byCompany = per == QLatin1String("company");
    if (!byCompany && per != QLatin1String("owner"))
        return makeError(
            QCoreApplication::translate("CaseQueries", "unknown grouping '%1'").arg(per));
    const QString sql
        = QString::fromUtf8(kSatisfaction)
              .arg(byCompany ? QStringLiteral("s.company_id") : QStringLiteral("s.owner_id"),
                  byCompany ? QStringLiteral("c.name") : QStringLiteral("u.name"));
    QSqlQuery& q = db.statement(sql);
    q.bindValue(0, fromUtc);
    q.bindValue(1, fromUtc);
    q.bindValue(2, toUtc);
    q.bindValue(3, toUtc);
    q.bindValue(4, key);
    q.bindValue(5, key);
    if (!q.exec())
        return sqlError(q);
    QList<SatisfactionRow> out;
    while (q.next())
        out << SatisfactionRow { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
            q.value(3).toLongLong() };
    q.finish();
    return out;
}

Result<QHash<QString, OpenCaseCount>> CaseQueries::openPerCompany(Database& db)
{
    QSqlQuery& q = db.statement(QString::fromUtf8(kOpenPerCompany));
    if (!q.exec())
        return sqlError(q);
    QHash<QString, OpenCaseCount> out;
    while (q.next())
        out.insert(q.value(0).toString(), OpenCaseCount { q.value(1).toInt(), q.value(2).toInt() });
    q.finish();
    return out;
}

} // namespace tandem
