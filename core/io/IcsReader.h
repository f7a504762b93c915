// Reads iCalendar files (RFC 5545) as Thunderbird, Outlook and Google Calendar write them into
// plain events and to-dos with UTC instants; what cannot be read is an Error naming the line.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace tandem {

// One VEVENT or VTODO, its times already turned into UTC instants.
struct IcsItem {
    enum class Kind { Event, Todo };
    Kind kind = Kind::Event;
    int line = 0; // the BEGIN line
    QString uid;
    QString summary;
    QString description;
    QString location;
    QDateTime start; // DTSTART (UTC); invalid when absent
    QDateTime end; // DTEND, or DTSTART + DURATION (UTC); invalid when absent
    QDateTime due; // DUE of a to-do (UTC)
    // The times are dates (VALUE=DATE): kept as midnight UTC of that date, the end exclusive.
    bool allDay = false;
    QString timeZone; // the IANA zone the times were written in; empty for UTC and dates
    QString rrule; // the RRULE value, checked by Recurrence::parse
    QList<QDateTime> exdates; // every EXDATE, UTC
    // RECURRENCE-ID (UTC): this item replaces that occurrence of the series with the same UID.
    QDateTime recurrenceId;
    QString priority; // low | normal | high; empty when not given (PRIORITY 0 or none)
    bool done = false; // a completed to-do (STATUS:COMPLETED or COMPLETED)
    QDateTime doneAt; // COMPLETED (UTC)
    QString visibility; // private (CLASS PRIVATE/CONFIDENTIAL) | team (PUBLIC) | empty
    int reminderMinutes = -1; // the first VALARM's TRIGGER before the start; -1: none
    QString tandemKind; // X-TANDEM-KIND: call | email | note written by Tandem, else empty
    Error error; // set when the item cannot be imported (line and property named)

    bool ok() const { return error.message.isEmpty(); }
};

struct IcsReadResult {
    QList<IcsItem> items; // every VEVENT and VTODO, the unreadable ones with their error
    QList<Error> errors; // the file as a whole cannot be read (nothing in `items` then)
};

namespace IcsReader {
// `floatingZone` is where times without TZID and without Z are ("floating" local time).
IcsReadResult read(const QByteArray& data, const QString& fileName,
    const QTimeZone& floatingZone = QTimeZone::systemTimeZone());
// read() on a file's bytes; a file that cannot be opened gives one Error naming it.
IcsReadResult readFile(
    const QString& path, const QTimeZone& floatingZone = QTimeZone::systemTimeZone());
} // namespace IcsReader

} // namespace tandem
