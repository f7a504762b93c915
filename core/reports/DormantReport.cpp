// "Dormant customers": customers who have bought nothing (or heard nothing from us) for N days,
// with their owner, main contact and last purchase and contact. The figures come from the same
// statement as the dormant-customer rules (store/DormantQueries).
#include "reports/DormantReport.h"

#include "reports/ReportCatalog.h"
#include "services/DormantRules.h"
#include "store/DormantQueries.h"
#include "store/Session.h"
#include "util/Clock.h"
#include "util/StoredTime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

namespace tandem {

namespace {

const QString kPurchase = QStringLiteral("purchase");

bool noPurchase(const ReportParams& p)
{
    return p.options.value(QStringLiteral("kind"), kPurchase) == kPurchase;
}

int days(const ReportParams& p)
{
    return p.option(QStringLiteral("days"), 180);
}

Result<ReportTable> run(Session& session, const ReportParams& p)
{
    const bool purchase = noPurchase(p);
    const QDate cutoff = p.today.addDays(-days(p));
    // A meeting counts once it has started: by the end of `today`, or now if that is earlier.
    const QDateTime endOfToday = QDateTime(p.today.addDays(1), QTime(0, 0), QTimeZone::utc());
    const QDateTime now = std::min(session.clock().nowUtc(), endOfToday.addMSecs(-1));
    const DormantFilter filter { p.ownerId, p.teamId, p.territoryId };
    // No rule: an empty rule id leaves no company out for an open follow-up task.
    auto rows = DormantQueries::dormant(session.database(),
        purchase ? DormantQueries::Kind::NoPurchase : DormantQueries::Kind::NoContact, {}, cutoff,
        StoredTime::format(now), filter);
    if (!rows)
        return rows.error();

    ReportTable t;
    auto column = [&t](const char* key, const char* header, ReportValue type) {
        t.columns << ReportColumn { QString::fromLatin1(key),
            QCoreApplication::translate("Reports", header), type, false };
    };
    column("customer", QT_TRANSLATE_NOOP("Reports", "Customer"), ReportValue::Text);
    column("owner", QT_TRANSLATE_NOOP("Reports", "Owner"), ReportValue::Text);
    column("last_purchase", QT_TRANSLATE_NOOP("Reports", "Last purchase"), ReportValue::Date);
    column("last_contact", QT_TRANSLATE_NOOP("Reports", "Last contact"), ReportValue::Date);
    column("days", QT_TRANSLATE_NOOP("Reports", "Days dormant"), ReportValue::Count);
    column("contact", QT_TRANSLATE_NOOP("Reports", "Main contact"), ReportValue::Text);
    for (const DormantCompanyRow& r : *rows) {
        const QDate lastPurchase = QDate::fromString(r.lastPurchase, Qt::ISODate);
        const QDate lastContact
            = QDateTime::fromString(r.lastContact, Qt::ISODateWithMs).toUTC().date();
        // Dormant since the last purchase, or the last contact (never contacted: since the
        // customer was entered), as the rules count it.
        QDate since = purchase ? lastPurchase : lastContact;
        if (!purchase && !since.isValid())
            since = QDateTime::fromString(r.createdAt, Qt::ISODateWithMs).toUTC().date();
        t.addRow(r.companyId,
            { valueCell(r.companyName, QStringLiteral("company"), r.companyId),
                r.ownerId.isEmpty() ? ReportCell {}
                                    : valueCell(r.ownerName, QStringLiteral("user"), r.ownerId),
                valueCell(lastPurchase.isValid() ? QVariant(lastPurchase) : QVariant()),
                valueCell(lastContact.isValid() ? QVariant(lastContact) : QVariant()),
                valueCell(since.isValid() ? QVariant(since.daysTo(p.today)) : QVariant()),
                textCell(r.contactName) });
    }
    const QString date = QLocale().toString(cutoff, QLocale::ShortFormat);
    t.notes << (purchase
            ? QCoreApplication::translate("Reports",
                "Customers whose latest won deal (its win date, else its expected close) is on "
                "or before %1.")
                  .arg(date)
            : QCoreApplication::translate("Reports",
                "Customers (status “customer” or a won deal) whose latest call, meeting or "
                "e-mail with them, their people or their deals (done, or a meeting already "
                "held) is on or before %1; never contacted: counted from the day they were "
                "entered.")
                  .arg(date));
    t.chart.kind = ChartKind::HorizontalBar;
    t.chart.categoryColumn = 0;
    t.chart.valueColumns = { t.column(QStringLiteral("days")) };
    t.chart.title = QCoreApplication::translate("Reports", "Days dormant, longest first");
    return t;
}

} // namespace

Result<DormantFollowUp> DormantReport::followUp(
    Session& session, const ReportParams& params, const QStringList& companyIds)
{
    auto p = Reports::withDefaults(dormantReport(), params);
    if (!p)
        return p.error();
    const QString kind
        = noPurchase(*p) ? QStringLiteral("no_purchase") : QStringLiteral("no_contact");
    auto rules = DormantRules::rules(session);
    if (!rules)
        return rules.error();
    const DormantRule* best = nullptr;
    for (const DormantRule& r : *rules) {
        if (r.active && r.kind == kind && r.days <= days(*p) && (!best || r.days > best->days))
            best = &r;
    }
    if (!best)
        return makeError(
            QCoreApplication::translate("Reports",
                "No active dormant-customer rule of this kind looks back %1 days or less: add one "
                "under Dormant customers to create the follow-up tasks.")
                .arg(days(*p)),
            QStringLiteral("days"));
    auto candidates = DormantRules::candidates(session, best->id, p->today);
    if (!candidates)
        return candidates.error();
    QSet<QString> open;
    QSet<QString> complaining;
    for (const DormantCandidate& c : *candidates)
        (c.openComplaints > 0 ? complaining : open).insert(c.companyId);
    DormantFollowUp out;
    out.ruleId = best->id;
    for (const QString& id : companyIds)
        (open.contains(id)                 ? out.companyIds
                : complaining.contains(id) ? out.complaining
                                           : out.waiting)
            << id;
    return out;
}

ReportDefinition dormantReport()
{
    ReportDefinition r;
    r.name = QStringLiteral("dormant");
    r.title = QT_TRANSLATE_NOOP("Reports", "Dormant customers");
    r.description = QT_TRANSLATE_NOOP("Reports",
        "Customers with no purchase, or no contact, for a number of days: with their owner, main "
        "contact and last purchase and contact.");
    r.filters = FilterOwner | FilterTeam | FilterTerritory;
    r.usesPeriod = false;
    r.options = {
        { QStringLiteral("days"), QT_TRANSLATE_NOOP("Reports", "Days"), QStringLiteral("180"), {},
            1, 3650 },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("Reports", "Dormant means"), kPurchase,
            { { kPurchase, QT_TRANSLATE_NOOP("Reports", "No purchase for that many days") },
                { QStringLiteral("contact"),
                    QT_TRANSLATE_NOOP("Reports", "No contact for that many days") } } },
    };
    r.run = run;
    return r;
}

} // namespace tandem
