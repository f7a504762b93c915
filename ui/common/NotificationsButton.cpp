#include "common/NotificationsButton.h"

#include "common/DataEvents.h"
#include "common/Icons.h"
#include "records/FieldDisplay.h"
#include "services/Escalations.h"
#include "services/Notifications.h"
#include "store/Session.h"

#include <QDateTime>
#include <QLocale>
#include <QMenu>

namespace tandem {

namespace {

constexpr int kShown = 25;
constexpr int kCheckMinutes = 30;
constexpr int kFirstCheckMs = 3000;

} // namespace

NotificationsButton::NotificationsButton(const UiContext& context, QWidget* parent)
    : QToolButton(parent)
    , m_ctx(context)
{
    setObjectName(QStringLiteral("notificationsButton"));
    setIcon(Icons::get(QStringLiteral("bell")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    setAutoRaise(true);
    auto* menu = new QMenu(this);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &NotificationsButton::fillMenu);
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("notification") || entity.isEmpty())
            updateCount();
    });
    m_check.setInterval(kCheckMinutes * 60 * 1000);
    connect(&m_check, &QTimer::timeout, this, &NotificationsButton::checkDeadlines);
    m_check.start();
    // A little after the window is up: the check reads every open deal and its playbook tasks.
    QTimer::singleShot(kFirstCheckMs, this, &NotificationsButton::checkDeadlines);
    updateCount();
}

void NotificationsButton::checkDeadlines()
{
    auto escalated = Escalations::run(m_ctx.session);
    if (escalated && !escalated->isEmpty())
        m_ctx.events.notifyChanged(QStringLiteral("notification"));
    updateCount();
}

void NotificationsButton::updateCount()
{
    m_unread = Notifications::unreadCount(m_ctx.session, m_ctx.session.currentUserId());
    setText(m_unread > 0 ? QLocale().toString(m_unread) : QString());
    setToolTip(m_unread > 0 ? tr("%n new notification(s)", nullptr, m_unread)
                            : tr("No new notifications"));
}

void NotificationsButton::fillMenu()
{
    QMenu* m = menu();
    m->clear();
    const QList<Record> items
        = Notifications::forUser(m_ctx.session, m_ctx.session.currentUserId());
    if (items.isEmpty()) {
        m->addAction(tr("No new notifications"))->setEnabled(false);
        return;
    }
    for (const Record& n : items.mid(0, kShown)) {
        const QDateTime at
            = QDateTime::fromString(n.text(QStringLiteral("created_at")), Qt::ISODateWithMs);
        const QString when = QLocale().toString(at.toLocalTime(), FieldDisplay::dateTimeFormat());
        QAction* a = m->addAction(tr("%1 — %2").arg(n.text(QStringLiteral("text")), when));
        const QString id = n.id;
        connect(a, &QAction::triggered, this, [this, id] { openNotification(id); });
    }
    if (items.size() > kShown)
        m->addAction(tr("… and %n more", nullptr, int(items.size() - kShown)))->setEnabled(false);
    m->addSeparator();
    connect(m->addAction(tr("Mark all as read")), &QAction::triggered, this,
        &NotificationsButton::markAllRead);
}

void NotificationsButton::openNotification(const QString& notificationId)
{
    const auto n = m_ctx.session.records().get(QStringLiteral("notification"), notificationId);
    if (!n)
        return;
    if (auto r = Notifications::markRead(m_ctx.session, notificationId); !r)
        m_ctx.events.notifyFailed(r.error().message);
    m_ctx.events.notifyChanged(QStringLiteral("notification"), notificationId);
    const QString entity = n->text(QStringLiteral("entity"));
    if (!entity.isEmpty())
        m_ctx.events.requestOpen(entity, n->text(QStringLiteral("record_id")));
}

void NotificationsButton::markAllRead()
{
    for (const Record& n : Notifications::forUser(m_ctx.session, m_ctx.session.currentUserId())) {
        if (auto r = Notifications::markRead(m_ctx.session, n.id); !r) {
            m_ctx.events.notifyFailed(r.error().message);
            break;
        }
    }
    m_ctx.events.notifyChanged(QStringLiteral("notification"));
}

} // namespace tandem
