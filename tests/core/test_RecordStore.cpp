// The write path: validation, tombstones, and the change log written in the same transaction.
#include "TestDatabase.h"

#include "store/Transaction.h"

#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::TestDatabase;

namespace {

QVariantMap contactValues()
{
    return { { QStringLiteral("first_name"), QStringLiteral("Šarūnas") },
        { QStringLiteral("last_name"), QStringLiteral("Kazlauskas") },
        { QStringLiteral("email"), QStringLiteral("sarunas@baltic.lt") } };
}

} // namespace

TEST_CASE("Creating a record stores it and logs one create entry", "[store]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const qint64 logBefore = db->session().changeLog().count();

    const QString id = create(rs, QStringLiteral("contact"), contactValues());
    const auto rec = rs.get(QStringLiteral("contact"), id);
    REQUIRE(rec);
    CHECK(rec->text(QStringLiteral("first_name")) == QStringLiteral("Šarūnas"));
    CHECK(rs.label(*rec) == QStringLiteral("Šarūnas Kazlauskas"));
    CHECK(rec->text(QStringLiteral("created_by")) == db->session().currentUserId());

    const auto changes = db->session().changeLog().forRecord(QStringLiteral("contact"), id);
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().op == ChangeOp::Create);
    CHECK(changes.first().siteId == QStringLiteral("site-a"));
    CHECK(changes.first().value.toString().contains(QStringLiteral("Kazlauskas")));
    CHECK(db->session().changeLog().count() == logBefore + 1);
}

TEST_CASE("Updating logs exactly the fields that changed", "[store]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString id = create(rs, QStringLiteral("contact"), contactValues());

    REQUIRE(rs.update(QStringLiteral("contact"), id,
        { { QStringLiteral("title"), QStringLiteral("Sales director") },
            { QStringLiteral("first_name"), QStringLiteral("Šarūnas") } })); // unchanged
    const auto changes = db->session().changeLog().forRecord(QStringLiteral("contact"), id);
    REQUIRE(changes.size() == 2);
    CHECK(changes.last().op == ChangeOp::Set);
    CHECK(changes.last().field == QStringLiteral("title"));
    CHECK(changes.last().value.toString() == QStringLiteral("Sales director"));
    CHECK(changes.last().hlc > changes.first().hlc);

    SECTION("an update that changes nothing logs nothing")
    {
        REQUIRE(rs.update(QStringLiteral("contact"), id,
            { { QStringLiteral("title"), QStringLiteral("Sales director") } }));
        CHECK(db->session().changeLog().forRecord(QStringLiteral("contact"), id).size() == 2);
    }
}

TEST_CASE("Bad values are refused with the field named, and nothing is written", "[store]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString companyId = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("Łódź Meble Sp. z o.o.") } });
    const qint64 logBefore = db->session().changeLog().count();
    const qint64 contactsBefore = *rs.count(QStringLiteral("contact"));

    struct Case {
        QVariantMap values;
        QString field;
        QString text;
    };
    const QList<Case> cases {
        { { { QStringLiteral("last_name"), QStringLiteral("Nowak") },
              { QStringLiteral("email"), QStringLiteral("nowak-at-firma.pl") } },
            QStringLiteral("email"), QStringLiteral("is not an e-mail address") },
        { { { QStringLiteral("last_name"), QStringLiteral("Nowak") },
              { QStringLiteral("shoe_size"), 42 } },
            QStringLiteral("shoe_size"), QStringLiteral("unknown field") },
        { { { QStringLiteral("last_name"), QStringLiteral("Nowak") },
              { QStringLiteral("status"), QStringLiteral("sleepy") } },
            QStringLiteral("status"), QStringLiteral("is not one of") },
        { { { QStringLiteral("last_name"), QStringLiteral("Nowak") },
              { QStringLiteral("company_id"),
                  QStringLiteral("0190aaaa-0000-7000-8000-000000000000") } },
            QStringLiteral("company_id"), QStringLiteral("there is no company") },
        { { { QStringLiteral("last_name"), QStringLiteral("Nowak") },
              { QStringLiteral("birthday"), QStringLiteral("31.02.1990") } },
            QStringLiteral("birthday"), QStringLiteral("is not a date") },
        { { { QStringLiteral("title"), QStringLiteral("CEO") } }, QStringLiteral("first_name"),
            QStringLiteral("at least one of") },
    };
    for (const Case& c : cases) {
        INFO(c.field.toStdString());
        auto r = rs.create(QStringLiteral("contact"), c.values);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == c.field);
        CHECK(r.error().message.contains(c.text));
    }
    auto badDeal = rs.create(QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Meble") },
            { QStringLiteral("company_id"), companyId },
            { QStringLiteral("amount"), QStringLiteral("12.345") } });
    REQUIRE_FALSE(badDeal.ok());
    CHECK(badDeal.error().field == QStringLiteral("amount"));

    CHECK(*rs.count(QStringLiteral("contact")) == contactsBefore);
    CHECK(*rs.count(QStringLiteral("deal")) == 0);
    CHECK(db->session().changeLog().count() == logBefore);
}

