// The home dashboard, target progress, a campaign's figures and a territory's hand-over preview on
// the large demo database, each against raw SQLite running the very statements the store runs for
// it (their text from the store's …Sql() functions) with the same binds, reading every row. A
// run of each with SQLite's statement trace on checks that the baseline runs what Tandem ran.
#include "BenchSupport.h"

#include "reports/ReportSql.h"
#include "services/Campaigns.h"
#include "services/Dashboard.h"
#include "services/TargetProgress.h"
#include "services/Tasks.h"
#include "services/Territories.h"
#include "store/CampaignQueries.h"
#include "store/DashboardQueries.h"
#include "store/DealQueries.h"
#include "store/Session.h"
#include "store/TargetProgressQueries.h"
#include "store/TargetQueries.h"
#include "store/TaskQueries.h"
#include "store/TerritoryQueries.h"
#include "util/StoredTime.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <functional>
#include <sqlite3.h>

namespace tandem::bench {

namespace {

constexpr int kRuns = 30;

// RecordStore::get's statement (the tables benchmarked have no fixed field).
QByteArray byIdSql(const char* table)
{
    return QByteArrayLiteral("SELECT * FROM \"") + table + QByteArrayLiteral("\" WHERE id = ?");
}

QByteArray jsonIds(const QList<QByteArray>& ids)
{
    if (ids.isEmpty())
        return QByteArrayLiteral("[]");
    return QByteArrayLiteral("[\"") + ids.join("\",\"") + QByteArrayLiteral("\"]");
}

QByteArray storedDay(const QDate& day)
{
    return StoredTime::format(QDateTime(day, QTime(0, 0), QTimeZone::utc())).toUtf8();
}

// The raw baseline's statements: runs each with its binds, reads every row, and keeps the texts
// run (to compare with the trace of Tandem's run).
class Raw {
public:
    explicit Raw(RawDb& db)
        : m_db(db)
    {
    }

    // Rows read; with `keep`, the `columns` of every row are appended to it, row after row.
    int run(const QByteArray& sql, const QList<QByteArray>& binds)
    {
        return run(sql, binds, nullptr);
    }
    int run(const QByteArray& sql, const QList<QByteArray>& binds, QList<QByteArray>* keep,
        const QList<int>& columns = { 0 })
    {
        sqlite3_stmt* s = m_db.statement(sql.constData());
        if (!s) {
            out() << QStringLiteral("raw: cannot prepare %1\n").arg(QString::fromUtf8(sql));
            return 0;
        }
        m_texts << sql;
        const Timing timing(*this, sql);
        for (int i = 0; i < binds.size(); ++i)
            bindText(s, i + 1, binds.at(i));
        if (!keep)
            return readRows(s);
        int rows = 0;
        while (sqlite3_step(s) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(s); ++c) {
                (void)sqlite3_column_text(s, c);
                (void)sqlite3_column_bytes(s, c);
            }
            for (int c : columns)
                *keep << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s, c)),
                    sqlite3_column_bytes(s, c));
            ++rows;
        }
        sqlite3_reset(s);
        return rows;
    }

    // Statements recorded by ReportSql, with their binds.
    int replay(const QList<QPair<QString, QVariantList>>& statements)
    {
        int rows = 0;
        for (const auto& [sql, binds] : statements) {
            const QByteArray text = sql.toUtf8();
            sqlite3_stmt* s = m_db.statement(text.constData());
            m_texts << text;
            const Timing timing(*this, text);
            QList<QByteArray> kept; // bound without a copy: alive until the steps end
            bindValues(s, binds, kept);
            rows += readRows(s);
        }
        return rows;
    }

    QList<QByteArray> takeTexts() { return std::exchange(m_texts, {}); }
    // Milliseconds spent in each statement text since the last call.
    QMap<QByteArray, double> takeTimes() { return std::exchange(m_times, {}); }

private:
    struct Timing {
        Timing(Raw& raw, const QByteArray& sql)
            : raw(raw)
            , sql(sql)
        {
            timer.start();
        }
        ~Timing() { raw.m_times[sql] += msSince(timer); }
        Raw& raw;
        const QByteArray& sql;
        QElapsedTimer timer;
    };

    RawDb& m_db;
    QList<QByteArray> m_texts;
    QMap<QByteArray, double> m_times;
};

