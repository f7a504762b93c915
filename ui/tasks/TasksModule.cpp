#include "tasks/TasksModule.h"

#include "common/BatchCommand.h"
#include "common/CaseStyle.h"
#include "common/DataEvents.h"
#include "common/Icons.h"
#include "common/Prompter.h"
#include "services/Cases.h"
#include "services/Tasks.h"
#include "store/Session.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskListModel.h"
#include "util/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace tandem {

TasksModule::TasksModule(const UiContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_myDay(new TaskListModel(context, this))
    , m_team(new TaskListModel(context, this))
    , m_new(new QAction(Icons::get(QStringLiteral("add")), tr("New &task…"), this))
    , m_toggle(new QAction(Icons::get(QStringLiteral("check")), tr("Mark &done / not done"), this))
{
    m_new->setObjectName(QStringLiteral("newTaskAction"));
    m_new->setToolTip(tr("A task with a due date, priority and what it is for"));
    m_toggle->setObjectName(QStringLiteral("toggleTaskAction"));
    m_toggle->setToolTip(tr("Tick the selected task off, or back on (Space)"));
    connect(m_new, &QAction::triggered, this, &TasksModule::newTask);
    connect(m_toggle, &QAction::triggered, this, &TasksModule::toggleCurrent);
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("user") || entity == QLatin1String("team"))
            refreshTeam();
        if (entity.isEmpty() || entity == QLatin1String("case")
            || entity == QLatin1String("setting") || entity == QLatin1String("holiday")
            || entity == QLatin1String("case_rule"))
            refreshCases();
    });
}

QString TasksModule::key() const
{
    return QStringLiteral("tasks");
}

QString TasksModule::title() const
{
    return tr("Tasks");
}

QIcon TasksModule::icon() const
{
    return Icons::get(QStringLiteral("check"));
}

QList<QAction*> TasksModule::actions() const
{
    return { m_new, m_toggle };
}

QStringList TasksModule::entities() const
{
    return { QStringLiteral("task") };
}

bool TasksModule::open(const QString& entity, const QString& id)
{
    return entity == QLatin1String("task") && editTask(id);
}

bool TasksModule::confirmClose()
{
    return true;
}

void TasksModule::setUpView(QTreeView* view, TaskListModel* model)
{
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAllColumnsShowFocus(true);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(TaskListModel::SubjectColumn, QHeaderView::Stretch);
    for (int c : { TaskListModel::DoneColumn, TaskListModel::PriorityColumn,
             TaskListModel::DueColumn, TaskListModel::LinksColumn, TaskListModel::OwnerColumn })
        view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Sections stay open: a reload (after every write) would otherwise fold them.
    connect(model, &QAbstractItemModel::modelReset, view, &QTreeView::expandAll);
    view->expandAll();
    view->installEventFilter(this);
    connect(view, &QTreeView::doubleClicked, this, [this, model](const QModelIndex& index) {
        if (const TaskRow* t = model->task(index))
            editTask(t->id);
    });
}

QWidget* TasksModule::createWidget(QWidget* parent)
{
    if (m_widget)
        return m_widget;
    m_widget = new QWidget(parent);
    m_widget->setObjectName(QStringLiteral("tasksModule"));
    auto* layout = new QVBoxLayout(m_widget);
    m_cases = new QLabel(m_widget);
    m_cases->setObjectName(QStringLiteral("casesAttention"));
    m_cases->setWordWrap(true);
    m_cases->setTextFormat(Qt::RichText);
    m_cases->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_cases->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdf1dc; color: #1f2933; border-radius: 6px; padding: 8px; }"));
    connect(m_cases, &QLabel::linkActivated, this, [this](const QString& link) {
        m_ctx.events.requestOpen(QStringLiteral("case"), link.section(QLatin1Char(':'), 1));
    });
    layout->addWidget(m_cases);
    m_tabs = new QTabWidget(m_widget);
    m_myDayView = new QTreeView(m_tabs);
    m_myDayView->setObjectName(QStringLiteral("myDayView"));
    setUpView(m_myDayView, m_myDay);
    m_myDayView->setColumnHidden(TaskListModel::OwnerColumn, true);
    m_tabs->addTab(m_myDayView, tr("My day"));
    m_teamTab = buildTeamTab();
    m_tabs->addTab(m_teamTab, tr("Team"));
    layout->addWidget(m_tabs);
    m_myDay->showMyDay();
    refreshTeam();
    refreshCases();
    return m_widget;
}

QWidget* TasksModule::buildTeamTab()
{
    auto* tab = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(tab);
    auto* row = new QHBoxLayout;
    m_ownerFilter = new QComboBox(tab);
    m_ownerFilter->setObjectName(QStringLiteral("teamOwnerFilter"));
    m_ownerFilter->setAccessibleName(tr("Whose tasks"));
    m_stateFilter = new QComboBox(tab);
    m_stateFilter->setObjectName(QStringLiteral("teamStateFilter"));
    m_stateFilter->addItem(tr("Open"), int(TaskFilter::Open));
    m_stateFilter->addItem(tr("Done"), int(TaskFilter::Done));
    row->addWidget(new QLabel(tr("Owner"), tab));
    row->addWidget(m_ownerFilter);
    row->addWidget(m_stateFilter);
    row->addStretch();
    layout->addLayout(row);
    m_teamView = new QTreeView(tab);
    m_teamView->setObjectName(QStringLiteral("teamView"));
    m_teamView->setRootIsDecorated(false);
    setUpView(m_teamView, m_team);
    layout->addWidget(m_teamView);
    auto apply = [this] {
        m_team->showTeam(m_ctx.session.currentUserId(),
            TaskFilter(m_stateFilter->currentData().toInt()),
            m_ownerFilter->currentData().toString());
    };
    connect(m_ownerFilter, &QComboBox::currentIndexChanged, this, apply);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, apply);
    return tab;
}

