// What a calendar shows and how it moves things: single events and tasks in a range, a weekly
// series expanded across the DST switch in Vilnius, colleagues' events as a participant and as
// busy time when private, and moving one occurrence or a whole series.
#include "TestDatabase.h"

#include "services/Calendar.h"

#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::TestDatabase;

namespace {

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QString iso(const char* text)
{
    return at(text).toString(Qt::ISODateWithMs);
}

QList<CalendarEntry> week(Session& s, const QStringList& users, const char* from, const char* to,
    const QString& viewer = {})
{
    CalendarQuery q;
    q.userIds = users;
    q.from = at(from);
    q.to = at(to);
    q.viewerId = viewer;
    return Calendar::entries(s, q);
}

QStringList subjects(const QList<CalendarEntry>& list)
{
    QStringList out;
    for (const CalendarEntry& e : list)
        out << (e.hidden ? QStringLiteral("(busy)") : e.subject);
    return out;
}

QVariantMap meeting(const QString& owner, const char* subject, const char* start, const char* end)
{
    return { { QStringLiteral("kind"), QStringLiteral("meeting") },
        { QStringLiteral("subject"), QString::fromUtf8(subject) },
        { QStringLiteral("owner_id"), owner }, { QStringLiteral("starts_at"), iso(start) },
        { QStringLiteral("ends_at"), iso(end) } };
}

} // namespace

TEST_CASE("A week shows the events and tasks that overlap it, in order", "[calendar]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString me = db->session().currentUserId();
    create(rs, QStringLiteral("activity"),
        meeting(me, "Demo at UAB Medis", "2026-12-08T08:00:00Z", "2026-12-08T09:30:00Z"));
    create(rs, QStringLiteral("activity"),
        meeting(me, "Late dinner", "2026-12-06T21:00:00Z", "2026-12-07T01:00:00Z"));
    create(rs, QStringLiteral("activity"),
        meeting(me, "Last week", "2026-11-30T08:00:00Z", "2026-11-30T09:00:00Z"));
    create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("task") },
            { QStringLiteral("subject"), QStringLiteral("Send the offer") },
            { QStringLiteral("owner_id"), me },
            { QStringLiteral("due_at"), iso("2026-12-09T15:00:00Z") } });

    const auto all = week(db->session(), { me }, "2026-12-07T00:00:00Z", "2026-12-14T00:00:00Z");
    // The dinner started the evening before and runs past midnight: it overlaps the week.
    CHECK(subjects(all)
        == QStringList { QStringLiteral("Late dinner"), QStringLiteral("Demo at UAB Medis"),
            QStringLiteral("Send the offer") });
    CHECK(all.at(2).kind == QLatin1String("task"));
    CHECK(all.at(2).start == at("2026-12-09T15:00:00Z"));
    CHECK(all.at(1).durationSecs() == 90 * 60);

    CalendarQuery noTasks;
    noTasks.userIds = { me };
    noTasks.from = at("2026-12-07T00:00:00Z");
    noTasks.to = at("2026-12-14T00:00:00Z");
    noTasks.tasks = false;
    CHECK(Calendar::entries(db->session(), noTasks).size() == 2);
}

TEST_CASE("A weekly 09:00 meeting in Vilnius stays at 09:00 across the DST switch", "[calendar]")
{
    auto db = TestDatabase::initialised();
    const QString me = db->session().currentUserId();
    QVariantMap series
        = meeting(me, "Team stand-up", "2027-03-15T07:00:00Z", "2027-03-15T07:30:00Z");
    series.insert(QStringLiteral("rrule"), QStringLiteral("FREQ=WEEKLY;BYDAY=MO"));
    series.insert(QStringLiteral("time_zone"), QStringLiteral("Europe/Vilnius"));
    const QString id = create(db->records(), QStringLiteral("activity"), series);

    // Vilnius moves from UTC+2 to UTC+3 on Sunday 28 March 2027.
    const auto list = week(db->session(), { me }, "2027-03-21T00:00:00Z", "2027-04-05T00:00:00Z");
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).start == at("2027-03-22T07:00:00Z"));
    CHECK(list.at(1).start == at("2027-03-29T06:00:00Z"));
    CHECK(list.at(1).end == at("2027-03-29T06:30:00Z"));
    CHECK(list.at(1).recurring);
    CHECK(list.at(1).occurrence == list.at(1).start);
    CHECK(list.at(1).key() == id + QStringLiteral("@2027-03-29T06:00:00.000Z"));
}

