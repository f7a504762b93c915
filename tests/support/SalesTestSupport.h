// Looking up what the sales process made, for the deal, playbook and board suites: stages and
// playbook actions by name, a deal and its live tasks; and making a deal through DealFlow.
#pragma once

#include "TestData.h"
#include "store/RecordStore.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <QVariantMap>

namespace tandem {
class Session;
}

namespace tandem::test {

// The id of the one stage called `name`; REQUIREs exactly one.
QString stageNamed(RecordStore& rs, const QString& name);
inline QString stageNamed(RecordStore& rs, const char* name)
{
    return stageNamed(rs, QString::fromUtf8(name));
}
// The id of the stage's one playbook action; REQUIREs exactly one.
QString actionOf(RecordStore& rs, const QString& stageId);

// A deal made by DealFlow::create (first stage, playbook tasks); FAILs with its error.
QString newDeal(Session& s, const QVariantMap& values);
// The deal's record; REQUIREs that it exists.
Record dealRecord(RecordStore& rs, const QString& id);
QString stageOf(RecordStore& rs, const QString& dealId);

// The deal's live tasks.
QList<Record> liveTasks(RecordStore& rs, const QString& dealId);
// The deal's live tasks: subject → record.
QMap<QString, Record> tasksBySubject(RecordStore& rs, const QString& dealId);
// The subjects of the deal's live tasks, sorted.
QStringList taskSubjects(RecordStore& rs, const QString& dealId);
// The deal's one live task whose `field` holds `value`; REQUIREs exactly one.
Record dealTask(
    RecordStore& rs, const QString& dealId, const QString& field, const QVariant& value);
// The deal's one live task with this subject; REQUIREs exactly one.
Record taskNamed(RecordStore& rs, const QString& dealId, const QString& subject);

} // namespace tandem::test
