// A report figure as text: in the reader's locale on screen and on paper, and plain (no currency
// code, no grouping, the locale's decimal mark) in CSV so spreadsheets read it as a number.
#pragma once

#include "reports/ReportTable.h"

#include <QLocale>

namespace tandem::ReportFormat {

enum class Style { Display, Csv };

QString text(const ReportTable& table, int column, const QVariant& value, const QLocale& locale,
    Style style = Style::Display);
// A number as a chart or sort reads it (money in major units).
double number(const ReportTable& table, int column, const QVariant& value);
// The column's header; in CSV a money column says its currency: "Won (EUR)".
QString header(const ReportTable& table, int column, Style style = Style::Display);
bool isNumeric(ReportValue type);

} // namespace tandem::ReportFormat
