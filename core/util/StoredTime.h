// Instants as the store keeps them: ISO 8601 UTC text with milliseconds
// ("2026-12-08T08:00:00.000Z"), which sorts as time does; and lists of them (a series' skipped
// occurrences), comma-separated.
#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace tandem::StoredTime {

inline QString format(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Invalid for empty or unreadable text; seconds without milliseconds are accepted.
inline QDateTime parse(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

inline QList<QDateTime> parseList(const QString& text)
{
    QList<QDateTime> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QDateTime t = parse(part.trimmed());
        if (t.isValid())
            out << t;
    }
    return out;
}

inline QString formatList(const QList<QDateTime>& list)
{
    QStringList parts;
    for (const QDateTime& t : list)
        parts << format(t);
    return parts.join(QLatin1Char(','));
}

} // namespace tandem::StoredTime
