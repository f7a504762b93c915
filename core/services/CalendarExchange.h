// The calendar in and out as iCalendar files: events become meetings, to-dos tasks, matched by UID
// so that importing the same file again updates instead of duplicating; any selection goes out.
#pragma once

#include "io/ImportReport.h"
#include "store/RecordStore.h"
#include "util/Result.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace tandem {

class Session;
struct IcsItem;

struct IcsImportOptions {
    bool dryRun = false;
    // Leave out the items that cannot be read and import the rest. A file whose structure is
    // broken (no calendar, an END missing) is refused even so.
    bool skipInvalid = false;
    QString ownerId; // who new activities belong to; empty: the session's user
    QTimeZone floatingZone = QTimeZone::systemTimeZone(); // times written without a zone
};

struct IcsExportSelection {
    ListQuery query; // which activities (--where); all when empty
    QDateTime from; // UTC; invalid: no lower bound. Series that still run in the range count.
    QDateTime to; // UTC, exclusive; invalid: no upper bound
};

namespace CalendarExchange {
// Reads the file and imports it in one transaction. The report counts created, updated and
// `skipped` (already here, unchanged) items; rejected items carry their line and property.
// Nothing is written on a dry run, when the file cannot be read, or when an item is rejected and
// `skipInvalid` is not set (`applied` is false then). An Error only when the database fails.
//
// A VEVENT becomes a meeting (or the kind Tandem wrote in X-TANDEM-KIND), a VTODO a task. An item
// whose UID is stored on an activity, or that Tandem wrote as "<activity id>@tandem", updates that
// activity. An occurrence a series moved (RECURRENCE-ID) is skipped in its series and imported as
// an activity of its own.
Result<ImportReport> importIcs(
    Session& session, const QString& path, const IcsImportOptions& options = {});

// Writes the activities to the file; ids of missing or deleted activities, other users' private
// ones and events with no time are left out. Returns how many items the file holds.
Result<int> exportIcs(Session& session, const QString& path, const QStringList& activityIds);
Result<int> exportIcs(Session& session, const QString& path, const IcsExportSelection& selection);

// An activity as an iCalendar item, and the activity fields an item sets (the inverse).
IcsItem itemFromActivity(const Record& activity);
QVariantMap activityFields(const IcsItem& item);
} // namespace CalendarExchange

} // namespace tandem