void TasksModule::fillOwnerFilter()
{
    const QString chosen = m_ownerFilter->currentData().toString();
    const QSignalBlocker block(m_ownerFilter);
    m_ownerFilter->clear();
    m_ownerFilter->addItem(tr("Everyone"), QString());
    const auto members = Tasks::teamMembers(m_ctx.session, m_ctx.session.currentUserId());
    for (const QString& id : members ? *members : QStringList {})
        m_ownerFilter->addItem(m_ctx.session.records().labelOf(QStringLiteral("user"), id), id);
    m_ownerFilter->setCurrentIndex(qMax(0, m_ownerFilter->findData(chosen)));
}

void TasksModule::refreshCases()
{
    if (!m_cases)
        return;
    const QString me = m_ctx.session.currentUserId();
    QStringList owners { me };
    if (const auto members = Tasks::teamMembers(m_ctx.session, me))
        owners += *members;
    const auto list
        = Cases::needingAttention(m_ctx.session, owners, m_ctx.session.clock().nowUtc());
    if (!list || list->isEmpty() || me.isEmpty()) {
        m_cases->hide();
        return;
    }
    constexpr int kShown = 5;
    QStringList items;
    for (const CaseState& c : list->mid(0, kShown)) {
        const QString state = c.urgency == CaseUrgency::Overdue ? tr("overdue") : tr("due soon");
        const QString who = c.ownerId == me ? QString() : QStringLiteral(", ") + c.ownerName;
        items << QStringLiteral(
            "<a href=\"case:%1\">%2</a> (%3%4 — <span style=\"color:%5\">%6</span>)")
                     .arg(c.id, c.subject.toHtmlEscaped(),
                         (c.companyName.isEmpty() ? tr("no customer") : c.companyName)
                             .toHtmlEscaped(),
                         who.toHtmlEscaped(),
                         CaseStyle::foreground(c.urgency).value<QColor>().name(),
                         state.toHtmlEscaped());
    }
    QString text = QStringLiteral("<b>%1</b> ")
                       .arg(tr("Customer cases needing attention (%n):", nullptr, int(list->size()))
                                .toHtmlEscaped())
        + items.join(QStringLiteral("; "));
    if (list->size() > kShown)
        text += QLatin1Char(' ')
            + tr("and %n more in Cases.", nullptr, int(list->size() - kShown)).toHtmlEscaped();
    m_cases->setText(text);
    m_cases->show();
}

void TasksModule::refreshTeam()
{
    if (!m_tabs)
        return;
    const auto members = Tasks::teamMembers(m_ctx.session, m_ctx.session.currentUserId());
    const bool leads = members && !members->isEmpty();
    m_tabs->setTabVisible(m_tabs->indexOf(m_teamTab), leads);
    if (!leads)
        return;
    fillOwnerFilter();
    m_team->showTeam(m_ctx.session.currentUserId(),
        TaskFilter(m_stateFilter->currentData().toInt()), m_ownerFilter->currentData().toString());
}

QTreeView* TasksModule::currentView() const
{
    if (!m_tabs)
        return nullptr;
    return m_tabs->currentWidget() == m_teamTab ? m_teamView : m_myDayView;
}

bool TasksModule::toggleCurrent()
{
    QTreeView* view = currentView();
    if (!view)
        return false;
    auto* model = static_cast<TaskListModel*>(view->model());
    const TaskRow* t = model->task(view->currentIndex());
    if (!t)
        return false;
    QString error;
    if (!model->setDone(t->id, !t->done, &error)) {
        Prompter::warning(m_widget, tr("Not changed"), error);
        return false;
    }
    return true;
}

bool TasksModule::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_myDayView || watched == m_teamView)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleCurrent();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

TaskDialog* TasksModule::newTask()
{
    auto* dialog = new TaskDialog(
        m_ctx.session.records(),
        [this](const TaskDraft& draft) -> Result<void> {
            QStringList warnings;
            auto id = BatchCommands::create(m_ctx.undoStack, m_ctx.session, m_ctx.events,
                tr("New task “%1”").arg(draft.subject), [&]() -> Result<QString> {
                    auto logged = Tasks::create(m_ctx.session, draft);
                    if (!logged)
                        return logged.error();
                    warnings = logged->warnings;
                    return logged->id;
                });
            if (!id)
                return id.error();
            if (!warnings.isEmpty())
                Prompter::information(m_widget, tr("Someone else's customer"),
                    tr("%1\n\nThe task is saved and the owner has been told.")
                        .arg(warnings.join(QLatin1Char('\n'))));
            return {};
        },
        m_widget);
    dialog->setWindowTitle(tr("New task"));
    TaskDraft draft;
    // Tomorrow at nine, in the user's own time.
    const QDateTime now = m_ctx.session.clock().nowUtc().toLocalTime();
    draft.due = QDateTime(now.date().addDays(1), QTime(9, 0)).toUTC();
    draft.ownerId = m_ctx.session.currentUserId();
    dialog->setDraft(draft);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

TaskDialog* TasksModule::editTask(const QString& taskId)
{
    const auto draft = Tasks::draftOf(m_ctx.session, taskId);
    if (!draft)
        return nullptr;
    auto* dialog = new TaskDialog(
        m_ctx.session.records(),
        [this, taskId](const TaskDraft& edited) {
            return BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
                tr("Edit “%1”").arg(edited.subject),
                [&] { return Tasks::update(m_ctx.session, taskId, edited); });
        },
        m_widget);
    dialog->setWindowTitle(tr("Task"));
    dialog->setDraft(*draft);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace tandem
