// UUID version 7 (RFC 9562): 48-bit Unix milliseconds, then random bits; sortable by creation time.
#pragma once

#include <QRandomGenerator>
#include <QString>

namespace tandem {

class Clock;

class IdGenerator {
public:
    // seed 0 means "seed from the system's entropy".
    explicit IdGenerator(const Clock& clock, quint64 seed = 0);
    QString next();
    static bool isValid(const QString& id);

private:
    const Clock& m_clock;
    QRandomGenerator m_rng;
    qint64 m_lastMs = -1;
    quint16 m_counter = 0;
};

} // namespace tandem
