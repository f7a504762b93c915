// iCalendar is always UTF-8 (RFC 5545 §3.1.4), so lines become text before they are taken apart.
// Escaping and folding are the same as vCard's and share VCardText's code.
#include "io/IcsText.h"

#include "io/VCardText.h"

#include <QCoreApplication>
#include <algorithm>

namespace tandem::IcsText {

namespace {

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
}

bool isName(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isNameChar);
}

// What a broken line probably meant as its property name, for the message.
QString guessName(const QString& text)
{
    qsizetype end = 0;
    while (end < text.size() && end < 40 && isNameChar(text.at(end)))
        ++end;
    return text.left(end).toUpper();
}

// Splits on `separator` outside double quotes; quotes are kept.
QStringList splitOutsideQuotes(const QString& text, QChar separator)
{
    QStringList parts { QString() };
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == separator && !quoted)
            parts.append(QString());
        else
            parts.last().append(c);
    }
    return parts;
}

// Components that only stand directly inside VCALENDAR: one of them starting inside another means
// the other's END is missing.
bool isTopLevel(const QString& name)
{
    static const QStringList names { QStringLiteral("VCALENDAR"), QStringLiteral("VEVENT"),
        QStringLiteral("VTODO"), QStringLiteral("VJOURNAL"), QStringLiteral("VFREEBUSY"),
        QStringLiteral("VTIMEZONE") };
    return names.contains(name);
}

Error lineError(QString message, int line, QString field = {})
{
    return Error { std::move(message), {}, line, std::move(field) };
}

Error missingEnd(const Component& open, const QString& next, int nextLine)
{
    return lineError(
        QCoreApplication::translate("Ics", "BEGIN:%1 has no END:%1 (%2 follows on line %3)")
            .arg(open.name, next)
            .arg(nextLine),
        open.line, QStringLiteral("END"));
}

} // namespace

const Property* Component::property(const QString& name) const
{
    for (const Property& p : properties) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QList<const Property*> Component::all(const QString& name) const
{
    QList<const Property*> out;
    for (const Property& p : properties) {
        if (p.name == name)
            out << &p;
    }
    return out;
}

Result<QList<Component>> components(const QList<Line>& lines)
{
    QList<Component> top;
    QList<Component> stack;
    for (const Line& line : lines) {
        auto parsed = parseProperty(line);
        if (!parsed) {
            Error e = parsed.error();
            e.line = line.line;
            if (stack.isEmpty())
                return e;
            if (stack.last().ok())
                stack.last().error = e;
            continue;
        }
        const Property& p = *parsed;
        if (p.name == QLatin1String("BEGIN")) {
            const QString name = p.value.trimmed().toUpper();
            if (!stack.isEmpty() && isTopLevel(name)
                && (name == QLatin1String("VCALENDAR")
                    || stack.last().name != QLatin1String("VCALENDAR")))
                return missingEnd(stack.last(), QStringLiteral("BEGIN:") + name, line.line);
            Component c;
            c.name = name;
            c.line = line.line;
            stack.append(c);
        } else if (p.name == QLatin1String("END")) {
            const QString name = p.value.trimmed().toUpper();
            if (stack.isEmpty())
                return lineError(
                    QCoreApplication::translate("Ics", "END:%1 without BEGIN:%1").arg(name),
                    line.line, QStringLiteral("END"));
            if (stack.last().name != name) {
                const bool outer = std::any_of(stack.begin(), stack.end(),
                    [&name](const Component& c) { return c.name == name; });
                if (outer)
                    return missingEnd(stack.last(), QStringLiteral("END:") + name, line.line);
                return lineError(QCoreApplication::translate("Ics",
                                     "END:%1 where END:%2 was expected (BEGIN:%2 on line %3)")
                                     .arg(name, stack.last().name)
                                     .arg(stack.last().line),
                    line.line, QStringLiteral("END"));
            }
            Component done = stack.takeLast();
            if (stack.isEmpty())
                top.append(done);
            else
                stack.last().children.append(done);
        } else {
            if (stack.isEmpty())
                return lineError(QCoreApplication::translate("Ics",
                                     "text outside the calendar (BEGIN:VCALENDAR … END:VCALENDAR)"),
                    line.line, p.name);
            stack.last().properties.append(p);
        }
    }
    if (!stack.isEmpty())
        return lineError(QCoreApplication::translate("Ics",
                             "the file ends inside the %1 that starts on this line (no END:%1)")
                             .arg(stack.last().name),
            stack.last().line, QStringLiteral("END"));
    return top;
}

QString Property::parameter(const QString& name) const
{
    for (const Parameter& p : parameters) {
        if (p.name == name && !p.values.isEmpty())
            return p.values.first();
    }
    return {};
}

bool Property::hasParameter(const QString& name) const
{
    return std::any_of(parameters.begin(), parameters.end(),
        [&name](const Parameter& p) { return p.name == name; });
}

QList<Line> unfold(const QByteArray& input)
{
    const QByteArray data = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
    QList<Line> lines;
    QByteArray current; // bytes: a fold may fall inside a UTF-8 sequence
    int currentLine = 0;
    auto flush = [&]() {
        if (!current.trimmed().isEmpty())
            lines.append({ currentLine, QString::fromUtf8(current) });
        current.clear();
    };
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        QByteArray physical = data.mid(pos, end - pos);
        if (physical.endsWith('\r'))
            physical.chop(1);
        pos = end + 1;
        ++lineNumber;
        if ((physical.startsWith(' ') || physical.startsWith('\t')) && !current.isEmpty()) {
            current += physical.mid(1);
            continue;
        }
        flush();
        current = physical;
        currentLine = lineNumber;
    }
    flush();
    return lines;
}

