// Calendars through CalendarExchange: DST days in Vilnius, Warsaw, Kyiv and Bucharest do not shift
// events; what Tandem writes imports back the same; re-imports update by UID; broken files name
// their line and change nothing.
#include "TestDatabase.h"
#include "io/IcsReader.h"
#include "io/IcsWriter.h"
#include "services/CalendarExchange.h"
#include "store/CanonicalDump.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::testData;
using tandem::test::TestDatabase;

namespace {

const QString kActivity = QStringLiteral("activity");

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("(none)");
}

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

// The fields an .ics file carries, as canonical text (a flag that is not set reads as false).
QString calendarFields(const Record& r)
{
    QMap<QString, QString> out;
    for (const char* name :
        { "kind", "subject", "notes", "location", "starts_at", "ends_at", "due_at", "done_at",
            "priority", "visibility", "rrule", "time_zone", "exdates", "reminder_minutes" })
        out.insert(QString::fromLatin1(name), r.text(QString::fromLatin1(name)));
    for (const char* flag : { "all_day", "done" })
        out.insert(QString::fromLatin1(flag),
            r.value(QString::fromLatin1(flag)).toBool() ? QStringLiteral("true")
                                                        : QStringLiteral("false"));
    QStringList lines;
    for (auto it = out.begin(); it != out.end(); ++it)
        lines << it.key() + QLatin1Char('=') + it.value();
    return lines.join(QLatin1Char('\n'));
}

QList<Record> activities(TestDatabase& db)
{
    ListQuery byStart;
    byStart.orderBy = QStringLiteral("starts_at");
    auto list = db.records().list(kActivity, byStart);
    REQUIRE(list.ok());
    return *list;
}

ImportReport importOk(TestDatabase& db, const QString& path, IcsImportOptions options = {})
{
    auto report = CalendarExchange::importIcs(db.session(), path, options);
    REQUIRE(report.ok());
    return *report;
}

} // namespace

TEST_CASE("events on DST switch days in Vilnius, Warsaw, Kyiv and Bucharest do not shift", "[ics]")
{
    auto db = TestDatabase::initialised();
    QStringList ids;
    QList<QDateTime> instants;
    for (const char* name :
        { "Europe/Vilnius", "Europe/Warsaw", "Europe/Kyiv", "Europe/Bucharest" }) {
        const QTimeZone zone(name);
        REQUIRE(zone.isValid());
        for (const QDate day : { QDate(2027, 3, 28), QDate(2027, 10, 31) }) {
            const QDateTime start(day, QTime(9, 0), zone);
            instants << start.toUTC();
            ids << create(db->records(), kActivity,
                { { QStringLiteral("kind"), QStringLiteral("meeting") },
                    { QStringLiteral("subject"), QString::fromLatin1(name) },
                    { QStringLiteral("starts_at"), start },
                    { QStringLiteral("ends_at"), start.addSecs(3600) },
                    { QStringLiteral("time_zone"), QString::fromLatin1(name) },
                    { QStringLiteral("rrule"), QStringLiteral("FREQ=WEEKLY;COUNT=3") } });
        }
    }
    // The instants Qt computes for 09:00 local: Vilnius, Kyiv and Bucharest +3 then +2 hours,
    // Warsaw +2 then +1.
    CHECK(iso(instants.at(0)) == QStringLiteral("2027-03-28T06:00:00Z"));
    CHECK(iso(instants.at(1)) == QStringLiteral("2027-10-31T07:00:00Z"));
    CHECK(iso(instants.at(2)) == QStringLiteral("2027-03-28T07:00:00Z"));
    CHECK(iso(instants.at(3)) == QStringLiteral("2027-10-31T08:00:00Z"));

    const QString path = db->dir() + QStringLiteral("/dst.ics");
    auto written = CalendarExchange::exportIcs(db->session(), path, ids);
    REQUIRE(written.ok());
    CHECK(*written == 8);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("DTSTART;TZID=Europe/Kyiv:20270328T090000\r\n"));
    CHECK(bytes.contains("DTSTART;TZID=Europe/Warsaw:20271031T090000\r\n"));
    CHECK(bytes.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"));
    CHECK(bytes.count("BEGIN:VTIMEZONE") == 4);

    TestDatabase other;
    const ImportReport report = importOk(other, path);
    REQUIRE(report.created == 8);
    for (int i = 0; i < ids.size(); ++i) {
        const auto before = db->records().get(kActivity, ids.at(i));
        ListQuery byUid;
        byUid.where << qMakePair(
            QStringLiteral("uid"), QVariant(ids.at(i) + QStringLiteral("@tandem")));
        const auto after = other.records().list(kActivity, byUid);
        REQUIRE(after.ok());
        REQUIRE(after->size() == 1);
        INFO(before->text(QStringLiteral("subject")).toStdString());
        CHECK(after->first().text(QStringLiteral("starts_at"))
            == before->text(QStringLiteral("starts_at")));
        CHECK(after->first().text(QStringLiteral("ends_at"))
            == before->text(QStringLiteral("ends_at")));
        CHECK(after->first().text(QStringLiteral("time_zone"))
            == before->text(QStringLiteral("time_zone")));
    }

    // The VTIMEZONE Tandem writes gives the same instants to an app that only reads the file's
    // rules (a zone name no IANA database knows).
    for (const char* name :
        { "Europe/Vilnius", "Europe/Warsaw", "Europe/Kyiv", "Europe/Bucharest" }) {
        QStringList lines = IcsWriter::vtimezone(QTimeZone(name), 2026, 2028);
        lines.replace(1, QStringLiteral("TZID:Office zone"));
        QByteArray data = "BEGIN:VCALENDAR\r\n";
        for (const QString& l : lines)
            data += l.toUtf8() + "\r\n";
        data += "BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Office zone:20270328T090000\r\n"
                "DTEND;TZID=Office zone:20271031T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const IcsReadResult read = IcsReader::read(data, QStringLiteral("zone.ics"));
        REQUIRE(read.errors.isEmpty());
        REQUIRE(read.items.size() == 1);
        INFO(name);
        const QTimeZone zone(name);
        CHECK(
            iso(read.items.first().start) == iso(QDateTime(QDate(2027, 3, 28), QTime(9, 0), zone)));
        CHECK(
            iso(read.items.first().end) == iso(QDateTime(QDate(2027, 10, 31), QTime(9, 0), zone)));
    }
}

