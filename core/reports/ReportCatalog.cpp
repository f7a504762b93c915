#include "reports/ReportCatalog.h"

#include "store/Session.h"

#include <QCoreApplication>
#include <QLocale>

namespace tandem {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Reports", text);
}

QString recordName(Session& session, const QString& entity, const QString& id)
{
    const auto rec = session.records().get(entity, id);
    return rec ? rec->text(QStringLiteral("name")) : id;
}

QStringList contextLines(Session& session, const ReportDefinition& def, const ReportParams& p)
{
    const QLocale locale;
    QStringList lines;
    auto period = [&](const ReportParams& q) {
        return QStringLiteral("%1 – %2").arg(locale.toString(q.from, QLocale::ShortFormat),
            locale.toString(q.to, QLocale::ShortFormat));
    };
    if (def.usesPeriod) {
        lines << QCoreApplication::translate("Reports", "Period: %1").arg(period(p));
        if (p.compare != Comparison::None)
            lines << QCoreApplication::translate("Reports", "Compared with: %1")
                         .arg(period(p.shifted(p.compare)));
    } else {
        lines << QCoreApplication::translate("Reports", "As of %1")
                     .arg(locale.toString(p.today, QLocale::ShortFormat));
    }
    if (!p.ownerId.isEmpty())
        lines << QCoreApplication::translate("Reports", "Owner: %1")
                     .arg(recordName(session, QStringLiteral("user"), p.ownerId));
    if (!p.teamId.isEmpty())
        lines << QCoreApplication::translate("Reports", "Team: %1")
                     .arg(recordName(session, QStringLiteral("team"), p.teamId));
    if (!p.territoryId.isEmpty())
        lines << QCoreApplication::translate("Reports", "Territory: %1")
                     .arg(recordName(session, QStringLiteral("territory"), p.territoryId));
    if (!p.pipelineId.isEmpty())
        lines << QCoreApplication::translate("Reports", "Pipeline: %1")
                     .arg(recordName(session, QStringLiteral("pipeline"), p.pipelineId));
    if (def.filters & FilterCurrency)
        lines << QCoreApplication::translate("Reports", "Currency: %1").arg(p.currency);
    for (const ReportOption& o : def.options) {
        QString value = p.options.value(o.key);
        for (const ReportChoice& c : o.choices) {
            if (c.key == value)
                value = Reports::choiceLabel(c);
        }
        lines << QStringLiteral("%1: %2").arg(Reports::optionLabel(o), value);
    }
    return lines;
}

double change(const QVariant& now, const QVariant& before)
{
    const double b = before.toDouble();
    return (now.toDouble() - b) * 100.0 / b;
}

} // namespace

