#include "reports/ReportCsv.h"

#include "io/CsvWriter.h"
#include "reports/ReportFormat.h"

namespace tandem::ReportCsv {

QByteArray write(const ReportTable& table, const QLocale& locale)
{
    using ReportFormat::Style;
    QStringList header;
    for (int c = 0; c < table.columns.size(); ++c)
        header << ReportFormat::header(table, c, Style::Csv);
    QList<QStringList> rows;
    for (const ReportRow& row : table.rows) {
        QStringList line;
        for (int c = 0; c < table.columns.size(); ++c)
            line << ReportFormat::text(table, c, row.cells.value(c).value, locale, Style::Csv);
        rows << line;
    }
    CsvWriteOptions options;
    options.delimiter = CsvWriter::delimiterFor(locale);
    return CsvWriter::write(header, rows, options);
}

} // namespace tandem::ReportCsv
