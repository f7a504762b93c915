// iCalendar files from Thunderbird, Outlook and Google read to exact UTC instants; content lines
// unfold, fold and escape as RFC 5545 says; files that are not calendars are refused.
#include "TestDatabase.h"
#include "io/IcsReader.h"
#include "io/IcsText.h"
#include "services/CalendarExchange.h"

#include <catch2/catch.hpp>

using namespace tandem;
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

IcsReadResult readSample(const char* name)
{
    IcsReadResult read
        = IcsReader::readFile(testData(QStringLiteral("ics/") + QLatin1String(name)));
    for (const Error& e : read.errors)
        FAIL(e.toString().toStdString());
    for (const IcsItem& item : read.items) {
        if (!item.ok())
            FAIL(item.error.toString().toStdString());
    }
    return read;
}

const IcsItem& byUid(const IcsReadResult& read, const QString& uidStart)
{
    for (const IcsItem& item : read.items) {
        if (item.uid.startsWith(uidStart))
            return item;
    }
    FAIL("no item with UID " << uidStart.toStdString());
    return read.items.first();
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

TEST_CASE("content lines unfold, fold at 75 octets and escape TEXT", "[ics]")
{
    const QByteArray data = "BEGIN:VCALENDAR\r\nSUMMARY:Pardavim\r\n ų planas\n\tir klientai\n\n"
                            "DTSTART;TZID=\"Custom; zone: A\";VALUE=DATE-TIME:20270328T090000\r\n";
    const QList<IcsText::Line> lines = IcsText::unfold(data);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(1).line == 2);
    CHECK(lines.at(1).text == u8("SUMMARY:Pardavimų planasir klientai"));
    CHECK(lines.at(2).line == 6);
    auto property = IcsText::parseProperty(lines.at(2));
    REQUIRE(property.ok());
    CHECK(property->name == QStringLiteral("DTSTART"));
    CHECK(property->parameter(QStringLiteral("TZID")) == QStringLiteral("Custom; zone: A"));
    CHECK(property->parameter(QStringLiteral("VALUE")) == QStringLiteral("DATE-TIME"));
    CHECK(property->value == QStringLiteral("20270328T090000"));
    CHECK_FALSE(IcsText::parseProperty({ 7, QStringLiteral("no colon here") }).ok());

    const QString text = u8("Line 1\nA, B; C \\ D — Žalgiris ŁÓDŹ Київ");
    const QString escaped = IcsText::escapeText(text);
    CHECK(escaped == u8("Line 1\\nA\\, B\\; C \\\\ D — Žalgiris ŁÓDŹ Київ"));
    CHECK(IcsText::unescapeText(escaped) == text);
    CHECK(IcsText::unescapeText(QStringLiteral("a\\Nb\\,c")) == QStringLiteral("a\nb,c"));

    const QString longLine = QStringLiteral("DESCRIPTION:") + u8("ąčęėįšųūž Київ ").repeated(12);
    const QByteArray folded = IcsText::folded(longLine);
    CHECK(folded.endsWith("\r\n"));
    const QList<QByteArray> physical = folded.chopped(2).split('\n');
    CHECK(physical.size() > 3);
    for (QByteArray line : physical) {
        if (line.endsWith('\r'))
            line.chop(1);
        CHECK(line.size() <= 75);
        CHECK(QString::fromUtf8(line).toUtf8() == line); // no UTF-8 sequence cut in two
    }
    const QList<IcsText::Line> back = IcsText::unfold(folded);
    REQUIRE(back.size() == 1);
    CHECK(back.first().text == longLine);
}

