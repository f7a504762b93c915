// Merging two records of the same contact or company into one: everything that pointed at either
// points at the survivor, no e-mail address or phone is lost, and the change log tells the story.
#pragma once

#include "util/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace tandem {

class Session;

struct MergeOutcome {
    QString keptId;
    int movedLinks = 0; // records re-pointed from the merged record to the kept one
    QStringList changedFields; // fields of the kept record that took the other's value
    int addedContactPoints = 0; // e-mails, phones and addresses kept as contact points
};

namespace RecordMerge {
// Merges `otherId` into `keepId` ("contact" or "company") in one transaction: every record whose
// reference (or tagging/attachment link) points at the other is re-pointed at the kept one; the
// kept record's empty fields are filled from the other; `fieldChoices` (field → "other" or
// "keep") picks the other's value for chosen fields; a contact's e-mails, phones and address
// that would be lost become its contact points; the other gets merged_into_id and is removed
// (a tombstone: its history stays readable).
Result<MergeOutcome> merge(Session& session, const QString& entity, const QString& keepId,
    const QString& otherId, const QMap<QString, QString>& fieldChoices = {});
} // namespace RecordMerge

} // namespace tandem
