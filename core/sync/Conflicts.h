// Concurrent edits of one field, read from a record's change log: the same list on every copy.
#pragma once

#include "store/ChangeLog.h"

#include <QList>
#include <QString>

namespace tandem {

struct Conflict {
    QString id; // the same on every copy: derived from the record, field and the losing version
    QString entity;
    QString recordId;
    QString field; // "" when an edit met a delete
    QVariant keptValue; // what the record shows
    QString keptToken;
    QString keptUser;
    QVariant otherValue; // what lost
    QString otherToken;
    QString otherUser;
    bool keptIsDelete = false;
};

// Which versions of each field nothing supersedes yet, from all of a record's changes.
RecordHeads computeHeads(const QList<Change>& changes);
// Every open conflict of one record: for each field with more than one head, the newest head
// is kept and each other head is listed; edits that a winning delete did not see are listed too.
QList<Conflict> detectConflicts(const QList<Change>& changes);

} // namespace tandem
