#include "io/LocaleValues.h"

#include "domain/FieldFormat.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

namespace tandem {

namespace {

QString readableKey(const QString& key)
{
    QString readable = key;
    readable.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!readable.isEmpty())
        readable[0] = readable.at(0).toUpper();
    return readable;
}

QString yesText()
{
    return QCoreApplication::translate("FieldDisplay", "Yes");
}

QString noText()
{
    return QCoreApplication::translate("FieldDisplay", "No");
}

Error fieldError(const FieldDef& field, const QString& message)
{
    return Error { message, {}, 0, field.name };
}

// Spreadsheets write two-digit years; read them as Excel does (00–29 → 2000s, 30–99 → 1900s).
QDate withCentury(QDate date, const QString& format)
{
    if (!date.isValid() || format.contains(QLatin1String("yyyy")))
        return date;
    const int yy = date.year() % 100;
    return QDate(yy < 30 ? 2000 + yy : 1900 + yy, date.month(), date.day());
}

// "dd.MM.yyyy" also reads "5.6.2026": single letters accept one or two digits.
QString lenient(QString format)
{
    format.replace(QLatin1String("dd"), QLatin1String("d"));
    format.replace(QLatin1String("MM"), QLatin1String("M"));
    return format;
}

} // namespace

LocaleValues::LocaleValues(const QLocale& locale, ChoiceLabeler choiceLabel)
    : m_locale(locale)
    , m_choiceLabel(std::move(choiceLabel))
{
}

QString LocaleValues::choiceLabel(const QString& key) const
{
    if (m_choiceLabel)
        return m_choiceLabel(key);
    return QCoreApplication::translate("Choice", readableKey(key).toUtf8().constData());
}

QString LocaleValues::dateFormat() const
{
    QString format = m_locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString LocaleValues::format(
    const FieldDef& field, const QVariant& value, const QString& currency) const
{
    if (!value.isValid() || value.isNull())
        return QString();
    switch (field.type) {
    case FieldType::Bool:
        return value.toBool() ? yesText() : noText();
    case FieldType::Money:
    case FieldType::Decimal2:
    case FieldType::Decimal3:
        return formatFieldText(field, value, currency)
            .replace(QLatin1Char('.'), m_locale.decimalPoint());
    case FieldType::Date: {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? d.toString(dateFormat()) : value.toString();
    }
    case FieldType::DateTime: {
        QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            return value.toString();
        t = t.toLocalTime();
        const bool seconds = t.time().second() != 0;
        return t.toString(
            dateFormat() + (seconds ? QStringLiteral(" HH:mm:ss") : QStringLiteral(" HH:mm")));
    }
    case FieldType::Choice:
        return choiceLabel(value.toString());
    default:
        return formatFieldText(field, value, currency);
    }
}

Result<QVariant> LocaleValues::parse(
    const FieldDef& field, const QString& input, const QString& currency) const
{
    const QString text = field.type == FieldType::LongText ? input : input.trimmed();
    if (text.trimmed().isEmpty())
        return QVariant();
    switch (field.type) {
    case FieldType::Date:
        return parseDate(field, text);
    case FieldType::DateTime:
        return parseDateTime(field, text);
    case FieldType::Integer:
        return parseNumber(field, text, 0, currency);
    case FieldType::Money:
        return parseNumber(field, text, currencyMinorDigits(currency), currency);
    case FieldType::Decimal2:
    case FieldType::Decimal3:
        return parseNumber(field, text, field.scale(), currency);
    case FieldType::Bool:
        return parseBool(field, text);
    case FieldType::Choice:
        return parseChoice(field, text);
    case FieldType::Ref:
        return QVariant(text);
    default:
        return parseFieldText(field, text, currency);
    }
}

Result<QVariant> LocaleValues::parseDate(const FieldDef& field, const QString& text) const
{
    QDate d = QDate::fromString(text, Qt::ISODate);
    const QString shortFormat = m_locale.dateFormat(QLocale::ShortFormat);
    for (const QString& format :
        { dateFormat(), lenient(dateFormat()), shortFormat, lenient(shortFormat) }) {
        if (d.isValid())
            break;
        d = withCentury(m_locale.toDate(text, format), format);
    }
    if (!d.isValid())
        return fieldError(field,
            QCoreApplication::translate("LocaleValues", "'%1' is not a date (%2 or YYYY-MM-DD)")
                .arg(text, QDate(2026, 6, 15).toString(dateFormat())));
    return QVariant(d.toString(Qt::ISODate));
}

Result<QVariant> LocaleValues::parseDateTime(const FieldDef& field, const QString& text) const
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    const QStringList dates { dateFormat(), lenient(dateFormat()) };
    const QStringList times { QStringLiteral(" H:mm:ss"), QStringLiteral(" H:mm") };
    for (const QString& date : dates) {
        for (const QString& time : times) {
            if (!t.isValid())
                t = m_locale.toDateTime(text, date + time); // local time, as export writes it
        }
    }
    if (!t.isValid())
        return fieldError(field,
            QCoreApplication::translate("LocaleValues", "'%1' is not a date and time (%2)")
                .arg(text,
                    QDateTime(QDate(2026, 6, 15), QTime(14, 30))
                        .toString(dateFormat() + QStringLiteral(" HH:mm"))));
    return QVariant(t.toUTC().toString(Qt::ISODateWithMs));
}