TEST_CASE("a Thunderbird file reads to exact instants in Vilnius time", "[ics]")
{
    const IcsReadResult read = readSample("thunderbird.ics");
    REQUIRE(read.items.size() == 4);

    const IcsItem& weekly = byUid(read, QStringLiteral("6a1e2b3c"));
    CHECK(weekly.kind == IcsItem::Kind::Event);
    CHECK(weekly.line == 22);
    CHECK(weekly.summary == u8("Savaitinis pardavimų susitikimas"));
    CHECK(weekly.description
        == u8("Darbotvarkė:\n1. Pardavimų planas\n2. Naujų klientų sąrašas; kas skambina?"));
    CHECK(weekly.location == QStringLiteral("Gedimino pr. 1, Vilnius"));
    CHECK(iso(weekly.start) == QStringLiteral("2027-03-22T07:00:00Z")); // EET, +2
    CHECK(iso(weekly.end) == QStringLiteral("2027-03-22T08:00:00Z"));
    CHECK(weekly.timeZone == QStringLiteral("Europe/Vilnius"));
    CHECK(weekly.rrule == QStringLiteral("FREQ=WEEKLY;BYDAY=MO;COUNT=10"));
    REQUIRE(weekly.exdates.size() == 1);
    CHECK(iso(weekly.exdates.first()) == QStringLiteral("2027-04-05T06:00:00Z")); // EEST, +3
    CHECK(weekly.reminderMinutes == 15);
    CHECK(weekly.visibility == QStringLiteral("team"));

    const IcsItem& dstDay = byUid(read, QStringLiteral("0f2d9c54"));
    CHECK(iso(dstDay.start) == QStringLiteral("2027-03-28T06:00:00Z"));
    CHECK(iso(dstDay.end) == QStringLiteral("2027-03-28T07:30:00Z"));
    CHECK(dstDay.visibility == QStringLiteral("private"));
    CHECK(dstDay.reminderMinutes == -1);

    const IcsItem& todo = byUid(read, QStringLiteral("b7c1e0d2"));
    CHECK(todo.kind == IcsItem::Kind::Todo);
    CHECK(iso(todo.start) == QStringLiteral("2027-10-29T05:00:00Z"));
    CHECK(iso(todo.due) == QStringLiteral("2027-10-31T15:00:00Z")); // after the switch: EET
    CHECK(todo.priority == QStringLiteral("high"));
    CHECK_FALSE(todo.done);
    CHECK(todo.reminderMinutes == 60);

    const IcsItem& completed = byUid(read, QStringLiteral("c3d2e1f0"));
    CHECK(completed.allDay);
    CHECK(iso(completed.due) == QStringLiteral("2027-03-15T00:00:00Z"));
    CHECK(completed.done);
    CHECK(iso(completed.doneAt) == QStringLiteral("2027-03-14T15:15:00Z"));
    CHECK(completed.priority == QStringLiteral("low"));
}

TEST_CASE("an Outlook file with Windows zone names and folded text reads exactly", "[ics]")
{
    const IcsReadResult read = readSample("outlook.ics");
    REQUIRE(read.items.size() == 4);

    const IcsItem& kyiv = read.items.at(0);
    CHECK(kyiv.summary == u8("Зустріч з ТОВ «Ромашка» — обговорення контракту на 2027–2028 роки"));
    CHECK(kyiv.description.startsWith(u8("Обговорення умов контракту з ТОВ «Ромашка»: ціни, ")));
    CHECK(kyiv.description.endsWith(u8("uczestniczy również Paweł Łęcki z Gdańska.\n")));
    CHECK(kyiv.location == u8("Київ, вул. Хрещатик 22"));
    CHECK(iso(kyiv.start) == QStringLiteral("2027-03-28T07:00:00Z")); // 10:00 EEST
    CHECK(iso(kyiv.end) == QStringLiteral("2027-03-28T08:00:00Z"));
    CHECK(kyiv.priority == QStringLiteral("normal"));
    CHECK(kyiv.reminderMinutes == 15);
    CHECK_FALSE(kyiv.timeZone.isEmpty()); // an IANA zone (Europe/Kiev) for the Windows name

    const IcsItem& warsaw = read.items.at(1);
    // This line was folded inside a UTF-8 sequence, as some exporters do.
    CHECK(warsaw.description
        == u8("Zażółć gęślą jaźń — prezentacja oferty dla Spółdzielni Mleczarskiej „Łowicz” w "
              "Łodzi, sala konferencyjna na drugim piętrze.\n"));
    CHECK(iso(warsaw.start) == QStringLiteral("2027-03-28T07:00:00Z")); // 09:00 CEST
    CHECK(warsaw.timeZone == QStringLiteral("Europe/Warsaw"));
    CHECK(warsaw.visibility == QStringLiteral("private"));
    CHECK(warsaw.priority == QStringLiteral("high"));
    CHECK(warsaw.reminderMinutes == 30);

    const IcsItem& bucharest = read.items.at(2);
    CHECK(bucharest.summary == u8("Întâlnire cu SC Dacia Distribuție SRL"));
    CHECK(iso(bucharest.start) == QStringLiteral("2027-03-28T06:00:00Z")); // 09:00 EEST
    CHECK(bucharest.timeZone == QStringLiteral("Europe/Bucharest"));
    CHECK(bucharest.priority == QStringLiteral("low"));

    // No IANA zone is called "Customized Time Zone": the file's own VTIMEZONE rules count.
    const IcsItem& custom = read.items.at(3);
    CHECK(iso(custom.start) == QStringLiteral("2027-10-31T07:00:00Z")); // 09:00 EET, after switch
    CHECK(iso(custom.end) == QStringLiteral("2027-10-31T08:00:00Z"));
    CHECK(custom.timeZone.isEmpty());
}

