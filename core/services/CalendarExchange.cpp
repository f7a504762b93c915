// Import plans every item first (create, update or unchanged), then writes in one transaction, as
// ContactImport does; export turns activities into IcsItems for IcsWriter.
#include "services/CalendarExchange.h"

#include "domain/EntitySchema.h"
#include "domain/FieldFormat.h"
#include "domain/Recurrence.h"
#include "io/IcsReader.h"
#include "io/IcsWriter.h"
#include "store/AutoBackup.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace tandem {

namespace {

const QString kActivity = QStringLiteral("activity");
const QString kTandemUid = QStringLiteral("@tandem");

QVariant timeValue(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC()) : QVariant();
}

QVariant textValue(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QDateTime storedTime(const Record& r, const QString& field)
{
    const QString text = r.text(field);
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// An all-day date as IcsItem keeps it (midnight UTC): the date nearest the stored instant in the
// event's zone, so a day stored as local midnight anywhere within ±12 h of it keeps its date.
QDateTime dayOf(const QDateTime& t, const QTimeZone& zone)
{
    if (!t.isValid())
        return {};
    const QDate d = t.toTimeZone(zone).addSecs(12 * 3600).date();
    return QDateTime(d, QTime(0, 0), QTimeZone::utc());
}

// The canonical text of a value as the store would keep it, for "did anything change?".
QString canonical(const FieldDef& field, const QVariant& value, const QString& currency)
{
    auto normalised = normaliseFieldValue(field, value, currency);
    return normalised ? formatFieldText(field, *normalised, currency) : value.toString();
}

struct Plan {
    int row = -1; // index in the report's rows
    QString targetId; // empty: create
    QVariantMap values;
};

class IcsImport {
public:
    IcsImport(Session& session, const IcsImportOptions& options, const QString& fileName)
        : m_session(session)
        , m_options(options)
        , m_fileName(fileName)
        , m_def(EntitySchema::find(kActivity))
    {
    }

    Result<ImportReport> run(IcsReadResult read);

private:
    Result<void> plan(const IcsItem& item);
    Result<std::optional<Record>> existing(const QString& uid) const;
    bool sameAsStored(const Record& stored, const QVariantMap& values) const;
    void reject(const IcsItem& item, const Error& error);
    Result<void> apply();

    Session& m_session;
    const IcsImportOptions& m_options;
    QString m_fileName;
    const EntityDef* m_def;
    ImportReport m_report;
    QList<Plan> m_plans;
    QHash<QString, int> m_lineOfUid; // this file's UIDs → the line that first used it
};

void IcsImport::reject(const IcsItem& item, const Error& error)
{
    ImportRow row;
    row.line = item.line;
    row.outcome = ImportRow::Outcome::Rejected;
    row.label = item.summary;
    row.error = error;
    if (row.error.file.isEmpty())
        row.error.file = m_fileName;
    m_report.rows << row;
    ++m_report.rejected;
}

Result<std::optional<Record>> IcsImport::existing(const QString& uid) const
{
    if (uid.isEmpty())
        return std::optional<Record>();
    ListQuery query;
    query.where << qMakePair(QStringLiteral("uid"), QVariant(uid));
    query.limit = 1;
    auto found = m_session.records().list(kActivity, query);
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return std::optional<Record>(found->first());
    // What Tandem exported without a stored UID names the activity itself.
    if (uid.endsWith(kTandemUid))
        return m_session.records().get(kActivity, uid.chopped(kTandemUid.size()));
    return std::optional<Record>();
}

bool IcsImport::sameAsStored(const Record& stored, const QVariantMap& values) const
{
    const QString currency = m_session.defaultCurrency();
    for (auto it = values.begin(); it != values.end(); ++it) {
        const FieldDef* f = m_def->field(it.key());
        if (!f)
            continue;
        // A flag never set reads as false, as the calendar shows it.
        if (f->type == FieldType::Bool) {
            if (it.value().toBool() != stored.value(it.key()).toBool())
                return false;
        } else if (canonical(*f, it.value(), currency)
            != canonical(*f, stored.value(it.key()), currency)) {
            return false;
        }
    }
    return true;
}

Result<void> IcsImport::plan(const IcsItem& item)
{
    if (!item.ok()) {
        reject(item, item.error);
        return {};
    }
    if (!item.uid.isEmpty()) {
        if (const auto seen = m_lineOfUid.constFind(item.uid); seen != m_lineOfUid.constEnd()) {
            reject(item,
                Error { QCoreApplication::translate(
                            "Ics", "the UID “%1” is already used by the item on line %2")
                            .arg(item.uid)
                            .arg(*seen),
                    m_fileName, item.line, QStringLiteral("UID") });
            return {};
        }
        m_lineOfUid.insert(item.uid, item.line);
    }
    QVariantMap values = CalendarExchange::activityFields(item);
    auto stored = existing(item.uid);
    if (!stored)
        return stored.error();
    ImportRow row;
    row.line = item.line;
    row.label = item.summary;
    Plan plan;
    if (stored->has_value()) {
        const Record& record = **stored;
        // A call or note Tandem knows stays one; only event ↔ task follows the file.
        const QString kind = record.text(QStringLiteral("kind"));
        if (item.kind == IcsItem::Kind::Event && item.tandemKind.isEmpty()
            && kind != QLatin1String("task"))
            values.remove(QStringLiteral("kind"));
        // An app that does not know Tandem's visibility or priority leaves them as they are.
        for (const char* field : { "visibility", "priority" }) {
            if (values.value(QString::fromLatin1(field)).isNull())
                values.remove(QString::fromLatin1(field));
        }
        // Found by "<id>@tandem": the activity keeps having no UID of its own.
        if (record.text(QStringLiteral("uid")).isEmpty())
            values.remove(QStringLiteral("uid"));
        row.recordId = record.id;
        row.duplicateOfId = record.id;
        if (sameAsStored(record, values)) {
            row.outcome = ImportRow::Outcome::SkippedDuplicate;
            ++m_report.skipped;
            m_report.rows << row;
            return {};
        }
        row.outcome = ImportRow::Outcome::Updated;
        ++m_report.updated;
        plan.targetId = record.id;
    } else {
        const QString owner
            = m_options.ownerId.isEmpty() ? m_session.currentUserId() : m_options.ownerId;
        if (!owner.isEmpty())
            values.insert(QStringLiteral("owner_id"), owner);
        row.outcome = ImportRow::Outcome::Created;
        ++m_report.created;
    }
    plan.row = int(m_report.rows.size());
    plan.values = values;
    m_plans << plan;
    m_report.rows << row;
    return {};
}

Result<void> IcsImport::apply()
{
    Transaction tx(m_session.database());
    for (const Plan& plan : m_plans) {
        ImportRow& row = m_report.rows[plan.row];
        Error error;
        if (plan.targetId.isEmpty()) {
            auto id = m_session.records().create(kActivity, plan.values);
            if (!id)
                error = id.error();
            else
                row.recordId = *id;
        } else if (auto r = m_session.records().update(kActivity, plan.targetId, plan.values); !r) {
            error = r.error();
        }
        if (!error.message.isEmpty()) {
            error.file = m_fileName;
            error.line = row.line;
            return error;
        }
    }
    return tx.commit();
}

Result<ImportReport> IcsImport::run(IcsReadResult read)
{
    m_report.errors = read.errors;
    if (!read.errors.isEmpty())
        return m_report;
    // A moved occurrence: its series skips it, and it becomes an event of its own.
    QHash<QString, int> series;
    for (int i = 0; i < read.items.size(); ++i) {
        if (read.items.at(i).ok() && !read.items.at(i).recurrenceId.isValid())
            series.insert(read.items.at(i).uid, i);
    }
    for (IcsItem& item : read.items) {
        if (!item.ok() || !item.recurrenceId.isValid())
            continue;
        if (const auto master = series.constFind(item.uid); master != series.constEnd()) {
            QList<QDateTime>& exdates = read.items[*master].exdates;
            if (!exdates.contains(item.recurrenceId))
                exdates << item.recurrenceId;
        }
        item.uid += QLatin1Char('#')
            + item.recurrenceId.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    }
    for (const IcsItem& item : std::as_const(read.items)) {
        if (auto r = plan(item); !r)
            return r.error();
    }
    if (m_options.dryRun || (m_report.rejected > 0 && !m_options.skipInvalid))
        return m_report;
    if (auto b = AutoBackup::before(
            m_session.database(), BackupReason::BeforeImport, m_session.clock().nowUtc());
        !b)
        return b.error();
    if (auto r = apply(); !r)
        return r.error();
    m_report.applied = true;
    return m_report;
}

// Other users' private events stay theirs; an event with no time at all has no place in a file.
bool exportable(const Session& session, const Record& r)
{
    if (r.text(QStringLiteral("visibility")) == QLatin1String("private")
        && r.text(QStringLiteral("owner_id")) != session.currentUserId())
        return false;
    if (r.text(QStringLiteral("kind")) == QLatin1String("task"))
        return true;
    return !r.text(QStringLiteral("starts_at")).isEmpty()
        || !r.text(QStringLiteral("due_at")).isEmpty();
}

bool inRange(const Record& r, const QDateTime& from, const QDateTime& to)
{
    QDateTime start = storedTime(r, QStringLiteral("starts_at"));
    if (!start.isValid())
        start = storedTime(r, QStringLiteral("due_at"));
    if (!start.isValid())
        return !from.isValid() && !to.isValid();
    QDateTime end = std::max(start, storedTime(r, QStringLiteral("ends_at")));
    end = std::max(end, storedTime(r, QStringLiteral("due_at")));
    if (to.isValid() && start >= to)
        return false;
    if (!from.isValid() || end >= from)
        return true;
    const QString rrule = r.text(QStringLiteral("rrule"));
    if (rrule.isEmpty())
        return false;
    const auto rule = Recurrence::parse(rrule);
    if (!rule)
        return true; // a series Tandem cannot count is better written than lost
    const QTimeZone zone = Recurrence::zoneNamed(r.text(QStringLiteral("time_zone")));
    const QDateTime last = Recurrence::lastOccurrence(*rule, start.toTimeZone(zone));
    return !last.isValid() || last.addSecs(start.secsTo(end)) >= from;
}

Result<int> writeFile(Session& session, const QString& path, const QList<Record>& records)
{
    QList<IcsItem> items;
    for (const Record& r : records) {
        if (exportable(session, r))
            items << CalendarExchange::itemFromActivity(r);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            QCoreApplication::translate("Ics", "cannot write the file: %1").arg(file.errorString()),
            path, 0, {}
        };
    file.write(IcsWriter::write(items, session.clock().nowUtc()));
    if (!file.commit())
        return Error {
            QCoreApplication::translate("Ics", "cannot write the file: %1").arg(file.errorString()),
            path, 0, {}
        };
    return int(items.size());
}

} // namespace

IcsItem CalendarExchange::itemFromActivity(const Record& r)
{
    IcsItem item;
    const QString kind = r.text(QStringLiteral("kind"));
    item.kind = kind == QLatin1String("task") ? IcsItem::Kind::Todo : IcsItem::Kind::Event;
    if (item.kind == IcsItem::Kind::Event)
        item.tandemKind = kind;
    item.uid = r.text(QStringLiteral("uid"));
    if (item.uid.isEmpty())
        item.uid = r.id + kTandemUid;
    item.summary = r.text(QStringLiteral("subject"));
    item.description = r.text(QStringLiteral("notes"));
    item.location = r.text(QStringLiteral("location"));
    item.start = storedTime(r, QStringLiteral("starts_at"));
    item.end = storedTime(r, QStringLiteral("ends_at"));
    item.due = storedTime(r, QStringLiteral("due_at"));
    if (item.kind == IcsItem::Kind::Event && !item.start.isValid())
        item.start = item.due; // an event Tandem only knows a due time of
    item.allDay = r.value(QStringLiteral("all_day")).toBool();
    const QString zoneName = r.text(QStringLiteral("time_zone"));
    const QTimeZone zone = zoneName.isEmpty() ? QTimeZone() : QTimeZone(zoneName.toUtf8());
    if (zone.isValid())
        item.timeZone = zoneName;
    item.rrule = r.text(QStringLiteral("rrule"));
    for (const QString& ex :
        r.text(QStringLiteral("exdates")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QDateTime t = QDateTime::fromString(ex.trimmed(), Qt::ISODateWithMs);
        if (t.isValid())
            item.exdates << t.toUTC();
    }
    if (item.allDay) {
        const QTimeZone dayZone = zone.isValid() ? zone : QTimeZone::utc();
        item.start = dayOf(item.start, dayZone);
        item.due = dayOf(item.due, dayZone);
        item.end = dayOf(item.end, dayZone);
        if (item.end.isValid() && item.start.isValid() && item.end <= item.start)
            item.end = item.start.addDays(1);
        for (QDateTime& ex : item.exdates)
            ex = dayOf(ex, dayZone);
    }
    item.priority = r.text(QStringLiteral("priority"));
    item.done = r.value(QStringLiteral("done")).toBool();
    item.doneAt = storedTime(r, QStringLiteral("done_at"));
    item.visibility = r.text(QStringLiteral("visibility"));
    const QVariant reminder = r.value(QStringLiteral("reminder_minutes"));
    item.reminderMinutes = isEmptyValue(reminder) ? -1 : int(reminder.toLongLong());
    return item;
}

QVariantMap CalendarExchange::activityFields(const IcsItem& item)
{
    QVariantMap v;
    v.insert(QStringLiteral("kind"),
        item.kind == IcsItem::Kind::Todo
            ? QStringLiteral("task")
            : (item.tandemKind.isEmpty() ? QStringLiteral("meeting") : item.tandemKind));
    v.insert(QStringLiteral("subject"), textValue(item.summary));
    v.insert(QStringLiteral("notes"), textValue(item.description));
    v.insert(QStringLiteral("location"), textValue(item.location));
    v.insert(QStringLiteral("starts_at"), timeValue(item.start));
    v.insert(QStringLiteral("ends_at"), timeValue(item.end));
    v.insert(QStringLiteral("due_at"), timeValue(item.due));
    v.insert(QStringLiteral("all_day"), item.allDay);
    v.insert(QStringLiteral("done"), item.done);
    v.insert(QStringLiteral("done_at"), item.done ? timeValue(item.doneAt) : QVariant());
    v.insert(QStringLiteral("priority"), textValue(item.priority));
    v.insert(QStringLiteral("visibility"), textValue(item.visibility));
    v.insert(QStringLiteral("rrule"), textValue(item.rrule));
    v.insert(QStringLiteral("time_zone"), textValue(item.timeZone));
    QStringList exdates;
    for (const QDateTime& t : item.exdates)
        exdates << t.toUTC().toString(Qt::ISODateWithMs);
    v.insert(QStringLiteral("exdates"), textValue(exdates.join(QLatin1Char(','))));
    v.insert(QStringLiteral("reminder_minutes"),
        item.reminderMinutes >= 0 ? QVariant(qint64(item.reminderMinutes)) : QVariant());
    v.insert(QStringLiteral("uid"), textValue(item.uid));
    return v;
}

Result<ImportReport> CalendarExchange::importIcs(
    Session& session, const QString& path, const IcsImportOptions& options)
{
    const QString fileName = QFileInfo(path).fileName();
    IcsReadResult read = IcsReader::readFile(path, options.floatingZone);
    for (Error& e : read.errors)
        e.file = fileName;
    for (IcsItem& item : read.items) {
        if (!item.ok())
            item.error.file = fileName;
    }
    return IcsImport(session, options, fileName).run(std::move(read));
}

Result<int> CalendarExchange::exportIcs(
    Session& session, const QString& path, const QStringList& activityIds)
{
    QList<Record> records;
    for (const QString& id : activityIds) {
        if (auto r = session.records().get(kActivity, id))
            records << *r;
    }
    return writeFile(session, path, records);
}

Result<int> CalendarExchange::exportIcs(
    Session& session, const QString& path, const IcsExportSelection& selection)
{
    ListQuery query = selection.query;
    if (query.orderBy.isEmpty())
        query.orderBy = QStringLiteral("starts_at");
    auto listed = session.records().list(kActivity, query);
    if (!listed)
        return listed.error();
    QList<Record> records;
    for (const Record& r : *listed) {
        if (inRange(r, selection.from, selection.to))
            records << r;
    }
    return writeFile(session, path, records);
}

} // namespace tandem
