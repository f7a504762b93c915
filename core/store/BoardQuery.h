// What a pipeline board shows: its stages, and its open deals with the company, owner and next
// activity of each, filtered by owner, team, territory, amount, close date or text.
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tandem {

class Database;

struct DealFilter {
    QString pipelineId; // empty: every pipeline
    QString ownerId;
    QString teamId; // the owner's team
    QString territoryId; // the company's territory
    std::optional<qint64> minAmount; // minor units
    std::optional<qint64> maxAmount;
    QDate closeFrom; // expected close, inclusive; deals without a date are left out when set
    QDate closeTo;
    QString text; // in the title or the company's name, ignoring case and diacritics

    bool isEmpty() const;
};

struct BoardStage {
    QString id;
    QString name;
    int position = 0;
    int probability = 0;
    QString kind; // open | won | lost
    int stallDays = 0; // 0: never stalled
    bool requiresChecklist = false;
};

struct BoardDeal {
    QString id;
    QString title;
    QString stageId;
    QString pipelineId;
    QString companyId;
    QString companyName;
    QString ownerId;
    QString ownerName;
    std::optional<qint64> amount; // minor units of `currency`
    QString currency;
    QString expectedClose; // yyyy-MM-dd or empty
    QString stageEnteredAt; // ISO 8601 UTC or empty
    QString nextActivity; // subject of the earliest open activity with a date, or empty
    QString nextActivityAt; // its due or start time
    int probability = 0; // of the stage
};

namespace BoardQuery {
// The pipeline's stages by position.
Result<QList<BoardStage>> stages(const Database& db, const QString& pipelineId);
// Open deals passing the filter, in each stage soonest expected close first (undated last).
Result<QList<BoardDeal>> openDeals(const Database& db, const DealFilter& filter);
// SQLite's plan for openDeals (EXPLAIN QUERY PLAN details), to check which indexes serve it.
QStringList queryPlan(const Database& db, const DealFilter& filter);
} // namespace BoardQuery

} // namespace tandem
