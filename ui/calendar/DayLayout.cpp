#include "calendar/DayLayout.h"

#include <algorithm>

namespace tandem {

QList<LaidOut> DayLayout::arrange(QList<LaidOut> items, qint64 minSecs)
{
    std::stable_sort(items.begin(), items.end(), [](const LaidOut& a, const LaidOut& b) {
        if (a.start != b.start)
            return a.start < b.start;
        return a.end > b.end;
    });
    QList<LaidOut> out;
    QList<qint64> laneEnds; // end of the last event in each lane of the current group
    int groupStart = 0;
    qint64 groupEnd = -1;
    auto closeGroup = [&] {
        const int lanes = int(laneEnds.size());
        for (int i = groupStart; i < out.size(); ++i)
            out[i].lanes = qMax(1, lanes);
        laneEnds.clear();
        groupStart = int(out.size());
    };
    for (LaidOut item : items) {
        const qint64 visibleEnd = qMax(item.end, item.start + minSecs);
        if (item.start >= groupEnd && !laneEnds.isEmpty())
            closeGroup();
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > item.start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds << visibleEnd;
        else
            laneEnds[lane] = visibleEnd;
        item.lane = lane;
        groupEnd = qMax(groupEnd, visibleEnd);
        out << item;
    }
    closeGroup();
    return out;
}

} // namespace tandem
