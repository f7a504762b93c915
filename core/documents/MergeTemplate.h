// Merge fields in document templates: a small Mustache-like language ({{a.b}}, {{{html}}},
// {{#list}}…{{/list}}, {{^empty}}…{{/empty}}) rendered against a nested QVariantMap.
#pragma once

#include "util/Result.h"

#include <QStringList>
#include <QVariantMap>

namespace tandem::MergeTemplate {

struct Rendered {
    QString html;
    QStringList
        missing; // merge fields used but empty/absent in the context, unique, in order of first use
};

// {{a.b}} → the value at path a.b in context (QVariantMap nested; QVariantList for sections),
// HTML-escaped; {{{a.b}}} unescaped (for values the caller already made HTML).
// {{#a}}…{{/a}} repeats over a list of maps (inside, names resolve against the item first, then
// outwards), or shows once when a is a non-empty scalar/true/map; {{^a}}…{{/a}} shows when a is
// missing/empty/false/an empty list. {{! comment }} is dropped.
// Errors name sourceName, the line number and the tag.
Result<Rendered> render(
    const QString& templateText, const QVariantMap& context, const QString& sourceName);

// A merge field or section a template uses, with the sections it sits in (outermost first):
// lets a caller check a template against the fields it will be given, whatever the data.
struct Field {
    QString name;
    QStringList sections;
    int line = 0;
    bool isSection = false;
};
Result<QList<Field>> fields(const QString& templateText, const QString& sourceName);

} // namespace tandem::MergeTemplate