// The statements SQLite starts on the session's connection while `f` runs.
QList<QByteArray> traced(Session& session, const std::function<void()>& f)
{
    QList<QByteArray> texts;
    sqlite3* db = session.database().handle();
    auto callback = [](unsigned, void* context, void* statement, void*) -> int {
        static_cast<QList<QByteArray>*>(context)->append(
            QByteArray(sqlite3_sql(static_cast<sqlite3_stmt*>(statement))));
        return 0;
    };
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, callback, &texts);
    f();
    sqlite3_trace_v2(db, 0, nullptr, nullptr);
    return texts;
}

// Times `ours` and `raw` in turn; one row of figures, and the p90 too; then checks, on one more
// run of each, that raw SQLite ran the statements Tandem ran.
void bench(Session& session, Raw& raw, const QString& name, const std::function<int()>& ours,
    const std::function<int()>& baseline)
{
    Samples oursSamples, rawSamples;
    int oursRows = 0, rawRows = 0;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        oursRows = ours();
        oursSamples.add(msSince(t));
        t.restart();
        rawRows = baseline();
        rawSamples.add(msSince(t));
    }
    (void)raw.takeTexts();
    const QList<QByteArray> oursTexts = traced(session, [&] { ours(); });
    (void)raw.takeTimes();
    baseline();
    const QList<QByteArray> rawTexts = raw.takeTexts();
    const QMap<QByteArray, double> times = raw.takeTimes();
    printRow(QStringLiteral("%1, %2 runs (%3 items; raw %4 rows; %5 statements, raw %6)")
                 .arg(name)
                 .arg(kRuns)
                 .arg(oursRows)
                 .arg(rawRows)
                 .arg(oursTexts.size())
                 .arg(rawTexts.size()),
        oursSamples, rawSamples);
    const double p90 = oursSamples.percentile(90), r90 = rawSamples.percentile(90);
    out() << QStringLiteral("    tandem p90 %1 ms | raw SQLite p90 %2 ms | ratio p90 %3x\n")
                 .arg(p90, 0, 'f', 3)
                 .arg(r90, 0, 'f', 3)
                 .arg(r90 > 0 ? p90 / r90 : 0, 0, 'f', 2);
    for (auto it = times.cbegin(); it != times.cend(); ++it) { // where the time goes
        if (it.value() >= 10)
            out() << QStringLiteral("    statement %1 ms (%2x): %3\n")
                         .arg(it.value(), 0, 'f', 1)
                         .arg(rawTexts.count(it.key()))
                         .arg(QString::fromUtf8(it.key()).simplified().left(100));
    }
    // Qt's driver hands SQLite "?" placeholders as ":0", ":1", …
    static const QRegularExpression placeholder(QStringLiteral(":\\d+"));
    QMap<QByteArray, int> difference; // > 0: Tandem ran it more often; < 0: the baseline did
    for (const QByteArray& t : oursTexts)
        ++difference[QString::fromUtf8(t).replace(placeholder, QStringLiteral("?")).toUtf8()];
    for (const QByteArray& t : rawTexts)
        --difference[t];
    for (auto it = difference.cbegin(); it != difference.cend(); ++it) {
        if (it.value() != 0)
            out() << QStringLiteral("    MISMATCH: run %1 more time(s) by %2: %3\n")
                         .arg(std::abs(it.value()))
                         .arg(it.value() > 0 ? QStringLiteral("Tandem")
                                             : QStringLiteral("the baseline"))
                         .arg(QString::fromUtf8(it.key()).simplified().left(120));
    }
    out() << Qt::flush;
}

struct Period {
    QDate from;
    QDate to;
};

Period monthOf(const QDate& today)
{
    const QDate from = TargetProgress::monthOf(today);
    return { from, from.addMonths(1).addDays(-1) };
}

Period quarterOf(const QDate& today)
{
    const QDate from = TargetProgress::quarterOf(today);
    return { from, from.addMonths(3).addDays(-1) };
}

// The reps of each currency of their rows in the period, as TargetProgress groups them for one
// figures statement each; found by a run of Tandem's own, outside the timing (it is arithmetic
// on the targets, not SQL).
QMap<QByteArray, QList<QByteArray>> currencyGroups(
    Session& session, const QStringList& userIds, const Period& p)
{
    QMap<QByteArray, QList<QByteArray>> out;
    const auto rows = TargetProgress::ofUsers(session, userIds, p.from, p.to);
    if (rows)
        for (const TargetProgressRow& r : *rows)
            out[r.currency.toUtf8()] << r.userId.toUtf8();
    return out;
}