Result<QVariant> LocaleValues::parseNumber(
    const FieldDef& field, const QString& input, int scale, const QString& currency) const
{
    QString t = input;
    // "€1 250,50", "1250.50 EUR", "21 %": the symbol is the column's business, not the number's.
    if (!currency.isEmpty())
        t.remove(currency, Qt::CaseInsensitive);
    t.removeIf([](QChar c) {
        return c.isSpace() || c.category() == QChar::Symbol_Currency || c == QLatin1Char('%');
    });
    t.replace(m_locale.negativeSign(), QLatin1String("-"));
    t.replace(QChar(0x2212), QLatin1Char('-'));
    const QString group = m_locale.groupSeparator();
    const QString decimal = m_locale.decimalPoint();
    if (!group.trimmed().isEmpty() && group != decimal && t.contains(group)) {
        // "1,250" in English is a thousand and a quarter only when grouping fits.
        static const QRegularExpression grouped(QStringLiteral("^-?\\d{1,3}(?:%1\\d{3})+$"));
        const QRegularExpression re(grouped.pattern().arg(QRegularExpression::escape(group)));
        if (t.contains(decimal) || re.match(t).hasMatch())
            t.remove(group);
    }
    const auto v = parseScaled(t, scale);
    if (!v) {
        const QString message = scale == 0
            ? QCoreApplication::translate("FieldFormat", "'%1' is not a whole number").arg(input)
            : QCoreApplication::translate(
                "FieldFormat", "'%1' is not a number with at most %2 decimals")
                  .arg(input)
                  .arg(scale);
        return fieldError(field, message);
    }
    return QVariant(*v);
}

Result<QVariant> LocaleValues::parseBool(const FieldDef& field, const QString& text) const
{
    const QString folded = foldForSearch(text);
    static const QStringList yes { QStringLiteral("1"), QStringLiteral("true"),
        QStringLiteral("yes") };
    static const QStringList no { QStringLiteral("0"), QStringLiteral("false"),
        QStringLiteral("no") };
    if (yes.contains(folded) || folded == foldForSearch(yesText()))
        return QVariant(true);
    if (no.contains(folded) || folded == foldForSearch(noText()))
        return QVariant(false);
    return fieldError(field,
        QCoreApplication::translate("LocaleValues", "'%1' is not %2 or %3")
            .arg(text, yesText(), noText()));
}

Result<QVariant> LocaleValues::parseChoice(const FieldDef& field, const QString& text) const
{
    const QString folded = foldForSearch(text);
    QStringList labels;
    for (const QString& key : field.choices) {
        const QString label = choiceLabel(key);
        if (key == text || folded == foldForSearch(key) || folded == foldForSearch(label)
            || folded == foldForSearch(readableKey(key)))
            return QVariant(key);
        labels << label;
    }
    return fieldError(field,
        QCoreApplication::translate("FieldFormat", "'%1' is not one of: %2")
            .arg(text, labels.join(QLatin1String(", "))));
}

} // namespace tandem