TEST_CASE("Money is kept in minor units of the record's currency", "[store]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString eur = create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Vilnius office") },
            { QStringLiteral("amount"), QStringLiteral("1250.50") } });
    const QString jpy = create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Tokyo") },
            { QStringLiteral("currency"), QStringLiteral("jpy") },
            { QStringLiteral("amount"), QStringLiteral("1250") } });
    CHECK(rs.get(QStringLiteral("deal"), eur)->value(QStringLiteral("amount")).toLongLong()
        == 125050);
    CHECK(rs.get(QStringLiteral("deal"), eur)->text(QStringLiteral("currency"))
        == QStringLiteral("EUR")); // the default
    CHECK(
        rs.get(QStringLiteral("deal"), jpy)->value(QStringLiteral("amount")).toLongLong() == 1250);
    CHECK(rs.get(QStringLiteral("deal"), jpy)->text(QStringLiteral("currency"))
        == QStringLiteral("JPY"));
    CHECK(rs.toJson(*rs.get(QStringLiteral("deal"), eur)).value(QStringLiteral("amount")).toString()
        == QStringLiteral("1250.50"));
}

TEST_CASE("Deleting leaves a tombstone that can be restored", "[store]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString id = create(rs, QStringLiteral("contact"), contactValues());
    REQUIRE(rs.remove(QStringLiteral("contact"), id));

    CHECK_FALSE(rs.get(QStringLiteral("contact"), id));
    CHECK(rs.get(QStringLiteral("contact"), id, true)->deleted);
    CHECK(*rs.count(QStringLiteral("contact")) == 0);
    CHECK(db->session().search().search(QStringLiteral("kazlausk")).isEmpty());
    CHECK(db->session().changeLog().forRecord(QStringLiteral("contact"), id).last().op
        == ChangeOp::Delete);
    CHECK_FALSE(rs.remove(QStringLiteral("contact"), id).ok()); // already gone

    REQUIRE(rs.restore(QStringLiteral("contact"), id));
    CHECK(rs.get(QStringLiteral("contact"), id));
    CHECK(db->session().search().search(QStringLiteral("kazlausk")).size() == 1);
}

TEST_CASE("A task is an activity of kind task", "[store]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString task = create(rs, QStringLiteral("task"),
        { { QStringLiteral("subject"), QStringLiteral("Call back Ona") },
            { QStringLiteral("due_at"), QStringLiteral("2026-06-16T08:00:00Z") } });
    create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("subject"), QStringLiteral("Intro call") } });
    CHECK(rs.get(QStringLiteral("activity"), task)->text(QStringLiteral("kind"))
        == QStringLiteral("task"));
    CHECK(*rs.count(QStringLiteral("task")) == 1);
    CHECK(*rs.count(QStringLiteral("activity")) == 2);
    auto wrongKind
        = rs.create(QStringLiteral("task"), { { QStringLiteral("kind"), QStringLiteral("call") } });
    REQUIRE_FALSE(wrongKind.ok());
    CHECK(wrongKind.error().field == QStringLiteral("kind"));
    CHECK(rs.history(QStringLiteral("task"), task).size() >= 2);
}

TEST_CASE("A multi-record operation is all or nothing", "[store]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const qint64 logBefore = db->session().changeLog().count();
    {
        Transaction tx(db->session().database());
        create(rs, QStringLiteral("company"),
            { { QStringLiteral("name"), QStringLiteral("UAB Pirmas") } });
        create(rs, QStringLiteral("company"),
            { { QStringLiteral("name"), QStringLiteral("UAB Antras") } });
        // no commit: the guard rolls back both records and their log entries
    }
    CHECK(*rs.count(QStringLiteral("company")) == 0);
    CHECK(db->session().changeLog().count() == logBefore);
    CHECK(db->session().search().search(QStringLiteral("pirmas")).isEmpty());
}

