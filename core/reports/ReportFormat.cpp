#include "reports/ReportFormat.h"

#include "domain/FieldFormat.h"

#include <QCoreApplication>
#include <cmath>

namespace tandem::ReportFormat {

bool isNumeric(ReportValue type)
{
    return type != ReportValue::Text && type != ReportValue::Date;
}

double number(const ReportTable& table, int column, const QVariant& value)
{
    if (value.isNull())
        return 0.0;
    if (table.columns.value(column).type == ReportValue::Money)
        return double(value.toLongLong()) / std::pow(10.0, currencyMinorDigits(table.currency));
    return value.toDouble();
}

QString text(
    const ReportTable& table, int column, const QVariant& value, const QLocale& locale, Style style)
{
    if (value.isNull() || !value.isValid())
        return {};
    const ReportValue type = table.columns.value(column).type;
    const bool csv = style == Style::Csv;
    QLocale l = locale;
    if (csv)
        l.setNumberOptions(QLocale::OmitGroupSeparator);
    switch (type) {
    case ReportValue::Text:
        return value.toString();
    case ReportValue::Count:
        return l.toString(value.toLongLong());
    case ReportValue::Money: {
        const int digits = currencyMinorDigits(table.currency);
        const QString amount = l.toString(number(table, column, value), 'f', digits);
        return csv ? amount : QStringLiteral("%1 %2").arg(amount, table.currency);
    }
    case ReportValue::Percent: {
        const QString n = l.toString(value.toDouble(), 'f', 1);
        return csv ? n : n + QStringLiteral(" %");
    }
    case ReportValue::Days:
    case ReportValue::Number:
        return l.toString(value.toDouble(), 'f', 1);
    case ReportValue::Date:
        return csv ? value.toDate().toString(Qt::ISODate)
                   : l.toString(value.toDate(), QLocale::ShortFormat);
    }
    return value.toString();
}

QString header(const ReportTable& table, int column, Style style)
{
    const ReportColumn& c = table.columns.at(column);
    if (style == Style::Csv && c.type == ReportValue::Money)
        return QStringLiteral("%1 (%2)").arg(c.header, table.currency);
    if (style == Style::Csv && c.type == ReportValue::Percent && !c.header.contains(QLatin1Char('%')))
        return QStringLiteral("%1 (%)").arg(c.header);
    return c.header;
}

} // namespace tandem::ReportFormat
