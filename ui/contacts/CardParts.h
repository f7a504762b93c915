// Pieces both cards use: the round avatar (photo or initials), tag-like chips, and rich-text
// labels whose tel:, mailto:, http: and record: links do the right thing when clicked.
#pragma once

#include <QPixmap>
#include <QString>

class QLabel;
class QWidget;

namespace tandem {

class DataEvents;

namespace CardParts {
// The photo cut to a circle, or the initials on a colour picked from the name.
QPixmap avatar(const QString& name, const QByteArray& photo, int size);
// An HTML chip (a rounded label) for rich-text labels.
QString chip(const QString& text, const QString& colour = QStringLiteral("#e8eef7"));
// Links: "tel:+37061234567" (visual separators dropped), "mailto:…", "record:entity/id".
QString telLink(const QString& number);
QString mailLink(const QString& address);
QString webLink(const QString& url);
QString recordLink(const QString& entity, const QString& id, const QString& text);
// A selectable rich-text label: record: links open the record in its module, others go to the
// desktop (phone app, mail program, browser).
QLabel* linkLabel(DataEvents& events, QWidget* parent);
// A small bold heading above a card section.
QLabel* heading(const QString& text, QWidget* parent);
} // namespace CardParts

} // namespace tandem
