// Bad inputs listed in docs/robustness.md that no other suite named: each is refused with its
// line, property and message, and the readable items beside it are still read.
#include "io/IcsReader.h"

#include <catch2/catch.hpp>

using namespace tandem;

namespace {

// One calendar holding a readable event and the broken `lines` as a second one.
IcsReadResult readWithBrokenEvent(const char* lines)
{
    const QByteArray text = QByteArray("BEGIN:VCALENDAR\r\n"
                                       "VERSION:2.0\r\n"
                                       "BEGIN:VEVENT\r\n"
                                       "UID:good\r\n"
                                       "DTSTART:20270316T080000Z\r\n"
                                       "END:VEVENT\r\n"
                                       "BEGIN:VEVENT\r\n"
                                       "UID:bad\r\n")
        + lines + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    return IcsReader::read(text, QStringLiteral("team.ics"));
}

} // namespace

TEST_CASE("An iCalendar event with times that cannot be is named by line and property", "[ics]")
{
    struct Case {
        const char* lines;
        int line;
        const char* field;
        const char* message; // how it starts
    };
    const Case cases[] = {
        { "SUMMARY:No start\r\n", 7, "DTSTART", "the event has no DTSTART" },
        { "DTSTART:20270316T090000Z\r\nDURATION:an hour\r\n", 10, "DURATION",
            "“an hour” is not a duration (PT1H30M)" },
        { "DTSTART:20270316T090000Z\r\nDTEND:20270316T080000Z\r\n", 10, "DTEND",
            "the end is before the start (DTSTART 2027-03-16T09:00" },
    };
    for (const Case& c : cases) {
        INFO(c.lines);
        const IcsReadResult read = readWithBrokenEvent(c.lines);
        CHECK(read.errors.isEmpty());
        REQUIRE(read.items.size() == 2);
        CHECK(read.items.at(0).ok());
        const Error& e = read.items.at(1).error;
        CHECK(e.line == c.line);
        CHECK(e.field == QLatin1String(c.field));
        CHECK(e.message.startsWith(QString::fromUtf8(c.message)));
    }
}

TEST_CASE("A repeating to-do without a start is refused at its RRULE", "[ics]")
{
    const QByteArray text
        = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:t\r\n"
          "SUMMARY:Call back\r\nRRULE:FREQ=WEEKLY\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
    const IcsReadResult read = IcsReader::read(text, QStringLiteral("tasks.ics"));
    REQUIRE(read.items.size() == 1);
    const Error& e = read.items.first().error;
    CHECK(e.toString() == QStringLiteral("tasks.ics:6: RRULE: a repeating item needs a DTSTART"));
}
