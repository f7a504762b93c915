// Killed mid-operation: a sync import, an address-book import, a merge and a lead conversion
// stopped by SIGKILL at random moments leave the database as it was before, or with the whole
// operation in it — never half of it — and always sound.
#include "CliRunner.h"
#include "CrashRounds.h"

#include "TestDatabase.h"
#include "domain/EntitySchema.h"
#include "services/LeadIntake.h"
#include "store/SyncState.h"
#include "store/Transaction.h"
#include "sync/SyncService.h"

#include <QMap>
#include <QStringList>

using namespace tandem;
using namespace tandem::test;

namespace {

// A bundle with `contacts` new contacts from another copy.
QString makeBundle(const QString& dir, int contacts)
{
    TestDatabase source(QStringLiteral("field-laptop"), 5);
    Transaction tx(source.session().database());
    for (int i = 0; i < contacts; ++i)
        create(source.records(), QStringLiteral("contact"),
            { { QStringLiteral("first_name"), QStringLiteral("Jonas") },
                { QStringLiteral("last_name"), QStringLiteral("Jonaitis %1").arg(i) },
                { QStringLiteral("email"), QStringLiteral("jonas%1@example.lt").arg(i) } });
    REQUIRE(tx.commit());
    const QString path = dir + QStringLiteral("/laptop.tandem");
    SyncService sync(source.session());
    REQUIRE(sync.exportTo(path).ok());
    return path;
}

// An address book as an office exports it: `rows` people of the teams' countries, twenty to a
// company, each with an e-mail, a phone, a city and a tag.
QString writeAddressBook(const QString& path, int rows)
{
    const QStringList first = str("Šarūnas,Rūta,Žygimantas,Gintarė,Łukasz,Małgorzata,Zofia,"
                                  "Олена,Тарас,Ștefan,Ioana,Андрей,Наталья,Jūratė,Paweł,Ирина")
                                  .split(QLatin1Char(','));
    const QStringList last = str("Petrauskienė,Kazlauskas,Žukauskas,Wiśniewski,Żółkowska,"
                                 "Brzęczyszczykiewicz,Коваленко,Шевченко,Popescu,Țăranu,Смирнов,"
                                 "Mažeikienė,Dąbrowski,Ионеску,Grybauskaitė,Лисенко")
                                 .split(QLatin1Char(','));
    const QStringList cities
        = str("Vilnius,Kaunas,Klaipėda,Łódź,Kraków,Київ,Львів,Iași,Brașov").split(QLatin1Char(','));
    const QStringList tags = str("Mugė 2026,Партнери,Klienci").split(QLatin1Char(','));
    QString csv = QStringLiteral("First name,Last name,Company,E-mail,Phone,City,Tags\n");
    for (int i = 0; i < rows; ++i) {
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                   .arg(first.at(i % first.size()), last.at((i / first.size()) % last.size()),
                       str("UAB Šviesos linija %1").arg(i / 20),
                       QStringLiteral("asmuo%1@imone%2.lt").arg(i).arg(i / 20),
                       QStringLiteral("+370 6%1").arg(1000000 + i), cities.at(i % cities.size()),
                       tags.at(i % tags.size()));
    }
    writeFile(path, csv.toUtf8());
    return path;
}

const QString kContact = QStringLiteral("contact");
const QStringList kKinds { QStringLiteral("call"), QStringLiteral("meeting"),
    QStringLiteral("email"), QStringLiteral("note") };

// Where links to a contact live: each reference field of every entity, and the taggings and
// attachments that name it by entity and record id.
QList<QPair<QString, QString>> contactLinks()
{
    QList<QPair<QString, QString>> links;
    for (const EntityDef& def : EntitySchema::all()) {
        if (!def.fixedField.isEmpty())
            continue; // a view of another entity's table (task of activity)
        for (const FieldDef& f : def.fields) {
            if (f.type == FieldType::Ref && f.refEntity == kContact && !f.internal())
                links << qMakePair(def.name, f.name);
        }
    }
    return links;
}

// How many links of each kind point at `id`: "activity.contact_id" → 2000, "attachment" → 100 …
QMap<QString, qint64> linksTo(OpenedDatabase& db, const QString& id)
{
    QMap<QString, qint64> links;
    for (const auto& [entity, field] : contactLinks())
        links.insert(entity + QLatin1Char('.') + field, db.count(entity, { { field, id } }));
    for (const QString& entity : { QStringLiteral("tagging"), QStringLiteral("attachment") })
        links.insert(entity,
            db.count(entity,
                { { QStringLiteral("entity"), kContact }, { QStringLiteral("record_id"), id } }));
    return links;
}

QString describe(const QMap<QString, qint64>& links)
{
    QStringList parts;
    for (auto it = links.begin(); it != links.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

// The same person twice: Rūta at the office, and the one a colleague entered from a fair with
// years of history — `history` activities (with participants), deals, a case, attachments, tags.
QPair<QString, QString> twoRutas(const QString& dbPath, int history)
{
    OpenedDatabase db(dbPath);
    RecordStore& rs = db.records();
    Transaction tx(db.session().database());
    const QString company = create(
        rs, QStringLiteral("company"), { { QStringLiteral("name"), str("UAB Linų namai") } });
    const QString keep = create(rs, kContact,
        { { QStringLiteral("first_name"), str("Rūta") },
            { QStringLiteral("last_name"), str("Petrauskienė") },
            { QStringLiteral("email"), QStringLiteral("ruta@linunamai.lt") },
            { QStringLiteral("company_id"), company } });
    const QString other = create(rs, kContact,
        { { QStringLiteral("first_name"), QStringLiteral("Ruta") },
            { QStringLiteral("last_name"), QStringLiteral("Petrauskiene") },
            { QStringLiteral("email"), QStringLiteral("ruta.p@gmail.com") },
            { QStringLiteral("phone"), QStringLiteral("+370 612 34567") },
            { QStringLiteral("city"), QStringLiteral("Kaunas") } });
    for (int i = 0; i < history; ++i) {
        const QString activity = create(rs, QStringLiteral("activity"),
            { { QStringLiteral("kind"), kKinds.at(i % kKinds.size()) },
                { QStringLiteral("subject"), str("Pokalbis apie lininę patalynę %1").arg(i) },
                { QStringLiteral("contact_id"), other } });
        if (i % 10 == 0)
            create(rs, QStringLiteral("participant"),
                { { QStringLiteral("activity_id"), activity },
                    { QStringLiteral("contact_id"), other } });
        if (i % 20 == 0)
            create(rs, QStringLiteral("deal"),
                { { QStringLiteral("title"), str("Staltiesės viešbučiui %1").arg(i) },
                    { QStringLiteral("contact_id"), other } });
        if (i % 20 == 10)
            create(rs, QStringLiteral("attachment"),
                { { QStringLiteral("name"), str("pasiūlymas-%1.pdf").arg(i) },
                    { QStringLiteral("entity"), kContact },
                    { QStringLiteral("record_id"), other } });
    }
    create(rs, QStringLiteral("case"),
        { { QStringLiteral("subject"), str("Užsakymas vėluoja") },
            { QStringLiteral("contact_id"), other } });
    for (const char* name : { "Mugė 2026", "VIP" }) {
        const QString tag
            = create(rs, QStringLiteral("tag"), { { QStringLiteral("name"), str(name) } });
        create(rs, QStringLiteral("tagging"),
            { { QStringLiteral("tag_id"), tag }, { QStringLiteral("entity"), kContact },
                { QStringLiteral("record_id"), other } });
    }
    REQUIRE(tx.commit());
    return { keep, other };
}

// A lead from a trade fair with `history` activities logged on it and documents attached to it.
QString busyLead(const QString& dbPath, int history)
{
    OpenedDatabase db(dbPath);
    RecordStore& rs = db.records();
    Transaction tx(db.session().database());
    const auto lead = LeadIntake::create(db.session(),
        { { QStringLiteral("title"), str("Patalynė 40 kambarių") },
            { QStringLiteral("company_name"), str("UAB Žalioji užeiga") },
            { QStringLiteral("first_name"), str("Dalia") },
            { QStringLiteral("last_name"), str("Žemaitytė") },
            { QStringLiteral("email"), QStringLiteral("dalia@zaliojiuzeiga.lt") },
            { QStringLiteral("source"), QStringLiteral("event") } });
    REQUIRE(lead);
    for (int i = 0; i < history; ++i) {
        create(rs, QStringLiteral("activity"),
            { { QStringLiteral("kind"), kKinds.at(i % kKinds.size()) },
                { QStringLiteral("subject"), str("Susitikimas mugėje %1").arg(i) },
                { QStringLiteral("done"), true }, { QStringLiteral("lead_id"), *lead } });
        if (i % 10 == 0)
            create(rs, QStringLiteral("attachment"),
                { { QStringLiteral("name"), str("katalogas-%1.pdf").arg(i) },
                    { QStringLiteral("entity"), QStringLiteral("lead") },
                    { QStringLiteral("record_id"), *lead } });
    }
    REQUIRE(tx.commit());
    return *lead;
}

} // namespace

TEST_CASE("A sync import killed at any moment is all or nothing", "[cli][crash]")
{
    CliRunner cli;
    cli.init();
    const int contacts = 2000;
    const QString bundle = makeBundle(cli.path(QString()), contacts);
    qint64 before = 0;
    {
        OpenedDatabase db(cli.dbPath());
        before = db.count(QStringLiteral("contact"));
    }

    killAtRandom(
        cli, { QStringLiteral("sync"), QStringLiteral("import"), bundle },
        [](OpenedDatabase& db) {
            const auto peer
                = SyncState(db.session().database()).peer(QStringLiteral("field-laptop"));
            return QStringLiteral("contacts %1, changes %2, the laptop's bundle %3")
                .arg(db.count(QStringLiteral("contact")))
                .arg(db.changes())
                .arg(peer && !peer->lastReceivedAt.isEmpty() ? QStringLiteral("received")
                                                             : QStringLiteral("not received"));
        },
        20260615);

    OpenedDatabase db(cli.dbPath());
    CHECK(db.count(QStringLiteral("contact")) == before + contacts);
}

TEST_CASE("An address-book import killed at any moment is all or nothing", "[cli][crash]")
{
    CliRunner cli;
    cli.init();
    const int rows = 1500;
    const QString file = writeAddressBook(cli.path(QStringLiteral("adresai.csv")), rows);
    qint64 contacts = 0, companies = 0;
    {
        OpenedDatabase db(cli.dbPath());
        contacts = db.count(QStringLiteral("contact"));
        companies = db.count(QStringLiteral("company"));
    }

    killAtRandom(
        cli, { QStringLiteral("import"), QStringLiteral("csv"), file },
        [](OpenedDatabase& db) {
            return QStringLiteral("contacts %1, companies %2, taggings %3, changes %4")
                .arg(db.count(QStringLiteral("contact")))
                .arg(db.count(QStringLiteral("company")))
                .arg(db.count(QStringLiteral("tagging")))
                .arg(db.changes());
        },
        20260616);

    // "All" is every row: each person once, with their company and their tag.
    OpenedDatabase db(cli.dbPath());
    CHECK(db.count(QStringLiteral("contact")) == contacts + rows);
    CHECK(db.count(QStringLiteral("tagging")) == rows);
    CHECK(db.count(QStringLiteral("company")) == companies + rows / 20);
    // Names keep their letters.
    CHECK(db.count(QStringLiteral("contact"), { { QStringLiteral("last_name"), str("Țăranu") } })
        > 0);
}

TEST_CASE("A contact merge killed at any moment moves every link or none", "[cli][crash]")
{
    CliRunner cli;
    cli.init();
    const int history = 1500;
    const QPair<QString, QString> pair = twoRutas(cli.dbPath(), history);
    const QString keep = pair.first, other = pair.second;
    QMap<QString, qint64> linksBefore;
    {
        OpenedDatabase db(cli.dbPath());
        linksBefore = linksTo(db, other);
    }

    killAtRandom(
        cli, { QStringLiteral("merge"), kContact, keep, other },
        [&](OpenedDatabase& db) {
            const auto gone = db.records().get(kContact, other, true);
            REQUIRE(gone);
            return QStringLiteral("other: %1, merged into %2, links %3; kept: links %4; changes %5")
                .arg(gone->deleted ? QStringLiteral("deleted") : QStringLiteral("live"),
                    gone->text(QStringLiteral("merged_into_id")), describe(linksTo(db, other)),
                    describe(linksTo(db, keep)))
                .arg(db.changes());
        },
        20260617);

    // "All": the other Rūta merged away, everything that was hers now on the one kept.
    OpenedDatabase db(cli.dbPath());
    const auto gone = db.records().get(kContact, other, true);
    REQUIRE(gone);
    CHECK(gone->deleted);
    CHECK(gone->text(QStringLiteral("merged_into_id")) == keep);
    const QMap<QString, qint64> kept = linksTo(db, keep);
    const QMap<QString, qint64> left = linksTo(db, other);
    for (auto it = linksBefore.begin(); it != linksBefore.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(left.value(it.key()) == 0);
        if (it.key() != QLatin1String("contact_point.contact_id")) // her e-mail became one
            CHECK(kept.value(it.key()) == it.value());
    }
    CHECK(kept.value(QStringLiteral("activity.contact_id")) == history);
}

TEST_CASE("A lead conversion killed at any moment is all or nothing", "[cli][crash]")
{
    CliRunner cli;
    cli.init();
    const int history = 1500;
    const QString lead = busyLead(cli.dbPath(), history);

    const auto ofLead = [lead](const char* field, const QVariant& value) {
        return QList<QPair<QString, QVariant>> { { QStringLiteral("lead_id"), lead },
            { QLatin1String(field), value } };
    };
    killAtRandom(
        cli, { QStringLiteral("convert"), QStringLiteral("lead"), lead },
        [&](OpenedDatabase& db) {
            const auto l = db.records().get(QStringLiteral("lead"), lead);
            REQUIRE(l);
            // Ids are new on every run: whether the lead names a deal, not which.
            const bool hasDeal
                = db.records()
                      .get(QStringLiteral("deal"), l->text(QStringLiteral("deal_id")))
                      .has_value();
            return QStringLiteral("lead %1, %2; deals from it %3, companies %4, contacts %5; "
                                  "lead activities without a deal %6, done %7; "
                                  "attachments on the lead %8, on deals %9; changes %10")
                .arg(l->text(QStringLiteral("status")),
                    hasDeal ? QStringLiteral("names its deal") : QStringLiteral("no deal"))
                .arg(db.count(QStringLiteral("deal"), { { QStringLiteral("lead_id"), lead } }))
                .arg(db.count(QStringLiteral("company")))
                .arg(db.count(kContact))
                .arg(db.count(QStringLiteral("activity"), ofLead("deal_id", QVariant())))
                .arg(db.count(QStringLiteral("activity"), ofLead("done", true)))
                .arg(db.count(QStringLiteral("attachment"),
                    { { QStringLiteral("entity"), QStringLiteral("lead") } }))
                .arg(db.count(QStringLiteral("attachment"),
                    { { QStringLiteral("entity"), QStringLiteral("deal") } }))
                .arg(db.changes());
        },
        20260618);

    // "All": a deal with its company and contact, carrying every activity and document.
    OpenedDatabase db(cli.dbPath());
    const auto l = db.records().get(QStringLiteral("lead"), lead);
    REQUIRE(l);
    CHECK(l->text(QStringLiteral("status")) == QStringLiteral("converted"));
    const QString deal = l->text(QStringLiteral("deal_id"));
    REQUIRE(db.records().get(QStringLiteral("deal"), deal));
    const QString company = l->text(QStringLiteral("company_id"));
    const QString contact = l->text(QStringLiteral("contact_id"));
    CHECK(db.records().labelOf(QStringLiteral("company"), company) == str("UAB Žalioji užeiga"));
    CHECK(db.records().get(kContact, contact));
    // The lead's own first-contact task counts too.
    CHECK(db.count(QStringLiteral("activity"),
              { { QStringLiteral("lead_id"), lead }, { QStringLiteral("deal_id"), deal },
                  { QStringLiteral("company_id"), company },
                  { QStringLiteral("contact_id"), contact } })
        == history + 1);
    CHECK(db.count(QStringLiteral("attachment"),
              { { QStringLiteral("entity"), QStringLiteral("deal") },
                  { QStringLiteral("record_id"), deal } })
        == history / 10);
}