// The raw side of TargetProgress: the targets overlapping the period, each rep's name, and the
// figures statement once per currency.
int rawRepsRows(Raw& raw, const QList<QByteArray>& reps, const Period& p,
    const QMap<QByteArray, QList<QByteArray>>& groups, bool checkEach)
{
    static const QByteArray user = byIdSql("user");
    static const QByteArray overlapping = TargetQueries::overlappingSql();
    static const QByteArray figures = TargetProgressQueries::figuresSql();
    int rows = 0;
    if (checkEach) // ofUsers looks each rep up first
        for (const QByteArray& id : reps)
            rows += raw.run(user, { id });
    const QDate lastMonth = TargetProgress::monthOf(p.to);
    rows += raw.run(overlapping,
        { lastMonth.addMonths(1).toString(Qt::ISODate).toUtf8(),
            TargetProgress::monthOf(p.from).toString(Qt::ISODate).toUtf8() });
    for (const QByteArray& id : reps)
        rows += raw.run(user, { id });
    const QByteArray from = storedDay(p.from), to = storedDay(p.to.addDays(1));
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        if (!it.value().isEmpty())
            rows += raw.run(figures, { it.key(), from, to, jsonIds(it.value()) });
    return rows;
}

// What Dashboard's collect() asks of the store for these owners.
int rawCollect(Raw& raw, const QList<QByteArray>& owners, const QDateTime& now,
    const QTimeZone& zone, const QDate& today)
{
    static const QByteArray openOfOwner = TaskQueries::openOfOwnerSql();
    static const QByteArray stalled = DealQueries::stalledDealsSql();
    static const QByteArray byIds = DashboardQueries::dealsByIdsSql();
    static const QByteArray closing = DashboardQueries::openDealsClosingBySql();
    static const QByteArray untouched = DashboardQueries::untouchedLeadsSql();
    int rows = 0;
    const QByteArray weekEnd = QDateTime(today.addDays(8), QTime(0, 0), zone)
                                   .toUTC()
                                   .toString(Qt::ISODateWithMs)
                                   .toUtf8();
    for (const QByteArray& owner : owners)
        rows += raw.run(openOfOwner, { owner, weekEnd, owner });
    QList<QByteArray> stalledRows; // id, owner, id, owner, …
    rows += raw.run(
        stalled, { now.toUTC().toString(Qt::ISODateWithMs).toUtf8() }, &stalledRows, { 0, 2 });
    const QSet<QByteArray> ownerSet(owners.begin(), owners.end());
    QList<QByteArray> mine;
    for (int i = 0; i + 1 < stalledRows.size(); i += 2)
        if (ownerSet.contains(stalledRows.at(i + 1)))
            mine << stalledRows.at(i);
    if (!mine.isEmpty())
        rows += raw.run(byIds, { jsonIds(mine) });
    const QByteArray json = jsonIds(owners);
    rows += raw.run(closing, { json, monthOf(today).to.toString(Qt::ISODate).toUtf8() });
    rows += raw.run(untouched, { json });
    return rows;
}

int itemsOf(const Result<DashboardData>& d)
{
    if (!d) {
        out() << d.error().toString() << Qt::endl;
        return -1;
    }
    return int(d->overdueTasks.size() + d->todayTasks.size() + d->stalledDeals.size()
        + d->closingThisMonth.size() + d->pastClose.size() + d->untouchedLeads.size()
        + d->members.size());
}

} // namespace

