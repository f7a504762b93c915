#include "common/CaseStyle.h"

namespace tandem::CaseStyle {

QColor overdueColour()
{
    return QColor(0xc0, 0x39, 0x2b);
}

QColor nearColour()
{
    return QColor(0xb9, 0x6a, 0x00);
}

QVariant foreground(CaseUrgency urgency)
{
    switch (urgency) {
    case CaseUrgency::Overdue:
        return overdueColour();
    case CaseUrgency::Near:
        return nearColour();
    case CaseUrgency::None:
        break;
    }
    return {};
}

QString statusColour(const QString& status)
{
    if (status == QLatin1String("resolved") || status == QLatin1String("closed"))
        return QStringLiteral("#e3f1ea");
    if (status == QLatin1String("waiting"))
        return QStringLiteral("#fdf1dc");
    if (status == QLatin1String("in_progress"))
        return QStringLiteral("#e8eef7");
    return QStringLiteral("#fbe4e1");
}

QString chip(const QString& text, const QString& background)
{
    return QStringLiteral("<span style=\"background:%1; color:#1f2933;\">&nbsp;%2&nbsp;</span>")
        .arg(background, text.toHtmlEscaped());
}

} // namespace tandem::CaseStyle
