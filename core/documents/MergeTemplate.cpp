#include "documents/MergeTemplate.h"

#include <QCoreApplication>

namespace tandem::MergeTemplate {

namespace {

enum class Kind { Text, Escaped, Raw, Section, Inverted };

struct Node {
    Kind kind = Kind::Text;
    QString text; // literal text, or the field name
    int line = 0;
    QList<Node> children;
};

Error errorAt(const QString& source, int line, const QString& what)
{
    //: %1 is the template file, %2 the line number, %3 what is wrong
    return makeError(QCoreApplication::translate("MergeTemplate", "%1, line %2: %3")
                         .arg(source, QString::number(line), what));
}

class Parser {
public:
    Parser(const QString& text, const QString& source)
        : m_text(text)
        , m_source(source)
    {
    }

    // Fills `out` up to the matching {{/openName}} (or the end when openName is empty).
    std::optional<Error> parse(QList<Node>& out, const QString& openName, int openLine)
    {
        while (m_pos < m_text.size()) {
            const qsizetype start = m_text.indexOf(QLatin1String("{{"), m_pos);
            if (start < 0) {
                out.append(Node { Kind::Text, m_text.mid(m_pos), m_line, {} });
                advanceTo(m_text.size());
                break;
            }
            if (start > m_pos)
                out.append(Node { Kind::Text, m_text.mid(m_pos, start - m_pos), m_line, {} });
            advanceTo(start);
            const int tagLine = m_line;
            const bool triple = m_text.mid(start, 3) == QLatin1String("{{{");
            const QLatin1String closer = triple ? QLatin1String("}}}") : QLatin1String("}}");
            const qsizetype inner = start + (triple ? 3 : 2);
            const qsizetype end = m_text.indexOf(closer, inner);
            const qsizetype nextOpen = m_text.indexOf(QLatin1String("{{"), inner);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
                const qsizetype stop = nextOpen >= 0 ? nextOpen : m_text.size();
                const QString begun
                    = m_text.mid(start, stop - start).section(QLatin1Char('\n'), 0, 0).left(40);
                return errorAt(m_source, tagLine,
                    //: %1 is the start of the tag as written in the template, %2 is }} or }}}
                    QCoreApplication::translate(
                        "MergeTemplate", "the tag %1 is never closed with %2")
                        .arg(begun.trimmed(), QString(closer)));
            }
            const QString tag = m_text.mid(start, end + closer.size() - start);
            QString body = m_text.mid(inner, end - inner).trimmed();
            advanceTo(end + closer.size());

            Kind kind = triple ? Kind::Raw : Kind::Escaped;
            QChar sigil;
            if (!triple && !body.isEmpty() && QStringLiteral("!#^/&").contains(body.front())) {
                sigil = body.front();
                body = body.mid(1).trimmed();
            }
            if (sigil == QLatin1Char('!'))
                continue;
            if (body.isEmpty())
                return errorAt(m_source, tagLine,
                    QCoreApplication::translate("MergeTemplate", "the tag %1 has no field name")
                        .arg(tag));
            if (sigil == QLatin1Char('&')) {
                kind = Kind::Raw;
            } else if (sigil == QLatin1Char('/')) {
                if (openName.isEmpty())
                    return errorAt(m_source, tagLine,
                        QCoreApplication::translate(
                            "MergeTemplate", "%1 closes a section that was never opened")
                            .arg(tag));
                if (body != openName)
                    return errorAt(m_source, tagLine,
                        //: %3 is the line where the section %2 was opened
                        QCoreApplication::translate("MergeTemplate",
                            "%1 closes a section, but the open one is {{#%2}} (line %3)")
                            .arg(tag, openName)
                            .arg(openLine));
                return std::nullopt;
            } else if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
                Node section { sigil == QLatin1Char('#') ? Kind::Section : Kind::Inverted, body,
                    tagLine, {} };
                if (auto e = parse(section.children, body, tagLine))
                    return e;
                out.append(std::move(section));
                continue;
            }
            out.append(Node { kind, body, tagLine, {} });
        }
        if (!openName.isEmpty())
            return errorAt(m_source, openLine,
                QCoreApplication::translate("MergeTemplate", "the section {{#%1}} is never closed")
                    .arg(openName));
        return std::nullopt;
    }

private:
    void advanceTo(qsizetype pos)
    {
        m_line += int(QStringView(m_text).mid(m_pos, pos - m_pos).count(QLatin1Char('\n')));
        m_pos = pos;
    }

