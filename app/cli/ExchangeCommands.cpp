// tandem-cli import / export: vCard and CSV files in and out, with a dry run and explicit partial
// imports.
#include "CliContext.h"

#include "domain/EntitySchema.h"
#include "services/AddressBookFiles.h"
#include "services/CalendarExchange.h"
#include "services/Segments.h"

#include <QCoreApplication>

namespace tandem::cli {

namespace {

void printReport(CliContext& ctx, const ImportReport& report, bool dryRun)
{
    for (const ImportRow& row : report.rows) {
        if (row.outcome == ImportRow::Outcome::SkippedDuplicate)
            ctx.out() << QCoreApplication::translate(
                "Cli", "line %1: %2 is already here (%3), skipped")
                             .arg(row.line)
                             .arg(row.label, row.duplicateOfId)
                      << Qt::endl;
    }
    const QString counts = QCoreApplication::translate(
        "Cli", "%1 created, %2 updated, %3 skipped as duplicates, %4 rejected.")
                               .arg(report.created)
                               .arg(report.updated)
                               .arg(report.skipped)
                               .arg(report.rejected);
    if (dryRun)
        ctx.out() << QCoreApplication::translate("Cli", "Dry run, nothing written: %1").arg(counts)
                  << Qt::endl;
    else if (report.applied)
        ctx.out() << QCoreApplication::translate("Cli", "Imported: %1").arg(counts) << Qt::endl;
}

QList<Error> problems(const ImportReport& report)
{
    QList<Error> out = report.errors;
    for (const ImportRow& row : report.rows) {
        if (row.outcome == ImportRow::Outcome::Rejected)
            out << row.error;
    }
    return out;
}

// "csv|vcard FILE [--entity E]", shared by import and export. An exit code when the command line
// is wrong or names an unknown record type.
struct FileArgs {
    ExchangeFormat format = ExchangeFormat::Csv;
    QString path;
    QString entity;
};

std::optional<int> readFileArgs(
    CliContext& ctx, const Args& args, const QString& usage, FileArgs& out)
{
    if (args.positional.size() != 2)
        return ctx.usage(usage);
    const auto format = AddressBookFiles::formatNamed(args.positional.at(0));
    if (!format)
        return ctx.usage(usage);
    out.format = *format;
    out.path = args.positional.at(1);
    out.entity = args.value(QStringLiteral("entity"), QStringLiteral("contact"));
    if (!EntitySchema::find(out.entity))
        return ctx.fail(
            QCoreApplication::translate("Cli", "unknown record type '%1'").arg(out.entity));
    return std::nullopt;
}

// "2027-03-01" (a whole day: --to includes it) or an ISO date-time; UTC unless it says otherwise.
std::optional<QDateTime> parseWhen(const QString& text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), QTimeZone::utc());
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc());
    return t.toUTC();
}

