#include "SalesTestSupport.h"

#include "services/DealFlow.h"
#include "store/Session.h"

#include <catch2/catch.hpp>

namespace tandem::test {

namespace {

// The one record of `entity` where field = value for each pair; REQUIREs exactly one.
Record onlyRecord(
    RecordStore& rs, const QString& entity, const QList<QPair<QString, QVariant>>& where)
{
    ListQuery q;
    q.where = where;
    auto rows = rs.list(entity, q);
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    return rows->first();
}

} // namespace

QString stageNamed(RecordStore& rs, const QString& name)
{
    return onlyRecord(rs, QStringLiteral("stage"), { { QStringLiteral("name"), name } }).id;
}

QString actionOf(RecordStore& rs, const QString& stageId)
{
    return onlyRecord(
        rs, QStringLiteral("playbook_action"), { { QStringLiteral("stage_id"), stageId } })
        .id;
}

QString newDeal(Session& s, const QVariantMap& values)
{
    auto id = DealFlow::create(s, values);
    if (!id)
        FAIL(id.error().toString().toStdString());
    return *id;
}

Record dealRecord(RecordStore& rs, const QString& id)
{
    auto r = rs.get(QStringLiteral("deal"), id);
    REQUIRE(r);
    return *r;
}

QString stageOf(RecordStore& rs, const QString& dealId)
{
    return dealRecord(rs, dealId).text(QStringLiteral("stage_id"));
}

QList<Record> liveTasks(RecordStore& rs, const QString& dealId)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("deal_id"), QVariant(dealId));
    auto rows = rs.list(QStringLiteral("task"), q);
    REQUIRE(rows);
    return *rows;
}

QMap<QString, Record> tasksBySubject(RecordStore& rs, const QString& dealId)
{
    QMap<QString, Record> out;
    for (const Record& r : liveTasks(rs, dealId))
        out.insert(r.text(QStringLiteral("subject")), r);
    return out;
}

QStringList taskSubjects(RecordStore& rs, const QString& dealId)
{
    QStringList out;
    for (const Record& r : liveTasks(rs, dealId))
        out << r.text(QStringLiteral("subject"));
    out.sort();
    return out;
}

Record dealTask(RecordStore& rs, const QString& dealId, const QString& field, const QVariant& value)
{
    return onlyRecord(
        rs, QStringLiteral("task"), { { QStringLiteral("deal_id"), dealId }, { field, value } });
}

Record taskNamed(RecordStore& rs, const QString& dealId, const QString& subject)
{
    return dealTask(rs, dealId, QStringLiteral("subject"), subject);
}

} // namespace tandem::test