TEST_CASE("History says who changed what, and when", "[store][history]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString id = create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Kyiv warehouse") },
            { QStringLiteral("amount"), QStringLiteral("900") },
            { QStringLiteral("currency"), QStringLiteral("UAH") } });
    const QString olena = create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Олена Коваленко") } });
    db->clock().advanceMs(3600 * 1000);
    REQUIRE(db->session().setCurrentUser(olena));
    REQUIRE(rs.update(
        QStringLiteral("deal"), id, { { QStringLiteral("amount"), QStringLiteral("1500.25") } }));

    const auto h = rs.history(QStringLiteral("deal"), id);
    REQUIRE(h.size() == 4); // created with title, amount, currency; then amount changed
    CHECK(h.first().userName == QStringLiteral("Tester"));
    CHECK(h.first().op == ChangeOp::Create);
    CHECK(h.last().userName == QStringLiteral("Олена Коваленко"));
    CHECK(h.last().field == QStringLiteral("amount"));
    CHECK(h.last().value == QStringLiteral("1500.25"));
    CHECK(h.last().when.toString(Qt::ISODate).startsWith(QStringLiteral("2026-06-15T10:")));
    CHECK(h.last().when > h.first().when);
}

TEST_CASE("Each change names the versions it supersedes", "[store][sync]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    ChangeLog& log = db->session().changeLog();
    const QString id = create(rs, QStringLiteral("company"), { { QStringLiteral("name"), QStringLiteral("SRL Unu") } });
    const QString created = log.forRecord(QStringLiteral("company"), id).first().token();
    CHECK(log.heads(QStringLiteral("company"), id).forField(QStringLiteral("name")) == QStringList { created });

    REQUIRE(rs.update(QStringLiteral("company"), id, { { QStringLiteral("name"), QStringLiteral("SRL Doi") } }));
    const Change rename = log.forRecord(QStringLiteral("company"), id).last();
    CHECK(rename.prev == QStringList { created }); // the first edit supersedes the creation
    CHECK(log.heads(QStringLiteral("company"), id).forField(QStringLiteral("name")) == QStringList { rename.token() });
    CHECK(log.heads(QStringLiteral("company"), id).forField(QStringLiteral("city")) == QStringList { created });

    REQUIRE(rs.remove(QStringLiteral("company"), id));
    const Change del = log.forRecord(QStringLiteral("company"), id).last();
    CHECK(del.prev.contains(rename.token()));
    CHECK(del.prev.contains(created));
    CHECK(log.heads(QStringLiteral("company"), id).forField(QString()) == QStringList { del.token() });
}

TEST_CASE("A failed step inside a larger operation fails the whole operation", "[store]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    Transaction outer(db->session().database());
    create(rs, QStringLiteral("company"), { { QStringLiteral("name"), QStringLiteral("UAB Pirmas") } });
    {
        Transaction inner(db->session().database());
        create(rs, QStringLiteral("company"), { { QStringLiteral("name"), QStringLiteral("UAB Antras") } });
        // inner ends without commit: a step of the operation failed
    }
    auto r = outer.commit();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("Nothing was saved")));
    CHECK(*rs.count(QStringLiteral("company")) == 0);
}

TEST_CASE("Changing a record's currency keeps its amounts as written", "[store]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString deal = create(rs, QStringLiteral("deal"), { { QStringLiteral("title"), QStringLiteral("Tokyo") },
                                                               { QStringLiteral("amount"), QStringLiteral("1250") } });
    REQUIRE(rs.update(QStringLiteral("deal"), deal, { { QStringLiteral("currency"), QStringLiteral("JPY") } }));
    CHECK(rs.toJson(*rs.get(QStringLiteral("deal"), deal)).value(QStringLiteral("amount")).toString() == QStringLiteral("1250"));
    REQUIRE(rs.update(QStringLiteral("deal"), deal, { { QStringLiteral("currency"), QStringLiteral("KWD") } }));
    CHECK(rs.toJson(*rs.get(QStringLiteral("deal"), deal)).value(QStringLiteral("amount")).toString() == QStringLiteral("1250.000"));

    const QString cents = create(rs, QStringLiteral("deal"), { { QStringLiteral("title"), QStringLiteral("Cents") },
                                                                { QStringLiteral("amount"), QStringLiteral("10.55") } });
    auto refused = rs.update(QStringLiteral("deal"), cents, { { QStringLiteral("currency"), QStringLiteral("JPY") } });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("amount"));
    CHECK(rs.get(QStringLiteral("deal"), cents)->text(QStringLiteral("currency")) == QStringLiteral("EUR"));
}

TEST_CASE("Ids are found whatever their letter case", "[store]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString id = create(rs, QStringLiteral("contact"), { { QStringLiteral("last_name"), QStringLiteral("Popa") } });
    REQUIRE(rs.update(QStringLiteral("contact"), id.toUpper(), { { QStringLiteral("city"), QStringLiteral("Cluj") } }));
    CHECK(rs.get(QStringLiteral("contact"), id)->text(QStringLiteral("city")) == QStringLiteral("Cluj"));
    CHECK(db->session().changeLog().forRecord(QStringLiteral("contact"), id).size() == 2);
    REQUIRE(rs.remove(QStringLiteral("contact"), id.toUpper()));
    CHECK_FALSE(rs.get(QStringLiteral("contact"), id));
}
