// How every new lead starts, whoever enters it (form, CLI, campaign import): routed to an owner,
// with a first-contact task due in a few days and a word to the owner when someone else chose them.
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QString>
#include <QVariantMap>
#include <optional>

namespace tandem {

class Session;

namespace LeadIntake {
// Days until a new lead's first contact is due: setting "lead_first_contact_days", default 2.
int firstContactDays(Session& session);
// Sets it (0 to 90 days; 0: the same day).
Result<void> setFirstContactDays(Session& session, int days);
// Creates a lead the way every new lead should start (GUI form, CLI `add lead`, campaign imports):
// status new unless given; no owner given → LeadRouting, else the current user; first_contact_due =
// now + firstContactDays; a first-contact task (activity kind=task, subject "First contact: <lead
// label>", due at first_contact_due, priority high, owner = the lead's owner, lead_id);
// when the owner is not the current user, a notification kind "assigned" to the owner
// ("New lead assigned to you by rule “X”: …"). One transaction; returns the lead id.
// A lead given another status than new (an import of older leads) gets no due date and no task.
Result<QString> create(Session& session, QVariantMap values);
// A lead's name in lists and messages: its title, else the person and the company, else the e-mail.
QString label(const QVariantMap& lead);
// The first-contact task create() made with the lead (done or not), if it still exists: the lead's
// oldest task, made within a minute of the lead and not by a playbook.
std::optional<Record> firstContactTask(Session& session, const Record& lead);
} // namespace LeadIntake

} // namespace tandem