namespace Reports {

ReportTable compareTables(const ReportTable& now, const ReportTable& before)
{
    ReportTable out = now;
    out.columns.clear();
    QList<int> comparable;
    for (int c = 0; c < now.columns.size(); ++c) {
        const ReportColumn& col = now.columns.at(c);
        out.columns << col;
        if (!col.comparable)
            continue;
        comparable << c;
        out.columns << ReportColumn { col.key + QStringLiteral("_previous"),
            QCoreApplication::translate("Reports", "%1 (earlier)").arg(col.header), col.type,
            false };
        out.columns << ReportColumn { col.key + QStringLiteral("_change"),
            QCoreApplication::translate("Reports", "Change %"), ReportValue::Percent, false };
    }
    QHash<QString, const ReportRow*> earlier;
    for (const ReportRow& r : before.rows)
        earlier.insert(r.key, &r);
    auto widen = [&](const ReportRow& row, const ReportRow* prev, bool currentKnown) {
        ReportRow w { row.key, {}, row.total };
        for (int c = 0; c < now.columns.size(); ++c) {
            const ReportCell cell = currentKnown ? row.cells.value(c) : ReportCell {};
            w.cells << cell;
            // A row only the past had keeps its labels; its other figures were the past's.
            if (!currentKnown && now.columns.at(c).type == ReportValue::Text)
                w.cells.last() = row.cells.value(c);
            if (!comparable.contains(c))
                continue;
            const ReportCell old = prev ? prev->cells.value(c) : ReportCell {};
            w.cells << old;
            ReportCell delta;
            if (!old.value.isNull() && old.value.toDouble() != 0.0)
                delta.value = change(cell.value.isNull() ? QVariant(0) : cell.value, old.value);
            w.cells << delta;
        }
        return w;
    };
    out.rows.clear();
    QSet<QString> seen;
    for (const ReportRow& row : now.rows) {
        seen.insert(row.key);
        out.rows << widen(row, earlier.value(row.key), true);
    }
    // Rows only the earlier period has (a rep who left, a reason nobody gave this time) come
    // before the totals, so nothing earlier is hidden.
    int insertAt = int(out.rows.size());
    while (insertAt > 0 && out.rows.at(insertAt - 1).total)
        --insertAt;
    for (const ReportRow& row : before.rows) {
        if (seen.contains(row.key))
            continue;
        out.rows.insert(insertAt++, widen(row, &row, false));
    }
    // Chart columns keep pointing at the same figures.
    auto shiftedIndex = [&](int c) {
        int index = c;
        for (int k : comparable) {
            if (k < c)
                index += 2;
        }
        return index;
    };
    out.chart.categoryColumn = shiftedIndex(now.chart.categoryColumn);
    out.chart.valueColumns.clear();
    for (int c : now.chart.valueColumns)
        out.chart.valueColumns << shiftedIndex(c);
    return out;
}

const QList<ReportDefinition>& all()
{
    static const QList<ReportDefinition> list { funnelReport(), winLossReport(), forecastReport(),
        revenueReport(), abcCustomersReport(), abcProductsReport(), dormantReport(),
        teamActivityReport(), salesCycleReport(), leadSourcesReport(), campaignsReport(),
        casesReport(), targetsReport() };
    return list;
}

const ReportDefinition* find(const QString& name)
{
    for (const ReportDefinition& r : all()) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

Error unknownReport(const QString& name)
{
    QStringList names;
    for (const ReportDefinition& r : all())
        names << r.name;
    return makeError(QCoreApplication::translate("Reports", "no report '%1' (there are: %2)")
                         .arg(name, names.join(QLatin1String(", "))));
}

QString title(const ReportDefinition& report)
{
    return tr(report.title);
}

QString description(const ReportDefinition& report)
{
    return tr(report.description);
}

QString optionLabel(const ReportOption& option)
{
    return tr(option.label);
}

QString choiceLabel(const ReportChoice& choice)
{
    return tr(choice.label);
}

Result<ReportParams> withDefaults(const ReportDefinition& report, ReportParams params)
{
    for (auto it = params.options.begin(); it != params.options.end(); ++it) {
        const ReportOption* option = nullptr;
        for (const ReportOption& o : report.options) {
            if (o.key == it.key())
                option = &o;
        }
        if (!option) {
            QStringList known;
            for (const ReportOption& o : report.options)
                known << o.key;
            return makeError(known.isEmpty()
                    ? QCoreApplication::translate("Reports", "the %1 report takes no options")
                          .arg(report.name)
                    : QCoreApplication::translate(
                        "Reports", "the %1 report has no option '%2' (it has: %3)")
                          .arg(report.name, it.key(), known.join(QLatin1String(", "))),
                it.key());
        }
        if (!option->choices.isEmpty()) {
            QStringList keys;
            for (const ReportChoice& c : option->choices)
                keys << c.key;
            if (!keys.contains(it.value()))
                return makeError(
                    QCoreApplication::translate("Reports", "%1 must be one of %2, not '%3'")
                        .arg(it.key(), keys.join(QLatin1String(", ")), it.value()),
                    it.key());
        } else {
            bool ok = false;
            const int v = it.value().toInt(&ok);
            if (!ok || v < option->min || v > option->max)
                return makeError(QCoreApplication::translate(
                                     "Reports", "%1 must be a whole number from %2 to %3, not '%4'")
                                     .arg(it.key())
                                     .arg(option->min)
                                     .arg(option->max)
                                     .arg(it.value()),
                    it.key());
        }
    }
    for (const ReportOption& o : report.options) {
        if (!params.options.contains(o.key))
            params.options.insert(o.key, o.defaultValue);
    }
    if (params.today.isNull())
        params.today = QDate::currentDate();
    if (report.usesPeriod) {
        if (params.from.isNull() || params.to.isNull())
            presetPeriod(QStringLiteral("year-to-date"), params.today, &params.from, &params.to);
        if (params.from > params.to)
            return makeError(
                QCoreApplication::translate("Reports", "the period ends (%1) before it starts (%2)")
                    .arg(params.to.toString(Qt::ISODate), params.from.toString(Qt::ISODate)),
                QStringLiteral("to"));
    }
    return params;
}

Result<ReportTable> run(Session& session, const QString& name, ReportParams params)
{
    const ReportDefinition* report = find(name);
    if (!report)
        return unknownReport(name);
    if (params.currency.isEmpty())
        params.currency = session.defaultCurrency();
    params.currency = params.currency.toUpper();
    auto checked = withDefaults(*report, params);
    if (!checked)
        return checked.error();
    params = *checked;
    if (!report->usesPeriod)
        params.compare = Comparison::None;
    auto table = report->run(session, params);
    if (!table)
        return table.error();
    ReportTable out = *table;
    if (params.compare != Comparison::None) {
        auto before = report->run(session, params.shifted(params.compare));
        if (!before)
            return before.error();
        out = compareTables(out, *before);
    }
    out.name = report->name;
    out.title = title(*report);
    if (out.currency.isEmpty())
        out.currency = params.currency;
    out.context = contextLines(session, *report, params) + out.context;
    return out;
}

bool presetPeriod(const QString& preset, const QDate& today, QDate* from, QDate* to)
{
    const QDate month(today.year(), today.month(), 1);
    const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    const QDate year(today.year(), 1, 1);
    if (preset == QLatin1String("this-month")) {
        *from = month;
        *to = month.addMonths(1).addDays(-1);
    } else if (preset == QLatin1String("last-month")) {
        *from = month.addMonths(-1);
        *to = month.addDays(-1);
    } else if (preset == QLatin1String("this-quarter")) {
        *from = quarter;
        *to = quarter.addMonths(3).addDays(-1);
    } else if (preset == QLatin1String("last-quarter")) {
        *from = quarter.addMonths(-3);
        *to = quarter.addDays(-1);
    } else if (preset == QLatin1String("this-year")) {
        *from = year;
        *to = year.addYears(1).addDays(-1);
    } else if (preset == QLatin1String("last-year")) {
        *from = year.addYears(-1);
        *to = year.addDays(-1);
    } else if (preset == QLatin1String("year-to-date")) {
        *from = year;
        *to = today;
    } else if (preset == QLatin1String("last-12-months")) {
        *from = month.addMonths(-11);
        *to = month.addMonths(1).addDays(-1);
    } else {
        return false;
    }
    return true;
}

} // namespace Reports

} // namespace tandem
