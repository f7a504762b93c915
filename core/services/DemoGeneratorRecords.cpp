// The demo generator's records: companies with their people, leads, deals and activities.
#include "services/DemoGenerator.h"

#include "domain/FieldFormat.h"
#include "store/RecordStore.h"

#include <algorithm>
#include <cmath>

namespace tandem::demo {

Result<void> DemoGenerator::createCompanies()
{
    const QList<const char*>& industryList = industries();
    for (size_t i = 0; i < m_companies.size(); ++i) {
        CompanyPlan& c = m_companies[i];
        MarketWords& w = m_markets[size_t(c.market)];
        const Market& m = *w.market;
        const City& city = m.cities.at(c.city);
        // Early names are plain; once the plain ones run short, a qualifier tells them apart.
        for (int attempt = 0; attempt < 40 && (c.name.isEmpty() || m_takenNames.contains(c.name));
             ++attempt)
            c.name = companyName(w, attempt >= 12);
        if (m_takenNames.contains(c.name))
            c.name += QLatin1Char(' ') + city.name;
        m_takenNames.insert(c.name);
        c.domain = slug(m.language, c.name) + QLatin1Char('.') + m.country.toLower()
            + QStringLiteral(".example");

        const bool customer = c.wonDeals > 0;
        c.former = customer ? c.lastWonMs < m_nowMs - 400 * kDay && chance(40) : chance(4);
        const QString status = c.former ? QStringLiteral("former")
            : !customer                 ? QStringLiteral("prospect")
            : chance(6)                 ? QStringLiteral("partner")
                                        : QStringLiteral("customer");
        const int segment = c.contacts >= 15 ? 2 : c.contacts >= 5 ? 1 : 0;
        QVariantMap values { { QStringLiteral("name"), c.name },
            { QStringLiteral("legal_name"), pick(m.legalForms).arg(c.name) },
            { QStringLiteral("reg_code"),
                fill(m.registration.contains(QLatin1String("%2"))
                        ? m.registration.arg(city.registry).arg(1995 + pick(30))
                        : m.registration) },
            { QStringLiteral("industry"), translated(industryList.at(pick(industryList.size()))) },
            { QStringLiteral("country"), m.country }, { QStringLiteral("region"), city.region },
            { QStringLiteral("city"), city.name },
            { QStringLiteral("postcode"), fill(city.postcode) },
            { QStringLiteral("street"), pick(m.streets).arg(1 + pick(199)) },
            { QStringLiteral("website"), QStringLiteral("https://www.") + c.domain },
            { QStringLiteral("phone"), fill(city.phone) },
            { QStringLiteral("email"), pick(m.mailboxes) + QLatin1Char('@') + c.domain },
            { QStringLiteral("status"), status },
            { QStringLiteral("segment"), translated(segments().at(segment)) },
            { QStringLiteral("abc_class"),
                c.wonDeals >= 3 || segment == 2 ? QStringLiteral("A")
                    : customer || segment == 1  ? QStringLiteral("B")
                                                : QStringLiteral("C") },
            { QStringLiteral("territory_id"), w.territoryId },
            { QStringLiteral("owner_id"), m_userIds.at(c.owner) } };
        if (customer || chance(70))
            values.insert(QStringLiteral("vat_code"), fill(m.vat));
        if (customer) {
            static const QStringList tiers { QStringLiteral("none"), QStringLiteral("bronze"),
                QStringLiteral("silver"), QStringLiteral("gold") };
            values.insert(QStringLiteral("loyalty_tier"), tiers.at(weighted({ 40, 30, 20, 10 })));
            if (!c.former && chance(40))
                values.insert(QStringLiteral("renewal_date"), m_today.addDays(1 + pick(365)));
        }
        // Some companies belong to a group made earlier in the same market.
        if (!w.companies.empty() && chance(3))
            values.insert(QStringLiteral("parent_id"),
                m_companies[size_t(w.companies[size_t(pick(qsizetype(w.companies.size())))])].id);
        auto id = create(QStringLiteral("company"), values, c.createdMs);
        if (!id)
            return id.error();
        c.id = *id;
        w.companies.push_back(int(i));
    }
    m_stats.companies = int(m_companies.size());
    return {};
}

// Each company's people form a small org chart: a director, department heads, their staff.
Result<void> DemoGenerator::createContacts()
{
    for (const CompanyPlan& c : m_companies) {
        MarketWords& w = m_markets[size_t(c.market)];
        const Language& lang = *w.language;
        const City& city = w.market->cities.at(c.city);
        const int firstDepartment = pick(lang.departments.size());
        const int heads = std::min(c.contacts - 1, int(lang.departments.size()));
        for (int k = 0; k < c.contacts; ++k) {
            ContactPlan& contact = m_contacts[size_t(c.firstContact + k)];
            // The first person of each market is always the same, for tours and screenshots.
            const bool showcase = k == 0 && !w.showcaseDone;
            if (showcase)
                w.showcaseDone = true;
            const Person p = person(w, showcase);
            contact.first = p.first;
            contact.last = p.last;
            contact.email = p.email + QLatin1Char('@') + c.domain;

            QString title, department, reportsTo;
            bool decides = false;
            if (k == 0) {
                title = lang.director.form(p.female);
                department = lang.management;
                decides = true;
            } else {
                const int head = k <= heads ? k : 1 + pick(heads);
                const int d = (firstDepartment + head - 1) % int(lang.departments.size());
                const Department& dept = lang.departments.at(d);
                department = dept.name;
                if (k <= heads) {
                    title = dept.head.form(p.female);
                    reportsTo = m_contacts[size_t(c.firstContact)].id;
                    decides = chance(d == 1 || d == 2 ? 60 : 20); // purchasing and finance
                } else {
                    title = dept.staff.at(pick(dept.staff.size())).form(p.female);
                    reportsTo = m_contacts[size_t(c.firstContact + head)].id;
                    decides = chance(5);
                }
            }
            QVariantMap values { { QStringLiteral("first_name"), contact.first },
                { QStringLiteral("last_name"), contact.last },
                { QStringLiteral("company_id"), c.id }, { QStringLiteral("title"), title },
                { QStringLiteral("department"), department },
                { QStringLiteral("decision_maker"), decides },
                { QStringLiteral("email"), contact.email }, { QStringLiteral("city"), city.name },
                { QStringLiteral("country"), w.market->country },
                { QStringLiteral("language"), lang.code },
                { QStringLiteral("consent_email"), chance(70) },
                { QStringLiteral("consent_phone"), chance(60) },
                { QStringLiteral("consent_post"), chance(35) },
                { QStringLiteral("owner_id"), m_userIds.at(c.owner) },
                { QStringLiteral("status"),
                    c.former && chance(50) ? QStringLiteral("inactive")
                                           : QStringLiteral("active") } };
            if (!reportsTo.isEmpty())
                values.insert(QStringLiteral("reports_to_id"), reportsTo);
            if (chance(55))
                values.insert(QStringLiteral("phone"), fill(city.phone));
            if (chance(85))
                values.insert(QStringLiteral("mobile"), fill(pick(w.market->mobiles)));
            if (chance(25))
                values.insert(
                    QStringLiteral("birthday"), QDate(1960, 1, 1).addDays(pick(40 * 365)));
            if (chance(12))
                values.insert(QStringLiteral("next_contact_date"), m_today.addDays(pick(41) - 10));
            auto id = create(QStringLiteral("contact"), values, contact.createdMs);
            if (!id)
                return id.error();
            contact.id = *id;
        }
    }
    m_stats.contacts = int(m_contacts.size());
    return {};
}

Result<void> DemoGenerator::createLeads()
{
    static const QStringList sources { QStringLiteral("web_form"), QStringLiteral("call"),
        QStringLiteral("event"), QStringLiteral("referral"), QStringLiteral("campaign"),
        QStringLiteral("cold_call") };
    static const QStringList statuses { QStringLiteral("new"), QStringLiteral("contacted"),
        QStringLiteral("qualified"), QStringLiteral("lost"), QStringLiteral("converted") };
    m_leads.resize(size_t(m_options.contacts / 5));
    for (size_t i = 0; i < m_leads.size(); ++i) {
        LeadPlan& lead = m_leads[i];
        lead.state = LeadState(weighted({ 20, 20, 15, 20, 25 }));
        if (lead.state == LeadState::Converted) {
            lead.deal = pick(qsizetype(m_deals.size()));
            if (m_deals.empty() || m_deals[size_t(lead.deal)].lead >= 0) {
                lead.state = LeadState::Qualified; // that deal came from elsewhere
                lead.deal = -1;
            }
        }
        QString source = sources.at(weighted({ 30, 10, 15, 15, 15, 15 }));
        QString campaign;
        if (!m_campaigns.isEmpty() && (source == QLatin1String("campaign") || chance(10))) {
            // One that ran when this lead can have come in.
            qint64 from = 0, to = 0;
            planLeadWindow(lead, from, to);
            const CampaignPlan& c = pickCampaign(from, to);
            campaign = c.id;
            source = c.kind == QLatin1String("event") ? QStringLiteral("event")
                                                      : QStringLiteral("campaign");
        }
        lead.source = source;
        lead.campaignId = campaign;
        QVariantMap values { { QStringLiteral("source"), source },
            { QStringLiteral("status"), statuses.at(int(lead.state)) } };
        qint64 firstContactDue = 0;
        if (!campaign.isEmpty())
            values.insert(QStringLiteral("campaign_id"), campaign);

        if (lead.state == LeadState::Converted) {
            DealPlan& deal = m_deals[size_t(lead.deal)];
            deal.lead = int(i);
            const ContactPlan& contact = m_contacts[size_t(deal.contact)];
            const CompanyPlan& company = m_companies[size_t(deal.company)];
            lead.market = company.market;
            lead.owner = deal.owner;
            const qint64 converted = std::max(m_nowMs - kHistoryDays * kDay,
                deal.atMs - (deal.state == DealState::Open ? 1 + pick(20) : 30 + pick(120)) * kDay);
            values.insert(QStringLiteral("first_name"), contact.first);
            values.insert(QStringLiteral("last_name"), contact.last);
            values.insert(QStringLiteral("company_name"), company.name);
            values.insert(QStringLiteral("email"), contact.email);
            values.insert(QStringLiteral("company_id"), company.id);
            values.insert(QStringLiteral("contact_id"), contact.id);
            lead.convertedMs = workTime(converted - kDay, converted);
            values.insert(QStringLiteral("converted_at"), at(lead.convertedMs));
        } else {
            // Someone not yet in the customer list.
            lead.market = pickMarket();
            MarketWords& w = m_markets[size_t(lead.market)];
            lead.owner = pickOwner(w);
            const Person p = person(w, false);
            const QString company = companyName(w, false);
            values.insert(QStringLiteral("first_name"), p.first);
            values.insert(QStringLiteral("last_name"), p.last);
            values.insert(QStringLiteral("company_name"), company);
            values.insert(QStringLiteral("email"),
                p.email + QLatin1Char('@') + slug(w.language->code, company) + QLatin1Char('.')
                    + w.market->country.toLower() + QStringLiteral(".example"));
            if (chance(70))
                values.insert(QStringLiteral("phone"), fill(pick(w.market->mobiles)));
            if (lead.state == LeadState::Lost)
                values.insert(QStringLiteral("lost_reason"), pick(m_lostReasons));
            if (lead.state == LeadState::New) {
                firstContactDue = workTime(m_nowMs - 2 * kDay, m_nowMs + 2 * kDay);
                values.insert(QStringLiteral("first_contact_due"), at(firstContactDue));
            }
        }
        const MarketWords& w = m_markets[size_t(lead.market)];
        values.insert(QStringLiteral("title"), pick(w.phrases->leadTitles));
        values.insert(QStringLiteral("owner_id"), m_userIds.at(lead.owner));
        values.insert(QStringLiteral("territory_id"), w.territoryId);
        lead.createdMs = leadCreatedMs(lead, firstContactDue);
        auto id = create(QStringLiteral("lead"), values, lead.createdMs);
        if (!id)
            return id.error();
        lead.id = *id;
    }
    m_stats.leads = int(m_leads.size());
    return {};
}

Result<void> DemoGenerator::createDeals()
{
    const QList<NeedSeed>& needList = needs();
    QStringList needTitles;
    for (const NeedSeed& n : needList)
        needTitles << translated(n.title);
    for (DealPlan& d : m_deals) {
        const CompanyPlan& c = m_companies[size_t(d.company)];
        const MarketWords& w = m_markets[size_t(c.market)];
        const int need = pick(needList.size());
        // Moldovan contracts are often in euro.
        const QString currency = w.market->currency == QLatin1String("MDL") && chance(30)
            ? QStringLiteral("EUR")
            : w.market->currency;
        const double rate = perEuro(currency);
        const double euro = std::exp(std::log(double(needList[need].minEuro))
            + m_rng.generateDouble()
                * (std::log(double(needList[need].maxEuro))
                    - std::log(double(needList[need].minEuro))));
        const qint64 step = rate > 10 ? 100 : 10; // round figures, as people quote them
        const qint64 major = std::max<qint64>(step, std::llround(euro * rate / step) * step);
        const qint64 amount = major * qint64(std::pow(10, currencyMinorDigits(currency)));
        d.euro = double(major) / rate;

        QVariantMap values { { QStringLiteral("title"),
                                 c.name + QStringLiteral(" – ") + needTitles[need] },
            { QStringLiteral("company_id"), c.id },
            { QStringLiteral("contact_id"), m_contacts[size_t(d.contact)].id },
            { QStringLiteral("pipeline_id"), m_pipelineId }, { QStringLiteral("amount"), amount },
            { QStringLiteral("currency"), currency },
            { QStringLiteral("owner_id"), m_userIds.at(d.owner) },
            { QStringLiteral("stage_entered_at"), at(d.atMs) } };
        const bool competing = chance(20);
        switch (d.state) {
        case DealState::Open:
            values.insert(QStringLiteral("stage_id"), m_openStages.at(d.stage));
            values.insert(QStringLiteral("status"), QStringLiteral("open"));
            values.insert(QStringLiteral("stage_entered_at"), at(openStageEnteredMs(d)));
            // Some expected closes have slipped into the past: the forecast shows them.
            values.insert(QStringLiteral("expected_close"), m_today.addDays(pick(170) - 20));
            if (chance(60))
                values.insert(QStringLiteral("next_step"), pick(w.phrases->tasks));
            if (competing)
                values.insert(
                    QStringLiteral("competitor_id"), m_competitors.at(pick(m_competitors.size())));
            break;
        case DealState::Won:
            values.insert(QStringLiteral("stage_id"), m_wonStage);
            values.insert(QStringLiteral("status"), QStringLiteral("won"));
            values.insert(QStringLiteral("won_at"), at(d.atMs));
            values.insert(QStringLiteral("expected_close"), dayOf(d.atMs).addDays(pick(30) - 15));
            break;
        case DealState::Lost: {
            const int reason = pick(m_lostReasons.size());
            // A lost deal stays in the stage where it was lost (the funnel reads it there); the
            // reason already drawn spreads them without another draw from the seeded stream.
            values.insert(QStringLiteral("stage_id"),
                m_openStages.at(qsizetype(reason) % m_openStages.size()));
            values.insert(QStringLiteral("status"), QStringLiteral("lost"));
            values.insert(QStringLiteral("lost_at"), at(d.atMs));
            values.insert(QStringLiteral("lost_reason"), m_lostReasons.at(reason));
            values.insert(QStringLiteral("expected_close"), dayOf(d.atMs).addDays(pick(30) - 15));
            if (reason == m_competitorReason || competing)
                values.insert(
                    QStringLiteral("competitor_id"), m_competitors.at(pick(m_competitors.size())));
            break;
        }
        }
        if (d.lead >= 0) {
            const LeadPlan& lead = m_leads[size_t(d.lead)];
            values.insert(QStringLiteral("lead_id"), lead.id);
            values.insert(QStringLiteral("source"), lead.source);
            if (!lead.campaignId.isEmpty())
                values.insert(QStringLiteral("campaign_id"), lead.campaignId);
        }
        auto id = createDealWithHistory(d, values);
        if (!id)
            return id.error();
    }
    // Conversion links both ways: the lead learns its deal once the deal exists.
    for (const LeadPlan& lead : m_leads) {
        if (lead.deal < 0)
            continue;
        if (auto r = m_records.update(QStringLiteral("lead"), lead.id,
                { { QStringLiteral("deal_id"), m_deals[size_t(lead.deal)].id } });
            !r)
            return r;
        advance();
    }
    m_stats.deals = int(m_deals.size());
    return {};
}

// One activity with a contact: a call, e-mail, meeting, note or task in the contact's language.
// Only open tasks and planned meetings lie in the future.
ActivityPlan DemoGenerator::activity(const ContactPlan& contact)
{
    const CompanyPlan& c = m_companies[size_t(contact.company)];
    const Phrases& words = *m_markets[size_t(c.market)].phrases;
    int deal = -1;
    if (c.deals > 0 && chance(45))
        deal = m_dealsByCompany[size_t(c.firstDeal + pick(c.deals))];
    // Work on a closed deal happened before it closed; nobody talks to a person, or about a deal,
    // before they are on record.
    qint64 onRecord = contact.createdMs;
    qint64 to = m_nowMs;
    if (deal >= 0) {
        const DealPlan& d = m_deals[size_t(deal)];
        if (d.state != DealState::Open)
            to = d.atMs;
        onRecord = std::min(std::max(onRecord, d.createdMs), to - 3 * 60 * kMinute);
    }
    const qint64 from
        = std::max({ m_startMs, onRecord, to == m_nowMs ? m_startMs : to - 180 * kDay });
    ActivityPlan a;
    a.owner = deal >= 0 ? m_deals[size_t(deal)].owner : c.owner;
    QVariantMap& v = a.values;
    v = { { QStringLiteral("contact_id"), contact.id }, { QStringLiteral("company_id"), c.id },
        { QStringLiteral("owner_id"), m_userIds.at(a.owner) } };
    if (deal >= 0)
        v.insert(QStringLiteral("deal_id"), m_deals[size_t(deal)].id);

    enum Kind { Call, Email, Meeting, Note, Task };
    const int kind = weighted({ 35, 25, 15, 10, 15 });
    const bool future
        = to == m_nowMs && ((kind == Task && chance(12)) || (kind == Meeting && chance(10)));
    switch (kind) {
    case Call: {
        const qint64 length = (5 + pick(21)) * kMinute;
        const qint64 t = workTime(from, to - length);
        v.insert(QStringLiteral("kind"), QStringLiteral("call"));
        v.insert(QStringLiteral("subject"), pick(words.calls));
        v.insert(QStringLiteral("starts_at"), at(t));
        v.insert(QStringLiteral("ends_at"), at(t + length));
        v.insert(QStringLiteral("done"), true);
        v.insert(QStringLiteral("done_at"), at(t + length));
        a.createdMs = t + length; // logged when it ended
        if (chance(85))
            v.insert(QStringLiteral("outcome"), pick(words.outcomes));
        break;
    }
    case Email: {
        const qint64 t = workTime(from, to);
        v.insert(QStringLiteral("kind"), QStringLiteral("email"));
        v.insert(QStringLiteral("subject"), pick(words.emails));
        v.insert(QStringLiteral("starts_at"), at(t));
        v.insert(QStringLiteral("done"), true);
        v.insert(QStringLiteral("done_at"), at(t));
        a.createdMs = t;
        break;
    }
    case Meeting: {
        const qint64 length = (1 + pick(4)) * 30 * kMinute;
        const qint64 t
            = future ? workTime(m_nowMs, m_nowMs + 21 * kDay) : workTime(from, to - length);
        v.insert(QStringLiteral("kind"), QStringLiteral("meeting"));
        v.insert(QStringLiteral("subject"), pick(words.meetings));
        v.insert(QStringLiteral("starts_at"), at(t));
        v.insert(QStringLiteral("ends_at"), at(t + length));
        v.insert(
            QStringLiteral("location"), m_markets[size_t(c.market)].market->cities.at(c.city).name);
        v.insert(QStringLiteral("done"), !future);
        // A planned meeting was booked up to a week ahead; one held, written up afterwards.
        a.createdMs = future ? std::max(from, std::min(m_nowMs, t - 7 * kDay)) : t + length;
        if (future) {
            v.insert(QStringLiteral("reminder_minutes"), 15 * (1 + pick(4)));
        } else {
            v.insert(QStringLiteral("done_at"), at(t + length));
            if (chance(80))
                v.insert(QStringLiteral("outcome"), pick(words.outcomes));
        }
        break;
    }
    case Note: {
        v.insert(QStringLiteral("kind"), QStringLiteral("note"));
        v.insert(QStringLiteral("subject"), pick(words.notes));
        a.createdMs = workTime(from, to);
        v.insert(QStringLiteral("starts_at"), at(a.createdMs));
        break;
    }
    default: {
        static const QStringList priorities { QStringLiteral("low"), QStringLiteral("normal"),
            QStringLiteral("high") };
        const qint64 due = future ? workTime(m_nowMs, m_nowMs + 30 * kDay) : workTime(from, to);
        // Recent tasks are sometimes still open: overdue, for the reminders to find.
        const bool done = !future && (due < m_nowMs - 30 * kDay || chance(88));
        v.insert(QStringLiteral("kind"), QStringLiteral("task"));
        v.insert(QStringLiteral("subject"), pick(words.tasks));
        v.insert(QStringLiteral("due_at"), at(due));
        v.insert(QStringLiteral("priority"), priorities.at(weighted({ 20, 60, 20 })));
        v.insert(QStringLiteral("done"), done);
        // Set some days before it was due (the day of the due date says how many).
        a.createdMs = std::min(m_nowMs, due - (2 + (due / kDay) % 12) * kDay);
        if (done) {
            const qint64 doneAt = workTime(std::max(from, due - 3 * kDay), due);
            v.insert(QStringLiteral("done_at"), at(doneAt));
            a.createdMs = std::min(a.createdMs, doneAt);
            if (chance(40))
                v.insert(QStringLiteral("outcome"), pick(words.outcomes));
        }
        a.createdMs = std::max(a.createdMs, onRecord);
        break;
    }
    }
    return a;
}

Result<void> DemoGenerator::createActivities()
{
    const qint64 total = qint64(m_options.contacts) * 5;
    qint64 made = 0;
    // Leads someone has talked to have that first call or e-mail on record.
    for (const LeadPlan& lead : m_leads) {
        if (lead.state == LeadState::New || lead.state == LeadState::Converted || made >= total)
            continue;
        const Phrases& words = *m_markets[size_t(lead.market)].phrases;
        const bool call = chance(70);
        const qint64 length = call ? (5 + pick(16)) * kMinute : 0;
        const qint64 t = firstContactMs(lead, length);
        QVariantMap v { { QStringLiteral("kind"),
                            call ? QStringLiteral("call") : QStringLiteral("email") },
            { QStringLiteral("subject"), call ? words.calls.first() : pick(words.emails) },
            { QStringLiteral("starts_at"), at(t) }, { QStringLiteral("done"), true },
            { QStringLiteral("done_at"), at(t + length) },
            { QStringLiteral("owner_id"), m_userIds.at(lead.owner) },
            { QStringLiteral("lead_id"), lead.id } };
        if (call) {
            v.insert(QStringLiteral("ends_at"), at(t + length));
            v.insert(QStringLiteral("outcome"), pick(words.outcomes));
        }
        auto id = create(QStringLiteral("activity"), v, t + length);
        if (!id)
            return id.error();
        ++m_activitiesByUser[size_t(lead.owner)];
        ++made;
    }
    for (; made < total; ++made) {
        const ActivityPlan a = activity(m_contacts[size_t(pick(qsizetype(m_contacts.size())))]);
        auto id = create(QStringLiteral("activity"), a.values, a.createdMs);
        if (!id)
            return id.error();
        ++m_activitiesByUser[size_t(a.owner)];
    }
    m_stats.activities = int(made);
    return {};
}

} // namespace tandem::demo
