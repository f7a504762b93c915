#include "services/PlaybookCondition.h"

#include "domain/EntitySchema.h"
#include "domain/FieldFormat.h"

#include <QCoreApplication>
#include <optional>

namespace tandem {

const QString PlaybookCondition::kQuoteDiscount = QStringLiteral("quote_discount");

namespace {

enum class Op { Greater, GreaterOrEqual, Less, LessOrEqual, Equal, NotEqual };

struct Parsed {
    const FieldDef* field = nullptr; // null: the empty condition
    Op op = Op::Equal;
    QString value;
};

Error conditionError(const QString& message)
{
    return Error { message, {}, 0, QStringLiteral("condition") };
}

bool isNumeric(const FieldDef& f)
{
    return f.type == FieldType::Money || f.type == FieldType::Integer
        || f.type == FieldType::Decimal2 || f.type == FieldType::Decimal3;
}

std::optional<Op> opFrom(const QString& s)
{
    if (s == QLatin1String(">"))
        return Op::Greater;
    if (s == QLatin1String(">="))
        return Op::GreaterOrEqual;
    if (s == QLatin1String("<"))
        return Op::Less;
    if (s == QLatin1String("<="))
        return Op::LessOrEqual;
    if (s == QLatin1String("="))
        return Op::Equal;
    if (s == QLatin1String("!="))
        return Op::NotEqual;
    return std::nullopt;
}

bool isOpChar(QChar c)
{
    return c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('=')
        || c == QLatin1Char('!');
}

Result<Parsed> parse(const QString& condition)
{
    const QString text = condition.trimmed();
    Parsed p;
    if (text.isEmpty())
        return p;

    qsizetype i = 0;
    while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('_')))
        ++i;
    const QString name = text.left(i).toLower();
    if (name.isEmpty())
        return conditionError(QCoreApplication::translate(
            "PlaybookCondition", "A condition starts with a deal field, as in: amount > 10000"));
    static const FieldDef quoteDiscount = [] {
        FieldDef f;
        f.name = PlaybookCondition::kQuoteDiscount;
        f.type = FieldType::Decimal2;
        return f;
    }();
    const EntityDef* deal = EntitySchema::find(QStringLiteral("deal"));
    p.field = name == PlaybookCondition::kQuoteDiscount ? &quoteDiscount : deal->field(name);
    if (!p.field || p.field->internal() || p.field->type == FieldType::Blob)
        return conditionError(
            QCoreApplication::translate("PlaybookCondition", "A deal has no field '%1'").arg(name));

    while (i < text.size() && text.at(i).isSpace())
        ++i;
    qsizetype opStart = i;
    while (i < text.size() && isOpChar(text.at(i)))
        ++i;
    const QString opText = text.mid(opStart, i - opStart);
    if (opText.isEmpty())
        return conditionError(QCoreApplication::translate(
            "PlaybookCondition", "After '%1' comes a comparison: one of > >= < <= = !=")
                                  .arg(name));
    const auto op = opFrom(opText);
    if (!op)
        return conditionError(QCoreApplication::translate(
            "PlaybookCondition", "'%1' is not a comparison; use one of > >= < <= = !=")
                                  .arg(opText));
    p.op = *op;

    QString value = text.mid(i).trimmed();
    const bool quoted = value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))));
    if (quoted)
        value = value.mid(1, value.size() - 2);
    else if (value.isEmpty())
        return conditionError(QCoreApplication::translate(
            "PlaybookCondition", "The condition has no value after '%1'")
                                  .arg(opText));
    if (isNumeric(*p.field) && !parseScaled(value, 3))
        return conditionError(QCoreApplication::translate(
            "PlaybookCondition", "'%1' is not a number to compare %2 with")
                                  .arg(value, name));
    p.value = value;
    return p;
}

template <class T> bool compare(const T& a, const T& b, Op op)
{
    switch (op) {
    case Op::Greater:
        return a > b;
    case Op::GreaterOrEqual:
        return a >= b;
    case Op::Less:
        return a < b;
    case Op::LessOrEqual:
        return a <= b;
    case Op::Equal:
        return a == b;
    case Op::NotEqual:
        return a != b;
    }
    return false;
}

} // namespace

Result<void> PlaybookCondition::validate(const QString& condition)
{
    auto p = parse(condition);
    if (!p)
        return p.error();
    return {};
}

bool PlaybookCondition::isDiscountApproval(const QString& condition)
{
    const auto p = parse(condition);
    return p && p->field && p->field->name == kQuoteDiscount;
}

Result<bool> PlaybookCondition::holds(const QString& condition, const Record& deal)
{
    auto parsed = parse(condition);
    if (!parsed)
        return parsed.error();
    const Parsed& p = *parsed;
    if (!p.field)
        return true;

    const QVariant actual = deal.value(p.field->name);
    if (isNumeric(*p.field)) {
        // A missing number is unknown, not zero: "amount < 5000" must not pick up undecided deals.
        if (isEmptyValue(actual))
            return false;
        int scale = p.field->scale();
        QString currency = deal.text(QStringLiteral("currency"));
        if (p.field->type == FieldType::Money) {
            if (currency.isEmpty())
                currency = QStringLiteral("EUR");
            scale = currencyMinorDigits(currency);
        }
        const auto wanted = parseScaled(p.value, scale);
        if (!wanted)
            return conditionError(QCoreApplication::translate(
                "PlaybookCondition", "'%1' has more decimals than %2 amounts have")
                                      .arg(p.value, currency));
        return compare(actual.toLongLong(), *wanted, p.op);
    }
    QString text = actual.toString();
    if (p.field->type == FieldType::Bool && !isEmptyValue(actual))
        text = actual.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return compare(QString::compare(text, p.value, Qt::CaseInsensitive), 0, p.op);
}

} // namespace tandem
