// Sync between copies: per-field merge, conflicts listed and settled, deletes against edits.
#include "SyncPeers.h"

#include "services/RecordMerge.h"
#include "store/CanonicalDump.h"

#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::SyncPeers;

namespace {

QString field(
    tandem::test::TestDatabase& db, const QString& entity, const QString& id, const QString& name)
{
    const auto r = db.records().get(entity, id, true);
    return r ? r->text(name) : QStringLiteral("<missing>");
}

} // namespace

TEST_CASE("A new copy receives everything and dumps the same", "[sync]")
{
    SyncPeers peers(2);
    CHECK(peers.at(1).session().isInitialised());
    CHECK(peers.at(1).session().defaultCurrency() == QStringLiteral("EUR"));
    CHECK(peers.dump(0) == peers.dump(1));
    CHECK(peers.at(1).session().search().search(QStringLiteral("rep")).size() == 1);
}

TEST_CASE("Edits of different fields of one contact are both kept", "[sync]")
{
    SyncPeers peers(2);
    const QString ona = create(peers.at(0).records(), QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Ona") },
            { QStringLiteral("last_name"), QStringLiteral("Petraitienė") } });
    peers.send(0, 1);
    REQUIRE(peers.at(0).records().update(
        QStringLiteral("contact"), ona, { { QStringLiteral("title"), QStringLiteral("CEO") } }));
    REQUIRE(peers.at(1).records().update(QStringLiteral("contact"), ona,
        { { QStringLiteral("phone"), QStringLiteral("+370 600 12345") } }));
    peers.exchangeAll();
    for (int i = 0; i < 2; ++i) {
        CHECK(field(peers.at(i), QStringLiteral("contact"), ona, QStringLiteral("title"))
            == QStringLiteral("CEO"));
        CHECK(field(peers.at(i), QStringLiteral("contact"), ona, QStringLiteral("phone"))
            == QStringLiteral("+370 600 12345"));
        CHECK(peers.sync(i).conflicts().isEmpty());
    }
    CHECK(peers.dump(0) == peers.dump(1));
}

TEST_CASE(
    "Concurrent edits of one field: same winner everywhere, listed, and can be flipped", "[sync]")
{
    SyncPeers peers(3);
    const QString deal = create(peers.at(0).records(), QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Warsaw office") },
            { QStringLiteral("amount"), QStringLiteral("1000") } });
    peers.send(0, 1);
    peers.send(0, 2);
    REQUIRE(peers.at(1).records().update(
        QStringLiteral("deal"), deal, { { QStringLiteral("amount"), QStringLiteral("1200") } }));
    peers.at(2).clock().advanceMs(5000); // the later edit wins
    REQUIRE(peers.at(2).records().update(
        QStringLiteral("deal"), deal, { { QStringLiteral("amount"), QStringLiteral("1500") } }));
    peers.exchangeAll();

    for (int i = 0; i < 3; ++i) {
        INFO("copy " << i);
        CHECK(field(peers.at(i), QStringLiteral("deal"), deal, QStringLiteral("amount"))
            == QStringLiteral("150000"));
        const auto conflicts = peers.sync(i).conflicts();
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts.first().field == QStringLiteral("amount"));
        CHECK(conflicts.first().keptValue.toLongLong() == 150000);
        CHECK(conflicts.first().otherValue.toLongLong() == 120000);
        CHECK(conflicts.first().id == peers.sync(0).conflicts().first().id);
    }

    // Copy 0's user reviews it and takes the other value; the choice syncs like an edit.
    REQUIRE(peers.sync(0).resolve(peers.sync(0).conflicts().first().id, Resolution::TakeOther));
    CHECK(peers.sync(0).conflicts().isEmpty());
    peers.exchangeAll();
    for (int i = 0; i < 3; ++i) {
        CHECK(field(peers.at(i), QStringLiteral("deal"), deal, QStringLiteral("amount"))
            == QStringLiteral("120000"));
        CHECK(peers.sync(i).conflicts().isEmpty());
    }
    CHECK(peers.dump(0) == peers.dump(1));
    CHECK(peers.dump(1) == peers.dump(2));
}

