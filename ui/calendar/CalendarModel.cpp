#include "calendar/CalendarModel.h"

#include "common/DataEvents.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QTimer>

namespace tandem {

CalendarModel::CalendarModel(const UiContext& context, QObject* parent)
    : QAbstractListModel(parent)
    , m_ctx(context)
{
    m_first = context.session.clock().nowUtc().toTimeZone(m_zone).date();
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("activity") || entity == QLatin1String("task")
            || entity == QLatin1String("participant") || entity == QLatin1String("user")
            || entity.isEmpty()) {
            if (entity == QLatin1String("user"))
                m_names.clear();
            scheduleReload();
        }
    });
}

void CalendarModel::setRange(const QDate& first, int days)
{
    if (first == m_first && days == m_days && !m_entries.isEmpty())
        return;
    m_first = first;
    m_days = qMax(1, days);
    reload();
}

void CalendarModel::setUsers(const QStringList& userIds)
{
    m_users = userIds;
    reload();
}

void CalendarModel::setColourBy(ColourBy by)
{
    m_colourBy = by;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1), { ColourRole });
    emit reloaded();
}

void CalendarModel::setShowDone(bool on)
{
    m_showDone = on;
    reload();
}

void CalendarModel::setZone(const QTimeZone& zone)
{
    m_zone = zone;
    reload();
}

QDateTime CalendarModel::toUtc(const QDate& day, const QTime& time) const
{
    return QDateTime(day, time, m_zone).toUTC();
}

void CalendarModel::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, &CalendarModel::reload);
}

void CalendarModel::reload()
{
    m_reloadPending = false;
    CalendarQuery query;
    query.userIds = m_users.isEmpty() ? QStringList { m_ctx.session.currentUserId() } : m_users;
    query.userIds.removeAll(QString());
    query.from = toUtc(m_first, QTime(0, 0));
    query.to = toUtc(m_first.addDays(m_days), QTime(0, 0));
    query.done = m_showDone;
    query.viewerId = m_ctx.session.currentUserId();
    beginResetModel();
    m_entries = Calendar::entries(m_ctx.session, query);
    endResetModel();
    emit reloaded();
}

int CalendarModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CalendarModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const CalendarEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.allDay ? titleOf(e)
                        : QLocale().toString(toLocal(e.start).time(), QLocale::ShortFormat)
                + QLatin1Char(' ') + titleOf(e);
    case Qt::ToolTipRole:
        return titleOf(e) + (e.location.isEmpty() ? QString() : QStringLiteral("\n") + e.location)
            + QStringLiteral("\n") + userName(e.ownerId);
    case StartRole:
        return e.start;
    case EndRole:
        return e.end;
    case KindRole:
        return e.kind;
    case OwnerRole:
        return e.ownerId;
    case KeyRole:
        return e.key();
    case ColourRole:
    case Qt::DecorationRole:
        return colourOf(e);
    default:
        return {};
    }
}

int CalendarModel::rowOfKey(const QString& key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key() == key)
            return i;
    }
    return -1;
}

QList<int> CalendarModel::rowsOn(const QDate& day) const
{
    const QDateTime from = toUtc(day, QTime(0, 0));
    const QDateTime to = toUtc(day.addDays(1), QTime(0, 0));
    QList<int> rows;
    for (int i = 0; i < m_entries.size(); ++i) {
        const CalendarEntry& e = m_entries.at(i);
        if (e.start < to && (e.end > from || e.start >= from))
            rows << i;
    }
    return rows;
}

QColor CalendarModel::kindColour(const QString& kind)
{
    if (kind == QLatin1String("meeting"))
        return QColor(0x3b, 0x82, 0xc4);
    if (kind == QLatin1String("call"))
        return QColor(0x2e, 0x9d, 0x6b);
    if (kind == QLatin1String("task"))
        return QColor(0xd9, 0x82, 0x1e);
    if (kind == QLatin1String("email"))
        return QColor(0x8a, 0x5c, 0xc7);
    return QColor(0x7b, 0x84, 0x8f);
}

QColor CalendarModel::userColour(const QString& userId) const
{
    static const QColor palette[] = { QColor(0x3b, 0x82, 0xc4), QColor(0xd0, 0x5c, 0x4a),
        QColor(0x2e, 0x9d, 0x6b), QColor(0x9b, 0x59, 0xb6), QColor(0xd9, 0x82, 0x1e),
        QColor(0x16, 0xa0, 0xa8), QColor(0xb8, 0x4f, 0x8a), QColor(0x6b, 0x7d, 0x2e) };
    const QStringList& users = m_users;
    int i = int(users.indexOf(userId));
    if (i < 0)
        i = int(qHash(userId) % std::size(palette));
    return palette[i % std::size(palette)];
}

QColor CalendarModel::colourOf(const CalendarEntry& entry) const
{
    QColor c
        = m_colourBy == ColourBy::Owner ? userColour(columnUser(entry)) : kindColour(entry.kind);
    if (entry.hidden)
        c = QColor(0x9a, 0xa0, 0xa6);
    return c;
}

QString CalendarModel::userName(const QString& userId) const
{
    if (userId.isEmpty())
        return {};
    auto it = m_names.find(userId);
    if (it == m_names.end())
        it = m_names.insert(
            userId, m_ctx.session.records().labelOf(QStringLiteral("user"), userId));
    return it.value();
}

QString CalendarModel::titleOf(const CalendarEntry& entry) const
{
    if (entry.hidden)
        return tr("Busy");
    if (!entry.subject.isEmpty())
        return entry.subject;
    if (entry.kind == QLatin1String("call"))
        return tr("Call");
    if (entry.kind == QLatin1String("task"))
        return tr("Task");
    if (entry.kind == QLatin1String("email"))
        return tr("E-mail");
    if (entry.kind == QLatin1String("note"))
        return tr("Note");
    return tr("Meeting");
}

QString CalendarModel::columnUser(const CalendarEntry& entry) const
{
    return entry.participantUserId.isEmpty() ? entry.ownerId : entry.participantUserId;
}

} // namespace tandem
