#include "reports/ReportParams.h"

#include <QTimeZone>

#include "util/StoredTime.h"

namespace tandem {

namespace {

QString stored(const QDate& day)
{
    return StoredTime::format(QDateTime(day, QTime(0, 0), QTimeZone::utc()));
}

} // namespace

QString ReportParams::fromStored() const
{
    return stored(from);
}

QString ReportParams::toStoredExclusive() const
{
    return stored(to.addDays(1));
}

ReportParams ReportParams::shifted(Comparison comparison) const
{
    ReportParams p = *this;
    p.compare = Comparison::None;
    if (comparison == Comparison::PreviousYear) {
        p.from = from.addYears(-1);
        p.to = to.addYears(-1);
        return p;
    }
    // Whole calendar months shift by months (March → February keeps its month ends); any other
    // period by its length in days.
    const bool wholeMonths = from.day() == 1 && to.addDays(1).day() == 1;
    if (wholeMonths) {
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        p.from = from.addMonths(-months);
        p.to = from.addDays(-1);
    } else {
        const qint64 days = from.daysTo(to) + 1;
        p.from = from.addDays(-days);
        p.to = from.addDays(-1);
    }
    return p;
}

int ReportParams::option(const QString& key, int fallback) const
{
    bool ok = false;
    const int v = options.value(key).toInt(&ok);
    return ok ? v : fallback;
}

bool parseComparison(const QString& text, Comparison* out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("none") || t.isEmpty())
        *out = Comparison::None;
    else if (t == QLatin1String("previous") || t == QLatin1String("period"))
        *out = Comparison::PreviousPeriod;
    else if (t == QLatin1String("year"))
        *out = Comparison::PreviousYear;
    else
        return false;
    return true;
}

} // namespace tandem
