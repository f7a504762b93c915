// A report as CSV that Excel opens in the user's locale: `;` where the decimal mark is a comma,
// a header line, the figures as plain numbers; the title and context are left to the file name.
#pragma once

#include "reports/ReportTable.h"

#include <QByteArray>
#include <QLocale>

namespace tandem::ReportCsv {
QByteArray write(const ReportTable& table, const QLocale& locale);
} // namespace tandem::ReportCsv
