// Cases after the sale on a small fixed set of cases around March 2026, the report run on
// 10 April 2026 at noon; every expected figure is worked out by hand from the table below.
#include "TestDatabase.h"
#include "reports/ReportCatalog.h"

#include "ReportTestSupport.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

//      owner kind      opened  respond by  answered     resolve by  resolved     score status
// c1   Ona   complaint 03-02   03-02 14:00 03-02 12:00  03-04       03-03        5     resolved
// c2   Ona   request   03-10   03-11       03-12 (late) 03-20       03-25 (late) 3     closed
// c3   Rasa  complaint 03-15   03-16       —            04-01       —            —     new
// c4   Rasa  question  03-20   04-20       —            05-01       —            —     new
// c5   Ona   request   02-20   02-21       02-20 11:00  03-06       03-05        4     resolved
// c6   Rasa  request   04-02   04-03       —            —           —            —     new
// c7   Ona   complaint 03-03, removed.
// Times are 10:00 UTC unless given.
struct Fixture {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();
    QString ona, rasa, c1, c2, c3, c4, c5, c6;

    Fixture()
    {
        RecordStore& rs = db->records();
        ona = create(rs, str("user"), { { str("name"), str("Ona") } });
        rasa = create(rs, str("user"), { { str("name"), str("Rasa") } });
        c1 = add(at(3, 2), ona, "complaint",
            { { str("respond_by"), at(3, 2, 14) }, { str("responded_at"), at(3, 2, 12) },
                { str("resolve_by"), at(3, 4) }, { str("resolved_at"), at(3, 3) },
                { str("satisfaction"), 5 }, { str("status"), str("resolved") } });
        c2 = add(at(3, 10), ona, "request",
            { { str("respond_by"), at(3, 11) }, { str("responded_at"), at(3, 12) },
                { str("resolve_by"), at(3, 20) }, { str("resolved_at"), at(3, 25) },
                { str("satisfaction"), 3 }, { str("status"), str("closed") } });
        c3 = add(at(3, 15), rasa, "complaint",
            { { str("respond_by"), at(3, 16) }, { str("resolve_by"), at(4, 1) } });
        c4 = add(at(3, 20), rasa, "question",
            { { str("respond_by"), at(4, 20) }, { str("resolve_by"), at(5, 1) } });
        c5 = add(at(2, 20), ona, "request",
            { { str("respond_by"), at(2, 21) }, { str("responded_at"), at(2, 20, 11) },
                { str("resolve_by"), at(3, 6) }, { str("resolved_at"), at(3, 5) },
                { str("satisfaction"), 4 }, { str("status"), str("resolved") } });
        c6 = add(at(4, 2), rasa, "request", { { str("respond_by"), at(4, 3) } });
        const QString c7 = add(at(3, 3), ona, "complaint", {});
        REQUIRE(rs.remove(str("case"), c7));
    }

    QString add(const QDateTime& opened, const QString& owner, const char* kind, QVariantMap more)
    {
        db->clock().set(opened);
        more.insert(str("subject"), str("Case"));
        more.insert(str("owner_id"), owner);
        more.insert(str("kind"), str(kind));
        if (!more.contains(str("status")))
            more.insert(str("status"), str("new"));
        return create(db->records(), str("case"), more);
    }

    ReportTable run(const QString& by = str("owner"))
    {
        ReportParams p;
        p.from = QDate(2026, 3, 1);
        p.to = QDate(2026, 3, 31);
        p.today = QDate(2026, 4, 10);
        p.options.insert(str("by"), by);
        db->clock().set(at(4, 10, 12));
        auto t = Reports::run(db->session(), str("cases"), p);
        if (!t)
            FAIL(t.error().toString().toStdString());
        return *t;
    }
};

} // namespace