TEST_CASE("Concurrent edits of several fields at once are listed field by field", "[sync]")
{
    // Both laptops change a deal's title and amount in one save: each write logs its fields under
    // one clock reading, and each field's conflict must name that field's values.
    SyncPeers peers(2);
    const QString deal = create(peers.at(0).records(), QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Warsaw office") },
            { QStringLiteral("amount"), QStringLiteral("1000") } });
    peers.send(0, 1);
    REQUIRE(peers.at(0).records().update(QStringLiteral("deal"), deal,
        { { QStringLiteral("title"), QStringLiteral("Warsaw HQ") },
            { QStringLiteral("amount"), QStringLiteral("1200") } }));
    peers.at(1).clock().advanceMs(5000);
    REQUIRE(peers.at(1).records().update(QStringLiteral("deal"), deal,
        { { QStringLiteral("title"), QStringLiteral("Warsaw office fit-out") },
            { QStringLiteral("amount"), QStringLiteral("1500") } }));
    peers.exchangeAll();

    QHash<QString, Conflict> byField;
    for (const Conflict& c : peers.sync(0).conflicts())
        byField.insert(c.field, c);
    REQUIRE(byField.size() == 2);
    CHECK(byField.value(QStringLiteral("title")).otherValue.toString()
        == QStringLiteral("Warsaw HQ"));
    CHECK(byField.value(QStringLiteral("amount")).otherValue.toLongLong() == 120000);

    // Taking the other title writes the title, not the amount of the same save.
    REQUIRE(
        peers.sync(0).resolve(byField.value(QStringLiteral("title")).id, Resolution::TakeOther));
    CHECK(field(peers.at(0), QStringLiteral("deal"), deal, QStringLiteral("title"))
        == QStringLiteral("Warsaw HQ"));
    CHECK(field(peers.at(0), QStringLiteral("deal"), deal, QStringLiteral("amount"))
        == QStringLiteral("150000"));
}

TEST_CASE("A delete beats a concurrent edit, which is listed and can be restored", "[sync]")
{
    SyncPeers peers(2);
    const QString company = create(peers.at(0).records(), QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("SC Delta SRL") } });
    peers.send(0, 1);
    REQUIRE(peers.at(0).records().remove(QStringLiteral("company"), company));
    REQUIRE(peers.at(1).records().update(QStringLiteral("company"), company,
        { { QStringLiteral("city"), QStringLiteral("Iași") } }));
    peers.exchangeAll();

    for (int i = 0; i < 2; ++i) {
        CHECK_FALSE(peers.at(i).records().get(QStringLiteral("company"), company));
        const auto conflicts = peers.sync(i).conflicts();
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts.first().keptIsDelete);
        CHECK(conflicts.first().otherValue.toString() == QStringLiteral("Iași"));
    }
    REQUIRE(peers.sync(1).resolve(peers.sync(1).conflicts().first().id, Resolution::TakeOther));
    peers.exchangeAll();
    for (int i = 0; i < 2; ++i) {
        REQUIRE(peers.at(i).records().get(QStringLiteral("company"), company));
        CHECK(field(peers.at(i), QStringLiteral("company"), company, QStringLiteral("city"))
            == QStringLiteral("Iași"));
        CHECK(peers.sync(i).conflicts().isEmpty());
    }
}

TEST_CASE("Importing the same bundle twice changes nothing", "[sync]")
{
    SyncPeers peers(2);
    create(peers.at(0).records(), QStringLiteral("contact"),
        { { QStringLiteral("last_name"), QStringLiteral("Kowalska") } });
    const Bundle b = peers.sync(0).makeBundle();
    auto first = peers.sync(1).importBundle(b);
    REQUIRE(first.ok());
    CHECK(first->newChanges == 1);
    const QByteArray after = peers.dump(1);
    const qint64 log = peers.at(1).session().changeLog().count();
    auto again = peers.sync(1).importBundle(b);
    REQUIRE(again.ok());
    CHECK(again->newChanges == 0);
    CHECK(peers.dump(1) == after);
    CHECK(peers.at(1).session().changeLog().count() == log);
}

TEST_CASE("A bundle for a peer holds only what the peer lacks", "[sync]")
{
    SyncPeers peers(2);
    peers.send(1, 0); // copy 1 tells copy 0 what it has
    CHECK(peers.sync(0).makeBundle(peers.at(1).session().siteId()).changes.isEmpty());
    create(peers.at(0).records(), QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("ТОВ Новий") } });
    const Bundle b = peers.sync(0).makeBundle(peers.at(1).session().siteId());
    REQUIRE(b.changes.size() == 1);
    CHECK(b.changes.first().op == ChangeOp::Create);
    CHECK(peers.sync(0).makeBundle().changes.size() > 10); // a full export holds everything
}