TEST_CASE("activities exported and imported again keep every calendar field", "[ics]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QTimeZone vilnius("Europe/Vilnius");
    const QTimeZone warsaw("Europe/Warsaw");
    create(rs, kActivity,
        { { QStringLiteral("kind"), QStringLiteral("meeting") },
            { QStringLiteral("subject"), u8("Savaitinis susitikimas, „Žalgiris“") },
            { QStringLiteral("starts_at"), QDateTime(QDate(2027, 3, 22), QTime(9, 0), vilnius) },
            { QStringLiteral("ends_at"), QDateTime(QDate(2027, 3, 22), QTime(10, 0), vilnius) },
            { QStringLiteral("time_zone"), QStringLiteral("Europe/Vilnius") },
            { QStringLiteral("rrule"), QStringLiteral("FREQ=WEEKLY;BYDAY=MO;COUNT=10") },
            { QStringLiteral("exdates"), QStringLiteral("2027-04-05T06:00:00.000Z") },
            { QStringLiteral("reminder_minutes"), 15 },
            { QStringLiteral("location"), QStringLiteral("Gedimino pr. 1, Vilnius") },
            { QStringLiteral("visibility"), QStringLiteral("team") },
            { QStringLiteral("priority"), QStringLiteral("normal") } });
    create(rs, kActivity,
        { { QStringLiteral("kind"), QStringLiteral("call") },
            { QStringLiteral("subject"), u8("Skambutis Ołeksandrowi") },
            { QStringLiteral("starts_at"), QStringLiteral("2027-03-15T08:00:00Z") },
            { QStringLiteral("ends_at"), QStringLiteral("2027-03-15T08:20:00Z") },
            { QStringLiteral("done"), true },
            { QStringLiteral("done_at"), QStringLiteral("2027-03-15T08:25:00Z") } });
    create(rs, QStringLiteral("task"),
        { { QStringLiteral("kind"), QStringLiteral("task") },
            { QStringLiteral("subject"), u8("Przygotować ofertę dla „Łowicz”") },
            { QStringLiteral("due_at"), QDateTime(QDate(2027, 10, 31), QTime(17, 0), warsaw) },
            { QStringLiteral("time_zone"), QStringLiteral("Europe/Warsaw") },
            { QStringLiteral("priority"), QStringLiteral("high") },
            { QStringLiteral("reminder_minutes"), 60 } });
    create(rs, QStringLiteral("task"),
        { { QStringLiteral("kind"), QStringLiteral("task") },
            { QStringLiteral("subject"), u8("Надіслати рахунок") },
            { QStringLiteral("due_at"), QStringLiteral("2027-03-10T12:00:00Z") },
            { QStringLiteral("done"), true },
            { QStringLiteral("done_at"), QStringLiteral("2027-03-09T15:15:00Z") },
            { QStringLiteral("priority"), QStringLiteral("low") } });
    create(rs, kActivity,
        { { QStringLiteral("kind"), QStringLiteral("meeting") },
            { QStringLiteral("subject"), QStringLiteral("Konferencja w Krakowie") },
            { QStringLiteral("starts_at"), QStringLiteral("2027-05-01T00:00:00Z") },
            { QStringLiteral("ends_at"), QStringLiteral("2027-05-04T00:00:00Z") },
            { QStringLiteral("all_day"), true } });
    create(rs, kActivity,
        { { QStringLiteral("kind"), QStringLiteral("note") },
            { QStringLiteral("subject"), QStringLiteral("Private; note, with \\ marks") },
            { QStringLiteral("notes"), u8("Line one\nLine two: ąčę; a, b \\ c\n") },
            { QStringLiteral("starts_at"), QStringLiteral("2027-03-16T10:00:00Z") },
            { QStringLiteral("visibility"), QStringLiteral("private") },
            { QStringLiteral("owner_id"), db->session().currentUserId() } });
    const QList<Record> original = activities(*db);
    REQUIRE(original.size() == 6);

    const QString path = db->dir() + QStringLiteral("/all.ics");
    auto written = CalendarExchange::exportIcs(db->session(), path, IcsExportSelection {});
    REQUIRE(written.ok());
    CHECK(*written == 6);

    TestDatabase laptop;
    const ImportReport report = importOk(laptop, path);
    CHECK(report.created == 6);
    const QList<Record> copied = activities(laptop);
    REQUIRE(copied.size() == 6);
    for (const Record& before : original) {
        INFO(before.text(QStringLiteral("subject")).toStdString());
        const auto after = std::find_if(copied.begin(), copied.end(), [&before](const Record& r) {
            return r.text(QStringLiteral("uid")) == before.id + QStringLiteral("@tandem");
        });
        REQUIRE(after != copied.end());
        CHECK(calendarFields(*after) == calendarFields(before));
    }

    // The same file back into the database it came from: every activity is already there.
    const QByteArray before = canonicalDump(db->records());
    const ImportReport again = importOk(*db, path);
    CHECK(again.applied);
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
    CHECK(again.skipped == 6);
    CHECK(canonicalDump(db->records()) == before);
}

