// How cases look wherever they are listed: the status chip, and red for a passed deadline, amber
// for a near one (dark enough to read on a light and a dark background alike).
#pragma once

#include "services/Cases.h"

#include <QColor>
#include <QString>
#include <QVariant>

namespace tandem::CaseStyle {

QColor overdueColour();
QColor nearColour();
// The colour a row's text takes for an urgency: invalid for none.
QVariant foreground(CaseUrgency urgency);
QString statusColour(const QString& status);
QString chip(const QString& text, const QString& background);

} // namespace tandem::CaseStyle
