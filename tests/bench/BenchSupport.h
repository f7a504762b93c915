// Timing helpers for tandem_bench: percentiles, and one line of figures per measurement.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>
#include <QTextStream>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace tandem::bench {

struct Samples {
    QList<double> ms;
    void add(double v) { ms << v; }
    double percentile(double p) const;
    double total() const;
};

QTextStream& out();
double msSince(const QElapsedTimer& timer);

// Raw SQLite on its own connection, with the pragmas Database sets; statements prepared once.
class RawDb {
public:
    RawDb(const QString& path, int flags);
    ~RawDb();
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    void exec(const char* sql);
    sqlite3_stmt* statement(const char* sql);

private:
    sqlite3* m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt*> m_statements;
};

void bindText(sqlite3_stmt* s, int i, const QByteArray& value);
// Binds the values as the Qt driver would (null, integer, else text); the texts are bound without
// a copy, so `kept` must live until the statement's steps end.
void bindValues(sqlite3_stmt* s, const QVariantList& values, QList<QByteArray>& kept);
// Steps to the end reading every column, as fromRow() does; the number of rows.
int readRows(sqlite3_stmt* s);
qint64 readCount(sqlite3_stmt* s);
void printRow(const QString& name, const Samples& ours, const Samples& raw);
void printFigure(const QString& name, double value, const QString& unit);

} // namespace tandem::bench
