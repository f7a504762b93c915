#include "tasks/TaskListModel.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "domain/Recurrence.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QTimer>
#include <utility>

namespace tandem {

namespace {

const QStringList kWatched { QStringLiteral("task"), QStringLiteral("activity"),
    QStringLiteral("contact"), QStringLiteral("company"), QStringLiteral("deal"),
    QStringLiteral("lead"), QStringLiteral("user") };

} // namespace

TaskListModel::TaskListModel(const UiContext& context, QObject* parent)
    : QAbstractItemModel(parent)
    , m_ctx(context)
{
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (kWatched.contains(entity))
            scheduleReload();
    });
    for (int s = 0; s < 4; ++s)
        m_groups << TaskGroup { TaskSection(s), {} };
}

QString TaskListModel::sectionTitle(TaskSection section)
{
    switch (section) {
    case TaskSection::Overdue:
        return tr("Overdue");
    case TaskSection::Today:
        return tr("Today");
    case TaskSection::Upcoming:
        return tr("Upcoming");
    case TaskSection::NoDate:
        return tr("No date");
    }
    return {};
}

void TaskListModel::showMyDay(const QString& userId)
{
    m_team = false;
    m_userId = userId;
    reload();
}

void TaskListModel::showTeam(
    const QString& managerOrTeamId, TaskFilter filter, const QString& ownerId)
{
    m_team = true;
    m_manager = managerOrTeamId;
    m_filter = filter;
    m_ownerFilter = ownerId;
    reload();
}

void TaskListModel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    reload();
}

void TaskListModel::scheduleReload()
{
    if (std::exchange(m_reloadPending, true))
        return;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending)
            reload();
    });
}

void TaskListModel::reload()
{
    m_reloadPending = false;
    Session& s = m_ctx.session;
    m_now = s.clock().nowUtc();
    beginResetModel();
    m_error.clear();
    m_flat.clear();
    for (TaskGroup& g : m_groups)
        g.tasks.clear();
    if (m_team) {
        if (!m_manager.isEmpty()) {
            auto rows = Tasks::teamTasks(s, m_manager, m_filter, m_ownerFilter);
            if (rows)
                m_flat = *rows;
            else
                m_error = rows.error().message;
        }
    } else {
        const QString user = m_userId.isEmpty() ? s.currentUserId() : m_userId;
        auto day = Tasks::myDay(s, user, m_now, m_zone);
        if (day)
            m_groups = *day;
        else
            m_error = day.error().message;
    }
    endResetModel();
}

bool TaskListModel::setDone(const QString& taskId, bool done, QString* error)
{
    const QString subject = m_ctx.session.records().labelOf(QStringLiteral("task"), taskId);
    const QString text
        = done ? tr("Mark “%1” done").arg(subject) : tr("Mark “%1” not done").arg(subject);
    const auto r = BatchCommands::run(
        m_ctx.undoStack, m_ctx.session, m_ctx.events, text, [&]() -> Result<void> {
            auto id = Tasks::setDone(m_ctx.session, taskId, done);
            if (!id)
                return id.error();
            return {};
        });
    if (!r && error)
        *error = r.error().message;
    return r.ok();
}

QModelIndex TaskListModel::sectionIndex(TaskSection section) const
{
    return m_team ? QModelIndex() : createIndex(int(section), 0, quintptr(0));
}

const TaskRow* TaskListModel::task(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (m_team)
        return index.row() < m_flat.size() ? &m_flat.at(index.row()) : nullptr;
    const quintptr section = index.internalId();
    if (section == 0 || int(section) > m_groups.size())
        return nullptr;
    const QList<TaskRow>& tasks = m_groups.at(int(section) - 1).tasks;
    return index.row() < tasks.size() ? &tasks.at(index.row()) : nullptr;
}

int TaskListModel::taskCount(TaskSection section) const
{
    return m_team ? 0 : m_groups.at(int(section)).tasks.size();
}