    const QString& m_text;
    const QString& m_source;
    qsizetype m_pos = 0;
    int m_line = 1;
};

Result<QList<Node>> parse(const QString& text, const QString& source)
{
    QList<Node> nodes;
    Parser parser(text, source);
    if (auto e = parser.parse(nodes, {}, 0))
        return *e;
    return nodes;
}

bool isEmptyValue(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::Bool:
        return !v.toBool();
    case QMetaType::QString:
        return v.toString().isEmpty();
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return v.toList().isEmpty();
    case QMetaType::QVariantMap:
        return v.toMap().isEmpty();
    default:
        return v.toString().isEmpty() && !v.canConvert<QVariantMap>();
    }
}

class Renderer {
public:
    explicit Renderer(const QVariantMap& context) { m_scopes.append(context); }

    void render(const QList<Node>& nodes)
    {
        for (const Node& node : nodes) {
            switch (node.kind) {
            case Kind::Text:
                m_out.html += node.text;
                break;
            case Kind::Escaped:
            case Kind::Raw: {
                const QString value = lookup(node.text).value_or(QVariant()).toString();
                if (value.isEmpty() && !m_out.missing.contains(node.text))
                    m_out.missing.append(node.text);
                m_out.html += node.kind == Kind::Raw ? value : value.toHtmlEscaped();
                break;
            }
            case Kind::Section:
            case Kind::Inverted: {
                const QVariant value = lookup(node.text).value_or(QVariant());
                const bool empty = isEmptyValue(value);
                if (node.kind == Kind::Inverted) {
                    if (empty)
                        render(node.children);
                } else if (!empty) {
                    const bool isList = value.typeId() == QMetaType::QVariantList
                        || value.typeId() == QMetaType::QStringList;
                    const QVariantList items = isList ? value.toList() : QVariantList { value };
                    for (const QVariant& item : items) {
                        m_scopes.append(item);
                        render(node.children);
                        m_scopes.removeLast();
                    }
                }
                break;
            }
            }
        }
    }

    Rendered take() { return std::move(m_out); }

private:
    // Mustache rules: the first part of a dotted name is looked up from the innermost scope out.
    std::optional<QVariant> lookup(const QString& name) const
    {
        if (name == QLatin1String("."))
            return m_scopes.last();
        const QStringList parts = name.split(QLatin1Char('.'));
        for (qsizetype i = m_scopes.size() - 1; i >= 0; --i) {
            const QVariantMap scope = m_scopes[i].toMap();
            auto it = scope.constFind(parts.first());
            if (it == scope.constEnd())
                continue;
            QVariant value = *it;
            for (qsizetype p = 1; p < parts.size(); ++p) {
                const QVariantMap map = value.toMap();
                auto next = map.constFind(parts[p]);
                if (next == map.constEnd())
                    return std::nullopt;
                value = *next;
            }
            return value;
        }
        return std::nullopt;
    }

    QList<QVariant> m_scopes;
    Rendered m_out;
};

void collect(const QList<Node>& nodes, QStringList& sections, QList<Field>& out)
{
    for (const Node& node : nodes) {
        if (node.kind == Kind::Text)
            continue;
        const bool isSection = node.kind == Kind::Section || node.kind == Kind::Inverted;
        out.append(Field { node.text, sections, node.line, isSection });
        if (isSection) {
            sections.append(node.text);
            collect(node.children, sections, out);
            sections.removeLast();
        }
    }
}

} // namespace

Result<Rendered> render(
    const QString& templateText, const QVariantMap& context, const QString& sourceName)
{
    auto nodes = parse(templateText, sourceName);
    if (!nodes)
        return nodes.error();
    Renderer renderer(context);
    renderer.render(*nodes);
    return renderer.take();
}

Result<QList<Field>> fields(const QString& templateText, const QString& sourceName)
{
    auto nodes = parse(templateText, sourceName);
    if (!nodes)
        return nodes.error();
    QList<Field> out;
    QStringList sections;
    collect(*nodes, sections, out);
    return out;
}

} // namespace tandem::MergeTemplate
