// tandem-cli report: every report the GUI shows, for scripts and cron jobs — listed, or run for a
// period with filters and written as PDF, CSV or HTML (or shown as text when no file is given).
#include "CliContext.h"
#include "CliOutput.h"

#include "reports/ReportCatalog.h"
#include "reports/ReportFormat.h"
#include "reports/ReportPrinter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace tandem::cli {

namespace {

int listReports(CliContext& ctx, bool json)
{
    if (json) {
        QJsonArray list;
        for (const ReportDefinition& r : Reports::all()) {
            QJsonArray options;
            for (const ReportOption& o : r.options) {
                QJsonArray choices;
                for (const ReportChoice& c : o.choices)
                    choices << c.key;
                options << QJsonObject { { QStringLiteral("key"), o.key },
                    { QStringLiteral("default"), o.defaultValue },
                    { QStringLiteral("choices"), choices } };
            }
            list << QJsonObject { { QStringLiteral("name"), r.name },
                { QStringLiteral("title"), Reports::title(r) },
                { QStringLiteral("description"), Reports::description(r) },
                { QStringLiteral("period"), r.usesPeriod },
                { QStringLiteral("options"), options } };
        }
        printJson(ctx.out(), QJsonDocument(list));
        return Ok;
    }
    int width = 0;
    for (const ReportDefinition& r : Reports::all())
        width = std::max(width, int(r.name.size()));
    for (const ReportDefinition& r : Reports::all()) {
        ctx.out() << r.name.leftJustified(width + 2) << Reports::title(r) << QStringLiteral(" — ")
                  << Reports::description(r) << Qt::endl;
        for (const ReportOption& o : r.options) {
            QStringList choices;
            for (const ReportChoice& c : o.choices)
                choices << c.key;
            ctx.out() << QString(width + 2, QLatin1Char(' ')) << QStringLiteral("--option ")
                      << o.key << QLatin1Char('=')
                      << (choices.isEmpty() ? QStringLiteral("%1..%2").arg(o.min).arg(o.max)
                                            : choices.join(QLatin1Char('|')))
                      << QStringLiteral("  (") << QCoreApplication::translate("Cli", "default")
                      << QLatin1Char(' ') << o.defaultValue << QStringLiteral(")") << Qt::endl;
        }
    }
    return Ok;
}

// The table as aligned plain text, for a terminal.
void printText(CliContext& ctx, const ReportTable& table)
{
    const QLocale locale;
    ctx.out() << table.title << Qt::endl;
    for (const QString& line : table.context)
        ctx.out() << line << Qt::endl;
    ctx.out() << Qt::endl;
    QList<QStringList> lines;
    QStringList header;
    for (int c = 0; c < table.columns.size(); ++c)
        header << ReportFormat::header(table, c);
    lines << header;
    for (const ReportRow& row : table.rows) {
        QStringList line;
        for (int c = 0; c < table.columns.size(); ++c)
            line << ReportFormat::text(table, c, row.cells.value(c).value, locale);
        lines << line;
    }
    QList<int> widths(table.columns.size(), 0);
    for (const QStringList& line : lines) {
        for (int c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], int(line.at(c).size()));
    }
    for (const QStringList& line : lines) {
        QStringList padded;
        for (int c = 0; c < line.size(); ++c) {
            const bool numeric = ReportFormat::isNumeric(table.columns.at(c).type);
            padded << (numeric ? line.at(c).rightJustified(widths[c])
                               : line.at(c).leftJustified(widths[c]));
        }
        ctx.out() << padded.join(QStringLiteral("  ")).trimmed() << Qt::endl;
    }
    if (table.rows.isEmpty())
        ctx.out() << QCoreApplication::translate("Reports", "Nothing in this period.") << Qt::endl;
    for (const QString& note : table.notes)
        ctx.out() << Qt::endl << note << Qt::endl;
}

void printTableJson(CliContext& ctx, const ReportTable& table)
{
    QJsonArray columns;
    for (const ReportColumn& c : table.columns)
        columns << QJsonObject { { QStringLiteral("key"), c.key },
            { QStringLiteral("header"), c.header } };
    QJsonArray rows;
    for (const ReportRow& row : table.rows) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), row.key);
        if (row.total)
            o.insert(QStringLiteral("total"), true);
        for (int c = 0; c < table.columns.size(); ++c) {
            const QVariant v = row.cells.value(c).value;
            const ReportValue type = table.columns.at(c).type;
            QJsonValue j;
            if (v.isNull())
                j = QJsonValue::Null;
            else if (type == ReportValue::Count || type == ReportValue::Money)
                j = v.toLongLong(); // money in minor units
            else if (type == ReportValue::Date)
                j = v.toDate().toString(Qt::ISODate);
            else if (type == ReportValue::Text)
                j = v.toString();
            else
                j = std::round(v.toDouble() * 100.0) / 100.0;
            o.insert(table.columns.at(c).key, j);
        }
        rows << o;
    }
    printJson(ctx.out(),
        QJsonDocument(QJsonObject { { QStringLiteral("report"), table.name },
            { QStringLiteral("title"), table.title },
            { QStringLiteral("currency"), table.currency },
            { QStringLiteral("context"), QJsonArray::fromStringList(table.context) },
            { QStringLiteral("notes"), QJsonArray::fromStringList(table.notes) },
            { QStringLiteral("columns"), columns }, { QStringLiteral("rows"), rows } }));
}

