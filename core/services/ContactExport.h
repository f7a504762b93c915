// Contacts out to address-book files: each contact with its contact points, company, tags and
// photo as a ContactCard, the inverse of ContactImport.
#pragma once

#include "io/ContactCard.h"

#include <QList>
#include <QStringList>

namespace tandem {

class Session;

namespace ContactExport {
// The cards of the contacts, in the order given; ids of missing or deleted contacts are left out.
// The contact's id is the card's UID; owner, status, consents, next contact date and decision
// maker travel in ContactCard::extra as canonical text (the owner by name).
QList<ContactCard> cards(Session& session, const QStringList& contactIds);
} // namespace ContactExport

} // namespace tandem
