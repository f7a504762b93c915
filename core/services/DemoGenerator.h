// The demo data generator behind generateDemo(): plans every record from seeded random generators,
// then writes them, backdated to their story, through RecordStore. Private to core/services.
#pragma once

#include "services/DemoData.h"
#include "services/DemoVocabulary.h"
#include "util/Clock.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSet>
#include <QVariantMap>
#include <vector>

namespace tandem {
class RecordStore;
}

namespace tandem::demo {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;
constexpr int kHistoryDays = 730;

// The clock records are made by while the generator backdates them: the moment their story says.
class StoryClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }
    qint64 ms = 0;
};

QString translated(const char* text); // in context "DemoData"
// Rough rates for turning typical euro prices into each market's money.
double perEuro(const QString& currency);
// "Baltijos technika plius" → "baltijos-technika-plius"
QString slug(const QString& languageCode, const QString& name);

// A market with its words prepared once: feminine surnames and ASCII forms for e-mail addresses.
struct MarketWords {
    const Market* market = nullptr;
    const Language* language = nullptr;
    const Phrases* phrases = nullptr;
    QStringList maleAscii, femaleAscii, surnameAscii;
    QStringList feminine[2], feminineAscii[2]; // [married]
    QStringList companySurnames;
    int team = 0;
    QString territoryId;
    std::vector<int> owners; // users who own its accounts, salespeople more often
    std::vector<int> companies; // made so far, for parent companies
    bool showcaseDone = false;
};

struct Person {
    QString first, last, email; // email: the local part
    bool female = false;
};

struct CompanyPlan {
    int market = 0;
    int city = 0;
    int owner = 0;
    int firstContact = 0;
    int contacts = 0;
    int firstDeal = 0; // into DemoGenerator::m_dealsByCompany
    int deals = 0;
    int wonDeals = 0;
    qint64 lastWonMs = 0;
    qint64 createdMs = 0;
    bool former = false;
    QString id, name, domain;
};

struct ContactPlan {
    int company = 0;
    qint64 createdMs = 0;
    QString id, first, last, email;
};

enum class DealState { Open, Won, Lost };

struct DealPlan {
    int contact = 0;
    int company = 0;
    int stage = 0; // index of an open stage
    DealState state = DealState::Open;
    qint64 atMs = 0; // won or lost at; for open deals, entered their stage at
    int owner = 0;
    int lead = -1;
    qint64 createdMs = 0; // made on the board; a converted lead's deal at the conversion instead
    double euro = 0; // the amount in euro, for sizing targets
    QString id;
};

enum class LeadState { New, Contacted, Qualified, Lost, Converted };

struct LeadPlan {
    LeadState state = LeadState::New;
    int market = 0;
    int owner = 0;
    int deal = -1;
    qint64 createdMs = 0;
    qint64 convertedMs = 0;
    QString id, source, campaignId;
};

struct CampaignPlan {
    QString id, kind;
    qint64 startMs = 0, endMs = 0;
};

// An activity to write, with when it was put on record and who owns it.
struct ActivityPlan {
    QVariantMap values;
    qint64 createdMs = 0;
    int owner = 0;
};

class DemoGenerator {
public:
    DemoGenerator(
        Session& session, const DemoOptions& options, const std::function<void(int)>& progress);
    Result<DemoStats> run();

private:
    Result<void> readWorkspace();
    Result<void> createTeams();
    Result<void> createCatalogue();
    void planCompanies();
    void planDeals();
    // DemoGeneratorRecords.cpp
    Result<void> createCompanies();
    Result<void> createContacts();
    Result<void> createLeads();
    Result<void> createDeals();
    Result<void> createActivities();
    ActivityPlan activity(const ContactPlan& contact);
    // DemoGeneratorCalendar.cpp
    Result<void> createCalendar();
    Result<QString> createEvent(
        const QVariantMap& values, const QStringList& participants, qint64 createdMs);
    QString zoneOf(int user) const;
    // DemoGeneratorCases.cpp
    Result<void> createCases();
    // DemoGeneratorHistory.cpp
    void planHistory();
    qint64 earliestConversionMs(const DealPlan& deal) const;
    qint64 openStageEnteredMs(const DealPlan& deal) const;
    const CampaignPlan& pickCampaign(qint64 fromMs, qint64 toMs);
    void planLeadWindow(const LeadPlan& lead, qint64& fromMs, qint64& toMs) const;
    qint64 leadCreatedMs(const LeadPlan& lead, qint64 firstContactDueMs);
    qint64 firstContactMs(const LeadPlan& lead, qint64 lengthMs);
    Result<QString> createDealWithHistory(DealPlan& deal, const QVariantMap& final);
    Result<void> createTargets();

    Result<QString> create(const QString& entity, const QVariantMap& values);
    // Made at `createdMs` (its created_at), not at the session clock's reading.
    Result<QString> create(const QString& entity, const QVariantMap& values, qint64 createdMs);
    void advance();
    int pick(qsizetype n) { return int(m_rng.bounded(quint32(n))); }
    const QString& pick(const QStringList& list) { return list.at(pick(list.size())); }
    int pickOwner(const MarketWords& words)
    {
        return words.owners.at(size_t(pick(qsizetype(words.owners.size()))));
    }
    bool chance(int percent) { return int(m_rng.bounded(100u)) < percent; }
    int weighted(std::initializer_list<int> weights);
    int pickMarket();
    QString fill(const QString& pattern);
    qint64 workTime(qint64 fromMs, qint64 toMs) { return workTime(m_rng, fromMs, toMs); }
    static qint64 workTime(QRandomGenerator& rng, qint64 fromMs, qint64 toMs);
    static QVariant at(qint64 ms);
    static QDate dayOf(qint64 ms);
    Person person(MarketWords& words, bool showcase);
    QString companyName(MarketWords& words, bool qualified);

    Session& m_session;
    RecordStore& m_records;
    DemoOptions m_options;
    std::function<void(int)> m_progress;
    QRandomGenerator m_rng;
    // Draws for when records were made and moved, kept apart so the data drawn from m_rng stays.
    QRandomGenerator m_history;
    StoryClock m_storyClock;
    qint64 m_nowMs = 0;
    qint64 m_startMs = 0; // where the two years of history begin
    QDate m_today;
    qint64 m_total = 1;
    qint64 m_done = 0;
    int m_percent = -1;
    DemoStats m_stats;

    QString m_pipelineId;
    QStringList m_openStages;
    QString m_wonStage, m_lostStage;
    QStringList m_lostReasons;
    int m_competitorReason = -1;
    QStringList m_competitors;
    QList<CampaignPlan> m_campaigns; // started ones
    QString m_ownDomain;
    QList<QString> m_userIds;
    std::vector<int> m_userTeams; // per user: the team's index
    QStringList m_userRoles; // per user: manager, salesperson or office_manager
    QStringList m_userLanguages; // per user: the language code of their market
    std::vector<int> m_userMarkets; // per user: their market's index
    std::vector<int> m_activitiesByUser; // per user: customer activities they own

    std::vector<MarketWords> m_markets;
    std::vector<CompanyPlan> m_companies;
    std::vector<ContactPlan> m_contacts;
    std::vector<DealPlan> m_deals;
    std::vector<int> m_dealsByCompany;
    std::vector<LeadPlan> m_leads;
    QSet<QString> m_takenNames;
};

} // namespace tandem::demo
