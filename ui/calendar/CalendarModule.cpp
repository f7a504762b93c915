#include "calendar/CalendarModule.h"

#include "calendar/CalendarFiles.h"
#include "calendar/CalendarModel.h"
#include "calendar/CalendarView.h"
#include "calendar/DormantDialog.h"
#include "calendar/FreeSlotDialog.h"
#include "common/Icons.h"
#include "common/OutcomeDialog.h"
#include "store/Session.h"

#include <QAction>

namespace tandem {

CalendarModule::CalendarModule(const UiContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_new(new QAction(Icons::get(QStringLiteral("add")), tr("New &event…"), this))
    , m_today(new QAction(Icons::get(QStringLiteral("calendar")), tr("&Today"), this))
    , m_previous(new QAction(Icons::get(QStringLiteral("previous")), tr("&Previous period"), this))
    , m_next(new QAction(Icons::get(QStringLiteral("next")), tr("Ne&xt period"), this))
    , m_freeSlot(new QAction(Icons::get(QStringLiteral("search")), tr("Find a &free time…"), this))
    , m_dormant(new QAction(Icons::get(QStringLiteral("history")), tr("&Dormant customers…"), this))
    , m_import(
          new QAction(Icons::get(QStringLiteral("import")), tr("&Import calendar (.ics)…"), this))
    , m_export(
          new QAction(Icons::get(QStringLiteral("export")), tr("E&xport these days (.ics)…"), this))
{
    m_freeSlot->setObjectName(QStringLiteral("freeSlotAction"));
    m_freeSlot->setToolTip(tr("A time when you and the colleagues you pick are all free"));
    m_dormant->setObjectName(QStringLiteral("dormantAction"));
    m_dormant->setToolTip(tr("Customers who have not bought or heard from us for a while"));
    m_import->setObjectName(QStringLiteral("importIcsAction"));
    m_import->setToolTip(tr("Events and tasks from Thunderbird, Outlook or Google Calendar"));
    m_export->setObjectName(QStringLiteral("exportIcsAction"));
    m_export->setToolTip(tr("The days and calendars on screen, as a file other calendars open"));
    connect(m_freeSlot, &QAction::triggered, this, [this] {
        if (!m_view)
            return;
        QStringList users = m_view->model()->users();
        if (users.isEmpty())
            users << m_ctx.session.currentUserId();
        auto* dialog = new FreeSlotDialog(m_ctx.session, users, m_view);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &FreeSlotDialog::bookSlot, m_view,
            [view = m_view](const QDateTime& start, const QDateTime& end, const QStringList& ids) {
                view->createMeeting(start, end, ids);
            });
        dialog->open();
    });
    connect(m_dormant, &QAction::triggered, this, [this] {
        auto* dialog = new DormantDialog(m_ctx, m_view);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(
        m_import, &QAction::triggered, this, [this] { CalendarFiles::importFile(m_view, m_ctx); });
    connect(m_export, &QAction::triggered, this, [this] {
        if (!m_view)
            return;
        const QDate first = m_view->model()->firstDay();
        CalendarFiles::exportFile(m_view, m_ctx, m_view->shownActivityIds(),
            QStringLiteral("tandem-%1.ics").arg(first.toString(Qt::ISODate)));
    });
    m_new->setObjectName(QStringLiteral("newEventAction"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_new->setToolTip(tr("Plan a meeting, call or task (Ctrl+Shift+E)"));
    m_today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    connect(m_new, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->createEvent();
    });
    connect(m_today, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->goToday();
    });
    connect(m_previous, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->step(-1);
    });
    connect(m_next, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->step(+1);
    });
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_actions = { m_new, m_today, m_previous, m_next, separator, m_freeSlot, m_dormant, m_import,
        m_export };
}

QString CalendarModule::key() const
{
    return QStringLiteral("calendar");
}

QString CalendarModule::title() const
{
    return tr("Calendar");
}

QIcon CalendarModule::icon() const
{
    return Icons::get(QStringLiteral("calendar"));
}

QWidget* CalendarModule::createWidget(QWidget* parent)
{
    m_view = new CalendarView(m_ctx, parent);
    // "Done…" on an event: how it went, the next step and a follow-up, as one undoable step.
    connect(m_view, &CalendarView::outcomeRequested, this, [this](const QString& activityId) {
        auto* dialog = new OutcomeDialog(m_ctx, activityId, m_view);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return m_view;
}

QList<QAction*> CalendarModule::actions() const
{
    return m_actions;
}

QStringList CalendarModule::entities() const
{
    return {};
}

bool CalendarModule::open(const QString& entity, const QString& id)
{
    if (!m_view || (entity != QLatin1String("activity") && entity != QLatin1String("task")))
        return false;
    return m_view->showActivity(id);
}

bool CalendarModule::confirmClose()
{
    return true;
}

} // namespace tandem
