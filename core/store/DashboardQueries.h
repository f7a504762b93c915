// The home dashboard's questions a ListQuery cannot ask: some owners' open deals expected to close
// by a date, their untouched leads, and the teams a user manages.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tandem {

class Database;

struct DashboardDeal {
    QString id;
    QString title;
    QString companyName;
    QString stageName;
    QString ownerId;
    QString ownerName;
    QDate expectedClose; // invalid: none set
    QString stageEnteredAt; // stored UTC text
    std::optional<qint64> amount; // minor units of `currency`
    QString currency;
};

struct DashboardLead {
    QString id;
    QString title; // the lead's title, else its person's name, else its company
    QString companyName;
    QString ownerId;
    QString ownerName;
    QString firstContactDue; // stored UTC text; empty: none
    QString createdAt;
};

namespace DashboardQueries {
// Live open deals (status unset counts as open) of those owners expected to close on or before
// `lastDay`; by expected close, then title.
Result<QList<DashboardDeal>> openDealsClosingBy(
    Database& db, const QStringList& ownerIds, const QDate& lastDay);
// Live open deals by id, for the ones listed (stalled deals); in the order given.
Result<QList<DashboardDeal>> dealsByIds(Database& db, const QStringList& dealIds);
// Live leads of those owners that are untouched (LeadQueries::untouchedCondition); those whose
// first contact is due soonest first (none last), then the oldest.
Result<QList<DashboardLead>> untouchedLeads(Database& db, const QStringList& ownerIds);
// The live teams `userId` manages, by name.
Result<QStringList> managedTeams(Database& db, const QString& userId);
// The statements above run, for the benchmark's raw-SQLite baseline. Binds: the owners as a JSON
// array and the last day (ISO date); the deal ids as a JSON array; the owners as a JSON array;
// the user id.
QByteArray openDealsClosingBySql();
QByteArray dealsByIdsSql();
QByteArray untouchedLeadsSql();
QByteArray managedTeamsSql();
} // namespace DashboardQueries

} // namespace tandem