void runTeamBench(Session& session)
{
    out() << QStringLiteral("\nDashboard, targets, campaigns and territories (ratio: against the "
                            "same statements through raw SQLite)\n");
    RawDb rawDb(session.database().path(), SQLITE_OPEN_READONLY);
    Raw raw(rawDb);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate today = now.toTimeZone(zone).date();

    // Who and what to time: chosen once, outside the timing.
    QList<QByteArray> pick;
    raw.run(QByteArrayLiteral(
                "SELECT owner_id, count(*) FROM deal WHERE deleted = 0 AND owner_id IS NOT NULL "
                "AND coalesce(status, 'open') = 'open' GROUP BY owner_id ORDER BY 2 DESC, 1 "
                "LIMIT 1"),
        {}, &pick);
    const QString rep = pick.isEmpty() ? QString() : QString::fromUtf8(pick.first());
    QString manager;
    QStringList members;
    const auto users = session.records().list(QStringLiteral("user"));
    if (users)
        for (const Record& u : *users) {
            const auto led = Tasks::teamMembers(session, u.id);
            if (led && led->size() > members.size()) {
                manager = u.id;
                members = *led;
            }
        }
    pick.clear();
    raw.run(QByteArrayLiteral(
                "SELECT campaign_id, count(*) FROM lead WHERE deleted = 0 AND campaign_id IS NOT "
                "NULL GROUP BY campaign_id ORDER BY 2 DESC, 1 LIMIT 1"),
        {}, &pick);
    const QString campaign = pick.isEmpty() ? QString() : QString::fromUtf8(pick.first());
    QString territory;
    qint64 territoryCompanies = 0;
    if (const auto figures = TerritoryQueries::figures(session.database()))
        for (auto it = figures->cbegin(); it != figures->cend(); ++it)
            if (it.value().companies > territoryCompanies
                || (it.value().companies == territoryCompanies && it.key() < territory)) {
                territory = it.key();
                territoryCompanies = it.value().companies;
            }
    const auto territoryRecord = session.records().get(QStringLiteral("territory"), territory);
    const QString outgoing
        = territoryRecord ? territoryRecord->text(QStringLiteral("owner_id")) : QString();
    QString incoming; // an active salesperson who does not own it
    if (users)
        for (const Record& u : *users) {
            const QVariant active = u.value(QStringLiteral("active"));
            if (u.id != outgoing && (isEmptyValue(active) || active.toBool())) {
                incoming = u.id;
                break;
            }
        }
    out() << QStringLiteral("rep %1 (most open deals), manager %2 leading %3, campaign %4, "
                            "territory %5 (%6 companies, owner %7, to %8)\n")
                 .arg(rep, manager)
                 .arg(members.size())
                 .arg(campaign, territory)
                 .arg(territoryCompanies)
                 .arg(outgoing, incoming);
    raw.takeTexts();

    static const QByteArray user = byIdSql("user");
    const Period month = monthOf(today), quarter = quarterOf(today);

    // 1. The rep's dashboard.
    if (!rep.isEmpty()) {
        const QByteArray id = rep.toUtf8();
        const auto monthGroups = currencyGroups(session, { rep }, month);
        const auto quarterGroups = currencyGroups(session, { rep }, quarter);
        bench(
            session, raw, QStringLiteral("a rep's dashboard (Dashboard::forUser)"),
            [&] { return itemsOf(Dashboard::forUser(session, rep, now, zone)); },
            [&] {
                int rows = raw.run(user, { id });
                rows += rawCollect(raw, { id }, now, zone, today);
                rows += rawRepsRows(raw, { id }, month, monthGroups, true);
                rows += rawRepsRows(raw, { id }, quarter, quarterGroups, true);
                return rows;
            });
    }

    // 1b. The manager's team dashboard; 2. the members' progress this quarter.
    if (!manager.isEmpty()) {
        static const QByteArray teamMembers = TaskQueries::teamMemberIdsSql();
        static const QByteArray managedTeams = DashboardQueries::managedTeamsSql();
        static const QByteArray team = byIdSql("team");
        static const QByteArray overlapping = TargetQueries::overlappingSql();
        static const QByteArray figures = TargetProgressQueries::figuresSql();
        const QByteArray id = manager.toUtf8();
        const auto monthGroups = currencyGroups(session, members, month);
        const auto quarterGroups = currencyGroups(session, members, quarter);
        const auto dashboard = Dashboard::forTeam(session, manager, now, zone);
        const QByteArray teamMonthCurrency = dashboard ? dashboard->month.currency.toUtf8() : "";
        const QByteArray teamQuarterCurrency
            = dashboard ? dashboard->quarter.currency.toUtf8() : "";
        // TargetProgress::ofTeam: the team, the targets, its members, their figures together.
        auto rawTeam = [&](const QByteArray& teamId, const Period& p, const QByteArray& currency) {
            int rows = raw.run(team, { teamId });
            rows += raw.run(overlapping,
                { TargetProgress::monthOf(p.to).addMonths(1).toString(Qt::ISODate).toUtf8(),
                    TargetProgress::monthOf(p.from).toString(Qt::ISODate).toUtf8() });
            QList<QByteArray> led;
            rows += raw.run(teamMembers, { teamId, teamId, teamId }, &led);
            if (!led.isEmpty())
                rows += raw.run(figures,
                    { currency, storedDay(p.from), storedDay(p.to.addDays(1)), jsonIds(led) });
            return rows;
        };
        bench(
            session, raw,
            QStringLiteral("a manager's team dashboard (Dashboard::forTeam, %1 members)")
                .arg(members.size()),
            [&] { return itemsOf(Dashboard::forTeam(session, manager, now, zone)); },
            [&] {
                int rows = raw.run(user, { id });
                QList<QByteArray> led;
                rows += raw.run(teamMembers, { id, id, id }, &led);
                rows += rawCollect(raw, led, now, zone, today);
                QList<QByteArray> again;
                rows += raw.run(teamMembers, { id, id, id }, &again);
                rows += rawRepsRows(raw, again, month, monthGroups, false);
                for (const QByteArray& m : led)
                    rows += raw.run(user, { m });
                QList<QByteArray> teams;
                rows += raw.run(managedTeams, { id }, &teams);
                if (teams.size() == 1) {
                    rows += rawTeam(teams.first(), month, teamMonthCurrency);
                    rows += rawTeam(teams.first(), quarter, teamQuarterCurrency);
                } else {
                    QList<QByteArray> third;
                    rows += raw.run(teamMembers, { id, id, id }, &third);
                    rows += rawRepsRows(raw, third, quarter, quarterGroups, false);
                }
                return rows;
            });
        bench(
            session, raw,
            QStringLiteral("the members' progress this quarter (TargetProgress::ofMembers)"),
            [&] {
                const auto rows
                    = TargetProgress::ofMembers(session, manager, quarter.from, quarter.to);
                return rows ? int(rows->size()) : -1;
            },
            [&] {
                QList<QByteArray> led;
                int rows = raw.run(teamMembers, { id, id, id }, &led);
                return rows + rawRepsRows(raw, led, quarter, quarterGroups, false);
            });
    }

    // 3. The campaign's figures: its record, the Campaigns report's statement, its untouched.
    if (!campaign.isEmpty()) {
        static const QByteArray campaignById = byIdSql("campaign");
        static const QByteArray untouched = CampaignQueries::untouchedCountSql();
        const QByteArray id = campaign.toUtf8();
        ReportSql::startRecording();
        const auto stats = Campaigns::stats(session, campaign);
        const auto report = ReportSql::stopRecording();
        bench(
            session, raw,
            QStringLiteral("a campaign's figures (Campaigns::stats, %1 responses)")
                .arg(stats ? stats->responses : -1),
            [&] {
                const auto s = Campaigns::stats(session, campaign);
                return s ? s->responses : -1;
            },
            [&] {
                int rows = raw.run(campaignById, { id });
                rows += raw.replay(report);
                return rows + raw.run(untouched, { id });
            });
    }

    // 4. What handing the territory over would move.
    if (!territory.isEmpty() && !incoming.isEmpty()) {
        static const QByteArray territoryById = byIdSql("territory");
        static const QList<QByteArray> book = TerritoryQueries::openBookSql();
        const QByteArray t = territory.toUtf8(), from = outgoing.toUtf8(), to = incoming.toUtf8();
        bench(
            session, raw,
            QStringLiteral("a territory hand-over preview (Territories::previewReassign)"),
            [&] {
                const auto s = Territories::previewReassign(session, territory, incoming);
                if (!s) {
                    out() << s.error().toString() << Qt::endl;
                    return -1;
                }
                return s->companies + s->deals + s->leads + s->tasks;
            },
            [&] {
                int rows = raw.run(territoryById, { t });
                rows += raw.run(user, { to });
                if (from.isEmpty())
                    return rows;
                rows += raw.run(book.at(0), { t, from });
                rows += raw.run(book.at(1), { t, from, from });
                rows += raw.run(book.at(2), { from, t });
                return rows + raw.run(book.at(3), { from });
            });
    }
}

} // namespace tandem::bench