TEST_CASE("importing a changed file again updates the events by UID", "[ics]")
{
    auto db = TestDatabase::initialised();
    const QString path = testData(QStringLiteral("ics/thunderbird.ics"));
    IcsImportOptions dry;
    dry.dryRun = true;
    const ImportReport preview = importOk(*db, path, dry);
    CHECK(preview.created == 4);
    CHECK_FALSE(preview.applied);
    CHECK(activities(*db).isEmpty());

    const ImportReport first = importOk(*db, path);
    CHECK(first.created == 4);
    QFile in(path);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray changed = in.readAll();
    changed.replace("DTSTART;TZID=Europe/Vilnius:20270328T090000",
        "DTSTART;TZID=Europe/Vilnius:20270328T093000");
    const QString changedPath = db->dir() + QStringLiteral("/changed.ics");
    QFile out(changedPath);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(changed);
    out.close();

    const ImportReport second = importOk(*db, changedPath);
    CHECK(second.created == 0);
    CHECK(second.updated == 1);
    CHECK(second.skipped == 3);
    const QList<Record> all = activities(*db);
    REQUIRE(all.size() == 4);
    ListQuery demo;
    demo.where << qMakePair(
        QStringLiteral("uid"), QVariant(QStringLiteral("0f2d9c54-2b7e-4d8e-9d41-5a7f3c2e1b90")));
    const auto moved = db->records().list(kActivity, demo);
    REQUIRE(moved->size() == 1);
    CHECK(moved->first().text(QStringLiteral("starts_at"))
        == QStringLiteral("2027-03-28T06:30:00.000Z"));
    CHECK(moved->first().text(QStringLiteral("visibility")) == QStringLiteral("private"));
}

TEST_CASE("a broken file names its line and property, and nothing is imported", "[ics]")
{
    struct Case {
        const char* file;
        int line;
        const char* field;
        const char* fragment;
    };
    const Case cases[] = {
        { "broken-missing-end.ics", 4, "END", "BEGIN:VEVENT has no END:VEVENT" },
        { "broken-dtstart.ics", 14, "DTSTART", "is not a date and time" },
        { "broken-unknown-tzid.ics", 7, "DTSTART", "unknown time zone" },
        { "broken-rrule.ics", 9, "RRULE", "" },
    };
    for (const Case& c : cases) {
        INFO(c.file);
        auto db = TestDatabase::initialised();
        create(db->records(), kActivity,
            { { QStringLiteral("kind"), QStringLiteral("meeting") },
                { QStringLiteral("subject"), QStringLiteral("Already here") } });
        const QByteArray before = canonicalDump(db->records());
        const ImportReport report
            = importOk(*db, testData(QStringLiteral("ics/") + QLatin1String(c.file)));
        CHECK_FALSE(report.applied);
        QList<Error> problems = report.errors;
        for (const ImportRow& row : report.rows) {
            if (row.outcome == ImportRow::Outcome::Rejected)
                problems << row.error;
        }
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().file == QLatin1String(c.file));
        CHECK(problems.first().line == c.line);
        CHECK(problems.first().field == QLatin1String(c.field));
        CHECK(problems.first().message.contains(QLatin1String(c.fragment)));
        CHECK(canonicalDump(db->records()) == before);
    }

    // Accepted explicitly: the readable event comes in, the broken one is listed and left out.
    auto db = TestDatabase::initialised();
    IcsImportOptions skip;
    skip.skipInvalid = true;
    const ImportReport partial
        = importOk(*db, testData(QStringLiteral("ics/broken-dtstart.ics")), skip);
    CHECK(partial.applied);
    CHECK(partial.created == 1);
    CHECK(partial.rejected == 1);
    REQUIRE(activities(*db).size() == 1);
    CHECK(activities(*db).first().text(QStringLiteral("subject")) == u8("Spotkanie w Gdańsku"));
}
