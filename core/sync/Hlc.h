// Hybrid logical clock: 48 bits of wall milliseconds + 16 bits of counter, packed in one integer.
#pragma once

#include <QString>
#include <QtGlobal>

namespace tandem {

class Clock;

class Hlc {
public:
    explicit Hlc(const Clock& clock, quint64 last = 0);

    // A timestamp for a local event, strictly greater than every one issued or observed.
    quint64 tick();
    // Folds in a timestamp received from another site.
    void observe(quint64 remote);
    quint64 last() const { return m_last; }

    static quint64 pack(qint64 ms, quint16 counter) { return (quint64(ms) << 16) | counter; }
    static qint64 physicalMs(quint64 hlc) { return qint64(hlc >> 16); }
    static quint16 counter(quint64 hlc) { return quint16(hlc & 0xffff); }
    static QString toString(quint64 hlc);

private:
    const Clock& m_clock;
    quint64 m_last;
};

} // namespace tandem
