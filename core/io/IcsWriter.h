// Writes events and to-dos as an iCalendar file (RFC 5545) that Thunderbird, Outlook and Google
// Calendar import: UTF-8, CRLF, folded lines, one VTIMEZONE per zone the items are written in.
#pragma once

#include "io/IcsReader.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace tandem::IcsWriter {

// Items take IcsItem's meaning (UTC instants; all-day dates as midnight UTC with an exclusive
// end; `uid` set by the caller). Timed items with a `timeZone` are written in that zone's wall
// time with TZID, the others in UTC. `stamp` is every item's DTSTAMP.
QByteArray write(const QList<IcsItem>& items, const QDateTime& stamp);

// A VTIMEZONE for `zone` that holds for the years [fromYear, toYear]: STANDARD and DAYLIGHT with a
// yearly RRULE when the zone's transitions follow one (the EU rule: last Sunday of March and
// October), otherwise one observance per transition. Content lines without line ends.
QStringList vtimezone(const QTimeZone& zone, int fromYear, int toYear);

} // namespace tandem::IcsWriter
