// Time is injected: nothing that decides "due" or "overdue" reads the wall clock directly.
#pragma once

#include <QDateTime>

namespace tandem {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to; each reading can advance it by a step.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime start, qint64 stepMs = 0)
        : m_now(start.toUTC())
        , m_stepMs(stepMs)
    {
    }
    QDateTime nowUtc() const override
    {
        QDateTime t = m_now;
        m_now = m_now.addMSecs(m_stepMs);
        return t;
    }
    void set(const QDateTime& t) { m_now = t.toUTC(); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    mutable QDateTime m_now;
    qint64 m_stepMs;
};

} // namespace tandem
