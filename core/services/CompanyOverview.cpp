#include "services/CompanyOverview.h"

#include "store/Session.h"
#include "util/TextFold.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <functional>

namespace tandem {

namespace {

QList<Record> linked(
    RecordStore& rs, const QString& entity, const QString& field, const QString& id)
{
    ListQuery q;
    q.where << qMakePair(field, QVariant(id));
    auto found = rs.list(entity, q);
    return found ? *found : QList<Record> {};
}

void addTo(QList<MoneyTotal>& totals, const QString& currency, qint64 amount)
{
    for (MoneyTotal& t : totals) {
        if (t.currency == currency) {
            t.minorUnits += amount;
            return;
        }
    }
    totals << MoneyTotal { currency, amount };
}

void sortByName(QList<OrgChartNode>& nodes)
{
    std::sort(nodes.begin(), nodes.end(), [](const OrgChartNode& a, const OrgChartNode& b) {
        return foldForSearch(a.name) < foldForSearch(b.name);
    });
    for (OrgChartNode& n : nodes)
        sortByName(n.reports);
}

} // namespace

CompanyOverviewData CompanyOverview::build(Session& session, const QString& companyId)
{
    RecordStore& rs = session.records();
    CompanyOverviewData out;
    const auto company = rs.get(QStringLiteral("company"), companyId);
    if (!company)
        return out;

    // Org chart: a tree over reports_to within the company; someone whose manager works elsewhere
    // (or is unknown) is a root. A cycle (possible after two laptops edited) is cut where found.
    const QList<Record> people
        = linked(rs, QStringLiteral("contact"), QStringLiteral("company_id"), companyId);
    out.contactCount = int(people.size());
    QHash<QString, const Record*> byId;
    for (const Record& p : people)
        byId.insert(p.id, &p);
    QHash<QString, QStringList> reportsTo;
    QStringList roots;
    for (const Record& p : people) {
        const QString boss = p.text(QStringLiteral("reports_to_id"));
        if (byId.contains(boss) && boss != p.id)
            reportsTo[boss] << p.id;
        else
            roots << p.id;
    }
    QSet<QString> placed;
    std::function<OrgChartNode(const QString&)> node = [&](const QString& id) {
        placed.insert(id);
        const Record& r = *byId.value(id);
        OrgChartNode n;
        n.contactId = id;
        n.name = rs.label(r);
        n.title = r.text(QStringLiteral("title"));
        n.department = r.text(QStringLiteral("department"));
        n.decisionMaker = r.value(QStringLiteral("decision_maker")).toBool();
        for (const QString& child : reportsTo.value(id)) {
            if (!placed.contains(child))
                n.reports << node(child);
        }
        return n;
    };
    for (const QString& id : roots)
        out.orgChart << node(id);
    // People caught in a cycle have no root above them: show them at the top.
    for (const Record& p : people) {
        if (!placed.contains(p.id))
            out.orgChart << node(p.id);
    }
    sortByName(out.orgChart);

    // Deals and their totals.
    const QString ownCurrency = rs.currencyOf(*company);
    out.wonRevenue << MoneyTotal { ownCurrency, 0 };
    out.openPipeline << MoneyTotal { ownCurrency, 0 };
    out.deals = linked(rs, QStringLiteral("deal"), QStringLiteral("company_id"), companyId);
    for (const Record& d : out.deals) {
        const QString status = d.text(QStringLiteral("status"));
        const qint64 amount = d.value(QStringLiteral("amount")).toLongLong();
        if (status == QLatin1String("won")) {
            ++out.wonDeals;
            addTo(out.wonRevenue, rs.currencyOf(d), amount);
        } else if (status == QLatin1String("lost")) {
            ++out.lostDeals;
        } else {
            ++out.openDeals;
            addTo(out.openPipeline, rs.currencyOf(d), amount);
        }
    }
    auto rank = [](const Record& d) {
        const QString s = d.text(QStringLiteral("status"));
        return s == QLatin1String("won") || s == QLatin1String("lost") ? 1 : 0;
    };
    std::stable_sort(out.deals.begin(), out.deals.end(), [&](const Record& a, const Record& b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (rank(a) == 0)
            return a.text(QStringLiteral("expected_close"))
                < b.text(QStringLiteral("expected_close"));
        return a.text(QStringLiteral("created_at")) > b.text(QStringLiteral("created_at"));
    });

    const QString parentId = company->text(QStringLiteral("parent_id"));
    if (!parentId.isEmpty())
        out.parent = rs.get(QStringLiteral("company"), parentId);
    out.children = linked(rs, QStringLiteral("company"), QStringLiteral("parent_id"), companyId);
    return out;
}

} // namespace tandem
