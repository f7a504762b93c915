// Makes tests/data/migrations/vN.db: a small team's database at schema version N, written with
// that version's SQL, which tests/core/test_MigrationFixtures.cpp migrates and checks.
//
// Run it once for each new schema version, never again for the older ones: their files stay as
// the versions they stand for wrote them, and the tool refuses to overwrite one.
//
//     cmake --build BUILD --target tandem_make_fixture
//     BUILD/tests/core/tandem_make_fixture N tests/data/migrations
//
// Adding schema version N (say 11), after SchemaV11.cpp and its step in Migrations.cpp:
//  1. below, write what version 11 adds (its tables and columns, the records a user of version 11
//     would have made) under `if (w.version() >= 11)`, with the SQL of version 11;
//  2. run the tool for 11 only and commit tests/data/migrations/v11.db;
//  3. check the new data in test_MigrationFixtures.cpp (and that older files get sensible values).
//
// The writes mirror the app's write path in plain SQL: the row, one change-log entry per field
// with its clock, site and user (prev: the versions it supersedes), the search document, and for
// a colleague's changes what a sync import leaves (peer vectors, conflicts). RecordStore and
// SyncService are not used because they know only the latest schema. Ids, clocks and site ids come
// from a fixed clock and seeds, so the same version gives the same file.
#include "FixtureWriter.h"

#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <algorithm>

using namespace tandem;
using namespace tandem::fixture;