TEST_CASE("a Google file: UTC times, skipped and moved occurrences, an all-day event", "[ics]")
{
    const IcsReadResult read = readSample("google.ics");
    REQUIRE(read.items.size() == 4);
    const IcsItem& call = read.items.at(0);
    CHECK(iso(call.start) == QStringLiteral("2027-03-15T08:00:00Z"));
    CHECK(iso(call.end) == QStringLiteral("2027-03-15T08:30:00Z"));
    CHECK(call.timeZone.isEmpty());
    CHECK(call.location.isEmpty());
    CHECK(call.reminderMinutes == 30);

    const IcsItem& standup = read.items.at(1);
    CHECK(standup.rrule == QStringLiteral("FREQ=DAILY;COUNT=5"));
    REQUIRE(standup.exdates.size() == 3);
    CHECK(iso(standup.exdates.at(0)) == QStringLiteral("2027-03-24T07:30:00Z"));
    CHECK(iso(standup.exdates.at(2)) == QStringLiteral("2027-03-26T07:30:00Z"));
    CHECK(iso(read.items.at(2).recurrenceId) == QStringLiteral("2027-03-23T07:30:00Z"));

    const IcsItem& fair = read.items.at(3);
    CHECK(fair.allDay);
    CHECK(iso(fair.start) == QStringLiteral("2027-05-01T00:00:00Z"));
    CHECK(iso(fair.end) == QStringLiteral("2027-05-04T00:00:00Z")); // exclusive: three days
    CHECK(fair.location == u8("Kraków, ul. Galicyjska 9"));

    // Imported: the moved occurrence is skipped in its series and is an event of its own.
    auto db = TestDatabase::initialised();
    const ImportReport report = importOk(*db, testData(QStringLiteral("ics/google.ics")));
    CHECK(report.applied);
    CHECK(report.created == 4);
    const QList<Record> all = activities(*db);
    REQUIRE(all.size() == 4);
    const Record& series = all.at(1);
    CHECK(series.text(QStringLiteral("subject")) == QStringLiteral("Stand-up"));
    CHECK(series.text(QStringLiteral("exdates"))
        == QStringLiteral("2027-03-24T07:30:00.000Z,2027-03-25T07:30:00.000Z,"
                          "2027-03-26T07:30:00.000Z,2027-03-23T07:30:00.000Z"));
    CHECK(all.at(2).text(QStringLiteral("uid"))
        == QStringLiteral("3q1v8n0m6c2p4r7t9x1z3b5d7f@google.com#20270323T073000Z"));
    CHECK(all.at(3).value(QStringLiteral("all_day")).toBool());
    CHECK(all.at(0).text(QStringLiteral("owner_id")) == db->session().currentUserId());
}

TEST_CASE("files that are not calendars are refused with a clear message", "[ics]")
{
    const IcsReadResult empty = IcsReader::read("\r\n\r\n", QStringLiteral("empty.ics"));
    REQUIRE(empty.errors.size() == 1);
    CHECK(empty.errors.first().toString().startsWith(
        QStringLiteral("empty.ics:1: the file is empty")));

    const IcsReadResult vcard
        = IcsReader::read("BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n", QStringLiteral("a.ics"));
    REQUIRE(vcard.errors.size() == 1);
    CHECK(vcard.errors.first().message.contains(QStringLiteral("not an iCalendar file")));

    const IcsReadResult unclosed = IcsReader::read(
        "BEGIN:VCALENDAR\nBEGIN:VTODO\nUID:1\nSUMMARY:x\n", QStringLiteral("b.ics"));
    REQUIRE(unclosed.errors.size() == 1);
    CHECK(unclosed.errors.first().line == 2);
    CHECK(unclosed.errors.first().message.contains(QStringLiteral("no END:VTODO")));

    // Unknown components and properties from other apps are no reason to refuse a file.
    const IcsReadResult tolerant = IcsReader::read("BEGIN:VCALENDAR\nX-WR-CALNAME:Team\n"
                                                   "BEGIN:VJOURNAL\nUID:j\nEND:VJOURNAL\n"
                                                   "BEGIN:VEVENT\nUID:e\nX-FOO;BAR=1:baz\n"
                                                   "DTSTART:20270101T090000Z\nEND:VEVENT\n"
                                                   "END:VCALENDAR\n\n",
        QStringLiteral("c.ics"));
    CHECK(tolerant.errors.isEmpty());
    REQUIRE(tolerant.items.size() == 1);
    CHECK(tolerant.items.first().ok());
}
