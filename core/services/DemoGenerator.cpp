// The demo generator's plan: the sales organisation, the catalogue, and who buys what, when.
#include "services/DemoGenerator.h"

#include "domain/FieldFormat.h"
#include "services/Workspace.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace tandem::demo {

namespace {

constexpr int kMaxContactsPerCompany = 60;

// Standard VAT where the team's currency is at home, in hundredths of a percent.
qint64 vatRate(const QString& currency)
{
    if (currency == QLatin1String("PLN"))
        return 2300;
    if (currency == QLatin1String("EUR") || currency == QLatin1String("RON"))
        return 2100;
    return 2000;
}

// Bulk writing skips the per-reference lookups: every reference written is to a record made here.
class TrustReferences {
public:
    explicit TrustReferences(WriteContext& context)
        : m_context(context)
        , m_was(context.trustReferences)
    {
        m_context.trustReferences = true;
    }
    ~TrustReferences() { m_context.trustReferences = m_was; }

private:
    WriteContext& m_context;
    bool m_was;
};

} // namespace

QString translated(const char* text)
{
    return QCoreApplication::translate("DemoData", text);
}

double perEuro(const QString& currency)
{
    static const QList<QPair<QString, double>> rates { { QStringLiteral("PLN"), 4.3 },
        { QStringLiteral("UAH"), 45.0 }, { QStringLiteral("RON"), 5.0 },
        { QStringLiteral("MDL"), 19.5 }, { QStringLiteral("GBP"), 0.85 },
        { QStringLiteral("USD"), 1.1 } };
    for (const auto& [code, rate] : rates) {
        if (code == currency)
            return rate;
    }
    return 1.0;
}

QString slug(const QString& languageCode, const QString& name)
{
    static const QRegularExpression separators(QStringLiteral("[ -]+"));
    return toAscii(languageCode, name).split(separators, Qt::SkipEmptyParts).join(QLatin1Char('-'));
}

DemoGenerator::DemoGenerator(
    Session& session, const DemoOptions& options, const std::function<void(int)>& progress)
    : m_session(session)
    , m_records(session.records())
    , m_options(options)
    , m_progress(progress)
{
    const quint32 seed[2] = { quint32(options.seed), quint32(options.seed >> 32) };
    m_rng = QRandomGenerator(seed, 2);
    const quint32 historySeed[3] = { seed[0], seed[1], 0x68697374 };
    m_history = QRandomGenerator(historySeed, 3);
}

