// Where the timed events of one day column go: events that overlap share the column's width
// side by side, each in the first free lane, as desktop calendars do.
#pragma once

#include <QList>

namespace tandem {

struct LaidOut {
    int row = -1; // the model row
    qint64 start = 0; // seconds since the column's midnight, clipped to the day
    qint64 end = 0;
    int lane = 0;
    int lanes = 1; // lanes in this event's overlap group
};

namespace DayLayout {
// `items` need row, start and end; returns them with lane and lanes set, ordered by start.
// An event shorter than `minSecs` takes `minSecs` of space, so that it stays readable.
QList<LaidOut> arrange(QList<LaidOut> items, qint64 minSecs = 30 * 60);
} // namespace DayLayout

} // namespace tandem