int importIcs(CliContext& ctx, const Args& args)
{
    if (args.positional.size() != 2 || args.has(QStringLiteral("entity"))
        || args.has(QStringLiteral("mapping")) || args.has(QStringLiteral("update"))
        || args.has(QStringLiteral("create-duplicates")))
        return ctx.usage(QCoreApplication::translate(
            "Cli", "usage: import ics FILE [--dry-run] [--skip-invalid]"));
    IcsImportOptions options;
    options.dryRun = args.has(QStringLiteral("dry-run"));
    options.skipInvalid = args.has(QStringLiteral("skip-invalid"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    auto report = CalendarExchange::importIcs(**s, args.positional.at(1), options);
    if (!report)
        return ctx.fail(report.error());
    const QList<Error> bad = problems(*report);
    for (const Error& e : bad)
        ctx.err() << QStringLiteral("tandem-cli: ") << e.toString() << Qt::endl;
    const QString counts
        = QCoreApplication::translate("Cli", "%1 created, %2 updated, %3 unchanged, %4 rejected.")
              .arg(report->created)
              .arg(report->updated)
              .arg(report->skipped)
              .arg(report->rejected);
    if (options.dryRun) {
        ctx.out() << QCoreApplication::translate("Cli", "Dry run, nothing written: %1").arg(counts)
                  << Qt::endl;
        return bad.isEmpty() ? Ok : Failed;
    }
    if (!report->applied) {
        ctx.err() << QStringLiteral("tandem-cli: ")
                  << (report->errors.isEmpty()
                             ? QCoreApplication::translate("Cli",
                                 "nothing was imported: %n problem(s) in the file. Fix them, or "
                                 "import the rest with --skip-invalid.",
                                 nullptr, int(bad.size()))
                             : QCoreApplication::translate(
                                 "Cli", "nothing was imported: the file cannot be read."))
                  << Qt::endl;
        return Failed;
    }
    ctx.out() << QCoreApplication::translate("Cli", "Imported: %1").arg(counts) << Qt::endl;
    return Ok;
}

int exportIcs(CliContext& ctx, const Args& args)
{
    if (args.positional.size() != 2 || args.has(QStringLiteral("entity"))
        || args.has(QStringLiteral("segment")) || args.has(QStringLiteral("vcard3")))
        return ctx.usage(QCoreApplication::translate(
            "Cli", "usage: export ics FILE [--where field=value]… [--from DATE] [--to DATE]"));
    IcsExportSelection selection;
    for (const QString& option : { QStringLiteral("from"), QStringLiteral("to") }) {
        if (!args.has(option))
            continue;
        const auto when = parseWhen(args.value(option), option == QLatin1String("to"));
        if (!when)
            return ctx.usage(QCoreApplication::translate(
                "Cli", "--%1 '%2' is not a date (YYYY-MM-DD) or date and time")
                                 .arg(option, args.value(option)));
        (option == QLatin1String("from") ? selection.from : selection.to) = *when;
    }
    auto where = parseAssignments(args.values(QStringLiteral("where")));
    if (!where)
        return ctx.fail(where.error());
    for (auto it = where->begin(); it != where->end(); ++it)
        selection.query.where << qMakePair(it.key(), it.value());
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    auto written = CalendarExchange::exportIcs(**s, args.positional.at(1), selection);
    if (!written)
        return ctx.fail(written.error(), QStringLiteral("activity"));
    ctx.out() << QCoreApplication::translate("Cli", "Wrote %n record(s) to %1.", nullptr, *written)
                     .arg(args.positional.at(1))
              << Qt::endl;
    return Ok;
}

bool isIcs(const Args& args)
{
    return !args.positional.isEmpty()
        && args.positional.first().compare(QLatin1String("ics"), Qt::CaseInsensitive) == 0;
}

} // namespace

int runImport(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, { QStringLiteral("entity"), QStringLiteral("mapping") },
        { QStringLiteral("dry-run"), QStringLiteral("skip-invalid"), QStringLiteral("update"),
            QStringLiteral("create-duplicates") });
    const QString usage = QCoreApplication::translate("Cli",
        "usage: import csv|vcard|ics FILE [--entity ENTITY] [--mapping FILE] "
        "[--dry-run] [--skip-invalid] [--update | --create-duplicates]");
    if (!args)
        return ctx.usage(args.error().message);
    if (isIcs(*args))
        return importIcs(ctx, *args);
    FileArgs file;
    if (const auto exit = readFileArgs(ctx, *args, usage, file))
        return *exit;
    ImportRequest request;
    request.format = file.format;
    request.path = file.path;
    request.entity = file.entity;
    request.mappingPath = args->value(QStringLiteral("mapping"));
    if (args->has(QStringLiteral("update")) && args->has(QStringLiteral("create-duplicates")))
        return ctx.usage(QCoreApplication::translate(
            "Cli", "--update and --create-duplicates exclude each other"));
    request.options.dryRun = args->has(QStringLiteral("dry-run"));
    request.options.skipInvalid = args->has(QStringLiteral("skip-invalid"));
    if (args->has(QStringLiteral("update")))
        request.options.duplicates = DuplicatePolicy::Update;
    if (args->has(QStringLiteral("create-duplicates")))
        request.options.duplicates = DuplicatePolicy::CreateAnyway;

    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    auto report = AddressBookFiles::importFile(**s, request);
    if (!report)
        return ctx.fail(report.error());
    const QList<Error> bad = problems(*report);
    for (const Error& e : bad)
        ctx.err() << QStringLiteral("tandem-cli: ") << e.toString() << Qt::endl;
    printReport(ctx, *report, request.options.dryRun);
    if (request.options.dryRun)
        return bad.isEmpty() ? Ok : Failed;
    if (!report->applied) {
        ctx.err() << QStringLiteral("tandem-cli: ")
                  << QCoreApplication::translate("Cli",
                         "nothing was imported: %n problem(s) in the file. Fix them, or "
                         "import the rest with --skip-invalid.",
                         nullptr, int(bad.size()))
                  << Qt::endl;
        return Failed;
    }
    return Ok;
}

int runExport(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments,
        { QStringLiteral("entity"), QStringLiteral("segment"), QStringLiteral("where"),
            QStringLiteral("from"), QStringLiteral("to") },
        { QStringLiteral("vcard3") });
    const QString usage = QCoreApplication::translate("Cli",
        "usage: export csv|vcard|ics FILE [--entity ENTITY] [--segment NAME] "
        "[--where field=value]… [--vcard3] [--from DATE] [--to DATE]");
    if (!args)
        return ctx.usage(args.error().message);
    if (isIcs(*args))
        return exportIcs(ctx, *args);
    if (args->has(QStringLiteral("from")) || args->has(QStringLiteral("to")))
        return ctx.usage(usage);
    FileArgs file;
    if (const auto exit = readFileArgs(ctx, *args, usage, file))
        return *exit;
    ExportRequest request;
    request.format = file.format;
    request.path = file.path;
    request.entity = file.entity;
    request.vcard3 = args->has(QStringLiteral("vcard3"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    if (args->has(QStringLiteral("segment"))) {
        const QString name = args->value(QStringLiteral("segment"));
        const auto segment = Segments::find(**s, request.entity, name);
        if (!segment)
            return ctx.fail(
                QCoreApplication::translate("Cli", "there is no segment of %1 records called “%2”")
                    .arg(request.entity, name));
        auto query = Segments::query(*segment);
        if (!query)
            return ctx.fail(query.error());
        request.query = *query;
    }
    auto where = parseAssignments(args->values(QStringLiteral("where")));
    if (!where)
        return ctx.fail(where.error());
    for (auto it = where->begin(); it != where->end(); ++it)
        request.query.where << qMakePair(it.key(), it.value());
    auto written = AddressBookFiles::exportFile(**s, request);
    if (!written)
        return ctx.fail(written.error());
    ctx.out() << QCoreApplication::translate("Cli", "Wrote %n record(s) to %1.", nullptr, *written)
                     .arg(request.path)
              << Qt::endl;
    return Ok;
}

} // namespace tandem::cli
