// Working a lead before it becomes a deal: the team's qualification questions and their answers,
// losing a lead with a reason (it is kept), reopening it, and marking it contacted.
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace tandem {

class Session;

struct QualificationAnswer {
    QString question;
    QString answer;
};

namespace LeadQualification {
// The qualification questions: setting "lead_qualification_questions" (one per line), else
// translated defaults (need, budget, decision maker, timing).
QStringList questions(Session& session);
// Empty entries are dropped; an empty list brings back the defaults.
Result<void> setQuestions(Session& session, const QStringList& questions);
// Answers stored in lead.qualification as "Question: answer" lines; parsed back here.
QList<QualificationAnswer> answers(const Record& lead);
// Status qualified; answers saved (empty ones left out). Refused for lost or converted leads
// (message says why).
Result<void> qualify(
    Session& session, const QString& leadId, const QList<QualificationAnswer>& answers);
// Status lost with the reason (required, trimmed). The lead is never deleted; its open
// first-contact task is tombstoned. Refused for converted leads.
Result<void> lose(Session& session, const QString& leadId, const QString& reason);
// A lost lead back to status contacted; lost_reason cleared (the history keeps it). Refused for a
// lead that is not lost.
Result<void> reopen(Session& session, const QString& leadId);
// Status new → contacted (done when a call/meeting/e-mail is logged on it); no-op otherwise.
Result<void> markContacted(Session& session, const QString& leadId);
// An edit of a lead as a whole (the lead form, `tandem-cli set lead`): a status change goes
// through the rules above — lost needs lost_reason in the same edit, a lost lead is reopened
// first, "converted" is refused (conversion makes the deal) and a converted lead stays so — with
// the other fields written in the same transaction.
Result<void> update(Session& session, const QString& leadId, QVariantMap values);
} // namespace LeadQualification

} // namespace tandem
