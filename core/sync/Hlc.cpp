#include "sync/Hlc.h"

#include "util/Clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace tandem {

Hlc::Hlc(const Clock& clock, quint64 last)
    : m_clock(clock)
    , m_last(last)
{
}

quint64 Hlc::tick()
{
    const quint64 wall = pack(m_clock.nowMs(), 0);
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

void Hlc::observe(quint64 remote)
{
    if (remote > m_last)
        m_last = remote;
}

QString Hlc::toString(quint64 hlc)
{
    return QDateTime::fromMSecsSinceEpoch(physicalMs(hlc), Qt::UTC).toString(Qt::ISODateWithMs)
        + QLatin1Char('#') + QString::number(counter(hlc));
}

} // namespace tandem
