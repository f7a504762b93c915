// Likely duplicate contacts and companies: candidates for a record about to be created, the review
// list of every likely pair, and "these two are not duplicates".
#pragma once

#include "services/DuplicateIndex.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace tandem {

class Session;

struct DuplicatePair {
    QString entity;
    QString firstId;
    QString secondId;
    QString firstLabel;
    QString secondLabel;
    QStringList reasons; // translated, strongest first
    int score = 0; // 0–100
};

namespace Duplicates {
// Every live contact not merged into another, indexed: one scan of contacts and contact points.
Result<ContactDuplicateIndex> contactIndex(Session& session);

// Existing contacts that look like the contact `values` (its fields by name) would be: the same
// e-mail, the same phone (however written), or a similar name at the same company. Further
// e-mails and phones (its contact points) count too. A contact being edited passes its "id" and
// is not its own duplicate. Best first. Reads every contact once: for many records at a time
// (an import) use contactIndex() and ask the index.
Result<QList<DuplicateCandidate>> candidatesFor(Session& session, const QVariantMap& values,
    const QStringList& moreEmails = {}, const QStringList& morePhones = {});

// Every pair of likely duplicates of "contact" or "company" that nobody marked as not duplicates,
// best first. Companies: the same registration or VAT code, the same name, the same website.
Result<QList<DuplicatePair>> findAll(Session& session, const QString& entity);

// Records that `a` and `b` are not duplicates, so findAll leaves the pair out from now on.
Result<void> dismiss(Session& session, const QString& entity, const QString& a, const QString& b);
} // namespace Duplicates

} // namespace tandem
