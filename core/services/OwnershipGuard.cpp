#include "services/OwnershipGuard.h"

#include "services/Notifications.h"
#include "store/Session.h"

#include <QCoreApplication>

namespace tandem {

namespace {

// Whose the record is: the owner, and the record they own (a contact's company).
struct Ownership {
    QString ownerId;
    QString ownerName;
    QString ownedLabel; // what the owner owns
    QString contactLabel; // set when the record is a contact of the owned company
};

bool isActiveUser(const Record& user)
{
    const QVariant v = user.value(QStringLiteral("active"));
    return isEmptyValue(v) || v.toBool();
}

// The other active user who owns the record; nothing when it is `userId`'s own or nobody's.
std::optional<Ownership> otherOwner(
    Session& session, const QString& entity, const QString& id, const QString& userId)
{
    static const QStringList kOwned { QStringLiteral("lead"), QStringLiteral("company"),
        QStringLiteral("contact"), QStringLiteral("deal") };
    if (!kOwned.contains(entity))
        return std::nullopt;
    const RecordStore& rs = session.records();
    const auto record = rs.get(entity, id);
    if (!record)
        return std::nullopt;
    Ownership o;
    o.ownerId = record->text(QStringLiteral("owner_id"));
    o.ownedLabel = rs.label(*record);
    if (entity == QLatin1String("contact")) {
        const auto company
            = rs.get(QStringLiteral("company"), record->text(QStringLiteral("company_id")));
        if (company && !company->text(QStringLiteral("owner_id")).isEmpty()) {
            o.ownerId = company->text(QStringLiteral("owner_id"));
            o.contactLabel = o.ownedLabel;
            o.ownedLabel = rs.label(*company);
        }
    }
    if (o.ownerId.isEmpty() || o.ownerId == userId.trimmed().toLower())
        return std::nullopt;
    const auto owner = rs.get(QStringLiteral("user"), o.ownerId);
    if (!owner || !isActiveUser(*owner))
        return std::nullopt;
    o.ownerName = rs.label(*owner);
    return o;
}

} // namespace

QString OwnershipGuard::warning(
    Session& session, const QString& entity, const QString& id, const QString& userId)
{
    const auto o = otherOwner(session, entity, id, userId);
    if (!o)
        return {};
    if (!o->contactLabel.isEmpty())
        return QCoreApplication::translate(
            "OwnershipGuard", "%1 owns %2, where %3 works. Agree with %1 before you contact %3.")
            .arg(o->ownerName, o->ownedLabel, o->contactLabel);
    return QCoreApplication::translate(
        "OwnershipGuard", "%1 owns %2. Agree with %1 before you work on it.")
        .arg(o->ownerName, o->ownedLabel);
}

Result<void> OwnershipGuard::notifyOwner(
    Session& session, const QString& entity, const QString& id, const QString& userId)
{
    const auto o = otherOwner(session, entity, id, userId);
    if (!o)
        return {};
    QString who = session.records().labelOf(QStringLiteral("user"), userId.trimmed().toLower());
    if (who.isEmpty())
        who = QCoreApplication::translate("OwnershipGuard", "A colleague");
    NotificationDraft note;
    note.userId = o->ownerId;
    note.kind = QStringLiteral("ownership");
    note.text = o->contactLabel.isEmpty()
        ? QCoreApplication::translate("OwnershipGuard", "%1 is working on %2, which you own.")
              .arg(who, o->ownedLabel)
        : QCoreApplication::translate(
            "OwnershipGuard", "%1 is working with %2 at %3, which you own.")
              .arg(who, o->contactLabel, o->ownedLabel);
    note.entity = entity;
    note.recordId = id.trimmed().toLower();
    note.topic = QStringLiteral("ownership:%1:%2:%3")
                     .arg(entity, note.recordId, userId.trimmed().toLower());
    auto created = Notifications::notify(session, note);
    if (!created)
        return created.error();
    return {};
}

} // namespace tandem
