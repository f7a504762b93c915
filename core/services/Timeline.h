// Everything that happened with a contact or a company, newest first: activities, deals, offers,
// documents, cases and the field changes of the change log, each with its date and who did it.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace tandem {

class Session;

struct TimelineItem {
    enum class Kind { Activity, Deal, Offer, Document, Case, Change, Created };
    Kind kind = Kind::Activity;
    QDateTime when;
    QString entity; // the record to open: activity, deal, quote, attachment, case, or the subject
    QString recordId;
    QString subKind; // activity kind (call, meeting, email, note, task) or deal status
    QString title;
    QString detail;
    QString userName;
    // Deals: the amount in minor units of `currency` (the view formats it in the user's locale).
    std::optional<qint64> amount;
    QString currency;
    // Field changes: the field, and its new value as canonical text (empty: cleared).
    QString field;
};

namespace Timeline {
// `entity` is "contact" or "company". At most `maxChanges` field changes are listed.
QList<TimelineItem> of(
    Session& session, const QString& entity, const QString& id, int maxChanges = 300);
} // namespace Timeline

} // namespace tandem
