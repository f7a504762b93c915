// Colleagues do not work each other's customers unawares: a warning for the one who starts, and a
// single word to the owner.
#pragma once

#include "util/Result.h"

#include <QString>

namespace tandem {

class Session;

namespace OwnershipGuard {
// When `userId` starts working a lead, company, contact (its company's owner, else its own) or
// deal that another active user owns: a translated warning naming the owner ("Jonas Petraitis
// owns UAB Medis. …"); empty otherwise.
QString warning(Session& session, const QString& entity, const QString& id, const QString& userId);
// Tells the owner (notification kind "ownership", topic per record and user so it is said once)
// that `userId` is working their record. Nothing to tell (no other active owner): no-op.
Result<void> notifyOwner(
    Session& session, const QString& entity, const QString& id, const QString& userId);
} // namespace OwnershipGuard

} // namespace tandem