namespace {

// The bytes of the two PDFs version 10 adds: what matters is that they come back as they went in.
const QByteArray kOfferPdf = QByteArrayLiteral("%PDF-1.4\n% Pasiūlymas PAS-2026-001\n%%EOF\n");
const QByteArray kPriceList = QByteArrayLiteral("%PDF-1.4\n% Kainoraštis 2026\n%%EOF\n");

// A Lithuanian office with a Polish colleague on a laptop, customers in Lithuania, Poland,
// Ukraine, Romania and Russia. test_MigrationFixtures checks these values: change none of them.
void writeDataset(FixtureWriter& w)
{
    const int v = w.version();

    // First run: the team's settings, then the user (Workspace::initialise).
    w.at("2026-01-12T08:00");
    w.setMeta(QStringLiteral("site_id"), w.officeSite());
    w.create(QStringLiteral("setting"),
        { { QStringLiteral("key"), QStringLiteral("company_name") },
            { QStringLiteral("value"), QStringLiteral("UAB „Baltų prekyba“") } });
    w.create(QStringLiteral("setting"),
        { { QStringLiteral("key"), QStringLiteral("default_currency") },
            { QStringLiteral("value"), QStringLiteral("EUR") } });
    const QString ruta = w.create(QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Rūta Petrauskienė") },
            { QStringLiteral("email"), QStringLiteral("ruta@baltuprekyba.lt") },
            { QStringLiteral("role"), QStringLiteral("manager") },
            { QStringLiteral("locale"), QStringLiteral("lt_LT") },
            { QStringLiteral("active"), 1 } });
    w.setMeta(QStringLiteral("current_user_id"), ruta);
    w.actAs(ruta);
    const QString andrzej = w.create(QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Andrzej Wójcik") },
            { QStringLiteral("email"), QStringLiteral("andrzej@baltuprekyba.lt") },
            { QStringLiteral("role"), QStringLiteral("salesperson") },
            { QStringLiteral("manager_id"), ruta },
            { QStringLiteral("locale"), QStringLiteral("pl_PL") },
            { QStringLiteral("active"), 1 } });
    w.laptop().userId = andrzej;

    const QString pipeline = w.create(QStringLiteral("pipeline"),
        { { QStringLiteral("name"), QStringLiteral("Nauji klientai") },
            { QStringLiteral("position"), 0 }, { QStringLiteral("is_default"), 1 } });
    struct StageSeed {
        const char* name;
        int probability;
        const char* kind;
    };
    const StageSeed stageSeeds[] = { { "Pažintis", 10, "open" }, { "Poreikių analizė", 20, "open" },
        { "Pasiūlymas", 40, "open" }, { "Derybos", 60, "open" }, { "Laimėta", 100, "won" },
        { "Prarasta", 0, "lost" } };
    QStringList stages;
    for (const StageSeed& s : stageSeeds) {
        stages << w.create(QStringLiteral("stage"),
            { { QStringLiteral("pipeline_id"), pipeline },
                { QStringLiteral("name"), QString::fromUtf8(s.name) },
                { QStringLiteral("position"), int(stages.size()) },
                { QStringLiteral("probability"), s.probability },
                { QStringLiteral("kind"), QString::fromLatin1(s.kind) } });
    }
    const QString introduction = stages.at(0), analysis = stages.at(1), proposal = stages.at(2),
                  negotiation = stages.at(3), won = stages.at(4);
    w.create(QStringLiteral("playbook_action"),
        { { QStringLiteral("stage_id"), proposal },
            { QStringLiteral("title"), QStringLiteral("Išsiųsti pasiūlymą") },
            { QStringLiteral("instructions"),
                QStringLiteral("Paruoškite pasiūlymą pagal šabloną ir išsiųskite klientui.") },
            { QStringLiteral("deadline_days"), 5 }, { QStringLiteral("position"), 0 } });
    Fields handover { { QStringLiteral("stage_id"), won },
        { QStringLiteral("title"), QStringLiteral("Perduoti pristatymo komandai") },
        { QStringLiteral("deadline_days"), 3 }, { QStringLiteral("position"), 0 } };
    if (v >= 9) { // an action that opens a delivery case, done by a named colleague
        handover << qMakePair(QStringLiteral("creates_case"), QVariant(QStringLiteral("delivery")))
                 << qMakePair(QStringLiteral("assignee_id"), QVariant(andrzej));
    }
    w.create(QStringLiteral("playbook_action"), handover);
    w.create(QStringLiteral("lost_reason"),
        { { QStringLiteral("name"), QStringLiteral("Per brangu") },
            { QStringLiteral("applies_to"), QStringLiteral("both") },
            { QStringLiteral("position"), 0 } });
    if (v >= 5) {
        w.create(QStringLiteral("routing_rule"),
            { { QStringLiteral("name"), QStringLiteral("Užklausos iš svetainės → Andrzej") },
                { QStringLiteral("position"), 0 }, { QStringLiteral("active"), 1 },
                { QStringLiteral("match_source"), QStringLiteral("web_form") },
                { QStringLiteral("method"), QStringLiteral("user") },
                { QStringLiteral("user_id"), andrzej } });
    }
    if (v >= 6) {
        w.create(QStringLiteral("dormant_rule"),
            { { QStringLiteral("name"), QStringLiteral("Nepirko pusmetį") },
                { QStringLiteral("kind"), QStringLiteral("no_purchase") },
                { QStringLiteral("days"), 180 },
                { QStringLiteral("task_subject"),
                    QStringLiteral("Paskambinti ir pasiūlyti naujienų") },
                { QStringLiteral("due_days"), 7 }, { QStringLiteral("active"), 1 } });
    }
    if (v >= 9) {
        w.create(QStringLiteral("case_rule"),
            { { QStringLiteral("priority"), QStringLiteral("high") },
                { QStringLiteral("respond_hours"), 4 }, { QStringLiteral("resolve_hours"), 16 } });
        w.create(QStringLiteral("holiday"),
            { { QStringLiteral("day"), QStringLiteral("2026-03-13") },
                { QStringLiteral("name"), QStringLiteral("Komandos išvyka") } });
    }

    // Customers and the people there.
    w.at("2026-01-12T09:30");
    const QString northStar = w.create(QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("UAB Šiaurės žvaigždė") },
            { QStringLiteral("reg_code"), QStringLiteral("304567890") },
            { QStringLiteral("industry"), QStringLiteral("Logistika") },
            { QStringLiteral("country"), QStringLiteral("LT") },
            { QStringLiteral("city"), QStringLiteral("Vilnius") },
            { QStringLiteral("street"), QStringLiteral("Žalgirio g. 92") },
            { QStringLiteral("phone"), QStringLiteral("+37052123456") },
            { QStringLiteral("status"), QStringLiteral("customer") },
            { QStringLiteral("owner_id"), ruta } });
    const QString mills = w.create(QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("Łódzkie Młyny sp. z o.o.") },
            { QStringLiteral("industry"), QStringLiteral("Żywność") },
            { QStringLiteral("country"), QStringLiteral("PL") },
            { QStringLiteral("city"), QStringLiteral("Łódź") },
            { QStringLiteral("status"), QStringLiteral("prospect") },
            { QStringLiteral("owner_id"), andrzej } });
    const QString bakery = w.create(QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("ТОВ «Київхліб»") },
            { QStringLiteral("industry"), QStringLiteral("Хлібопекарство") },
            { QStringLiteral("country"), QStringLiteral("UA") },
            { QStringLiteral("city"), QStringLiteral("Київ") },
            { QStringLiteral("status"), QStringLiteral("prospect") },
            { QStringLiteral("owner_id"), andrzej } });
    const QString agro = w.create(QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("SC Ștefănești Agro SRL") },
            { QStringLiteral("country"), QStringLiteral("RO") },
            { QStringLiteral("city"), QStringLiteral("Iași") },
            { QStringLiteral("status"), QStringLiteral("prospect") },
            { QStringLiteral("owner_id"), ruta } });
    const QString moscow = w.create(QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("ООО «Москва-Сервис»") },
            { QStringLiteral("country"), QStringLiteral("RU") },
            { QStringLiteral("city"), QStringLiteral("Москва") },
            { QStringLiteral("status"), QStringLiteral("former") },
            { QStringLiteral("owner_id"), ruta } });

    const QString sarunas = w.create(QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Šarūnas") },
            { QStringLiteral("last_name"), QStringLiteral("Kazlauskas") },
            { QStringLiteral("company_id"), northStar },
            { QStringLiteral("title"), QStringLiteral("Pirkimų vadovas") },
            { QStringLiteral("decision_maker"), 1 },
            { QStringLiteral("email"), QStringLiteral("sarunas.kazlauskas@zvaigzde.lt") },
            { QStringLiteral("phone"), QStringLiteral("+37061234567") },
            { QStringLiteral("city"), QStringLiteral("Vilnius") },
            { QStringLiteral("language"), QStringLiteral("lt") },
            { QStringLiteral("consent_email"), 1 },
            { QStringLiteral("next_contact_date"), QStringLiteral("2026-02-02") },
            { QStringLiteral("owner_id"), ruta } });
    const QString malgorzata = w.create(QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Małgorzata") },
            { QStringLiteral("last_name"), QStringLiteral("Łukasiewicz") },
            { QStringLiteral("company_id"), mills },
            { QStringLiteral("title"), QStringLiteral("Kierownik zakupów") },
            { QStringLiteral("email"), QStringLiteral("m.lukasiewicz@mlyny.pl") },
            { QStringLiteral("city"), QStringLiteral("Łódź") },
            { QStringLiteral("language"), QStringLiteral("pl") },
            { QStringLiteral("owner_id"), andrzej } });
    const QString olena = w.create(QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Олена") },
            { QStringLiteral("last_name"), QStringLiteral("Шевченко") },
            { QStringLiteral("company_id"), bakery },
            { QStringLiteral("title"), QStringLiteral("Директорка") },
            { QStringLiteral("phone"), QStringLiteral("+380441234500") },
            { QStringLiteral("city"), QStringLiteral("Київ") },
            { QStringLiteral("language"), QStringLiteral("uk") },
            { QStringLiteral("owner_id"), andrzej } });
    const QString stefan = w.create(QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Ștefan") },
            { QStringLiteral("last_name"), QStringLiteral("Țăranu") },
            { QStringLiteral("company_id"), agro },
            { QStringLiteral("title"), QStringLiteral("Director general") },
            { QStringLiteral("email"), QStringLiteral("stefan.taranu@stefanesti-agro.ro") },
            { QStringLiteral("city"), QStringLiteral("Iași") },
            { QStringLiteral("language"), QStringLiteral("ro") },
            { QStringLiteral("owner_id"), ruta } });
    const QString dmitry = w.create(QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Дмитрий") },
            { QStringLiteral("last_name"), QStringLiteral("Соколов") },
            { QStringLiteral("company_id"), moscow },
            { QStringLiteral("email"), QStringLiteral("d.sokolov@moskva-servis.ru") },
            { QStringLiteral("city"), QStringLiteral("Москва") },
            { QStringLiteral("owner_id"), ruta } });
    const QString vip = w.create(QStringLiteral("tag"),
        { { QStringLiteral("name"), QStringLiteral("Svarbus") },
            { QStringLiteral("color"), QStringLiteral("#c0392b") } });
    w.create(QStringLiteral("tagging"),
        { { QStringLiteral("tag_id"), vip },
            { QStringLiteral("entity"), QStringLiteral("company") },
            { QStringLiteral("record_id"), northStar } });

    // Leads: one from the web form (routed to Andrzej), one lost.
    w.at("2026-01-12T11:05");
    Fields webLead { { QStringLiteral("title"), QStringLiteral("Обладнання для пекарні") },
        { QStringLiteral("first_name"), QStringLiteral("Тарас") },
        { QStringLiteral("last_name"), QStringLiteral("Коваленко") },
        { QStringLiteral("company_name"), QStringLiteral("Пекарня «Золотий колос»") },
        { QStringLiteral("email"), QStringLiteral("taras@kolos.ua") },
        { QStringLiteral("source"), QStringLiteral("web_form") },
        { QStringLiteral("status"), QStringLiteral("new") },
        { QStringLiteral("owner_id"), andrzej },
        { QStringLiteral("first_contact_due"), QStringLiteral("2026-01-13T11:05:00.000Z") } };
    if (v >= 5)
        webLead << qMakePair(
            QStringLiteral("industry"), QVariant(QStringLiteral("Хлібопекарство")));
    const QString lead = w.create(QStringLiteral("lead"), webLead);
    if (v >= 5) {
        w.create(QStringLiteral("notification"),
            { { QStringLiteral("user_id"), andrzej },
                { QStringLiteral("kind"), QStringLiteral("assigned") },
                { QStringLiteral("text"),
                    QStringLiteral("Jums priskirtas naujas potencialus klientas: Обладнання для "
                                   "пекарні") },
                { QStringLiteral("entity"), QStringLiteral("lead") },
                { QStringLiteral("record_id"), lead } });
    }
    const QString lostLead = w.create(QStringLiteral("lead"),
        { { QStringLiteral("title"), QStringLiteral("Kasos aparatai parduotuvei") },
            { QStringLiteral("company_name"), QStringLiteral("IĮ „Žemaitijos kioskas“") },
            { QStringLiteral("source"), QStringLiteral("call") },
            { QStringLiteral("status"), QStringLiteral("new") },
            { QStringLiteral("owner_id"), ruta } });
    w.at("2026-01-12T15:40");
    w.set(QStringLiteral("lead"), lostLead,
        { { QStringLiteral("status"), QStringLiteral("lost") },
            { QStringLiteral("lost_reason"), QStringLiteral("Nėra biudžeto") } });

    // Deals: amounts in minor units of their currency; stage moves as DealFlow writes them (the
    // stage and the time it was entered in one update).
    w.at("2026-01-13T08:15");
    const QString warehouse = w.create(QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Sandėlio valdymo sistema") },
            { QStringLiteral("company_id"), northStar }, { QStringLiteral("contact_id"), sarunas },
            { QStringLiteral("pipeline_id"), pipeline },
            { QStringLiteral("stage_id"), introduction }, { QStringLiteral("amount"), 1000000 },
            { QStringLiteral("currency"), QStringLiteral("EUR") },
            { QStringLiteral("owner_id"), ruta },
            { QStringLiteral("expected_close"), QStringLiteral("2026-03-31") },
            { QStringLiteral("status"), QStringLiteral("open") },
            { QStringLiteral("stage_entered_at"), w.now() },
            { QStringLiteral("source"), QStringLiteral("referral") } });
    const QString mixers = w.create(QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Mieszalniki spiralne dla piekarni") },
            { QStringLiteral("company_id"), mills }, { QStringLiteral("contact_id"), malgorzata },
            { QStringLiteral("pipeline_id"), pipeline }, { QStringLiteral("stage_id"), analysis },
            { QStringLiteral("amount"), 4999999 },
            { QStringLiteral("currency"), QStringLiteral("PLN") },
            { QStringLiteral("owner_id"), andrzej },
            { QStringLiteral("expected_close"), QStringLiteral("2026-02-27") },
            { QStringLiteral("status"), QStringLiteral("open") },
            { QStringLiteral("stage_entered_at"), w.now() } });
    const QString coolers = w.create(QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Camere frigorifice") },
            { QStringLiteral("company_id"), agro }, { QStringLiteral("contact_id"), stefan },
            { QStringLiteral("pipeline_id"), pipeline }, { QStringLiteral("stage_id"), proposal },
            { QStringLiteral("amount"), 730000 },
            { QStringLiteral("currency"), QStringLiteral("RON") },
            { QStringLiteral("owner_id"), ruta },
            { QStringLiteral("expected_close"), QStringLiteral("2026-02-15") },
            { QStringLiteral("status"), QStringLiteral("open") },
            { QStringLiteral("stage_entered_at"), w.now() } });

    w.at("2026-01-14T10:00");
    w.create(QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("subject"), QStringLiteral("Skambutis: sandėlio poreikiai") },
            { QStringLiteral("starts_at"), QStringLiteral("2026-01-14T10:00:00.000Z") },
            { QStringLiteral("ends_at"), QStringLiteral("2026-01-14T10:20:00.000Z") },
            { QStringLiteral("done"), 1 },
            { QStringLiteral("done_at"), QStringLiteral("2026-01-14T10:20:00.000Z") },
            { QStringLiteral("outcome"), QStringLiteral("Domisi; laukia pasiūlymo") },
            { QStringLiteral("owner_id"), ruta }, { QStringLiteral("contact_id"), sarunas },
            { QStringLiteral("company_id"), northStar },
            { QStringLiteral("deal_id"), warehouse } });
    w.at("2026-01-14T10:25");
    w.set(QStringLiteral("deal"), warehouse,
        { { QStringLiteral("stage_id"), analysis },
            { QStringLiteral("stage_entered_at"), w.now() } });
    const QString task = w.create(QStringLiteral("task"),
        { { QStringLiteral("subject"), QStringLiteral("Paruošti pasiūlymą Šarūnui") },
            { QStringLiteral("due_at"), QStringLiteral("2026-01-21T15:00:00.000Z") },
            { QStringLiteral("priority"), QStringLiteral("high") }, { QStringLiteral("done"), 0 },
            { QStringLiteral("reminder_minutes"), 60 }, { QStringLiteral("owner_id"), ruta },
            { QStringLiteral("contact_id"), sarunas }, { QStringLiteral("deal_id"), warehouse } });

    if (v >= 3) { // a duplicate from an address-book import, merged into the person it repeats
        w.at("2026-01-14T13:00");
        const QString duplicate = w.create(QStringLiteral("contact"),
            { { QStringLiteral("first_name"), QStringLiteral("Sarunas") },
                { QStringLiteral("last_name"), QStringLiteral("Kazlauskas") },
                { QStringLiteral("company_id"), northStar },
                { QStringLiteral("email"), QStringLiteral("s.kazlauskas@zvaigzde.lt") } });
        w.at("2026-01-14T13:05");
        w.create(QStringLiteral("contact_point"),
            { { QStringLiteral("contact_id"), sarunas },
                { QStringLiteral("kind"), QStringLiteral("email") },
                { QStringLiteral("value"), QStringLiteral("s.kazlauskas@zvaigzde.lt") } });
        w.set(QStringLiteral("contact"), duplicate,
            { { QStringLiteral("merged_into_id"), sarunas } });
        w.remove(QStringLiteral("contact"), duplicate);
    }

    // The office's weekly meeting repeats on Mondays.
    w.at("2026-01-15T07:45");
    Fields weekly { { QStringLiteral("kind"), QStringLiteral("meeting") },
        { QStringLiteral("subject"), QStringLiteral("Savaitės pasitarimas") },
        { QStringLiteral("starts_at"), QStringLiteral("2026-01-19T07:00:00.000Z") },
        { QStringLiteral("ends_at"), QStringLiteral("2026-01-19T07:30:00.000Z") },
        { QStringLiteral("rrule"), QStringLiteral("FREQ=WEEKLY;BYDAY=MO") },
        { QStringLiteral("owner_id"), ruta },
        { QStringLiteral("visibility"), QStringLiteral("team") } };
    if (v >= 6)
        weekly << qMakePair(
            QStringLiteral("time_zone"), QVariant(QStringLiteral("Europe/Vilnius")));
    const QString meeting = w.create(QStringLiteral("activity"), weekly);
    if (v >= 6) // no meeting on the day Lithuania restored its statehood
        w.set(QStringLiteral("activity"), meeting,
            { { QStringLiteral("exdates"), QStringLiteral("2026-02-16T07:00:00.000Z") } });

    // Andrzej's laptop: the office's bundle goes out; he meets Małgorzata, adds a person and
    // corrects Olena's phone, while the office corrects it too; his bundle comes back.
    const bool sync = v >= 2;
    w.at("2026-01-15T17:00");
    if (sync) {
        w.sendToLaptop();
        w.on(w.laptop());
    }
    w.at("2026-01-16T10:00");
    const QString visit = w.create(QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("meeting") },
            { QStringLiteral("subject"),
                QStringLiteral("Spotkanie w Łodzi: prezentacja mieszalników") },
            { QStringLiteral("starts_at"), QStringLiteral("2026-01-16T10:00:00.000Z") },
            { QStringLiteral("ends_at"), QStringLiteral("2026-01-16T11:30:00.000Z") },
            { QStringLiteral("location"), QStringLiteral("ul. Piotrkowska 104, 90-001 Łódź") },
            { QStringLiteral("done"), 1 },
            { QStringLiteral("done_at"), QStringLiteral("2026-01-16T11:30:00.000Z") },
            { QStringLiteral("owner_id"), andrzej }, { QStringLiteral("contact_id"), malgorzata },
            { QStringLiteral("company_id"), mills }, { QStringLiteral("deal_id"), mixers } });
    w.create(QStringLiteral("participant"),
        { { QStringLiteral("activity_id"), visit }, { QStringLiteral("user_id"), andrzej },
            { QStringLiteral("response"), QStringLiteral("accepted") } });
    w.create(QStringLiteral("participant"),
        { { QStringLiteral("activity_id"), visit }, { QStringLiteral("contact_id"), malgorzata },
            { QStringLiteral("response"), QStringLiteral("accepted") } });
    w.at("2026-01-16T12:10");
    w.set(QStringLiteral("deal"), mixers,
        { { QStringLiteral("stage_id"), negotiation },
            { QStringLiteral("stage_entered_at"), w.now() } });
    const QString irina = w.create(QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Ирина") },
            { QStringLiteral("last_name"), QStringLiteral("Волкова") },
            { QStringLiteral("company_id"), moscow },
            { QStringLiteral("title"), QStringLiteral("Главный бухгалтер") },
            { QStringLiteral("city"), QStringLiteral("Москва") } });
    if (sync) {
        w.at("2026-01-16T12:30");
        w.set(QStringLiteral("contact"), olena,
            { { QStringLiteral("phone"), QStringLiteral("+380671234567") } });
        w.on(w.office());
        w.at("2026-01-16T09:00");
        w.set(QStringLiteral("contact"), olena,
            { { QStringLiteral("phone"), QStringLiteral("+380441234599") } });
        w.at("2026-01-16T18:00");
        w.receiveFromLaptop(v >= 5 ? QStringLiteral("owner=") + andrzej : QString());
    } else {
        w.set(QStringLiteral("contact"), olena,
            { { QStringLiteral("phone"), QStringLiteral("+380441234599") } });
    }

    // The office goes on: the offer, a new amount and the next stage; the mixers deal won, the
    // Romanian one lost; a complaint about the delivery; a person who left the company removed.
    if (v >= 10) { // the price list in the sales materials library
        w.at("2026-01-19T08:40");
        Fields priceList = FixtureWriter::file(
            QStringLiteral("Kainoraštis 2026.pdf"), QStringLiteral("application/pdf"), kPriceList);
        priceList << qMakePair(QStringLiteral("kind"), QVariant(QStringLiteral("material")))
                  << qMakePair(
                         QStringLiteral("tags"), QVariant(QStringLiteral("kainos, katalogas")));
        w.create(QStringLiteral("attachment"), priceList);
    }
    w.at("2026-01-19T09:00");
    const QString scanner = w.create(QStringLiteral("product"),
        { { QStringLiteral("name"), QStringLiteral("Brūkšninių kodų skaitytuvas BK-200") },
            { QStringLiteral("sku"), QStringLiteral("BK-200") },
            { QStringLiteral("unit"), QStringLiteral("vnt.") }, { QStringLiteral("price"), 24900 },
            { QStringLiteral("currency"), QStringLiteral("EUR") },
            { QStringLiteral("vat_rate"), 2100 }, { QStringLiteral("active"), 1 } });
    const QString offer = w.create(QStringLiteral("quote"),
        { { QStringLiteral("deal_id"), warehouse },
            { QStringLiteral("number"), QStringLiteral("PAS-2026-001") },
            { QStringLiteral("version"), 1 }, { QStringLiteral("status"), QStringLiteral("sent") },
            { QStringLiteral("currency"), QStringLiteral("EUR") },
            { QStringLiteral("valid_until"), QStringLiteral("2026-02-28") },
            { QStringLiteral("language"), QStringLiteral("lt") },
            { QStringLiteral("sent_at"), QStringLiteral("2026-01-19T09:00:00.000Z") } });
    w.create(QStringLiteral("quote_line"),
        { { QStringLiteral("quote_id"), offer }, { QStringLiteral("product_id"), scanner },
            { QStringLiteral("description"), QStringLiteral("Brūkšninių kodų skaitytuvas BK-200") },
            { QStringLiteral("quantity"), 5000 }, { QStringLiteral("unit_price"), 24900 },
            { QStringLiteral("currency"), QStringLiteral("EUR") },
            { QStringLiteral("vat_rate"), 2100 }, { QStringLiteral("position"), 0 } });
    if (v >= 10) { // the offer's PDF, sent with it, then the price list attached from the library
        Fields pdf = FixtureWriter::file(QStringLiteral("Pasiūlymas PAS-2026-001 v1.pdf"),
            QStringLiteral("application/pdf"), kOfferPdf);
        pdf << qMakePair(QStringLiteral("kind"), QVariant(QStringLiteral("offer")))
            << qMakePair(QStringLiteral("tags"), QVariant(QStringLiteral("offer")))
            << qMakePair(QStringLiteral("entity"), QVariant(QStringLiteral("deal")))
            << qMakePair(QStringLiteral("record_id"), QVariant(warehouse))
            << qMakePair(QStringLiteral("quote_id"), QVariant(offer));
        const QString sent = w.create(QStringLiteral("attachment"), pdf);
        w.set(QStringLiteral("attachment"), sent,
            { { QStringLiteral("sent_at"), w.now() }, { QStringLiteral("sent_by"), ruta },
                { QStringLiteral("sent_to"), QStringLiteral("sarunas.kazlauskas@zvaigzde.lt") } });
        w.at("2026-01-19T09:10");
        Fields copy = FixtureWriter::file(
            QStringLiteral("Kainoraštis 2026.pdf"), QStringLiteral("application/pdf"), kPriceList);
        copy << qMakePair(QStringLiteral("kind"), QVariant(QStringLiteral("material")))
             << qMakePair(QStringLiteral("tags"), QVariant(QStringLiteral("kainos, katalogas")))
             << qMakePair(QStringLiteral("entity"), QVariant(QStringLiteral("deal")))
             << qMakePair(QStringLiteral("record_id"), QVariant(warehouse))
             << qMakePair(QStringLiteral("quote_id"), QVariant(offer));
        w.create(QStringLiteral("attachment"), copy);
    }
    w.at("2026-01-19T09:30");
    w.set(QStringLiteral("deal"), warehouse, { { QStringLiteral("amount"), 1250050 } });
    if (v >= 6) { // Ruta put off the task's reminder (an hour before it is due) for half an hour
        w.at("2026-01-21T14:00");
        w.create(QStringLiteral("reminder_state"),
            { { QStringLiteral("user_id"), ruta },
                { QStringLiteral("entity"), QStringLiteral("task") },
                { QStringLiteral("record_id"), task },
                { QStringLiteral("occurrence_at"), QStringLiteral("2026-01-21T15:00:00.000Z") },
                { QStringLiteral("snoozed_until"), QStringLiteral("2026-01-21T14:30:00.000Z") } });
    }
    w.at("2026-01-21T14:45");
    w.set(QStringLiteral("deal"), warehouse,
        { { QStringLiteral("stage_id"), proposal },
            { QStringLiteral("stage_entered_at"), w.now() } });
    w.set(QStringLiteral("task"), task,
        { { QStringLiteral("done"), 1 }, { QStringLiteral("done_at"), w.now() } });

    w.at("2026-01-22T11:00");
    w.set(QStringLiteral("deal"), mixers,
        { { QStringLiteral("status"), QStringLiteral("won") },
            { QStringLiteral("won_at"), w.now() }, { QStringLiteral("stage_id"), won },
            { QStringLiteral("stage_entered_at"), w.now() } });
    w.set(QStringLiteral("company"), mills,
        { { QStringLiteral("status"), QStringLiteral("customer") } });
    w.at("2026-01-22T16:20");
    w.set(QStringLiteral("deal"), coolers,
        { { QStringLiteral("status"), QStringLiteral("lost") },
            { QStringLiteral("lost_at"), w.now() },
            { QStringLiteral("lost_reason"), QStringLiteral("Per brangu") } });

    w.at("2026-01-26T08:40");
    Fields complaint { { QStringLiteral("subject"),
                           QStringLiteral("Uszkodzona dostawa mieszalnika") },
        { QStringLiteral("company_id"), mills }, { QStringLiteral("contact_id"), malgorzata },
        { QStringLiteral("deal_id"), mixers },
        { QStringLiteral("channel"), QStringLiteral("email") },
        { QStringLiteral("description"),
            QStringLiteral("Jeden z mieszalników dotarł z pękniętą pokrywą.") },
        { QStringLiteral("priority"), QStringLiteral("high") },
        { QStringLiteral("owner_id"), andrzej },
        { QStringLiteral("status"), QStringLiteral("new") },
        { QStringLiteral("respond_by"), QStringLiteral("2026-01-26T12:40:00.000Z") },
        { QStringLiteral("resolve_by"), QStringLiteral("2026-01-28T08:40:00.000Z") } };
    if (v >= 9)
        complaint << qMakePair(QStringLiteral("kind"), QVariant(QStringLiteral("complaint")));
    const QString serviceCase = w.create(QStringLiteral("case"), complaint);
    w.at("2026-01-26T10:15");
    w.set(QStringLiteral("case"), serviceCase,
        { { QStringLiteral("status"), QStringLiteral("in_progress") },
            { QStringLiteral("responded_at"), w.now() } });

    if (v >= 3) { // "not the same person": the two at the Moscow company
        w.at("2026-01-27T09:00");
        const QString first = std::min(irina, dmitry), second = std::max(irina, dmitry);
        w.create(QStringLiteral("duplicate_dismissal"),
            { { QStringLiteral("entity"), QStringLiteral("contact") },
                { QStringLiteral("first_id"), first }, { QStringLiteral("second_id"), second } });
    }
    w.at("2026-01-27T09:10");
    w.remove(QStringLiteral("contact"), dmitry);
}