TEST_CASE(
    "A merge made on one copy pulls along what another copy linked to the merged-away contact",
    "[sync][merge]")
{
    SyncPeers peers(2);
    RecordStore& office = peers.at(0).records();
    const QString jonas = create(office, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Jonas") },
            { QStringLiteral("last_name"), QStringLiteral("Jonaitis") },
            { QStringLiteral("email"), QStringLiteral("jonas@baltic.lt") } });
    const QString twin = create(office, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Jonas") },
            { QStringLiteral("last_name"), QStringLiteral("Jonaitis") },
            { QStringLiteral("email"), QStringLiteral("jonas@baltic.lt") } });
    peers.send(0, 1);

    // The office merges the twin away while the laptop, offline, logs a call with the twin.
    REQUIRE(RecordMerge::merge(peers.at(0).session(), QStringLiteral("contact"), jonas, twin));
    const QString call = create(peers.at(1).records(), QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("subject"), QStringLiteral("Price list") },
            { QStringLiteral("contact_id"), twin } });
    const QString deal = create(peers.at(1).records(), QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Oak boards") },
            { QStringLiteral("contact_id"), twin } });

    peers.exchangeAll();
    for (int i = 0; i < 2; ++i) {
        INFO("copy " << i);
        CHECK(field(peers.at(i), QStringLiteral("activity"), call, QStringLiteral("contact_id"))
            == jonas);
        CHECK(field(peers.at(i), QStringLiteral("deal"), deal, QStringLiteral("contact_id"))
            == jonas);
        CHECK(field(peers.at(i), QStringLiteral("contact"), twin, QStringLiteral("merged_into_id"))
            == jonas);
        CHECK_FALSE(peers.at(i).records().get(QStringLiteral("contact"), twin));
        CHECK(peers.sync(i).conflicts().isEmpty());
    }
    CHECK(peers.dump(0) == peers.dump(1));
}

TEST_CASE(
    "Two copies merging a pair each the other way round end with one of them, the same everywhere",
    "[sync][merge]")
{
    SyncPeers peers(3);
    RecordStore& office = peers.at(0).records();
    const QString a = create(office, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("Baltic Wood") } });
    const QString b = create(office, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("Baltic Wood UAB") } });
    const QString person = create(office, QStringLiteral("contact"),
        { { QStringLiteral("last_name"), QStringLiteral("Petraitis") },
            { QStringLiteral("company_id"), b } });
    peers.exchangeAll();

    REQUIRE(RecordMerge::merge(peers.at(0).session(), QStringLiteral("company"), a, b));
    REQUIRE(RecordMerge::merge(peers.at(1).session(), QStringLiteral("company"), b, a));
    peers.exchangeAll();

    const QString survivor = qMin(a, b);
    const QString gone = qMax(a, b);
    for (int i = 0; i < 3; ++i) {
        INFO("copy " << i);
        CHECK(peers.at(i).records().get(QStringLiteral("company"), survivor));
        CHECK_FALSE(peers.at(i).records().get(QStringLiteral("company"), gone));
        CHECK(field(peers.at(i), QStringLiteral("contact"), person, QStringLiteral("company_id"))
            == survivor);
        CHECK(peers.dump(i) == peers.dump(0));
    }
}

TEST_CASE("The same person entered on two laptops is proposed for merging after the sync",
    "[sync][merge]")
{
    SyncPeers peers(2);
    create(peers.at(0).records(), QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Ona") },
            { QStringLiteral("last_name"), QStringLiteral("Petraitienė") },
            { QStringLiteral("mobile"), QStringLiteral("+370 612 34567") } });
    create(peers.at(1).records(), QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Ona") },
            { QStringLiteral("last_name"), QStringLiteral("Petraitiene") },
            { QStringLiteral("phone"), QStringLiteral("8 612 34567") },
            { QStringLiteral("country"), QStringLiteral("LT") } });
    create(peers.at(1).records(), QStringLiteral("contact"),
        { {
              QStringLiteral("first_name"),
              QStringLiteral("Someone"),
          },
            { QStringLiteral("last_name"), QStringLiteral("Else") } });
    const ImportStats stats = peers.send(1, 0);
    CHECK(stats.contactsArrived.size() == 2);
    CHECK(peers.sync(0).possibleDuplicates(stats.contactsArrived) == 1);
    // Nothing arrived: nothing to propose.
    CHECK(peers.sync(0).possibleDuplicates({}) == 0);
}