Result<Property> parseProperty(const Line& raw)
{
    const QString& text = raw.text;
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && colon < 0; ++i) {
        if (text.at(i) == QLatin1Char('"'))
            quoted = !quoted;
        else if (text.at(i) == QLatin1Char(':') && !quoted)
            colon = i;
    }
    if (colon < 0)
        return makeError(QCoreApplication::translate(
                             "Ics", "the line has no “:” between the property name and its value"),
            guessName(text));

    Property property;
    property.line = raw.line;
    property.value = text.mid(colon + 1);
    const QStringList parts = splitOutsideQuotes(text.left(colon), QLatin1Char(';'));
    const QString name = parts.first().trimmed();
    if (!isName(name))
        return makeError(QCoreApplication::translate(
                             "Ics", "the line is not an iCalendar property (NAME:value expected)"),
            guessName(text));
    property.name = name.toUpper();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0 || !isName(part.left(eq).trimmed()))
            return makeError(
                QCoreApplication::translate("Ics", "the parameter “%1” has no NAME=value form")
                    .arg(part.left(40)),
                property.name);
        Parameter p { part.left(eq).trimmed().toUpper(), {} };
        for (QString v : splitOutsideQuotes(part.mid(eq + 1), QLatin1Char(','))) {
            v = v.trimmed();
            if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
                v = v.mid(1, v.size() - 2);
            p.values.append(v);
        }
        property.parameters.append(p);
    }
    return property;
}

QString unescapeText(const QString& value)
{
    return VCardText::unescape(value);
}

QString escapeText(const QString& value)
{
    return VCardText::escape(value);
}

QStringList splitList(const QString& value)
{
    QStringList out;
    for (const QString& part : VCardText::splitUnescaped(value, QLatin1Char(',')))
        out << unescapeText(part);
    return out;
}

QString parameterValue(const QString& value)
{
    QString clean = value;
    clean.remove(QLatin1Char('"'));
    if (clean.contains(QLatin1Char(':')) || clean.contains(QLatin1Char(';'))
        || clean.contains(QLatin1Char(',')))
        return QLatin1Char('"') + clean + QLatin1Char('"');
    return clean;
}

QByteArray folded(const QString& line)
{
    return VCardText::folded(line);
}

} // namespace tandem::IcsText
