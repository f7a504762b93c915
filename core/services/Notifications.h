// Messages for one user that a rule or a colleague's action produced: a lead assigned to them, a
// playbook task escalated to them as manager, someone working their customer. They sync.
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace tandem {

class Session;

struct NotificationDraft {
    QString userId; // who is told
    QString kind; // assigned | escalation | ownership | info
    QString text; // translated, whole sentence
    QString entity; // the record it is about, to open it
    QString recordId;
    // When set, a live notification with the same topic for the same user is not repeated.
    QString topic;
};

namespace Notifications {
// The new notification's id; empty when the same topic was already told to that user (or the
// user is empty).
Result<QString> notify(Session& session, const NotificationDraft& draft);
// Newest first; only unread ones unless `includeRead`.
QList<Record> forUser(Session& session, const QString& userId, bool includeRead = false);
int unreadCount(Session& session, const QString& userId);
Result<void> markRead(Session& session, const QString& notificationId);
} // namespace Notifications

} // namespace tandem
