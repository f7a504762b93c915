#include "BenchSupport.h"

#include <algorithm>
#include <numeric>
#include <sqlite3.h>

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

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

RawDb::RawDb(const QString& path, int flags)
{
    sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144");
}

RawDb::~RawDb()
{
    for (sqlite3_stmt* s : std::as_const(m_statements))
        sqlite3_finalize(s);
    sqlite3_close(m_db);
}

void RawDb::exec(const char* sql)
{
    sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
}

sqlite3_stmt* RawDb::statement(const char* sql)
{
    sqlite3_stmt*& s = m_statements[QByteArray(sql)];
    if (!s)
        sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr);
    return s;
}

void bindText(sqlite3_stmt* s, int i, const QByteArray& value)
{
    if (value.isNull())
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_text(s, i, value.constData(), int(value.size()), SQLITE_STATIC);
}

void bindValues(sqlite3_stmt* s, const QVariantList& values, QList<QByteArray>& kept)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        if (v.isNull())
            sqlite3_bind_null(s, i + 1);
        else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
            sqlite3_bind_int64(s, i + 1, v.toLongLong());
        else {
            kept << v.toString().toUtf8();
            bindText(s, i + 1, kept.last());
        }
    }
}

// Steps to the end reading every column, as fromRow() does; the number of rows.
int readRows(sqlite3_stmt* s)
{
    int rows = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(s); ++c) {
            if (sqlite3_column_type(s, c) == SQLITE_INTEGER) {
                (void)sqlite3_column_int64(s, c);
            } else {
                (void)sqlite3_column_text(s, c);
                (void)sqlite3_column_bytes(s, c);
            }
        }
        ++rows;
    }
    sqlite3_reset(s);
    return rows;
}

qint64 readCount(sqlite3_stmt* s)
{
    const qint64 n = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
    sqlite3_reset(s);
    return n;
}

} // namespace tandem::bench
