// The Tasks screen: "My day" (overdue, today, upcoming, no date) with a box to tick each task off,
// a "Team" tab for managers with the tasks of the people they lead, and the task form.
#pragma once

#include "common/Module.h"
#include "common/UiContext.h"

#include <QObject>
#include <QPointer>

class QComboBox;
class QLabel;
class QTabWidget;
class QTreeView;

namespace tandem {

class TaskDialog;
class TaskListModel;

class TasksModule : public QObject, public Module {
    Q_OBJECT
public:
    explicit TasksModule(const UiContext& context, QObject* parent = nullptr);

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget* createWidget(QWidget* parent) override;
    QList<QAction*> actions() const override;
    QStringList entities() const override;
    bool open(const QString& entity, const QString& id) override;
    bool confirmClose() override;

    // Opens the form for a new task or an existing one (returned, already open, so tests can fill
    // it in); saving writes one undo step.
    TaskDialog* newTask();
    TaskDialog* editTask(const QString& taskId);
    // Ticks the current task of the visible list off, or back on; false when none is current.
    bool toggleCurrent();

    TaskListModel* myDayModel() const { return m_myDay; }
    TaskListModel* teamModel() const { return m_team; }
    QTreeView* myDayView() const { return m_myDayView; }
    QTreeView* teamView() const { return m_teamView; }
    QComboBox* teamOwnerFilter() const { return m_ownerFilter; }
    QComboBox* teamStateFilter() const { return m_stateFilter; }
    QTabWidget* tabs() const { return m_tabs; }
    // Above My day: the customers' cases of mine (and my team's, for a manager) that are overdue
    // or due within two working hours, each a link to open it. Hidden when there are none.
    QLabel* casesBanner() const { return m_cases; }
    void refreshCases();
    QAction* newAction() const { return m_new; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildTeamTab();
    void refreshTeam();
    void fillOwnerFilter();
    QTreeView* currentView() const;
    void setUpView(QTreeView* view, TaskListModel* model);

    UiContext m_ctx;
    TaskListModel* m_myDay;
    TaskListModel* m_team;
    QAction* m_new;
    QAction* m_toggle;
    QPointer<QWidget> m_widget;
    QTabWidget* m_tabs = nullptr;
    QTreeView* m_myDayView = nullptr;
    QTreeView* m_teamView = nullptr;
    QWidget* m_teamTab = nullptr;
    QComboBox* m_ownerFilter = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QLabel* m_cases = nullptr;
};

} // namespace tandem