TEST_CASE("Cases per owner: opened, resolved, in time, first answer, satisfaction, open now",
    "[reports][cases]")
{
    Fixture f;
    const ReportTable t = f.run();
    REQUIRE(keys(t) == QStringList { f.ona, f.rasa, str("total") });

    // Ona opened c1 and c2 in March, and resolved c1, c2 and c5 (opened in February) in March.
    CHECK(value(t, f.ona, "opened").toLongLong() == 2);
    CHECK(value(t, f.ona, "resolved").toLongLong() == 3);
    CHECK(ids(t, f.ona, "resolved") == QSet<QString> { f.c1, f.c2, f.c5 });
    // Answered in time: c1 yes, c2 no → 50 %. Resolved in time: c1 and c5 yes, c2 no → 66.7 %.
    CHECK(value(t, f.ona, "answered_in_time").toDouble() == Approx(50.0));
    CHECK(value(t, f.ona, "resolved_in_time").toDouble() == Approx(200.0 / 3));
    // First answer: c1 after 2 h, c2 after 48 h → 25 h (c5 was opened in February).
    CHECK(value(t, f.ona, "response_hours").toDouble() == Approx(25.0));
    // Scores of the cases resolved in March: 5, 3, 4 → 4.0.
    CHECK(value(t, f.ona, "satisfaction").toDouble() == Approx(4.0));
    CHECK(value(t, f.ona, "scored").toLongLong() == 3);
    CHECK(value(t, f.ona, "open").toLongLong() == 0);

    // Rasa opened c3 and c4 (c6 in April). c3 is past its response deadline unanswered: late;
    // c4's is not due yet: not judged → 0 of 1.
    CHECK(value(t, f.rasa, "opened").toLongLong() == 2);
    CHECK(value(t, f.rasa, "resolved").toLongLong() == 0);
    CHECK(value(t, f.rasa, "answered_in_time").toDouble() == Approx(0.0));
    CHECK(value(t, f.rasa, "resolved_in_time").isNull());
    CHECK(value(t, f.rasa, "satisfaction").isNull());
    // Open now: c3, c4, c6; overdue now: c3 (both deadlines passed) and c6 (response).
    CHECK(value(t, f.rasa, "open").toLongLong() == 3);
    CHECK(value(t, f.rasa, "overdue").toLongLong() == 2);
    CHECK(ids(t, f.rasa, "overdue") == QSet<QString> { f.c3, f.c6 });

    CHECK(value(t, str("total"), "opened").toLongLong() == 4);
    CHECK(value(t, str("total"), "resolved").toLongLong() == 3);
    CHECK(value(t, str("total"), "answered_in_time").toDouble() == Approx(100.0 / 3));
    CHECK(value(t, str("total"), "response_hours").toDouble() == Approx(25.0));
    CHECK(value(t, str("total"), "satisfaction").toDouble() == Approx(4.0));
    CHECK(value(t, str("total"), "open").toLongLong() == 3);
    CHECK(value(t, str("total"), "overdue").toLongLong() == 2);
    CHECK(drillIds(t, str("total"), "opened") == [&] {
        QStringList l { f.c1, f.c2, f.c3, f.c4 };
        l.sort();
        return l;
    }());
}

TEST_CASE("Cases per kind carry the kinds' names", "[reports][cases]")
{
    Fixture f;
    const ReportTable t = f.run(str("kind"));
    // complaint opened 2 (c1, c3); question 1 (c4); request 1 (c2): by opened, then by name.
    REQUIRE(
        keys(t) == QStringList { str("complaint"), str("question"), str("request"), str("total") });
    CHECK(row(t, str("complaint")).cells.at(0).value.toString() == str("Complaint"));
    CHECK(row(t, str("request")).cells.at(0).value.toString() == str("Service request"));
    CHECK(value(t, str("request"), "resolved").toLongLong() == 2); // c2 and c5
    CHECK(value(t, str("complaint"), "satisfaction").toDouble() == Approx(5.0));
}

TEST_CASE("The cases report refuses an unknown grouping", "[reports][cases]")
{
    Fixture f;
    ReportParams p;
    p.options.insert(str("by"), str("colour"));
    auto t = Reports::run(f.db->session(), str("cases"), p);
    REQUIRE_FALSE(t);
    CHECK(t.error().message.contains(str("colour")));
}
