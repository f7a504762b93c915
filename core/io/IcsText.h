// The text layer of iCalendar (RFC 5545 §3.1–3.3): content lines unfolded and taken apart into
// name, parameters and value; TEXT escaping; output lines folded at 75 octets.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem::IcsText {

// One logical line, folds joined.
struct Line {
    int line = 0; // 1-based line in the file where it starts
    QString text;
};

struct Parameter {
    QString name; // upper-case: "TZID"
    QStringList values; // quotes removed; split on commas outside quotes
};

// "NAME;PARAM=a,\"b:c\":value", taken apart; the value is still escaped.
struct Property {
    int line = 0;
    QString name; // upper-case: "DTSTART"
    QList<Parameter> parameters;
    QString value;

    // The first value of the parameter called `name` (upper-case), or empty.
    QString parameter(const QString& name) const;
    bool hasParameter(const QString& name) const;
};

// BEGIN:NAME … END:NAME with its properties and the components inside it.
struct Component {
    QString name; // upper-case: "VEVENT"
    int line = 0; // the BEGIN line
    QList<Property> properties;
    QList<Component> children;
    Error error; // the first line inside it (not in a child) that could not be read

    bool ok() const { return error.message.isEmpty(); }
    // The first property called `name`, or nullptr.
    const Property* property(const QString& name) const;
    QList<const Property*> all(const QString& name) const;
};

// Splits UTF-8 bytes (a BOM is dropped) into logical lines: CRLF or LF line ends, a line break
// followed by one space or tab continues the line before. Blank lines are left out.
QList<Line> unfold(const QByteArray& data);

// Takes one logical line apart. An Error (message and field only) for a line without ':' or with
// a malformed name or parameter.
Result<Property> parseProperty(const Line& line);

// Builds the component tree of a file's lines. BEGIN/END that do not pair up (an END missing or
// of another component), a line outside any component, or no component at all is an Error naming
// the line (the caller adds the file).
Result<QList<Component>> components(const QList<Line>& lines);

// TEXT values: "\\" "\;" "\," "\n" "\N" become the characters; other backslashes stay.
QString unescapeText(const QString& value);
// Backslash, semicolon, comma and line breaks escaped.
QString escapeText(const QString& value);
// A list value ("a\,b,c" → {"a,b", "c"} for TEXT; "20270101T090000,20270108T090000" for dates).
QStringList splitList(const QString& value);

// A parameter value, quoted when it holds ':' ';' or ','.
QString parameterValue(const QString& value);
// One content line with CRLF, folded so that no line exceeds 75 octets and no UTF-8 sequence is
// split.
QByteArray folded(const QString& line);

} // namespace tandem::IcsText
