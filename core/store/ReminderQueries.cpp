#include "store/ReminderQueries.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace tandem {

namespace {

// Rows of (id, name, date) from a bound statement.
Result<QList<NextContactRow>> datedRows(QSqlQuery& q)
{
    if (!q.exec())
        return sqlError(q);
    QList<NextContactRow> out;
    while (q.next())
        out << NextContactRow { q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString() };
    q.finish();
    return out;
}

} // namespace

Result<QList<ReminderTaskRow>> ReminderQueries::openTasks(
    Database& db, const QString& userId, const QString& dueBeforeUtc)
{
    QSqlQuery& q = db.statement(QStringLiteral(
        "SELECT id, subject, due_at, coalesce(all_day, 0), priority FROM activity "
        "WHERE owner_id = ? AND deleted = 0 AND kind = 'task' AND coalesce(done, 0) = 0 "
        " AND coalesce(due_at, '') <> '' AND due_at < ? "
        "ORDER BY due_at, id"));
    q.bindValue(0, userId.trimmed().toLower());
    q.bindValue(1, dueBeforeUtc);
    if (!q.exec())
        return sqlError(q);
    QList<ReminderTaskRow> out;
    while (q.next()) {
        ReminderTaskRow r;
        r.id = q.value(0).toString();
        r.subject = q.value(1).toString();
        r.dueAt = q.value(2).toString();
        r.allDay = q.value(3).toLongLong() != 0;
        r.priority = q.value(4).toString();
        out << r;
    }
    q.finish();
    return out;
}

Result<QList<NextContactRow>> ReminderQueries::renewals(
    Database& db, const QString& userId, const QString& lastDate, int leadDays)
{
    QSqlQuery& q = db.statement(
        QStringLiteral("SELECT id, coalesce(name, id), renewal_date FROM company "
                       "WHERE owner_id = ? AND deleted = 0 AND coalesce(renewal_date, '') <> '' "
                       " AND date(renewal_date, '-' || ? || ' days') <= ? "
                       "ORDER BY renewal_date, id"));
    q.bindValue(0, userId.trimmed().toLower());
    q.bindValue(1, qMax(0, leadDays));
    q.bindValue(2, lastDate);
    return datedRows(q);
}

Result<QList<NextContactRow>> ReminderQueries::nextContacts(
    Database& db, const QString& userId, const QString& lastDate)
{
    QSqlQuery& q = db.statement(
        QStringLiteral("SELECT id, coalesce(nullif(trim(coalesce(first_name, '') || ' ' || "
                       " coalesce(last_name, '')), ''), email, id), next_contact_date FROM contact "
                       "WHERE owner_id = ? AND deleted = 0 AND next_contact_date IS NOT NULL "
                       " AND next_contact_date <> '' AND next_contact_date <= ? "
                       "ORDER BY next_contact_date, id"));
    q.bindValue(0, userId.trimmed().toLower());
    q.bindValue(1, lastDate);
    return datedRows(q);
}

Result<QHash<QString, int>> ReminderQueries::reminderMinutes(
    Database& db, const QStringList& activityIds)
{
    QHash<QString, int> out;
    if (activityIds.isEmpty())
        return out;
    // One fixed statement whatever the number of ids: they travel as one JSON array.
    QSqlQuery& q = db.statement(QStringLiteral(
        "SELECT id, reminder_minutes FROM activity WHERE reminder_minutes IS NOT NULL "
        " AND id IN (SELECT value FROM json_each(?))"));
    q.bindValue(0,
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(activityIds)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlError(q);
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    q.finish();
    return out;
}

Result<QList<ReminderStateRow>> ReminderQueries::states(Database& db, const QString& userId)
{
    QSqlQuery& q = db.statement(QStringLiteral(
        "SELECT id, entity, record_id, occurrence_at, snoozed_until, dismissed_at "
        "FROM reminder_state WHERE user_id = ? AND deleted = 0 ORDER BY created_at, id"));
    q.bindValue(0, userId.trimmed().toLower());
    if (!q.exec())
        return sqlError(q);
    QList<ReminderStateRow> out;
    while (q.next())
        out << ReminderStateRow { q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            q.value(5).toString() };
    q.finish();
    return out;
}

} // namespace tandem
