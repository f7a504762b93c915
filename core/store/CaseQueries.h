// The reads over customers' cases that a record list cannot do: the open cases with their
// deadlines (attention lists, escalation), satisfaction averages, and the companies a sales
// letter must not go to while a complaint of theirs is open.
#pragma once

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem {

class Database;

struct OpenCaseRow {
    QString id;
    QString subject;
    QString kind;
    QString priority;
    QString status;
    QString companyId;
    QString companyName;
    QString ownerId;
    QString ownerName;
    QString createdAt; // as stored
    QString respondBy; // as stored, empty when none
    QString respondedAt;
    QString resolveBy;
};

struct SatisfactionRow {
    QString key; // the company or the case owner
    QString name;
    int count = 0; // cases with a score
    qint64 scoreSum = 0;
    double average() const { return count ? double(scoreSum) / count : 0.0; }
};

struct OpenCaseCount {
    int open = 0; // not resolved or closed
    int complaints = 0; // of those, complaints
};

namespace CaseQueries {
// Live cases not resolved or closed, of the given owners (all when empty), earliest resolution
// deadline first (cases without one last).
Result<QList<OpenCaseRow>> open(Database& db, const QStringList& ownerIds = {});
// Average satisfaction (1–5) of cases resolved in [fromUtc, toUtc) (as stored; empty: no bound),
// per company ("company") or per case owner ("owner"), best first; only that company's or owner's
// row when `key` is given.
Result<QList<SatisfactionRow>> satisfaction(Database& db, const QString& per,
    const QString& fromUtc = {}, const QString& toUtc = {}, const QString& key = {});
// Open cases and open complaints per company, for the companies that have any.
Result<QHash<QString, OpenCaseCount>> openPerCompany(Database& db);
} // namespace CaseQueries

} // namespace tandem
