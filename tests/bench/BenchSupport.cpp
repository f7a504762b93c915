#include "BenchSupport.h"

#include <algorithm>
#include <numeric>

namespace tandem::bench {

double Samples::percentile(double p) const
{
    if (ms.isEmpty())
        return 0;
    QList<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype i
        = std::min<qsizetype>(sorted.size() - 1, qsizetype(p / 100.0 * double(sorted.size())));
    return sorted.at(i);
}

double Samples::total() const
{
    return std::accumulate(ms.begin(), ms.end(), 0.0);
}

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

void printRow(const QString& name, const Samples& ours, const Samples& raw)
{
    const double p50 = ours.percentile(50), p95 = ours.percentile(95);
    const double r50 = raw.percentile(50), r95 = raw.percentile(95);
    out() << QStringLiteral("%1\n    tandem p50 %2 ms  p95 %3 ms | raw SQLite p50 %4 ms  p95 %5 ms "
                            "| ratio p50 %6x  p95 %7x\n")
                 .arg(name)
                 .arg(p50, 0, 'f', 3)
                 .arg(p95, 0, 'f', 3)
                 .arg(r50, 0, 'f', 3)
                 .arg(r95, 0, 'f', 3)
                 .arg(r50 > 0 ? p50 / r50 : 0, 0, 'f', 2)
                 .arg(r95 > 0 ? p95 / r95 : 0, 0, 'f', 2)
          << Qt::flush;
}

void printFigure(const QString& name, double value, const QString& unit)
{
    out() << QStringLiteral("%1: %2 %3\n").arg(name).arg(value, 0, 'f', 1).arg(unit) << Qt::flush;
}

} // namespace tandem::bench
