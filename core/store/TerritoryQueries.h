// What a territory holds: its companies, their open deals and its open leads, counted for every
// territory at once, listed for one, and those of one owner that a reassignment moves.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem {

class Database;

// A deal is open when its status is open or unset; a lead while it is neither lost nor converted.
// A lead is in a territory by its own territory_id, else by its company's.
struct TerritoryFigures {
    qint64 companies = 0;
    qint64 openDeals = 0; // of the territory's companies
    qint64 openLeads = 0;
};

struct TerritoryCompany {
    QString id;
    QString name;
    QString city;
    QString ownerName;
    qint64 openDeals = 0;
};

// One owner's open records in a territory: what moves when the territory changes hands.
struct TerritoryBook {
    QStringList companies; // in the territory, owned by the owner
    QStringList deals; // open deals of those companies, owned by the owner
    QStringList leads; // open leads in the territory, owned by the owner
    QStringList tasks; // tasks not done of those companies, deals and leads, owned by the owner
};

namespace TerritoryQueries {
// Keyed by territory id; territories holding nothing are absent.
Result<QHash<QString, TerritoryFigures>> figures(Database& db);
// Live companies in the territory, by name; at most `limit`.
Result<QList<TerritoryCompany>> companies(Database& db, const QString& territoryId, int limit);
// Live companies with no territory, by name.
Result<QStringList> unassignedCompanies(Database& db);
Result<TerritoryBook> openBook(Database& db, const QString& territoryId, const QString& ownerId);
// The four statements openBook runs, in order (binds: territory, owner; territory, owner, owner;
// owner, territory; owner): the benchmark's raw-SQLite baseline runs the same text.
QList<QByteArray> openBookSql();
} // namespace TerritoryQueries

} // namespace tandem