TEST_CASE("Colleagues' events: as a participant, and as busy time when private", "[calendar]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString me = db->session().currentUserId();
    const QString ona = create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Ona Kazlauskienė") },
            { QStringLiteral("active"), true } });
    const QString joint = create(rs, QStringLiteral("activity"),
        meeting(ona, "Joint visit to Agrovita", "2026-12-08T10:00:00Z", "2026-12-08T12:00:00Z"));
    create(rs, QStringLiteral("participant"),
        { { QStringLiteral("activity_id"), joint }, { QStringLiteral("user_id"), me } });
    QVariantMap secret = meeting(ona, "Dentist", "2026-12-09T07:00:00Z", "2026-12-09T08:00:00Z");
    secret.insert(QStringLiteral("visibility"), QStringLiteral("private"));
    create(rs, QStringLiteral("activity"), secret);

    const auto mine
        = week(db->session(), { me }, "2026-12-07T00:00:00Z", "2026-12-14T00:00:00Z", me);
    REQUIRE(mine.size() == 1);
    CHECK(mine.first().subject == QLatin1String("Joint visit to Agrovita"));
    CHECK(mine.first().participantUserId == me);
    CHECK(mine.first().ownerId == ona);

    const auto hers
        = week(db->session(), { ona }, "2026-12-07T00:00:00Z", "2026-12-14T00:00:00Z", me);
    CHECK(subjects(hers)
        == QStringList { QStringLiteral("Joint visit to Agrovita"), QStringLiteral("(busy)") });
    CHECK(hers.at(1).start == at("2026-12-09T07:00:00Z"));
    // She sees her own private event in full.
    const auto herOwn
        = week(db->session(), { ona }, "2026-12-07T00:00:00Z", "2026-12-14T00:00:00Z", ona);
    CHECK(subjects(herOwn).contains(QStringLiteral("Dentist")));
}

TEST_CASE("Moving one occurrence of a series, or the whole series", "[calendar]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString me = db->session().currentUserId();
    QVariantMap series
        = meeting(me, "Weekly review", "2026-12-01T08:00:00Z", "2026-12-01T09:00:00Z");
    series.insert(QStringLiteral("rrule"), QStringLiteral("FREQ=WEEKLY;BYDAY=TU;COUNT=4"));
    series.insert(QStringLiteral("time_zone"), QStringLiteral("UTC"));
    const QString id = create(rs, QStringLiteral("activity"), series);
    auto range = [&] {
        return week(db->session(), { me }, "2026-11-30T00:00:00Z", "2027-01-04T00:00:00Z");
    };
    REQUIRE(range().size() == 4);

    SECTION("only the second occurrence moves to Wednesday 10:00")
    {
        const CalendarEntry second = range().at(1);
        CHECK(second.start == at("2026-12-08T08:00:00Z"));
        auto moved = Calendar::reschedule(db->session(), second, at("2026-12-09T10:00:00Z"),
            at("2026-12-09T11:00:00Z"), Calendar::SeriesScope::Occurrence);
        REQUIRE(moved.ok());
        CHECK(moved.value() != id);
        const auto after = range();
        REQUIRE(after.size() == 4);
        CHECK(after.at(1).start == at("2026-12-09T10:00:00Z"));
        CHECK_FALSE(after.at(1).recurring);
        CHECK(after.at(1).subject == QLatin1String("Weekly review"));
        CHECK(after.at(2).start == at("2026-12-15T08:00:00Z"));
        CHECK(rs.get(QStringLiteral("activity"), id)->text(QStringLiteral("exdates"))
            == QLatin1String("2026-12-08T08:00:00.000Z"));
    }
    SECTION("the whole series moves a day later and an hour earlier")
    {
        const CalendarEntry second = range().at(1);
        auto moved = Calendar::reschedule(db->session(), second, at("2026-12-09T07:00:00Z"),
            at("2026-12-09T08:00:00Z"), Calendar::SeriesScope::Series);
        REQUIRE(moved.ok());
        CHECK(moved.value() == id);
        const auto after = range();
        REQUIRE(after.size() == 4);
        CHECK(after.at(0).start == at("2026-12-02T07:00:00Z"));
        CHECK(after.at(3).start == at("2026-12-23T07:00:00Z"));
        CHECK(rs.get(QStringLiteral("activity"), id)->text(QStringLiteral("rrule"))
            == QLatin1String("FREQ=WEEKLY;COUNT=4;BYDAY=WE"));
    }
    SECTION("skipping an occurrence leaves three")
    {
        REQUIRE(Calendar::skipOccurrence(db->session(), range().at(2)).ok());
        const auto after = range();
        REQUIRE(after.size() == 3);
        CHECK(after.at(2).start == at("2026-12-22T08:00:00Z"));
    }
    SECTION("a single event is simply moved and resized")
    {
        const QString single = create(rs, QStringLiteral("activity"),
            meeting(me, "Call Medis", "2026-12-03T12:00:00Z", "2026-12-03T12:30:00Z"));
        CalendarEntry e;
        for (const CalendarEntry& x : range()) {
            if (x.activityId == single)
                e = x;
        }
        REQUIRE(e.activityId == single);
        REQUIRE(Calendar::reschedule(
            db->session(), e, at("2026-12-03T13:00:00Z"), at("2026-12-03T14:15:00Z"))
                    .ok());
        const auto rec = rs.get(QStringLiteral("activity"), single);
        CHECK(rec->text(QStringLiteral("starts_at")) == iso("2026-12-03T13:00:00Z"));
        CHECK(rec->text(QStringLiteral("ends_at")) == iso("2026-12-03T14:15:00Z"));
    }
}
