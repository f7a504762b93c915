// Timing helpers for tandem_bench: percentiles, and one line of figures per measurement.
#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

namespace tandem::bench {

struct Samples {
    QList<double> ms;
    void add(double v) { ms << v; }
    double percentile(double p) const;
    double total() const;
};

QTextStream& out();
void printRow(const QString& name, const Samples& ours, const Samples& raw);
void printFigure(const QString& name, double value, const QString& unit);

} // namespace tandem::bench
