// The tasks of my day as a tree (Overdue, Today, Upcoming, No date at the top, their tasks below),
// or a manager's team tasks as a flat list; ticking a task's box marks it done as an undo step.
#pragma once

#include "common/UiContext.h"
#include "services/Tasks.h"

#include <QAbstractItemModel>
#include <QTimeZone>

namespace tandem {

class TaskListModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        DoneColumn,
        PriorityColumn,
        SubjectColumn,
        DueColumn,
        LinksColumn,
        OwnerColumn,
        ColumnCount
    };
    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        SectionRole, // a section row's TaskSection as int; -1 on task rows
        DueRole, // the due time (UTC QDateTime), invalid when none
        OverdueRole,
    };

    explicit TaskListModel(const UiContext& context, QObject* parent = nullptr);

    // My day of a user (empty: the current user).
    void showMyDay(const QString& userId = {});
    // The open or done tasks of the people `managerOrTeamId` leads; `ownerId` narrows to one.
    void showTeam(const QString& managerOrTeamId, TaskFilter filter, const QString& ownerId = {});
    bool isTeam() const { return m_team; }
    // The zone "today" is counted in (the system's by default).
    void setTimeZone(const QTimeZone& zone);
    // Reads the tasks again now (changes to records also reload, on the next event loop turn).
    void reload();

    // Marks the task done or open as one undo step; false (with the reason in `error`) if refused.
    bool setDone(const QString& taskId, bool done, QString* error = nullptr);
    QModelIndex sectionIndex(TaskSection section) const;
    const TaskRow* task(const QModelIndex& index) const;
    int taskCount(TaskSection section) const;
    QString lastError() const { return m_error; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString sectionTitle(TaskSection section);

private:
    void scheduleReload();
    QVariant taskData(const TaskRow& task, int column, int role) const;
    QVariant sectionData(int section, int column, int role) const;

    UiContext m_ctx;
    bool m_team = false;
    QString m_userId;
    QString m_manager;
    QString m_ownerFilter;
    TaskFilter m_filter = TaskFilter::Open;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDateTime m_now; // when the tasks were read: what "overdue" was measured against
    QList<TaskGroup> m_groups; // my day: always four
    QList<TaskRow> m_flat; // team
    QString m_error;
    bool m_reloadPending = false;
};

} // namespace tandem
