// Calendar › Import .ics… and Export .ics…: a file from Thunderbird, Outlook or Google is checked
// first (a dry run) and imported as one undoable step, items with problems left out only when the
// user agrees; the days and calendars on screen go out as one .ics file.
#pragma once

#include "common/UiContext.h"

#include <QStringList>

class QWidget;

namespace tandem::CalendarFiles {

// Asks for a file (or takes `path`) and imports it; false when nothing was imported.
bool importFile(QWidget* parent, const UiContext& context, const QString& path = {});
// Asks where to save (or takes `path`) and writes the activities; false when nothing was written.
bool exportFile(QWidget* parent, const UiContext& context, const QStringList& activityIds,
    const QString& suggestedName, const QString& path = {});

} // namespace tandem::CalendarFiles
