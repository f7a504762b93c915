#include "util/Uuid.h"

#include "util/Clock.h"

#include <QRegularExpression>
#include <array>

namespace tandem {

IdGenerator::IdGenerator(const Clock& clock, quint64 seed)
    : m_clock(clock)
    , m_rng(seed ? QRandomGenerator(quint32(seed ^ (seed >> 32)))
                 : QRandomGenerator(QRandomGenerator::system()->generate()))
{
}

QString IdGenerator::next()
{
    qint64 ms = m_clock.nowMs();
    // Within one millisecond the 12-bit rand_a field counts up, so ids stay strictly ordered.
    if (ms <= m_lastMs) {
        ms = m_lastMs;
        if (++m_counter >= 0x0fff) {
            ++ms;
            m_counter = quint16(m_rng.bounded(0x0800));
        }
    } else {
        m_counter = quint16(m_rng.bounded(0x0800));
    }
    m_lastMs = ms;

    std::array<quint8, 16> b {};
    for (int i = 0; i < 6; ++i)
        b[i] = quint8((quint64(ms) >> (40 - 8 * i)) & 0xff);
    b[6] = quint8(0x70 | ((m_counter >> 8) & 0x0f));
    b[7] = quint8(m_counter & 0xff);
    const quint64 r = m_rng.generate64();
    for (int i = 8; i < 16; ++i)
        b[i] = quint8((r >> (8 * (i - 8))) & 0xff);
    b[8] = quint8(0x80 | (b[8] & 0x3f));

    static const char hex[] = "0123456789abcdef";
    QString s;
    s.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s += QLatin1Char('-');
        s += QLatin1Char(hex[b[i] >> 4]);
        s += QLatin1Char(hex[b[i] & 0x0f]);
    }
    return s;
}

bool IdGenerator::isValid(const QString& id)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(id).hasMatch();
}

} // namespace tandem
