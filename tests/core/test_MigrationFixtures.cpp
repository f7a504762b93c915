// Files written by every earlier schema version (tests/data/migrations, made by
// tests/migrations/make_fixture.cpp) open as the latest one, backed up first, with all their data.
#include "TestData.h"

#include "store/Backup.h"
#include "store/DocumentQueries.h"
#include "store/Integrity.h"
#include "store/MaterialQueries.h"
#include "store/Session.h"
#include "store/SyncState.h"
#include "sync/Conflicts.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <functional>
#include <sqlite3.h>

using namespace tandem;
using tandem::test::testData;

namespace {

QString fixturePath(int version)
{
    return testData(QStringLiteral("migrations/v%1.db").arg(version));
}

std::string howToMakeFixture(int version)
{
    return QStringLiteral("There is no migration fixture for schema version %1 (%2). Make it with "
                          "'tandem_make_fixture %1 tests/data/migrations' after adding what "
                          "version %1 brings to it (see the first lines of "
                          "tests/migrations/make_fixture.cpp), then commit the file.")
        .arg(version)
        .arg(fixturePath(version))
        .toStdString();
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The one record of `entity` whose `field` holds `value`.
Record only(const RecordStore& rs, const QString& entity, const QString& field,
    const QString& value, bool includeDeleted = false)
{
    ListQuery q;
    q.where << qMakePair(field, QVariant(value));
    q.includeDeleted = includeDeleted;
    auto rows = rs.list(entity, q);
    INFO(entity.toStdString() << " with " << field.toStdString() << " = " << value.toStdString());
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    return rows->first();
}

QStringList texts(Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    REQUIRE(q.exec());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// The query plans of the statements `read` runs, one line each ("SEARCH a USING INDEX …").
QStringList plansOf(Database& db, const std::function<void()>& read)
{
    QList<QPair<QString, int>> ran; // each statement's text and number of parameters
    sqlite3_trace_v2(
        db.handle(), SQLITE_TRACE_STMT,
        [](unsigned, void* context, void* statement, void*) -> int {
            auto* s = static_cast<sqlite3_stmt*>(statement);
            static_cast<QList<QPair<QString, int>>*>(context)->append(
                qMakePair(QString::fromUtf8(sqlite3_sql(s)), sqlite3_bind_parameter_count(s)));
            return 0;
        },
        &ran);
    read();
    sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
    QStringList plans;
    for (const auto& [sql, parameters] : ran) {
        QSqlQuery q(db.connection());
        REQUIRE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        for (int i = 0; i < parameters; ++i)
            q.bindValue(i, QString());
        REQUIRE(q.exec());
        QStringList steps;
        while (q.next())
            steps << q.value(3).toString();
        plans << steps.join(QStringLiteral(" | "));
    }
    return plans;
}

// Read through `index` only: no statement walks the attachment table row by row.
void checkReadsFrom(
    Database& db, const char* what, const QString& index, const std::function<void()>& read)
{
    const QStringList plans = plansOf(db, read);
    INFO(what << ": " << plans.join(QStringLiteral("\n")).toStdString());
    REQUIRE_FALSE(plans.isEmpty());
    CHECK(plans.join(QLatin1Char(' ')).contains(QStringLiteral("USING INDEX ") + index));
    static const QRegularExpression scan(QStringLiteral("\\bSCAN (TABLE )?(a|attachment)\\b"));
    CHECK_FALSE(plans.join(QLatin1Char(' ')).contains(scan));
}

bool finds(Session& s, const QString& text, const QString& id)
{
    for (const SearchHit& hit : s.search().search(text)) {
        if (hit.id == id)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Every schema version has a migration fixture", "[migrations][fixtures]")
{
    for (int version = 1; version <= Database::latestVersion(); ++version) {
        INFO(howToMakeFixture(version));
        CHECK(QFile::exists(fixturePath(version)));
    }
}

TEST_CASE("A database of any earlier schema version opens as the latest one with all its data",
    "[migrations][fixtures]")
{
    const int version = GENERATE(range(1, Database::latestVersion() + 1));
    CAPTURE(version);
    const QString fixture = fixturePath(version);
    {
        INFO(howToMakeFixture(version));
        REQUIRE(QFile::exists(fixture));
    }
    const QByteArray fixtureHash = fileHash(fixture);

    // The app updates the file it opens: work on a copy, never on tests/data.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("team.db"));
    REQUIRE(QFile::copy(fixture, path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QString siteBefore;
    {
        OpenOptions look;
        look.readOnly = true;
        auto old = Database::open(path, look);
        REQUIRE(old.ok());
        REQUIRE((*old)->schemaVersion() == version);
        siteBefore = (*old)->meta(QStringLiteral("site_id"));
    }

    FixedClock clock(QDateTime(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC), 1);
    auto opened = Session::open(path, clock);
    if (!opened)
        FAIL(opened.error().toString().toStdString());
    std::unique_ptr<Session> session = std::move(opened).value();
    Session& s = *session;
    RecordStore& rs = s.records();
    Database& db = s.database();

    // Updated to the latest version, after a backup of the file as it was.
    CHECK(db.schemaVersion() == Database::latestVersion());
    const QString backup = db.migrationBackupPath();
    if (version < Database::latestVersion()) {
        REQUIRE_FALSE(backup.isEmpty());
        CHECK(QFile::exists(backup));
        auto held = inspectBackup(backup);
        REQUIRE(held.ok());
        CHECK(held->schemaVersion == version);
        CHECK(held->companyName == QStringLiteral("UAB „Baltų prekyba“"));
        CHECK(held->counts.value(QStringLiteral("contact")) == 5);
    } else {
        CHECK(backup.isEmpty()); // nothing to update
    }
    auto checkWhole = [&] {
        const QStringList problems = checkIntegrity(db, rs, s.search());
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    };
    checkWhole();

    // The copy keeps its identity, its team settings and who works on it.
    CHECK(s.siteId() == siteBefore);
    CHECK_FALSE(siteBefore.isEmpty());
    CHECK(s.isInitialised());
    CHECK(s.setting(QStringLiteral("company_name")) == QStringLiteral("UAB „Baltų prekyba“"));
    CHECK(s.defaultCurrency() == QStringLiteral("EUR"));
    const Record ruta = only(
        rs, QStringLiteral("user"), QStringLiteral("name"), QStringLiteral("Rūta Petrauskienė"));
    const Record andrzej = only(
        rs, QStringLiteral("user"), QStringLiteral("name"), QStringLiteral("Andrzej Wójcik"));
    CHECK(s.currentUserId() == ruta.id);
    CHECK(andrzej.text(QStringLiteral("manager_id")) == ruta.id);

    // Companies and people, every letter as written.
    auto company = [&](const Record& r) {
        return rs.labelOf(QStringLiteral("company"), r.text(QStringLiteral("company_id")));
    };
    const Record sarunas = only(
        rs, QStringLiteral("contact"), QStringLiteral("last_name"), QStringLiteral("Kazlauskas"));
    CHECK(sarunas.text(QStringLiteral("first_name")) == QStringLiteral("Šarūnas"));
    CHECK(sarunas.text(QStringLiteral("title")) == QStringLiteral("Pirkimų vadovas"));
    CHECK(
        sarunas.text(QStringLiteral("email")) == QStringLiteral("sarunas.kazlauskas@zvaigzde.lt"));
    CHECK(sarunas.text(QStringLiteral("phone")) == QStringLiteral("+37061234567"));
    CHECK(sarunas.text(QStringLiteral("next_contact_date")) == QStringLiteral("2026-02-02"));
    CHECK(sarunas.value(QStringLiteral("decision_maker")).toBool());
    CHECK(sarunas.text(QStringLiteral("owner_id")) == ruta.id);
    CHECK(company(sarunas) == QStringLiteral("UAB Šiaurės žvaigždė"));
    const Record malgorzata = only(
        rs, QStringLiteral("contact"), QStringLiteral("last_name"), QStringLiteral("Łukasiewicz"));
    CHECK(malgorzata.text(QStringLiteral("first_name")) == QStringLiteral("Małgorzata"));
    CHECK(malgorzata.text(QStringLiteral("city")) == QStringLiteral("Łódź"));
    CHECK(company(malgorzata) == QStringLiteral("Łódzkie Młyny sp. z o.o."));
    const Record olena = only(
        rs, QStringLiteral("contact"), QStringLiteral("last_name"), QStringLiteral("Шевченко"));
    CHECK(olena.text(QStringLiteral("first_name")) == QStringLiteral("Олена"));
    CHECK(olena.text(QStringLiteral("city")) == QStringLiteral("Київ"));
    CHECK(company(olena) == QStringLiteral("ТОВ «Київхліб»"));
    // From version 2 on Andrzej's later correction came by sync and won over the office's.
    CHECK(olena.text(QStringLiteral("phone"))
        == (version >= 2 ? QStringLiteral("+380671234567") : QStringLiteral("+380441234599")));
    const Record stefan = only(
        rs, QStringLiteral("contact"), QStringLiteral("first_name"), QStringLiteral("Ștefan"));
    CHECK(stefan.text(QStringLiteral("last_name")) == QStringLiteral("Țăranu"));
    CHECK(stefan.text(QStringLiteral("city")) == QStringLiteral("Iași"));
    CHECK(company(stefan) == QStringLiteral("SC Ștefănești Agro SRL"));
    const Record irina = only(
        rs, QStringLiteral("contact"), QStringLiteral("last_name"), QStringLiteral("Волкова"));
    CHECK(irina.text(QStringLiteral("first_name")) == QStringLiteral("Ирина"));
    CHECK(company(irina) == QStringLiteral("ООО «Москва-Сервис»"));
    const Record moscow = only(rs, QStringLiteral("company"), QStringLiteral("name"),
        QStringLiteral("ООО «Москва-Сервис»"));
    CHECK(moscow.text(QStringLiteral("city")) == QStringLiteral("Москва"));
    const Record mills = only(rs, QStringLiteral("company"), QStringLiteral("name"),
        QStringLiteral("Łódzkie Młyny sp. z o.o."));
    CHECK(mills.text(QStringLiteral("status")) == QStringLiteral("customer")); // since the win
    CHECK(*rs.count(QStringLiteral("company")) == 5);
    CHECK(*rs.count(QStringLiteral("contact")) == 5);

    // The person removed stays removed: a tombstone, out of lists and search, with its history.
    const Record dmitry = only(rs, QStringLiteral("contact"), QStringLiteral("last_name"),
        QStringLiteral("Соколов"), true);
    CHECK(dmitry.deleted);
    CHECK(dmitry.text(QStringLiteral("first_name")) == QStringLiteral("Дмитрий"));
    CHECK_FALSE(rs.get(QStringLiteral("contact"), dmitry.id));
    CHECK_FALSE(finds(s, QStringLiteral("sokol"), dmitry.id));
    const QList<HistoryEntry> dmitryHistory = rs.history(QStringLiteral("contact"), dmitry.id);
    REQUIRE_FALSE(dmitryHistory.isEmpty());
    CHECK(dmitryHistory.last().op == ChangeOp::Delete);
    CHECK(dmitryHistory.last().userName == QStringLiteral("Rūta Petrauskienė"));

    // Deals: amounts in minor units of their currency, stages, won and lost.
    auto stage = [&](const Record& deal) {
        return rs.labelOf(QStringLiteral("stage"), deal.text(QStringLiteral("stage_id")));
    };
    const Record warehouse = only(rs, QStringLiteral("deal"), QStringLiteral("title"),
        QStringLiteral("Sandėlio valdymo sistema"));
    CHECK(warehouse.value(QStringLiteral("amount")).toLongLong() == 1250050);
    CHECK(warehouse.text(QStringLiteral("currency")) == QStringLiteral("EUR"));
    CHECK(warehouse.text(QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(stage(warehouse) == QStringLiteral("Pasiūlymas"));
    CHECK(warehouse.text(QStringLiteral("stage_entered_at"))
        == QStringLiteral("2026-01-21T14:45:00.000Z"));
    CHECK(warehouse.text(QStringLiteral("contact_id")) == sarunas.id);
    const Record mixers = only(rs, QStringLiteral("deal"), QStringLiteral("title"),
        QStringLiteral("Mieszalniki spiralne dla piekarni"));
    CHECK(mixers.value(QStringLiteral("amount")).toLongLong() == 4999999);
    CHECK(mixers.text(QStringLiteral("currency")) == QStringLiteral("PLN"));
    CHECK(mixers.text(QStringLiteral("status")) == QStringLiteral("won"));
    CHECK(mixers.text(QStringLiteral("won_at")) == QStringLiteral("2026-01-22T11:00:00.000Z"));
    CHECK(stage(mixers) == QStringLiteral("Laimėta"));
    const Record coolers = only(
        rs, QStringLiteral("deal"), QStringLiteral("title"), QStringLiteral("Camere frigorifice"));
    CHECK(coolers.value(QStringLiteral("amount")).toLongLong() == 730000);
    CHECK(coolers.text(QStringLiteral("currency")) == QStringLiteral("RON"));
    CHECK(coolers.text(QStringLiteral("status")) == QStringLiteral("lost"));
    CHECK(coolers.text(QStringLiteral("lost_reason")) == QStringLiteral("Per brangu"));
    CHECK(stage(coolers) == QStringLiteral("Pasiūlymas"));

    // Every stage each deal entered, for the funnel and sales-cycle reports (filled from the
    // change log by the version 8 step, or kept by its trigger since).
    const QString entries = QStringLiteral(
        "SELECT s.name || ' ' || e.entered_at FROM deal_stage_entry e JOIN stage s "
        "ON s.id = e.stage_id WHERE e.deal_id = ? ORDER BY e.hlc");
    CHECK(texts(db, entries, { warehouse.id })
        == QStringList { QStringLiteral("Pažintis 2026-01-13T08:15:00.000Z"),
            QStringLiteral("Poreikių analizė 2026-01-14T10:25:00.000Z"),
            QStringLiteral("Pasiūlymas 2026-01-21T14:45:00.000Z") });
    CHECK(texts(db, entries, { mixers.id })
        == QStringList { QStringLiteral("Poreikių analizė 2026-01-13T08:15:00.000Z"),
            QStringLiteral("Derybos 2026-01-16T12:10:00.000Z"),
            QStringLiteral("Laimėta 2026-01-22T11:00:00.000Z") });

    // The history of a deal reads as it happened: who, when, which stage, which amount.
    const QList<HistoryEntry> history = rs.history(QStringLiteral("deal"), warehouse.id);
    QStringList amounts, stageMoves;
    for (const HistoryEntry& h : history) {
        CHECK(h.userName == QStringLiteral("Rūta Petrauskienė"));
        if (h.field == QLatin1String("amount"))
            amounts << h.value;
        if (h.field == QLatin1String("stage_id"))
            stageMoves << rs.labelOf(QStringLiteral("stage"), h.value);
    }
    CHECK(amounts == QStringList { QStringLiteral("10000.00"), QStringLiteral("12500.50") });
    CHECK(stageMoves
        == QStringList { QStringLiteral("Pažintis"), QStringLiteral("Poreikių analizė"),
            QStringLiteral("Pasiūlymas") });
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.first().when == QDateTime(QDate(2026, 1, 13), QTime(8, 15), Qt::UTC));

    // Activities: a call, a meeting with its participants, a task, a weekly meeting.
    const Record call = only(rs, QStringLiteral("activity"), QStringLiteral("subject"),
        QStringLiteral("Skambutis: sandėlio poreikiai"));
    CHECK(call.text(QStringLiteral("kind")) == QStringLiteral("call"));
    CHECK(call.value(QStringLiteral("done")).toBool());
    CHECK(call.text(QStringLiteral("outcome")) == QStringLiteral("Domisi; laukia pasiūlymo"));
    CHECK(call.text(QStringLiteral("deal_id")) == warehouse.id);
    const Record visit = only(rs, QStringLiteral("activity"), QStringLiteral("subject"),
        QStringLiteral("Spotkanie w Łodzi: prezentacja mieszalników"));
    CHECK(visit.text(QStringLiteral("kind")) == QStringLiteral("meeting"));
    CHECK(visit.text(QStringLiteral("location"))
        == QStringLiteral("ul. Piotrkowska 104, 90-001 Łódź"));
    CHECK(visit.text(QStringLiteral("starts_at")) == QStringLiteral("2026-01-16T10:00:00.000Z"));
    CHECK(visit.text(QStringLiteral("owner_id")) == andrzej.id);
    ListQuery withVisit;
    withVisit.where << qMakePair(QStringLiteral("activity_id"), QVariant(visit.id));
    CHECK(*rs.count(QStringLiteral("participant"), withVisit) == 2);
    const Record task = only(rs, QStringLiteral("task"), QStringLiteral("subject"),
        QStringLiteral("Paruošti pasiūlymą Šarūnui"));
    CHECK(task.text(QStringLiteral("priority")) == QStringLiteral("high"));
    CHECK(task.text(QStringLiteral("due_at")) == QStringLiteral("2026-01-21T15:00:00.000Z"));
    CHECK(task.value(QStringLiteral("done")).toBool());
    CHECK(task.value(QStringLiteral("reminder_minutes")).toLongLong() == 60);
    const Record weekly = only(rs, QStringLiteral("activity"), QStringLiteral("subject"),
        QStringLiteral("Savaitės pasitarimas"));
    CHECK(weekly.text(QStringLiteral("rrule")) == QStringLiteral("FREQ=WEEKLY;BYDAY=MO"));
    // The time zone and skipped occurrences came with version 6; older series have neither.
    CHECK(weekly.text(QStringLiteral("time_zone"))
        == (version >= 6 ? QStringLiteral("Europe/Vilnius") : QString()));
    CHECK(weekly.text(QStringLiteral("exdates"))
        == (version >= 6 ? QStringLiteral("2026-02-16T07:00:00.000Z") : QString()));

    // Leads, a complaint, an offer.
    const Record lead = only(rs, QStringLiteral("lead"), QStringLiteral("title"),
        QStringLiteral("Обладнання для пекарні"));
    CHECK(lead.text(QStringLiteral("last_name")) == QStringLiteral("Коваленко"));
    CHECK(lead.text(QStringLiteral("status")) == QStringLiteral("new"));
    CHECK(lead.text(QStringLiteral("owner_id")) == andrzej.id);
    CHECK(lead.text(QStringLiteral("industry"))
        == (version >= 5 ? QStringLiteral("Хлібопекарство") : QString()));
    const Record lostLead = only(rs, QStringLiteral("lead"), QStringLiteral("title"),
        QStringLiteral("Kasos aparatai parduotuvei"));
    CHECK(lostLead.text(QStringLiteral("status")) == QStringLiteral("lost"));
    CHECK(lostLead.text(QStringLiteral("lost_reason")) == QStringLiteral("Nėra biudžeto"));
    const Record complaint = only(rs, QStringLiteral("case"), QStringLiteral("subject"),
        QStringLiteral("Uszkodzona dostawa mieszalnika"));
    CHECK(complaint.text(QStringLiteral("status")) == QStringLiteral("in_progress"));
    CHECK(complaint.text(QStringLiteral("priority")) == QStringLiteral("high"));
    CHECK(complaint.text(QStringLiteral("responded_at"))
        == QStringLiteral("2026-01-26T10:15:00.000Z"));
    CHECK(complaint.text(QStringLiteral("deal_id")) == mixers.id);
    CHECK(complaint.text(QStringLiteral("kind"))
        == (version >= 9 ? QStringLiteral("complaint") : QString()));
    const Record line = only(rs, QStringLiteral("quote_line"), QStringLiteral("description"),
        QStringLiteral("Brūkšninių kodų skaitytuvas BK-200"));
    CHECK(line.value(QStringLiteral("quantity")).toLongLong() == 5000); // 5.000 pieces
    CHECK(line.value(QStringLiteral("unit_price")).toLongLong() == 24900);

    // Search: a few letters without diacritics find the record, in any of the five languages.
    CHECK(finds(s, QStringLiteral("sarun"), sarunas.id));
    CHECK(finds(s, QStringLiteral("lukasiew"), malgorzata.id));
    CHECK(finds(s, QStringLiteral("lodzkie"), mills.id));
    CHECK(finds(s, QStringLiteral("шевч"), olena.id));
    CHECK(finds(s, QStringLiteral("stefan taranu"), stefan.id));
    CHECK(finds(s, QStringLiteral("москва"), moscow.id));
    CHECK(finds(s, QStringLiteral("sandelio"), warehouse.id));

    // Sync state: the laptop's last exchange and the concurrent edit to review (version 2 on).
    const SyncState sync(db);
    if (version >= 2) {
        const QList<PeerStatus> peers = sync.peers();
        REQUIRE(peers.size() == 1);
        const PeerStatus& laptop = peers.first();
        CHECK(laptop.lastSentAt == QStringLiteral("2026-01-15T17:00:00.000Z"));
        CHECK(laptop.lastReceivedAt == QStringLiteral("2026-01-16T18:00:00.000Z"));
        CHECK(laptop.sentVector.keys() == QStringList { s.siteId() });
        CHECK(laptop.receivedVector.contains(laptop.siteId));
        CHECK(laptop.receivedVector.value(s.siteId()) == laptop.sentVector.value(s.siteId()));
        CHECK(laptop.scope.isAll() == (version < 5));

        const QList<Conflict> conflicts = sync.conflicts();
        REQUIRE(conflicts.size() == 1);
        const Conflict& phone = conflicts.first();
        CHECK(phone.recordId == olena.id);
        CHECK(phone.field == QStringLiteral("phone"));
        CHECK(phone.keptValue.toString() == QStringLiteral("+380671234567"));
        CHECK(phone.otherValue.toString() == QStringLiteral("+380441234599"));
        CHECK(phone.keptUser == andrzej.id);
        CHECK(phone.otherUser == ruta.id);
        // What was stored is what the change log still says.
        const QList<Conflict> fromLog
            = detectConflicts(s.changeLog().forRecord(QStringLiteral("contact"), olena.id));
        REQUIRE(fromLog.size() == 1);
        CHECK(fromLog.first().id == phone.id);

        QStringList phoneEditors;
        for (const HistoryEntry& h : rs.history(QStringLiteral("contact"), olena.id)) {
            if (h.field == QLatin1String("phone") && h.op == ChangeOp::Set)
                phoneEditors << h.userName;
        }
        phoneEditors.sort();
        CHECK(phoneEditors
            == QStringList {
                QStringLiteral("Andrzej Wójcik"), QStringLiteral("Rūta Petrauskienė") });
    } else {
        CHECK(sync.peers().isEmpty());
        CHECK(sync.conflicts().isEmpty());
    }

    // What later versions brought: there and as written, or (in older files) empty.
    const QHash<QString, QString> merged = rs.mergedRecords(QStringLiteral("contact"));
    if (version >= 3) {
        REQUIRE(merged.size() == 1);
        CHECK(merged.begin().value() == sarunas.id);
        const Record point
            = only(rs, QStringLiteral("contact_point"), QStringLiteral("contact_id"), sarunas.id);
        CHECK(point.text(QStringLiteral("value")) == QStringLiteral("s.kazlauskas@zvaigzde.lt"));
    } else {
        CHECK(merged.isEmpty());
    }
    CHECK(*rs.count(QStringLiteral("duplicate_dismissal")) == (version >= 3 ? 1 : 0));
    if (version >= 5) {
        const Record rule = only(rs, QStringLiteral("routing_rule"), QStringLiteral("match_source"),
            QStringLiteral("web_form"));
        CHECK(rule.text(QStringLiteral("user_id")) == andrzej.id);
        const Record told
            = only(rs, QStringLiteral("notification"), QStringLiteral("record_id"), lead.id);
        CHECK(told.text(QStringLiteral("user_id")) == andrzej.id);
        CHECK(told.text(QStringLiteral("text")).endsWith(QStringLiteral("Обладнання для пекарні")));
    } else {
        CHECK(*rs.count(QStringLiteral("routing_rule")) == 0);
        CHECK(*rs.count(QStringLiteral("notification")) == 0);
    }
    if (version >= 6) {
        const Record rule = only(rs, QStringLiteral("dormant_rule"), QStringLiteral("name"),
            QStringLiteral("Nepirko pusmetį"));
        CHECK(rule.value(QStringLiteral("days")).toLongLong() == 180);
        const Record snoozed
            = only(rs, QStringLiteral("reminder_state"), QStringLiteral("record_id"), task.id);
        CHECK(snoozed.text(QStringLiteral("snoozed_until"))
            == QStringLiteral("2026-01-21T14:30:00.000Z"));
    } else {
        CHECK(*rs.count(QStringLiteral("dormant_rule")) == 0);
        CHECK(*rs.count(QStringLiteral("reminder_state")) == 0);
    }
    const Record handover = only(rs, QStringLiteral("playbook_action"), QStringLiteral("title"),
        QStringLiteral("Perduoti pristatymo komandai"));
    if (version >= 9) {
        CHECK(handover.text(QStringLiteral("creates_case")) == QStringLiteral("delivery"));
        CHECK(handover.text(QStringLiteral("assignee_id")) == andrzej.id);
        const Record rule = only(
            rs, QStringLiteral("case_rule"), QStringLiteral("priority"), QStringLiteral("high"));
        CHECK(rule.value(QStringLiteral("respond_hours")).toLongLong() == 4);
        CHECK(rule.value(QStringLiteral("resolve_hours")).toLongLong() == 16);
        const Record dayOff = only(
            rs, QStringLiteral("holiday"), QStringLiteral("day"), QStringLiteral("2026-03-13"));
        CHECK(dayOff.text(QStringLiteral("name")) == QStringLiteral("Komandos išvyka"));
    } else {
        CHECK(handover.text(QStringLiteral("creates_case")).isEmpty());
        CHECK(*rs.count(QStringLiteral("case_rule")) == 0);
        CHECK(*rs.count(QStringLiteral("holiday")) == 0);
    }

    // Documents (version 10 on): the offer's PDF as sent, the price list in the library and its
    // copy on the deal with the offer; the bytes as they were stored.
    const QString northStar = sarunas.text(QStringLiteral("company_id"));
    const Record offer = only(
        rs, QStringLiteral("quote"), QStringLiteral("number"), QStringLiteral("PAS-2026-001"));
    const auto dealDocs = DocumentQueries::ofDeal(db, warehouse.id);
    const auto companyDocs = DocumentQueries::ofCompany(db, northStar);
    const auto library = MaterialQueries::library(db);
    const auto withOffer = MaterialQueries::ofQuote(db, offer.id);
    REQUIRE(dealDocs);
    REQUIRE(companyDocs);
    REQUIRE(library);
    REQUIRE(withOffer);
    if (version >= 10) {
        const QByteArray pdfBytes("%PDF-1.4\n% Pasiūlymas PAS-2026-001\n%%EOF\n");
        const QByteArray priceListBytes("%PDF-1.4\n% Kainoraštis 2026\n%%EOF\n");
        REQUIRE(dealDocs->size() == 2);
        const CompanyDocument& copy = dealDocs->at(0); // attached after the offer was sent
        CHECK(copy.name == QStringLiteral("Kainoraštis 2026.pdf"));
        CHECK(copy.kind == QStringLiteral("material"));
        const CompanyDocument& pdf = dealDocs->at(1);
        CHECK(pdf.name == QStringLiteral("Pasiūlymas PAS-2026-001 v1.pdf"));
        CHECK(pdf.kind == QStringLiteral("offer"));
        CHECK(pdf.forLabel == QStringLiteral("Sandėlio valdymo sistema"));
        CHECK(pdf.createdByName == QStringLiteral("Rūta Petrauskienė"));
        CHECK(pdf.createdAt == QStringLiteral("2026-01-19T09:00:00.000Z"));
        CHECK(pdf.sentTo == QStringLiteral("sarunas.kazlauskas@zvaigzde.lt"));
        CHECK(pdf.sentAt == QStringLiteral("2026-01-19T09:00:00.000Z"));
        const auto stored = rs.get(QStringLiteral("attachment"), pdf.id);
        REQUIRE(stored);
        CHECK(stored->value(QStringLiteral("content")).toByteArray() == pdfBytes);
        QStringList onCompany;
        for (const CompanyDocument& d : *companyDocs)
            onCompany << d.name;
        CHECK(onCompany == QStringList { copy.name, pdf.name });

        REQUIRE(library->size() == 1);
        const Material& priceList = library->first();
        CHECK(priceList.name == QStringLiteral("Kainoraštis 2026.pdf"));
        CHECK(priceList.tags
            == QStringList { QStringLiteral("kainos"), QStringLiteral("katalogas") });
        CHECK(priceList.size == priceListBytes.size());
        CHECK(priceList.sha256
            == QString::fromLatin1(
                QCryptographicHash::hash(priceListBytes, QCryptographicHash::Sha256).toHex()));
        CHECK(priceList.dealId.isEmpty());
        REQUIRE(withOffer->size() == 1);
        CHECK(withOffer->first().id == copy.id);
        CHECK(withOffer->first().dealId == warehouse.id);
        const auto copied = MaterialQueries::copyOn(db, priceList.sha256, warehouse.id, offer.id);
        REQUIRE(copied);
        CHECK(*copied == copy.id);
    } else {
        CHECK(dealDocs->isEmpty());
        CHECK(companyDocs->isEmpty());
        CHECK(library->isEmpty());
        CHECK(withOffer->isEmpty());
    }

    // Whatever version the file came from, those lists are read from version 10's indexes, not by
    // walking every file in the database to reach the columns stored after its content.
    checkReadsFrom(db, "a deal's documents", QStringLiteral("attachment_record"),
        [&] { (void)DocumentQueries::ofDeal(db, warehouse.id); });
    checkReadsFrom(db, "a company's documents", QStringLiteral("attachment_record"),
        [&] { (void)DocumentQueries::ofCompany(db, northStar); });
    checkReadsFrom(db, "the sales materials library", QStringLiteral("attachment_kind"),
        [&] { (void)MaterialQueries::library(db); });
    checkReadsFrom(db, "a copy on a deal", QStringLiteral("attachment_record"),
        [&] { (void)MaterialQueries::copyOn(db, QStringLiteral("0"), warehouse.id, offer.id); });

    // The updated file takes new work as any other: logged, searchable, still whole.
    REQUIRE(rs.update(QStringLiteral("contact"), sarunas.id,
        { { QStringLiteral("title"), QStringLiteral("Direktorius") } }));
    CHECK(rs.history(QStringLiteral("contact"), sarunas.id).last().value
        == QStringLiteral("Direktorius"));
    CHECK(finds(s, QStringLiteral("direkt"), sarunas.id));
    checkWhole();

    // And the fixture itself is as it was.
    session.reset();
    CHECK(fileHash(fixture) == fixtureHash);
    CHECK_FALSE(QFile::exists(fixture + QStringLiteral("-wal")));
}
