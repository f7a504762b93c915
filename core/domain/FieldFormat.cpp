#include "domain/FieldFormat.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

namespace tandem {

namespace {

int effectiveScale(const FieldDef& field, const QString& currency)
{
    if (field.type == FieldType::Money)
        return currencyMinorDigits(currency);
    return field.scale();
}

} // namespace

int currencyMinorDigits(const QString& currency)
{
    static const QStringList zero { QStringLiteral("JPY"), QStringLiteral("KRW"),
        QStringLiteral("ISK"), QStringLiteral("CLP"), QStringLiteral("VND"), QStringLiteral("UGX"),
        QStringLiteral("XAF"), QStringLiteral("XOF") };
    static const QStringList three { QStringLiteral("BHD"), QStringLiteral("KWD"),
        QStringLiteral("JOD"), QStringLiteral("OMR"), QStringLiteral("TND"), QStringLiteral("IQD"),
        QStringLiteral("LYD") };
    const QString c = currency.toUpper();
    if (zero.contains(c))
        return 0;
    if (three.contains(c))
        return 3;
    return 2;
}

std::optional<qint64> parseScaled(const QString& input, int scale)
{
    static const QRegularExpression re(QStringLiteral("^(-)?(\\d{1,15})(?:[.,](\\d*))?$"));
    const auto m = re.match(input.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString frac = m.captured(3);
    if (frac.size() > scale)
        return std::nullopt; // more precision than the field holds: refuse rather than round
    qint64 v = m.captured(2).toLongLong();
    for (int i = 0; i < scale; ++i)
        v = v * 10 + (i < frac.size() ? frac.at(i).digitValue() : 0);
    return m.captured(1).isEmpty() ? v : -v;
}

QString formatScaled(qint64 value, int scale)
{
    if (scale == 0)
        return QString::number(value);
    qint64 div = 1;
    for (int i = 0; i < scale; ++i)
        div *= 10;
    const qint64 a = value < 0 ? -value : value;
    return QStringLiteral("%1%2.%3")
        .arg(value < 0 ? QStringLiteral("-") : QString())
        .arg(a / div)
        .arg(a % div, scale, 10, QLatin1Char('0'));
}

QString formatScaled(qint64 value, int scale, const QLocale& locale, bool keepTrailingZeros)
{
    qint64 div = 1;
    for (int i = 0; i < scale; ++i)
        div *= 10;
    const qint64 a = value < 0 ? -value : value;
    QString text = locale.toString(a / div);
    QString fraction
        = scale > 0 ? QStringLiteral("%1").arg(a % div, scale, 10, QLatin1Char('0')) : QString();
    if (!keepTrailingZeros) {
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
    }
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    return value < 0 ? locale.negativeSign() + text : text;
}

Result<QVariant> parseFieldText(
    const FieldDef& field, const QString& input, const QString& currency)
{
    const QString text = field.type == FieldType::LongText ? input : input.trimmed();
    if (text.isEmpty())
        return QVariant();
    auto bad = [&](const QString& msg) { return Error { msg, {}, 0, field.name }; };

    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Phone:
        return QVariant(text);
    case FieldType::Email:
        if (!text.contains(QLatin1Char('@')) || text.contains(QLatin1Char(' ')))
            return bad(QCoreApplication::translate("FieldFormat", "'%1' is not an e-mail address")
                           .arg(text));
        return QVariant(text);
    case FieldType::Url: {
        const QUrl url = QUrl::fromUserInput(text);
        if (!url.isValid())
            return bad(
                QCoreApplication::translate("FieldFormat", "'%1' is not a web address").arg(text));
        return QVariant(text);
    }
    case FieldType::Integer: {
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (!ok)
            return bad(
                QCoreApplication::translate("FieldFormat", "'%1' is not a whole number").arg(text));
        return QVariant(v);
    }
    case FieldType::Bool: {
        const QString t = text.toLower();
        if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes"))
            return QVariant(true);
        if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no"))
            return QVariant(false);
        return bad(
            QCoreApplication::translate("FieldFormat", "'%1' is not true or false").arg(text));
    }
    case FieldType::Money:
    case FieldType::Decimal2:
    case FieldType::Decimal3: {
        const int scale = effectiveScale(field, currency);
        const auto v = parseScaled(text, scale);
        if (!v)
            return bad(QCoreApplication::translate(
                "FieldFormat", "'%1' is not a number with at most %2 decimals")
                           .arg(text)
                           .arg(scale));
        return QVariant(*v);
    }
    case FieldType::Date: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return bad(QCoreApplication::translate("FieldFormat", "'%1' is not a date (YYYY-MM-DD)")
                           .arg(text));
        return QVariant(d.toString(Qt::ISODate));
    }
    case FieldType::DateTime: {
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(text, Qt::ISODate);
        if (!dt.isValid())
            return bad(QCoreApplication::translate(
                "FieldFormat", "'%1' is not a date and time (YYYY-MM-DDTHH:MM)")
                           .arg(text));
        return QVariant(dt.toUTC().toString(Qt::ISODateWithMs));
    }
    case FieldType::Ref:
        return QVariant(text.toLower());
    case FieldType::Choice:
        if (!field.choices.contains(text))
            return bad(QCoreApplication::translate("FieldFormat", "'%1' is not one of: %2")
                           .arg(text, field.choices.join(QLatin1String(", "))));
        return QVariant(text);
    case FieldType::Blob:
        return QVariant(QByteArray::fromBase64(text.toLatin1()));
    }
    return QVariant(text);
}

Result<QVariant> normaliseFieldValue(
    const FieldDef& field, const QVariant& value, const QString& currency)
{
    if (!value.isValid() || value.isNull())
        return QVariant();
    const auto typeId = value.metaType().id();
    if (field.type == FieldType::Blob && typeId == QMetaType::QByteArray)
        return value;
    if (field.type == FieldType::Bool && typeId == QMetaType::Bool)
        return value;
    if (field.isStoredAsInteger() && field.type != FieldType::Bool
        && (typeId == QMetaType::LongLong || typeId == QMetaType::Int || typeId == QMetaType::UInt
            || typeId == QMetaType::ULongLong))
        return QVariant(value.toLongLong());
    if (field.type == FieldType::Date && typeId == QMetaType::QDate)
        return QVariant(value.toDate().toString(Qt::ISODate));
    if (field.type == FieldType::DateTime && typeId == QMetaType::QDateTime)
        return QVariant(value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
    if (field.type == FieldType::Bool && typeId != QMetaType::QString)
        return QVariant(value.toLongLong() != 0);
    return parseFieldText(field, value.toString(), currency);
}

QString formatFieldText(const FieldDef& field, const QVariant& value, const QString& currency)
{
    if (!value.isValid() || value.isNull())
        return QString();
    switch (field.type) {
    case FieldType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Money:
    case FieldType::Decimal2:
    case FieldType::Decimal3:
        return formatScaled(value.toLongLong(), effectiveScale(field, currency));
    case FieldType::Blob:
        return QString::fromLatin1(value.toByteArray().toBase64());
    default:
        return value.toString();
    }
}

QJsonValue fieldToJson(const FieldDef& field, const QVariant& value, const QString& currency)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (field.type) {
    case FieldType::Bool:
        return QJsonValue(value.toBool());
    case FieldType::Integer:
        return QJsonValue(value.toLongLong());
    default:
        return QJsonValue(formatFieldText(field, value, currency));
    }
}

} // namespace tandem
