// What a company card shows beside its timeline: the people as an org chart, the deals, the group
// of companies it belongs to, and its won revenue and open pipeline.
#pragma once

#include "domain/Record.h"

#include <QList>
#include <QString>
#include <optional>

namespace tandem {

class Session;

struct OrgChartNode {
    QString contactId;
    QString name;
    QString title;
    QString department;
    bool decisionMaker = false;
    QList<OrgChartNode> reports; // the people who report to this one, by name
};

struct MoneyTotal {
    QString currency;
    qint64 minorUnits = 0;
};

struct CompanyOverviewData {
    QList<OrgChartNode> orgChart; // people who report to nobody at this company, by name
    int contactCount = 0;
    QList<Record> deals; // open ones first (by expected close), then won and lost, newest first
    std::optional<Record> parent;
    QList<Record> children;
    QList<MoneyTotal> wonRevenue; // one total per currency, the company's own first
    QList<MoneyTotal> openPipeline;
    int openDeals = 0;
    int wonDeals = 0;
    int lostDeals = 0;
};

namespace CompanyOverview {
CompanyOverviewData build(Session& session, const QString& companyId);
} // namespace CompanyOverview

} // namespace tandem
