// The bell in the toolbar: how many notifications wait for the current user (a lead assigned to
// them, a playbook task escalated to them, a colleague working their customer), a menu to open
// each, and the playbook deadline check that runs while Tandem is open.
#pragma once

#include "common/UiContext.h"

#include <QTimer>
#include <QToolButton>

namespace tandem {

class NotificationsButton : public QToolButton {
    Q_OBJECT
public:
    explicit NotificationsButton(const UiContext& context, QWidget* parent = nullptr);

    int unread() const { return m_unread; }
    // Runs the escalation check now (also on start and every half hour).
    void checkDeadlines();
    void updateCount();
    // Marks it read and opens the record it is about.
    void openNotification(const QString& notificationId);
    void markAllRead();

private:
    void fillMenu();

    UiContext m_ctx;
    QTimer m_check;
    int m_unread = 0;
};

} // namespace tandem
