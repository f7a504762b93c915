#include "services/Notifications.h"

#include "store/Session.h"
#include "util/Clock.h"

#include <algorithm>

namespace tandem {

namespace {

const QString kEntity = QStringLiteral("notification");

bool isUnread(const Record& r)
{
    return isEmptyValue(r.value(QStringLiteral("read_at")));
}

} // namespace

Result<QString> Notifications::notify(Session& session, const NotificationDraft& draft)
{
    if (draft.userId.isEmpty())
        return QString();
    RecordStore& rs = session.records();
    if (!draft.topic.isEmpty()) {
        ListQuery q;
        q.where << qMakePair(QStringLiteral("user_id"), QVariant(draft.userId))
                << qMakePair(QStringLiteral("topic"), QVariant(draft.topic));
        auto existing = rs.count(kEntity, q);
        if (!existing)
            return existing.error();
        if (*existing > 0)
            return QString();
    }
    QVariantMap values { { QStringLiteral("user_id"), draft.userId },
        { QStringLiteral("kind"), draft.kind }, { QStringLiteral("text"), draft.text } };
    if (!draft.entity.isEmpty()) {
        values.insert(QStringLiteral("entity"), draft.entity);
        values.insert(QStringLiteral("record_id"), draft.recordId);
    }
    if (!draft.topic.isEmpty())
        values.insert(QStringLiteral("topic"), draft.topic);
    return rs.create(kEntity, values);
}

QList<Record> Notifications::forUser(Session& session, const QString& userId, bool includeRead)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("user_id"), QVariant(userId));
    if (!includeRead)
        q.where << qMakePair(QStringLiteral("read_at"), QVariant());
    auto rows = session.records().list(kEntity, q);
    if (!rows)
        return {};
    QList<Record> out = *rows;
    std::stable_sort(out.begin(), out.end(), [](const Record& a, const Record& b) {
        return a.text(QStringLiteral("created_at")) > b.text(QStringLiteral("created_at"));
    });
    return out;
}

int Notifications::unreadCount(Session& session, const QString& userId)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("user_id"), QVariant(userId))
            << qMakePair(QStringLiteral("read_at"), QVariant());
    auto n = session.records().count(kEntity, q);
    return n ? int(*n) : 0;
}

Result<void> Notifications::markRead(Session& session, const QString& notificationId)
{
    auto r = session.records().get(kEntity, notificationId);
    if (!r || !isUnread(*r))
        return {};
    return session.records().update(
        kEntity, notificationId, { { QStringLiteral("read_at"), session.clock().nowUtc() } });
}

} // namespace tandem