Result<DemoStats> DemoGenerator::run()
{
    QElapsedTimer timer;
    timer.start();
    const QDateTime now = m_session.clock().nowUtc();
    m_nowMs = now.toMSecsSinceEpoch();
    m_today = now.date();
    m_startMs = m_nowMs - kHistoryDays * kDay;
    if (auto r = readWorkspace(); !r)
        return r.error();
    const qint64 contacts = m_options.contacts;
    // Records, then the deals' moves through the pipeline (about two and a half each).
    m_total = 100 + contacts / 5 + contacts + contacts / 5 + contacts / 2 + contacts / 20
        + contacts * 5 + contacts * 13 / 10;

    TrustReferences trust(m_session.context());
    Transaction tx(m_session.database());
    for (auto step : { &DemoGenerator::createTeams, &DemoGenerator::createCatalogue }) {
        if (auto r = (this->*step)(); !r)
            return r.error();
    }
    planCompanies();
    planDeals();
    planHistory();
    for (auto step : { &DemoGenerator::createCompanies, &DemoGenerator::createContacts,
             &DemoGenerator::createLeads, &DemoGenerator::createDeals,
             &DemoGenerator::createActivities, &DemoGenerator::createCalendar,
             &DemoGenerator::createTargets, &DemoGenerator::createCases }) {
        if (auto r = (this->*step)(); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    if (m_progress)
        m_progress(100);
    m_stats.elapsedMs = timer.elapsed();
    return m_stats;
}

Result<QString> DemoGenerator::create(const QString& entity, const QVariantMap& values)
{
    auto id = m_records.create(entity, values);
    if (id)
        advance();
    return id;
}

void DemoGenerator::advance()
{
    // Below 100 until the transaction is committed.
    const int percent = int(std::min<qint64>(++m_done * 99 / m_total, 99));
    if (percent != m_percent) {
        m_percent = percent;
        if (m_progress)
            m_progress(percent);
    }
}

int DemoGenerator::weighted(std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = pick(total);
    int i = 0;
    for (int w : weights) {
        if (r < w)
            return i;
        r -= w;
        ++i;
    }
    return 0;
}

int DemoGenerator::pickMarket()
{
    int r = pick(100);
    for (size_t i = 0; i < m_markets.size(); ++i) {
        r -= m_markets[i].market->share;
        if (r < 0)
            return int(i);
    }
    return 0;
}

QString DemoGenerator::fill(const QString& pattern)
{
    QString out = pattern;
    for (QChar& c : out) {
        if (c == u'#')
            c = QChar(u'0' + pick(10));
        else if (c == u'@')
            c = QChar(u'A' + pick(26));
    }
    return out;
}

// A moment in office hours (07:00–16:00 UTC on a weekday) between two times, never after `toMs`.
qint64 DemoGenerator::workTime(QRandomGenerator& rng, qint64 fromMs, qint64 toMs)
{
    const qint64 span = std::max<qint64>(toMs - fromMs, 1);
    qint64 day = fromMs + qint64(rng.generateDouble() * double(span));
    day -= day % kDay;
    const int weekday = dayOf(day).dayOfWeek();
    if (weekday > 5)
        day -= (weekday - 5) * kDay; // back to Friday
    qint64 t = day + 7 * 60 * kMinute + qint64(rng.bounded(37u)) * 15 * kMinute;
    while (t > toMs)
        t -= kDay;
    while (t < fromMs)
        t += kDay;
    return std::min(t, toMs);
}

QVariant DemoGenerator::at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QDate DemoGenerator::dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
}

Person DemoGenerator::person(MarketWords& words, bool showcase)
{
    const Language& lang = *words.language;
    Person p;
    p.female = showcase ? lang.showcaseFemale : chance(50);
    const QStringList& names = p.female ? lang.femaleNames : lang.maleNames;
    const int first = showcase ? 0 : pick(names.size());
    const int last = showcase ? 0 : pick(lang.surnames.size());
    const int married = chance(65) ? 1 : 0;
    p.first = names.at(first);
    p.last = p.female ? words.feminine[married].at(last) : lang.surnames.at(last);
    const QString& firstAscii = (p.female ? words.femaleAscii : words.maleAscii).at(first);
    const QString& lastAscii
        = p.female ? words.feminineAscii[married].at(last) : words.surnameAscii.at(last);
    switch (weighted({ 60, 20, 10, 10 })) {
    case 0:
        p.email = firstAscii + QLatin1Char('.') + lastAscii;
        break;
    case 1:
        p.email = firstAscii.left(1) + QLatin1Char('.') + lastAscii;
        break;
    case 2:
        p.email = firstAscii;
        break;
    default:
        p.email = firstAscii + lastAscii.left(1);
        break;
    }
    return p;
}

QString DemoGenerator::companyName(MarketWords& words, bool qualified)
{
    const Market& m = *words.market;
    QString name = pick(m.namePatterns);
    if (name.contains(QLatin1String("{P}")))
        name.replace(QLatin1String("{P}"), pick(m.places));
    if (name.contains(QLatin1String("{T}")))
        name.replace(QLatin1String("{T}"), pick(m.trades));
    if (name.contains(QLatin1String("{B}"))) {
        // Two draws in one expression would be made in an order the compiler picks.
        const QString root = pick(m.brandRoots);
        name.replace(QLatin1String("{B}"), root + pick(m.brandEndings));
    }
    if (name.contains(QLatin1String("{S}")))
        name.replace(QLatin1String("{S}"), pick(words.companySurnames));
    if (qualified)
        name += QLatin1Char(' ') + pick(m.qualifiers);
    return name;
}

Result<void> DemoGenerator::readWorkspace()
{
    m_pipelineId = Workspace::defaultPipelineId(m_session);
    ListQuery byPosition;
    byPosition.orderBy = QStringLiteral("position");
    ListQuery stages = byPosition;
    stages.where << qMakePair(QStringLiteral("pipeline_id"), QVariant(m_pipelineId));
    auto rows = m_records.list(QStringLiteral("stage"), stages);
    if (!rows)
        return rows.error();
    for (const Record& r : *rows) {
        const QString kind = r.text(QStringLiteral("kind"));
        if (kind == QLatin1String("won"))
            m_wonStage = r.id;
        else if (kind == QLatin1String("lost"))
            m_lostStage = r.id;
        else
            m_openStages << r.id;
    }
    if (m_pipelineId.isEmpty() || m_openStages.isEmpty() || m_wonStage.isEmpty()
        || m_lostStage.isEmpty())
        return makeError(QCoreApplication::translate(
            "DemoData", "Demo data needs a default pipeline with open, won and lost stages."));
    auto reasons = m_records.list(QStringLiteral("lost_reason"), byPosition);
    if (!reasons)
        return reasons.error();
    // Deals lost with this reason name the competitor that won them.
    const QString competitor = QCoreApplication::translate("Workspace", "Chose a competitor");
    for (const Record& r : *reasons) {
        if (r.text(QStringLiteral("name")) == competitor)
            m_competitorReason = int(m_lostReasons.size());
        m_lostReasons << r.text(QStringLiteral("name"));
    }
    if (m_lostReasons.isEmpty())
        m_lostReasons << translated(QT_TRANSLATE_NOOP("DemoData", "No decision"));

    const QString own
        = slug(QStringLiteral("ru"), m_session.setting(QStringLiteral("company_name")));
    m_ownDomain
        = (own.isEmpty() ? QStringLiteral("tandem-demo") : own) + QStringLiteral(".example");

    for (const Market& m : markets()) {
        MarketWords w;
        w.market = &m;
        w.language = &language(m.language);
        w.phrases = &phrases(m.language);
        const Language& l = *w.language;
        for (const QString& n : l.maleNames)
            w.maleAscii << toAscii(l.code, n);
        for (const QString& n : l.femaleNames)
            w.femaleAscii << toAscii(l.code, n);
        for (const QString& s : l.surnames) {
            w.surnameAscii << toAscii(l.code, s).remove(QLatin1Char(' '));
            w.companySurnames << surnameInCompanyName(l.code, s);
            for (int married = 0; married < 2; ++married) {
                w.feminine[married] << feminineSurname(l.code, s, married);
                w.feminineAscii[married]
                    << toAscii(l.code, w.feminine[married].constLast()).remove(QLatin1Char(' '));
            }
        }
        m_markets.push_back(std::move(w));
    }
    return {};
}

Result<void> DemoGenerator::createTeams()
{
    const int userCount = std::clamp(m_options.contacts / 4000, 4, 30);
    const QList<TeamSeed> seeds = teams(userCount < 8 ? 2 : userCount < 16 ? 3 : 4);
    // Team sizes follow their markets' share of the customers (largest share per head first);
    // every team has a manager and at least one salesperson.
    std::vector<int> share(size_t(seeds.size()), 0), size(size_t(seeds.size()), 2);
    for (MarketWords& w : m_markets) {
        for (qsizetype t = 0; t < seeds.size(); ++t) {
            if (seeds[t].countries.contains(w.market->country)) {
                w.team = int(t);
                share[size_t(t)] += w.market->share;
            }
        }
    }
    for (int left = userCount - 2 * int(seeds.size()); left > 0; --left) {
        size_t best = 0;
        for (size_t t = 1; t < size.size(); ++t) {
            if (share[t] * size[best] > share[best] * size[t])
                best = t;
        }
        ++size[best];
    }

    // The team set up its CRM some weeks before the history begins.
    const qint64 setUpMs = m_startMs - 45 * kDay;
    for (qsizetype t = 0; t < seeds.size(); ++t) {
        auto team = create(QStringLiteral("team"),
            { { QStringLiteral("name"), translated(seeds[t].name) } }, setUpMs);
        if (!team)
            return team.error();
        QString managerId;
        for (int member = 0; member < size[size_t(t)]; ++member) {
            int market = pickMarket();
            while (m_markets[size_t(market)].team != int(t))
                market = pickMarket();
            MarketWords& w = m_markets[size_t(market)];
            const Person p = person(w, false);
            const bool manager = member == 0;
            const bool office
                = !manager && t == 0 && member == size[size_t(t)] - 1 && userCount >= 10;
            QStringList skills { translated(languageName(w.language->code)) };
            if (w.language->code != QLatin1String("en") && chance(75))
                skills << translated(languageName(QStringLiteral("en")));
            if (chance(40))
                skills << translated(languageName(QStringLiteral("ru")));
            skills.removeDuplicates();
            skills << translated(specialties().at(pick(specialties().size())));
            const QString role = manager ? QStringLiteral("manager")
                : office                 ? QStringLiteral("office_manager")
                                         : QStringLiteral("salesperson");
            auto user = create(QStringLiteral("user"),
                { { QStringLiteral("name"), p.first + QLatin1Char(' ') + p.last },
                    { QStringLiteral("email"), p.email + QLatin1Char('@') + m_ownDomain },
                    { QStringLiteral("phone"), fill(pick(w.market->mobiles)) },
                    { QStringLiteral("role"), role },
                    { QStringLiteral("manager_id"),
                        manager ? m_session.currentUserId() : managerId },
                    { QStringLiteral("team_id"), *team },
                    { QStringLiteral("skills"), skills.join(QStringLiteral(", ")) },
                    { QStringLiteral("locale"), w.language->code },
                    { QStringLiteral("active"), true },
                    { QStringLiteral("calendar_visibility"), QStringLiteral("team") } },
                setUpMs);
            if (!user)
                return user.error();
            m_userIds << *user;
            m_userTeams.push_back(int(t));
            m_userRoles << role;
            m_userLanguages << w.language->code;
            m_userMarkets.push_back(market);
            if (manager) {
                managerId = *user;
                if (auto r = m_records.update(QStringLiteral("team"), *team,
                        { { QStringLiteral("manager_id"), managerId } });
                    !r)
                    return r;
            }
            // Accounts go to salespeople three times as often as to their manager.
            const int weight = manager ? 1 : office ? 0 : 3;
            for (MarketWords& mw : m_markets) {
                if (mw.team == int(t))
                    mw.owners.insert(mw.owners.end(), size_t(weight), int(m_userIds.size()) - 1);
            }
        }

        QStringList countries;
        for (const MarketWords& w : m_markets) {
            if (w.team == int(t) && !countries.contains(w.market->country))
                countries << w.market->country;
        }
        for (const QString& country : countries) {
            auto territory = create(QStringLiteral("territory"),
                { { QStringLiteral("name"), translated(countryName(country)) },
                    { QStringLiteral("kind"), QStringLiteral("region") },
                    { QStringLiteral("country"), country },
                    { QStringLiteral("owner_id"), managerId },
                    { QStringLiteral("team_id"), *team } },
                setUpMs);
            if (!territory)
                return territory.error();
            for (MarketWords& w : m_markets) {
                if (w.market->country == country)
                    w.territoryId = *territory;
            }
        }
    }
    m_stats.users = userCount;
    m_activitiesByUser.assign(size_t(m_userIds.size()), 0);
    return {};
}

Result<void> DemoGenerator::createCatalogue()
{
    const QString currency = m_session.defaultCurrency();
    const double rate = perEuro(currency);
    const qint64 minor = qint64(std::pow(10, currencyMinorDigits(currency)));
    const qint64 setUpMs = m_startMs - 45 * kDay;
    for (const ProductSeed& p : products()) {
        auto id = create(QStringLiteral("product"),
            { { QStringLiteral("name"), translated(p.name) },
                { QStringLiteral("sku"), QString::fromLatin1(p.sku) },
                { QStringLiteral("unit"), translated(p.unit) },
                { QStringLiteral("price"), qint64(std::llround(p.priceEuro * rate)) * minor },
                { QStringLiteral("currency"), currency },
                { QStringLiteral("vat_rate"), vatRate(currency) },
                { QStringLiteral("category"), translated(p.category) },
                { QStringLiteral("active"), true } },
            setUpMs);
        if (!id)
            return id.error();
    }
    for (const CompetitorSeed& c : competitors()) {
        auto id = create(QStringLiteral("competitor"),
            { { QStringLiteral("name"), QString::fromLatin1(c.name) },
                { QStringLiteral("website"), QString::fromLatin1(c.website) },
                { QStringLiteral("strengths"), translated(c.strengths) },
                { QStringLiteral("weaknesses"), translated(c.weaknesses) } },
            setUpMs);
        if (!id)
            return id.error();
        m_competitors << *id;
    }
    int owner = 0;
    for (const CampaignSeed& c : campaigns()) {
        const QDate starts = m_today.addDays(-c.startDaysAgo);
        const QDate ends = starts.addDays(c.days);
        const bool planned = starts > m_today;
        const bool finished = ends < m_today;
        const qint64 budget = qint64(std::llround(c.budgetEuro * rate)) * minor;
        QVariantMap values { { QStringLiteral("name"), translated(c.name) },
            { QStringLiteral("kind"), QString::fromLatin1(c.kind) },
            { QStringLiteral("starts_on"), starts }, { QStringLiteral("ends_on"), ends },
            { QStringLiteral("budget"), budget }, { QStringLiteral("currency"), currency },
            { QStringLiteral("goal_leads"), c.goalLeads },
            { QStringLiteral("goal_revenue"), budget * 12 },
            { QStringLiteral("owner_id"), m_userIds.at(owner) },
            { QStringLiteral("status"),
                planned        ? QStringLiteral("planned")
                    : finished ? QStringLiteral("finished")
                               : QStringLiteral("active") } };
        if (!planned)
            values.insert(QStringLiteral("cost"), budget * (80 + pick(35)) / 100);
        // Planned some weeks before it starts.
        const qint64 startMs = QDateTime(starts, QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 plannedMs
            = std::min(m_nowMs, workTime(m_history, startMs - 45 * kDay, startMs - 10 * kDay));
        auto id = create(QStringLiteral("campaign"), values, plannedMs);
        if (!id)
            return id.error();
        if (!planned)
            m_campaigns << CampaignPlan { *id, QString::fromLatin1(c.kind), startMs,
                QDateTime(ends, QTime(18, 0), Qt::UTC).toMSecsSinceEpoch() };
        owner = (owner + 1) % int(m_userIds.size());
    }
    return {};
}

void DemoGenerator::planCompanies()
{
    const int companies = std::max(1, m_options.contacts / 5);
    // Exact shares by largest remainder, so that even a small demo has every market.
    std::vector<int> markets;
    std::vector<std::pair<int, int>> remainders;
    for (size_t m = 0; m < m_markets.size(); ++m) {
        const int exact = companies * m_markets[m].market->share;
        markets.insert(markets.end(), size_t(exact / 100), int(m));
        remainders.push_back({ exact % 100, int(m) });
    }
    std::stable_sort(remainders.begin(), remainders.end(),
        [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t i = 0; markets.size() < size_t(companies); ++i)
        markets.push_back(remainders[i % remainders.size()].second);
    for (size_t i = markets.size(); i > 1; --i)
        std::swap(markets[i - 1], markets[size_t(pick(qsizetype(i)))]);

    m_companies.resize(size_t(companies));
    for (size_t i = 0; i < m_companies.size(); ++i) {
        CompanyPlan& c = m_companies[i];
        c.market = markets[i];
        const MarketWords& w = m_markets[size_t(c.market)];
        c.city = pick(w.market->cities.size());
        c.owner = pickOwner(w);
        c.contacts = 1;
    }
    // A few key accounts with many people, a long tail of small ones.
    for (int extra = m_options.contacts - companies; extra > 0; --extra) {
        size_t i = size_t(companies * std::pow(m_rng.generateDouble(), 1.5));
        while (m_companies[i].contacts >= kMaxContactsPerCompany)
            i = size_t(pick(companies));
        ++m_companies[i].contacts;
    }
    int next = 0;
    for (CompanyPlan& c : m_companies) {
        c.firstContact = next;
        next += c.contacts;
    }
    m_contacts.resize(size_t(next));
    for (size_t i = 0; i < m_companies.size(); ++i) {
        for (int k = 0; k < m_companies[i].contacts; ++k)
            m_contacts[size_t(m_companies[i].firstContact + k)].company = int(i);
    }
}

void DemoGenerator::planDeals()
{
    m_deals.resize(size_t(m_options.contacts / 2));
    std::vector<int> perCompany(m_companies.size(), 0);
    for (DealPlan& d : m_deals) {
        d.contact = pick(qsizetype(m_contacts.size()));
        d.company = m_contacts[size_t(d.contact)].company;
        CompanyPlan& c = m_companies[size_t(d.company)];
        if (chance(50))
            d.contact = c.firstContact; // the director
        d.owner = chance(90) ? c.owner : pickOwner(m_markets[size_t(c.market)]);
        switch (weighted({ 60, 25, 15 })) {
        case 0:
            d.stage = weighted({ 30, 25, 20, 15, 10 }) % int(m_openStages.size());
            d.atMs = workTime(m_nowMs - 60 * kDay, m_nowMs);
            break;
        case 1:
            d.state = DealState::Won;
            d.atMs = workTime(m_nowMs - kHistoryDays * kDay, m_nowMs - kDay);
            ++c.wonDeals;
            c.lastWonMs = std::max(c.lastWonMs, d.atMs);
            break;
        default:
            d.state = DealState::Lost;
            d.atMs = workTime(m_nowMs - kHistoryDays * kDay, m_nowMs - kDay);
            break;
        }
        ++perCompany[size_t(d.company)];
    }
    // Each company's deals side by side, for activities to link to.
    int next = 0;
    for (size_t i = 0; i < m_companies.size(); ++i) {
        m_companies[i].firstDeal = next;
        next += perCompany[i];
        perCompany[i] = m_companies[i].firstDeal;
    }
    m_dealsByCompany.resize(m_deals.size());
    for (size_t d = 0; d < m_deals.size(); ++d) {
        const size_t c = size_t(m_deals[d].company);
        m_dealsByCompany[size_t(perCompany[c]++)] = int(d);
        ++m_companies[c].deals;
    }
}

} // namespace tandem::demo
