#include "calendar/CalendarFiles.h"

#include "common/BatchCommand.h"
#include "common/Prompter.h"
#include "services/CalendarExchange.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace tandem::CalendarFiles {

namespace {

QString problems(const ImportReport& report)
{
    QStringList lines;
    const int shown = qMin(8, int(report.errors.size()));
    for (int i = 0; i < shown; ++i)
        lines << report.errors.at(i).toString();
    const int more = int(report.errors.size()) - shown;
    if (more > 0)
        lines << QCoreApplication::translate("CalendarFiles", "… and %n more.", "", more);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool importFile(QWidget* parent, const UiContext& context, const QString& given)
{
    const QString path = !given.isEmpty()
        ? given
        : Prompter::openFileName(parent,
            QCoreApplication::translate("CalendarFiles", "Import a calendar"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            QCoreApplication::translate(
                "CalendarFiles", "iCalendar files (*.ics *.ical *.ifb);;All files (*)"));
    if (path.isEmpty())
        return false;
    IcsImportOptions options;
    options.dryRun = true;
    auto check = CalendarExchange::importIcs(context.session, path, options);
    if (!check) {
        Prompter::critical(parent,
            QCoreApplication::translate("CalendarFiles", "Calendar not imported"),
            check.error().toString());
        return false;
    }
    const ImportReport& plan = check.value();
    if (!plan.errors.isEmpty()) {
        const int good = plan.created + plan.updated;
        if (good == 0) {
            Prompter::warning(parent,
                QCoreApplication::translate("CalendarFiles", "Calendar not imported"),
                QCoreApplication::translate("CalendarFiles", "Nothing in %1 can be imported.")
                    .arg(QFileInfo(path).fileName()),
                problems(plan));
            return false;
        }
        const auto answer = Prompter::question(parent,
            QCoreApplication::translate("CalendarFiles", "Problems in the file"),
            QCoreApplication::translate("CalendarFiles", "%n item(s) of %1 cannot be imported:", "",
                int(plan.errors.size()))
                    .arg(QFileInfo(path).fileName())
                + QStringLiteral("\n\n") + problems(plan) + QStringLiteral("\n\n")
                + QCoreApplication::translate(
                    "CalendarFiles", "Import the other %n item(s) and leave these out?", "", good));
        if (answer != QMessageBox::Yes)
            return false;
        options.skipInvalid = true;
    }
    options.dryRun = false;
    ImportReport done;
    auto r = BatchCommands::run(context.undoStack, context.session, context.events,
        QCoreApplication::translate("CalendarFiles", "Import %1").arg(QFileInfo(path).fileName()),
        [&]() -> Result<void> {
            auto imported = CalendarExchange::importIcs(context.session, path, options);
            if (!imported)
                return imported.error();
            done = imported.value();
            if (!done.applied)
                return Error { QCoreApplication::translate("CalendarFiles",
                                   "The file changed while it was being imported; try again."),
                    path, 0, {} };
            return {};
        });
    if (!r) {
        Prompter::critical(parent,
            QCoreApplication::translate("CalendarFiles", "Calendar not imported"),
            r.error().toString());
        return false;
    }
    Prompter::information(parent, QCoreApplication::translate("CalendarFiles", "Calendar imported"),
        QCoreApplication::translate("CalendarFiles", "%1: %2 new, %3 updated, %4 already here.")
            .arg(QFileInfo(path).fileName())
            .arg(done.created)
            .arg(done.updated)
            .arg(done.skipped));
    return done.created + done.updated > 0;
}

bool exportFile(QWidget* parent, const UiContext& context, const QStringList& activityIds,
    const QString& suggestedName, const QString& given)
{
    if (activityIds.isEmpty()) {
        Prompter::information(parent,
            QCoreApplication::translate("CalendarFiles", "Nothing to export"),
            QCoreApplication::translate(
                "CalendarFiles", "There is nothing in these days to export."));
        return false;
    }
    const QString path = !given.isEmpty()
        ? given
        : Prompter::saveFileName(parent,
            QCoreApplication::translate("CalendarFiles", "Export the calendar"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(suggestedName),
            QCoreApplication::translate("CalendarFiles", "iCalendar files (*.ics)"));
    if (path.isEmpty())
        return false;
    auto written = CalendarExchange::exportIcs(context.session, path, activityIds);
    if (!written) {
        Prompter::critical(parent,
            QCoreApplication::translate("CalendarFiles", "Calendar not exported"),
            written.error().toString());
        return false;
    }
    Prompter::information(parent, QCoreApplication::translate("CalendarFiles", "Calendar exported"),
        QCoreApplication::translate(
            "CalendarFiles", "%n event(s) and task(s) written to %1.", "", written.value())
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace tandem::CalendarFiles
