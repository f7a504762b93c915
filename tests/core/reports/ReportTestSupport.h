// Reading a report's table in tests: a row by key, a cell by row key and column key, the row keys
// in order and the records behind a figure.
#pragma once

#include "reports/ReportTable.h"

#include <QSet>
#include <catch2/catch.hpp>

namespace tandem::test {

inline const ReportRow& row(const ReportTable& t, const QString& key)
{
    for (const ReportRow& r : t.rows) {
        if (r.key == key)
            return r;
    }
    FAIL("no row " << key.toStdString());
    return t.rows.first();
}

inline const ReportCell& cell(const ReportTable& t, const QString& key, const QString& column)
{
    const int c = t.column(column);
    INFO("column " << column.toStdString());
    REQUIRE(c >= 0);
    return row(t, key).cells.at(c);
}

inline QVariant value(const ReportTable& t, const QString& key, const QString& column)
{
    return cell(t, key, column).value;
}

// The ids a user drills down to from a figure (see ReportTable::drillIds), in a sorted list.
inline QStringList drillIds(const ReportTable& t, const QString& key, const QString& column)
{
    const int c = t.column(column);
    INFO("column " << column.toStdString());
    REQUIRE(c >= 0);
    for (int r = 0; r < t.rows.size(); ++r) {
        if (t.rows.at(r).key == key) {
            QStringList list = t.drillIds(r, c);
            list.sort();
            return list;
        }
    }
    FAIL("no row " << key.toStdString());
    return {};
}

// The ids behind a figure, in no particular order.
inline QSet<QString> ids(const ReportTable& t, const QString& key, const QString& column)
{
    const QStringList list = drillIds(t, key, column);
    return QSet<QString>(list.begin(), list.end());
}

inline QStringList keys(const ReportTable& t)
{
    QStringList out;
    for (const ReportRow& r : t.rows)
        out << r.key;
    return out;
}

inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace tandem::test
