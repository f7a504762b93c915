// The demo's history: when each record was made (its created_at), how deals walked the pipeline,
// and the monthly targets the salespeople were given — so that reports by period have figures.
#include "services/DemoGenerator.h"

#include "domain/FieldFormat.h"
#include "store/Session.h"

#include <algorithm>
#include <cmath>

namespace tandem::demo {

namespace {

// Leads keep coming in for some weeks after a campaign ends.
constexpr qint64 kCampaignTail = 45 * kDay;
// How much longer than usual a stalled open deal has been open.
constexpr int kStalledDays = 240;
// Nobody is added in the last fortnight: the calendar's meetings are with people already known.
constexpr qint64 kSettled = 14 * kDay;

// Points the write path at another clock while it lives: created_at is read from it.
class ClockOverride {
public:
    ClockOverride(WriteContext& context, const Clock& clock)
        : m_context(context)
        , m_was(context.clock)
    {
        m_context.clock = &clock;
    }
    ~ClockOverride() { m_context.clock = m_was; }
    ClockOverride(const ClockOverride&) = delete;
    ClockOverride& operator=(const ClockOverride&) = delete;

private:
    WriteContext& m_context;
    const Clock* m_was;
};

// A figure as a manager writes a quota: two significant digits (23 456 → 23 000).
qint64 roundFigure(double value)
{
    if (value < 100)
        return 100;
    const double step = std::pow(10.0, std::floor(std::log10(value)) - 1);
    return qint64(std::llround(value / step) * step);
}

} // namespace

Result<QString> DemoGenerator::create(
    const QString& entity, const QVariantMap& values, qint64 createdMs)
{
    m_storyClock.ms = createdMs;
    const ClockOverride backdated(m_session.context(), m_storyClock);
    return create(entity, values);
}

// The earliest a lead can have been converted into the deal: createLeads converts at most 20
// days before an open deal's time (1 + pick(20)) and 149 days before a closed one's
// (30 + pick(120)), never before the history begins, and workTime may take a day off that.
qint64 DemoGenerator::earliestConversionMs(const DealPlan& deal) const
{
    if (deal.state == DealState::Open)
        return deal.atMs - 21 * kDay;
    return std::max(m_startMs, deal.atMs - 149 * kDay) - kDay;
}

// Open deals moved in the last weeks, so the board marks some stalled, not most; the day comes
// from the deal's own time, not another draw from the seeded stream.
qint64 DemoGenerator::openStageEnteredMs(const DealPlan& deal) const
{
    return std::max(deal.atMs, m_nowMs - ((deal.atMs / kDay) % 25) * kDay - deal.atMs % kDay);
}

// Deals without a lead start some weeks before they close (open ones longer ago the further
// they got); each company is on record before its first deal, its people before the deals they
// are the contact of and before its first deal closed.
void DemoGenerator::planHistory()
{
    const qint64 settled = m_nowMs - kSettled;
    std::vector<qint64> firstDeal(m_companies.size(), m_nowMs);
    std::vector<qint64> firstClose(m_companies.size(), m_nowMs);
    std::vector<qint64> contactDeal(m_contacts.size(), m_nowMs);
    for (DealPlan& d : m_deals) {
        const qint64 conversion = earliestConversionMs(d);
        if (d.state == DealState::Open && d.stage == 0) {
            d.createdMs = openStageEnteredMs(d);
        } else if (d.state == DealState::Open) {
            // Some deals have been open for many months, more so the further they got.
            const qint64 stalled = m_history.bounded(100u) < 30 ? kStalledDays * kDay : 0;
            d.createdMs = workTime(m_history, d.atMs - d.stage * 30 * kDay - stalled,
                d.atMs - d.stage * 5 * kDay - stalled / 8);
        } else {
            // Made some weeks or months before it closed; near the history's start, in it.
            const qint64 from = std::max(conversion, d.atMs - 150 * kDay);
            const qint64 to = d.atMs - 14 * kDay;
            d.createdMs = workTime(m_history, from, to < from ? d.atMs : to);
        }
        // Which deals come from a lead is drawn later: either way, it is made by then (a deal
        // still in its first stage is made when it entered it, lead or not).
        const qint64 earliest = d.state == DealState::Open && d.stage == 0
            ? d.createdMs
            : std::min(d.createdMs, conversion);
        const size_t c = size_t(d.company);
        firstDeal[c] = std::min(firstDeal[c], earliest);
        contactDeal[size_t(d.contact)] = std::min(contactDeal[size_t(d.contact)], earliest);
        if (d.state != DealState::Open)
            firstClose[c] = std::min(firstClose[c], d.atMs);
    }
    for (size_t i = 0; i < m_companies.size(); ++i) {
        CompanyPlan& c = m_companies[i];
        const qint64 to = std::min(settled, firstDeal[i] - 3 * kDay);
        const qint64 from = c.deals > 0 ? to - 90 * kDay : m_startMs - 180 * kDay;
        c.createdMs = workTime(m_history, from, to);
        const qint64 knownBy = std::min(settled, firstClose[i] - kDay);
        for (int k = 0; k < c.contacts; ++k) {
            const size_t p = size_t(c.firstContact + k);
            if (k == 0) {
                m_contacts[p].createdMs = c.createdMs; // the director, with the company
                continue;
            }
            // Most people are added soon after their company, a few much later.
            const qint64 limit = std::max(c.createdMs, std::min(knownBy, contactDeal[p]));
            const double u = m_history.generateDouble();
            m_contacts[p].createdMs = workTime(
                m_history, c.createdMs, c.createdMs + qint64(u * u * double(limit - c.createdMs)));
        }
    }
}

// When a lead can have come in: new ones in the last days, the ones being worked on in the last
// weeks or months, lost ones at any time; a converted one before its earliest conversion.
void DemoGenerator::planLeadWindow(const LeadPlan& lead, qint64& fromMs, qint64& toMs) const
{
    switch (lead.state) {
    case LeadState::New:
        fromMs = m_nowMs - 4 * kDay;
        toMs = m_nowMs;
        break;
    case LeadState::Contacted:
        fromMs = m_nowMs - 120 * kDay;
        toMs = m_nowMs - kDay;
        break;
    case LeadState::Qualified:
        fromMs = m_nowMs - 365 * kDay;
        toMs = m_nowMs - 3 * kDay;
        break;
    case LeadState::Lost:
        fromMs = m_startMs;
        toMs = m_nowMs - 7 * kDay;
        break;
    case LeadState::Converted:
        toMs = earliestConversionMs(m_deals[size_t(lead.deal)]);
        fromMs = toMs - 60 * kDay;
        break;
    }
}

// One draw, as before, among the started campaigns that ran when the lead came in (among all of
// them when none did), so the data drawn after it stays the same.
const CampaignPlan& DemoGenerator::pickCampaign(qint64 fromMs, qint64 toMs)
{
    QList<int> fitting;
    for (int i = 0; i < m_campaigns.size(); ++i) {
        if (m_campaigns[i].startMs <= toMs && m_campaigns[i].endMs + kCampaignTail >= fromMs)
            fitting << i;
    }
    if (fitting.isEmpty())
        return m_campaigns.at(pick(m_campaigns.size()));
    return m_campaigns.at(fitting.at(pick(fitting.size())));
}

qint64 DemoGenerator::leadCreatedMs(const LeadPlan& lead, qint64 firstContactDueMs)
{
    const CampaignPlan* campaign = nullptr;
    for (const CampaignPlan& c : m_campaigns) {
        if (c.id == lead.campaignId)
            campaign = &c;
    }
    if (lead.state == LeadState::Converted) {
        // Registered some days or weeks before it was converted, not before its campaign began.
        qint64 t = workTime(m_history, lead.convertedMs - 60 * kDay, lead.convertedMs - 2 * kDay);
        if (campaign)
            t = std::max(t, campaign->startMs);
        return std::min(t, lead.convertedMs - 60 * kMinute);
    }
    qint64 from = 0, to = 0;
    planLeadWindow(lead, from, to);
    if (lead.state == LeadState::New) {
        // The first contact falls due a day or two after a lead comes in.
        from = std::max(from, firstContactDueMs - 2 * kDay);
        to = std::max(from, std::min(to, firstContactDueMs - 4 * 60 * kMinute));
    }
    if (campaign) {
        const qint64 start = std::max(from, campaign->startMs);
        const qint64 end = std::min(to, campaign->endMs + kCampaignTail);
        if (start <= end) {
            from = start;
            to = end;
        }
    }
    return workTime(m_history, from, to);
}

// When someone first called or wrote to the lead: within a day for half of them, within a week
// or a month for the rest (the times themselves are drawn as before, from the seeded stream).
qint64 DemoGenerator::firstContactMs(const LeadPlan& lead, qint64 lengthMs)
{
    const quint32 r = m_history.bounded(10u);
    const qint64 within = r < 5 ? kDay : r < 8 ? 7 * kDay : 30 * kDay;
    const qint64 to
        = std::max(lead.createdMs, std::min(lead.createdMs + within, m_nowMs - lengthMs));
    return workTime(lead.createdMs, to);
}

// The deal is made in the first stage and moved on stage by stage the way DealFlow moves it (the
// stage and the time it entered it in one write), then won or lost; `final` is how it ends.
Result<QString> DemoGenerator::createDealWithHistory(DealPlan& d, const QVariantMap& final)
{
    const QString stageId = QStringLiteral("stage_id");
    const QString entered = QStringLiteral("stage_entered_at");
    const QString status = QStringLiteral("status");
    const qint64 endMs = d.state == DealState::Open ? openStageEnteredMs(d) : d.atMs;
    // Made at the lead's conversion when there was one; still in its first stage: when it moved.
    qint64 startMs = d.createdMs;
    if (d.state == DealState::Open && d.stage == 0)
        startMs = endMs;
    else if (d.lead >= 0)
        startMs = m_leads[size_t(d.lead)].convertedMs;
    startMs = std::min(startMs, endMs);
    d.createdMs = startMs;

    QVariantMap initial = final;
    for (const char* closing : { "won_at", "lost_at", "lost_reason" })
        initial.remove(QLatin1String(closing));
    if (d.state == DealState::Lost)
        initial.remove(QStringLiteral("competitor_id")); // named when it was lost
    initial.insert(stageId, m_openStages.first());
    initial.insert(entered, at(startMs));
    initial.insert(status, QStringLiteral("open"));
    auto id = create(QStringLiteral("deal"), initial, startMs);
    if (!id)
        return id;
    d.id = *id;

    const QString deal = QStringLiteral("deal");
    const int reached = d.state == DealState::Won
        ? int(m_openStages.size()) - 1
        : int(m_openStages.indexOf(final.value(stageId).toString()));
    // A closed deal spent a while in the last stage it reached; an open one is there now.
    const int parts = d.state == DealState::Open ? reached : reached + 1;
    const double span = double(endMs - startMs);
    for (int k = 1; k <= reached; ++k) {
        const qint64 t = d.state == DealState::Open && k == reached
            ? endMs
            : workTime(m_history, startMs + qint64(span * (k - 0.7) / parts),
                startMs + qint64(span * (k - 0.1) / parts));
        if (auto r
            = m_records.update(deal, d.id, { { stageId, m_openStages.at(k) }, { entered, at(t) } });
            !r)
            return r.error();
        advance();
    }
    QVariantMap closing;
    if (d.state == DealState::Won) {
        closing = { { stageId, m_wonStage }, { entered, final.value(entered) },
            { status, final.value(status) },
            { QStringLiteral("won_at"), final.value(QStringLiteral("won_at")) } };
    } else if (d.state == DealState::Lost) {
        for (const char* field : { "status", "lost_at", "lost_reason", "competitor_id" }) {
            if (final.contains(QLatin1String(field)))
                closing.insert(QLatin1String(field), final.value(QLatin1String(field)));
        }
    }
    if (!closing.isEmpty()) {
        if (auto r = m_records.update(deal, d.id, closing); !r)
            return r.error();
        advance();
    }
    return id;
}

// Each salesperson's monthly targets for the last year, this month and the next three: a tenth
// above what they typically won a month, rising a little month by month, in their market's money.
Result<void> DemoGenerator::createTargets()
{
    const size_t users = size_t(m_userIds.size());
    std::vector<double> wonEuro(users, 0);
    std::vector<int> newDeals(users, 0);
    for (const DealPlan& d : m_deals) {
        if (d.createdMs >= m_startMs)
            ++newDeals[size_t(d.owner)];
        if (d.state == DealState::Won)
            wonEuro[size_t(d.owner)] += d.euro;
    }
    const double months = kHistoryDays / 30.4;
    // Someone who has not won anything yet is given what the others win on average.
    double total = 0;
    int winners = 0;
    for (size_t u = 0; u < users; ++u) {
        if (m_userRoles.at(qsizetype(u)) == QLatin1String("salesperson") && wonEuro[u] > 0) {
            total += wonEuro[u];
            ++winners;
        }
    }
    const double usualEuro = winners > 0 ? total / winners / months : 5000.0;
    const QDate thisMonth(m_today.year(), m_today.month(), 1);
    for (size_t u = 0; u < users; ++u) {
        if (m_userRoles.at(qsizetype(u)) != QLatin1String("salesperson"))
            continue;
        const QString currency = u < m_userMarkets.size()
            ? m_markets[size_t(m_userMarkets[u])].market->currency
            : m_session.defaultCurrency();
        const qint64 minor = qint64(std::pow(10, currencyMinorDigits(currency)));
        const double monthlyEuro = wonEuro[u] > 0 ? wonEuro[u] / months : usualEuro;
        const double deals = std::max(1.0, newDeals[u] / months);
        const int activities
            = std::max(10, int(std::lround(m_activitiesByUser[u] / months / 10)) * 10);
        for (int m = -12; m <= 3; ++m) {
            const QDate month = thisMonth.addMonths(m);
            const double growth = 1.1 * (1.0 + 0.01 * (m + 12));
            // Set the week before the month began (the coming months' ones: by now).
            const qint64 setMs = std::min(
                m_nowMs, QDateTime(month.addDays(-5), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
            auto id = create(QStringLiteral("target"),
                { { QStringLiteral("user_id"), m_userIds.at(qsizetype(u)) },
                    { QStringLiteral("period_start"), month },
                    { QStringLiteral("period"), QStringLiteral("month") },
                    { QStringLiteral("revenue"),
                        roundFigure(monthlyEuro * perEuro(currency) * growth) * minor },
                    { QStringLiteral("currency"), currency },
                    { QStringLiteral("deals"), qint64(std::ceil(deals * growth)) },
                    { QStringLiteral("activities"), activities } },
                setMs);
            if (!id)
                return id.error();
        }
    }
    return {};
}

} // namespace tandem::demo
