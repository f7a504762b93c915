#include "records/FieldDisplay.h"

#include "common/ChoiceLabels.h"
#include "domain/FieldFormat.h"
#include "util/StoredTime.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace tandem::FieldDisplay {

namespace {

QString currencySymbol(const QString& currency)
{
    static const QHash<QString, QString> symbols {
        { QStringLiteral("EUR"), QStringLiteral("€") },
        { QStringLiteral("USD"), QStringLiteral("$") },
        { QStringLiteral("GBP"), QStringLiteral("£") },
        { QStringLiteral("PLN"), QStringLiteral("zł") },
        { QStringLiteral("UAH"), QStringLiteral("₴") },
        { QStringLiteral("RON"), QStringLiteral("lei") },
    };
    return symbols.value(currency.toUpper(), currency.toUpper());
}

QString fourDigitYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

double scaled(qint64 value, int digits)
{
    double v = double(value);
    for (int i = 0; i < digits; ++i)
        v /= 10.0;
    return v;
}

} // namespace

QString dateFormat()
{
    return fourDigitYear(QLocale().dateFormat(QLocale::ShortFormat));
}

QString dateTimeFormat()
{
    return fourDigitYear(QLocale().dateTimeFormat(QLocale::ShortFormat));
}

QString storedTime(const QString& stored)
{
    const QDateTime t = StoredTime::parse(stored);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), dateTimeFormat()) : QString();
}

QString money(qint64 minorUnits, const QString& currency, bool wholeUnits)
{
    const int digits = currencyMinorDigits(currency);
    const QString symbol = currencySymbol(currency);
    QString text
        = QLocale().toCurrencyString(scaled(minorUnits, digits), symbol, wholeUnits ? 0 : digits);
    // Locales that put the symbol first glue it to the number: fine for €, not for "zł" or "MDL".
    if (text.startsWith(symbol) && symbol.back().isLetter() && text.size() > symbol.size()
        && !text.at(symbol.size()).isSpace())
        text.insert(symbol.size(), QChar(0x00A0));
    return text;
}

std::optional<qint64> parseMoney(const QString& text, const QString& currency)
{
    QString amount = text.trimmed();
    amount.remove(QLatin1Char(' ')).remove(QChar(0xa0)).remove(QChar(0x202f));
    // "1,250.50" or "1.250,50": with both marks, the locale's group separator goes; so it does in
    // "12,500" typed where ',' groups thousands, else read as 12.500 and refused (two decimals).
    const QString group = QLocale().groupSeparator();
    const QRegularExpression grouped(
        QStringLiteral("^-?\\d{1,3}(?:%1\\d{3})+$").arg(QRegularExpression::escape(group)));
    if ((amount.contains(QLatin1Char('.')) && amount.contains(QLatin1Char(',')))
        || grouped.match(amount).hasMatch())
        amount.remove(group);
    if (amount.isEmpty())
        return std::nullopt;
    return parseScaled(amount, currencyMinorDigits(currency));
}

bool alignsRight(const FieldDef& field)
{
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Money:
    case FieldType::Decimal2:
    case FieldType::Decimal3:
        return true;
    default:
        return false;
    }
}

QString text(const FieldDef& field, const QVariant& value, const QString& currency,
    const LabelLookup& labels)
{
    if (!value.isValid() || value.isNull())
        return QString();
    const QLocale locale;
    switch (field.type) {
    case FieldType::Bool:
        return value.toBool() ? QCoreApplication::translate("FieldDisplay", "Yes")
                              : QCoreApplication::translate("FieldDisplay", "No");
    case FieldType::Integer:
        return locale.toString(value.toLongLong());
    case FieldType::Money:
        return money(value.toLongLong(), currency);
    case FieldType::Decimal2:
    case FieldType::Decimal3:
        return locale.toString(scaled(value.toLongLong(), field.scale()), 'f', field.scale());
    case FieldType::Date: {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? d.toString(dateFormat()) : value.toString();
    }
    case FieldType::DateTime: {
        QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(value.toString(), Qt::ISODate);
        return t.isValid() ? t.toLocalTime().toString(dateTimeFormat()) : value.toString();
    }
    case FieldType::Ref:
        return labels ? labels(field.refEntity, value.toString()) : value.toString();
    case FieldType::Choice:
        return ChoiceLabels::text(value.toString());
    case FieldType::Blob:
        return QCoreApplication::translate(
            "FieldDisplay", "(%n bytes)", nullptr, int(value.toByteArray().size()));
    case FieldType::LongText:
        return value.toString().simplified();
    default:
        return value.toString();
    }
}

QString editText(const FieldDef& field, const QVariant& value, const QString& currency)
{
    if (!value.isValid() || value.isNull())
        return QString();
    QString text = formatFieldText(field, value, currency);
    switch (field.type) {
    case FieldType::Money:
    case FieldType::Decimal2:
    case FieldType::Decimal3:
        // parseScaled reads '.' or ','; show the mark the user types.
        return text.replace(QLatin1Char('.'), QLocale().decimalPoint());
    default:
        return text;
    }
}

} // namespace tandem::FieldDisplay