bool parseDay(const QString& text, QDate* out)
{
    *out = QDate::fromString(text, Qt::ISODate);
    return out->isValid() && text.size() == 10;
}

} // namespace

int runReport(CliContext& ctx, const QStringList& arguments)
{
    const auto parsed = Args::parse(arguments,
        { QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("period"),
            QStringLiteral("compare"), QStringLiteral("owner"), QStringLiteral("team"),
            QStringLiteral("territory"), QStringLiteral("pipeline"), QStringLiteral("currency"),
            QStringLiteral("option"), QStringLiteral("page"), QStringLiteral("out") },
        { QStringLiteral("list"), QStringLiteral("json") });
    if (!parsed)
        return ctx.usage(parsed.error().message);
    const Args& args = *parsed;
    if (args.has(QStringLiteral("list")))
        return listReports(ctx, args.has(QStringLiteral("json")));
    if (args.positional.size() != 1)
        return ctx.usage(
            QCoreApplication::translate("Cli", "report needs a report name (see 'report --list')"));
    const QString name = args.positional.first();
    if (!Reports::find(name))
        return ctx.fail(Reports::unknownReport(name));

    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    ReportParams params;
    params.today = ctx.clock().nowUtc().toLocalTime().date();
    if (args.has(QStringLiteral("period"))
        && !Reports::presetPeriod(
            args.value(QStringLiteral("period")), params.today, &params.from, &params.to))
        return ctx.usage(QCoreApplication::translate("Cli",
            "--period must be one of this-month, last-month, this-quarter, "
            "last-quarter, this-year, last-year, year-to-date, last-12-months"));
    for (const char* option : { "from", "to" }) {
        const QString key = QLatin1String(option);
        if (!args.has(key))
            continue;
        QDate day;
        if (!parseDay(args.value(key), &day))
            return ctx.usage(
                QCoreApplication::translate("Cli", "--%1 expects a date as YYYY-MM-DD, not '%2'")
                    .arg(key, args.value(key)));
        (key == QLatin1String("from") ? params.from : params.to) = day;
    }
    if (params.from.isValid() != params.to.isValid()) {
        // One end given: the other is the start of that year or today.
        if (!params.from.isValid())
            params.from = QDate(params.to.year(), 1, 1);
        else
            params.to = std::max(params.from, params.today);
    }
    if (args.has(QStringLiteral("compare"))
        && !parseComparison(args.value(QStringLiteral("compare")), &params.compare))
        return ctx.usage(
            QCoreApplication::translate("Cli", "--compare must be previous, year or none"));
    struct Ref {
        const char* option;
        const char* entity;
        QString* target;
    };
    for (const Ref& ref :
        { Ref { "owner", "user", &params.ownerId }, Ref { "team", "team", &params.teamId },
            Ref { "territory", "territory", &params.territoryId },
            Ref { "pipeline", "pipeline", &params.pipelineId } }) {
        const QString key = QLatin1String(ref.option);
        if (!args.has(key))
            continue;
        const QString id = args.value(key);
        if (!(*session)->records().get(QLatin1String(ref.entity), id))
            return noSuchRecord(ctx, QLatin1String(ref.entity), id);
        *ref.target = id;
    }
    params.currency = args.value(QStringLiteral("currency"));
    for (const QString& option : args.values(QStringLiteral("option"))) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.usage(
                QCoreApplication::translate("Cli", "--option expects KEY=VALUE, not '%1'")
                    .arg(option));
        params.options.insert(option.left(eq), option.mid(eq + 1));
    }
    QPageSize::PageSizeId page = QPageSize::A4;
    const QString pageName = args.value(QStringLiteral("page"), QStringLiteral("a4")).toLower();
    if (pageName == QLatin1String("letter"))
        page = QPageSize::Letter;
    else if (pageName != QLatin1String("a4"))
        return ctx.usage(QCoreApplication::translate("Cli", "--page must be a4 or letter"));

    (*session)->database().readOnceThenExit();
    auto table = Reports::run(**session, name, params);
    if (!table)
        return ctx.fail(table.error());
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        if (args.has(QStringLiteral("json")))
            printTableJson(ctx, *table);
        else
            printText(ctx, *table);
        return Ok;
    }
    ReportPrinter::Options options;
    options.printedAt = ctx.clock().nowUtc().toLocalTime();
    options.organisation = (*session)->setting(QStringLiteral("company_name"));
    if (auto r = ReportPrinter::save(*table, out, page, options); !r)
        return ctx.fail(r.error());
    return Ok;
}

} // namespace tandem::cli