QModelIndex TaskListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TaskListModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || m_team || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int TaskListModel::rowCount(const QModelIndex& parent) const
{
    if (m_team)
        return parent.isValid() ? 0 : m_flat.size();
    if (!parent.isValid())
        return m_groups.size();
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return m_groups.at(parent.row()).tasks.size();
}

int TaskListModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (const TaskRow* t = task(index))
        return taskData(*t, index.column(), role);
    if (!m_team && index.internalId() == 0)
        return sectionData(index.row(), index.column(), role);
    return {};
}

QVariant TaskListModel::sectionData(int section, int column, int role) const
{
    if (role == SectionRole)
        return section;
    if (column != 0)
        return {};
    const int count = m_groups.at(section).tasks.size();
    if (role == Qt::DisplayRole)
        return tr("%1 (%2)").arg(sectionTitle(TaskSection(section))).arg(count);
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && section == int(TaskSection::Overdue) && count > 0)
        return QBrush(Qt::red);
    return {};
}

QVariant TaskListModel::taskData(const TaskRow& t, int column, int role) const
{
    const QDateTime due = Tasks::dueOf(t);
    const bool overdue = Tasks::isOverdue(t, m_now, m_zone);
    switch (role) {
    case TaskIdRole:
        return t.id;
    case SectionRole:
        return -1;
    case DueRole:
        return due;
    case OverdueRole:
        return overdue;
    default:
        break;
    }
    if (column == DoneColumn && role == Qt::CheckStateRole)
        return t.done ? Qt::Checked : Qt::Unchecked;
    if (column == PriorityColumn) {
        if (role == Qt::DisplayRole)
            return t.priority == QLatin1String("high") ? QStringLiteral("!")
                : t.priority == QLatin1String("low")   ? QStringLiteral("↓")
                                                       : QString();
        if (role == Qt::ForegroundRole && t.priority == QLatin1String("high"))
            return QBrush(Qt::red);
        if (role == Qt::ToolTipRole)
            return t.priority == QLatin1String("high") ? tr("High priority")
                : t.priority == QLatin1String("low")   ? tr("Low priority")
                                                       : tr("Normal priority");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
    }
    if (column == SubjectColumn) {
        if (role == Qt::DisplayRole)
            return t.rrule.isEmpty() ? t.subject : tr("%1 ↻").arg(t.subject);
        if (role == Qt::ToolTipRole && !t.rrule.isEmpty()) {
            auto rule = Recurrence::parse(t.rrule);
            return rule ? Recurrence::describe(*rule) : t.rrule;
        }
    }
    if (column == DueColumn) {
        if (role == Qt::DisplayRole && due.isValid()) {
            const QDateTime local = due.toTimeZone(m_zone);
            return t.allDay ? QLocale().toString(local.date(), QLocale::ShortFormat)
                            : QLocale().toString(local, QLocale::ShortFormat);
        }
        if (role == Qt::ForegroundRole && overdue)
            return QBrush(Qt::red);
    }
    if (column == LinksColumn && role == Qt::DisplayRole) {
        QStringList parts;
        for (const QString& name : { t.contactName, t.companyName, t.dealTitle, t.leadTitle }) {
            if (!name.trimmed().isEmpty())
                parts << name.trimmed();
        }
        return parts.join(QStringLiteral(" · "));
    }
    if (column == OwnerColumn && role == Qt::DisplayRole)
        return t.ownerName;
    return {};
}

bool TaskListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const TaskRow* t = task(index);
    if (!t || index.column() != DoneColumn || role != Qt::CheckStateRole)
        return false;
    const bool done = value.toInt() == Qt::Checked;
    if (done == t->done)
        return false;
    // The write reloads the list (through DataEvents) on the next turn of the event loop.
    return setDone(t->id, done, &m_error);
}

Qt::ItemFlags TaskListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!task(index))
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == DoneColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DoneColumn:
        return tr("Done");
    case PriorityColumn:
        return tr("Priority");
    case SubjectColumn:
        return tr("Task");
    case DueColumn:
        return tr("Due");
    case LinksColumn:
        return tr("For");
    case OwnerColumn:
        return tr("Owner");
    }
    return {};
}

} // namespace tandem
