#include "store/DashboardQueries.h"

#include "store/Database.h"
#include "store/LeadQueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace tandem {

namespace {

// The deal's columns with its company, stage and owner names; `d` is the deal.
const char* const kDealColumns
    = "SELECT d.id, d.title, co.name, s.name, d.owner_id, u.name, d.expected_close, "
      " d.stage_entered_at, d.amount, d.currency "
      "FROM deal d "
      "LEFT JOIN company co ON co.id = d.company_id "
      "LEFT JOIN stage s ON s.id = d.stage_id "
      "LEFT JOIN \"user\" u ON u.id = d.owner_id ";

QString closingByText()
{
    return QLatin1String(kDealColumns)
        + QStringLiteral(
            "WHERE d.owner_id IN (SELECT value FROM json_each(?)) AND d.deleted = 0 "
            " AND coalesce(d.status, 'open') = 'open' AND coalesce(d.expected_close, '') <> '' "
            " AND substr(d.expected_close, 1, 10) <= ? "
            "ORDER BY substr(d.expected_close, 1, 10), d.title COLLATE NOCASE, d.id");
}

QString byIdsText()
{
    return QLatin1String(kDealColumns)
        + QStringLiteral("WHERE d.id IN (SELECT value FROM json_each(?)) AND d.deleted = 0");
}

QString untouchedText()
{
    return QStringLiteral(
               "SELECT l.id, coalesce(nullif(trim(coalesce(l.title, '')), ''), "
               "  nullif(trim(coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '')), "
               "''), "
               "  l.company_name, l.email), "
               " l.company_name, l.owner_id, u.name, l.first_contact_due, l.created_at "
               "FROM lead l LEFT JOIN \"user\" u ON u.id = l.owner_id "
               "WHERE l.owner_id IN (SELECT value FROM json_each(?)) AND l.deleted = 0 AND ")
        + LeadQueries::untouchedCondition()
        + QStringLiteral(" ORDER BY coalesce(nullif(l.first_contact_due, ''), '~'), l.created_at, "
                         " l.id");
}

const char* const kManagedTeams
    = "SELECT t.id FROM team t WHERE t.deleted = 0 AND t.manager_id = ? "
      "ORDER BY t.name COLLATE NOCASE, t.id";

// The ids as a JSON array: one bound value however many there are (json_each reads it).
QString idList(const QStringList& ids)
{
    QJsonArray out;
    for (const QString& id : ids)
        out.append(id.trimmed().toLower());
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

Result<QList<DashboardDeal>> readDeals(QSqlQuery& q)
{
    if (!q.exec())
        return sqlError(q);
    QList<DashboardDeal> out;
    while (q.next()) {
        DashboardDeal d;
        d.id = q.value(0).toString();
        d.title = q.value(1).toString();
        d.companyName = q.value(2).toString();
        d.stageName = q.value(3).toString();
        d.ownerId = q.value(4).toString();
        d.ownerName = q.value(5).toString();
        d.expectedClose = QDate::fromString(q.value(6).toString().left(10), Qt::ISODate);
        d.stageEnteredAt = q.value(7).toString();
        if (!q.value(8).isNull())
            d.amount = q.value(8).toLongLong();
        d.currency = q.value(9).toString();
        out << d;
    }
    q.finish();
    return out;
}

} // namespace

Result<QList<DashboardDeal>> DashboardQueries::openDealsClosingBy(
    Database& db, const QStringList& ownerIds, const QDate& lastDay)
{
    QSqlQuery& q = db.statement(closingByText());
    q.bindValue(0, idList(ownerIds));
    q.bindValue(1, lastDay.toString(Qt::ISODate));
    return readDeals(q);
}

Result<QList<DashboardDeal>> DashboardQueries::dealsByIds(Database& db, const QStringList& dealIds)
{
    QSqlQuery& q = db.statement(byIdsText());
    q.bindValue(0, idList(dealIds));
    auto rows = readDeals(q);
    if (!rows)
        return rows;
    QList<DashboardDeal> ordered;
    for (const QString& id : dealIds)
        for (const DashboardDeal& d : *rows)
            if (d.id == id)
                ordered << d;
    return ordered;
}

Result<QList<DashboardLead>> DashboardQueries::untouchedLeads(
    Database& db, const QStringList& ownerIds)
{
    QSqlQuery& q = db.statement(untouchedText());
    q.bindValue(0, idList(ownerIds));
    if (!q.exec())
        return sqlError(q);
    QList<DashboardLead> out;
    while (q.next()) {
        DashboardLead l;
        l.id = q.value(0).toString();
        l.title = q.value(1).toString();
        l.companyName = q.value(2).toString();
        l.ownerId = q.value(3).toString();
        l.ownerName = q.value(4).toString();
        l.firstContactDue = q.value(5).toString();
        l.createdAt = q.value(6).toString();
        out << l;
    }
    q.finish();
    return out;
}

Result<QStringList> DashboardQueries::managedTeams(Database& db, const QString& userId)
{
    QSqlQuery& q = db.statement(QString::fromLatin1(kManagedTeams));
    q.bindValue(0, userId.trimmed().toLower());
    return firstColumn(q);
}

QByteArray DashboardQueries::openDealsClosingBySql()
{
    return closingByText().toUtf8();
}

QByteArray DashboardQueries::dealsByIdsSql()
{
    return byIdsText().toUtf8();
}

QByteArray DashboardQueries::untouchedLeadsSql()
{
    return untouchedText().toUtf8();
}

QByteArray DashboardQueries::managedTeamsSql()
{
    return QByteArray(kManagedTeams);
}

} // namespace tandem