// One self-contained file (no -wal beside it), packed small: 1 KiB pages, as SQLite made files
// before 3.12, since most of a fixture is the one page each table and index takes even when empty.
void compact(Database& db)
{
    for (const char* sql : { "PRAGMA journal_mode=DELETE", "PRAGMA page_size=1024", "VACUUM" }) {
        if (auto r = db.exec(QString::fromLatin1(sql)); !r)
            fail(QString::fromLatin1(sql) + QStringLiteral(": ") + r.error().message);
    }
    QSqlQuery q = runSql(db, QStringLiteral("PRAGMA integrity_check"));
    if (!q.next() || q.value(0).toString() != QLatin1String("ok"))
        fail(QStringLiteral("the file failed SQLite's integrity check"));
}

void removeFiles(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    bool ok = false;
    const int version = args.size() == 3 ? args.at(1).toInt(&ok) : 0;
    if (!ok || version < 1 || version > Database::latestVersion()) {
        err << "usage: tandem_make_fixture VERSION DIR\n"
            << "  writes DIR/vVERSION.db, a database at schema VERSION (1 to "
            << Database::latestVersion() << ") for test_MigrationFixtures\n";
        return 2;
    }
    const QString target = QDir(args.at(2)).filePath(QStringLiteral("v%1.db").arg(version));
    if (QFileInfo::exists(target)) {
        err << target << " exists. A fixture stands for what its version wrote and is not "
            << "made again; remove it first only if it was never committed.\n";
        return 1;
    }
    const QString part = target + QStringLiteral(".part");
    removeFiles(part);
    try {
        OpenOptions options;
        options.targetVersion = version;
        auto opened = Database::open(part, options);
        if (!opened)
            fail(opened.error().message);
        Database& db = **opened;
        FixtureWriter writer(db, version);
        Transaction tx(db);
        writeDataset(writer);
        if (auto r = tx.commit(); !r)
            fail(r.error().message);
        compact(db);
    } catch (const FixtureError& e) {
        removeFiles(part);
        err << "tandem_make_fixture: version " << version << ": " << e.what() << "\n";
        return 1;
    }
    if (!QFile::rename(part, target)) {
        removeFiles(part);
        err << "tandem_make_fixture: cannot write " << target << "\n";
        return 1;
    }
    out << target << ": schema version " << version << ", " << QFileInfo(target).size()
        << " bytes\n";
    return 0;
}
