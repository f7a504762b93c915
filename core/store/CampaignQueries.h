// The campaign questions a ListQuery cannot ask: its responses (leads) with their owner and
// whether anyone has touched them yet.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tandem {

class Database;

struct CampaignResponseRow {
    QString leadId;
    QString title;
    QString firstName;
    QString lastName;
    QString companyName; // the lead's company name, else its company's
    QString companyId;
    QString contactId;
    QString email;
    QString phone;
    QString ownerId;
    QString ownerName;
    QString createdAt; // stored form (UTC, ISO 8601)
    QString status;
    bool untouched = false; // LeadQueries::untouchedCondition()
};

namespace CampaignQueries {
// The campaign's live leads, newest first.
Result<QList<CampaignResponseRow>> responses(Database& db, const QString& campaignId);
// How many of the campaign's live leads are untouched (LeadQueries::untouchedCondition()).
Result<int> untouchedCount(Database& db, const QString& campaignId);
// The statement untouchedCount runs (bind: the campaign id): the benchmark's raw-SQLite baseline
// runs the same text.
QByteArray untouchedCountSql();
} // namespace CampaignQueries

} // namespace tandem
