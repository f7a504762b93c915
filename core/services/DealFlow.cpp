#include "services/DealFlow.h"

#include "services/LostReasons.h"
#include "services/Playbooks.h"
#include "services/Workspace.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QLocale>

namespace tandem {

namespace {

const QString kDeal = QStringLiteral("deal");
const QString kStage = QStringLiteral("stage");
const QString kOpen = QStringLiteral("open");
const QString kWon = QStringLiteral("won");
const QString kLost = QStringLiteral("lost");

// A stage or deal without a kind or status is an open one (older data, plain imports).
QString kindOf(const Record& stage)
{
    const QString kind = stage.text(QStringLiteral("kind"));
    return kind.isEmpty() ? kOpen : kind;
}

QString statusOf(const Record& deal)
{
    const QString status = deal.text(QStringLiteral("status"));
    return status.isEmpty() ? kOpen : status;
}

qint64 positionOf(const Record& stage)
{
    return stage.value(QStringLiteral("position")).toLongLong();
}

// The record, or the error `missing` (a DealFlow text with %1 for the id) against `field`.
Result<Record> loadRecord(const RecordStore& rs, const QString& entity, const QString& id,
    const char* missing, const QString& field)
{
    if (auto record = rs.get(entity, id))
        return *record;
    return Error { QCoreApplication::translate("DealFlow", missing).arg(id), {}, 0, field };
}

Result<Record> loadDeal(const RecordStore& rs, const QString& dealId)
{
    return loadRecord(rs, kDeal, dealId,
        QT_TRANSLATE_NOOP("DealFlow", "There is no deal with id %1"), QStringLiteral("id"));
}

Result<Record> loadOpenDeal(const RecordStore& rs, const QString& dealId)
{
    auto deal = loadDeal(rs, dealId);
    if (!deal)
        return deal;
    const QString status = statusOf(*deal);
    QString refusal;
    if (status == kWon)
        refusal = QCoreApplication::translate(
            "DealFlow", "“%1” is won; reopen it first to change its course");
    else if (status == kLost)
        refusal = QCoreApplication::translate(
            "DealFlow", "“%1” is lost; reopen it first to change its course");
    if (refusal.isEmpty())
        return deal;
    return Error { refusal.arg(rs.label(*deal)), {}, 0, QStringLiteral("status") };
}

Result<Record> loadStage(const RecordStore& rs, const QString& stageId)
{
    return loadRecord(rs, kStage, stageId,
        QT_TRANSLATE_NOOP("DealFlow", "There is no stage with id %1"), QStringLiteral("stage_id"));
}

QList<Record> stagesOf(const RecordStore& rs, const QString& pipelineId)
{
    if (pipelineId.isEmpty())
        return {};
    ListQuery q;
    q.where << qMakePair(QStringLiteral("pipeline_id"), QVariant(pipelineId));
    q.orderBy = QStringLiteral("position");
    auto rows = rs.list(kStage, q);
    return rows ? *rows : QList<Record>();
}

QString firstStageOfKind(const RecordStore& rs, const QString& pipelineId, const QString& kind)
{
    for (const Record& s : stagesOf(rs, pipelineId)) {
        if (kindOf(s) == kind)
            return s.id;
    }
    return {};
}

QString highestOpenStage(const RecordStore& rs, const QString& pipelineId)
{
    const QList<Record> stages = stagesOf(rs, pipelineId);
    for (auto it = stages.crbegin(); it != stages.crend(); ++it) {
        if (kindOf(*it) == kOpen)
            return it->id;
    }
    return {};
}

// The open stage the deal was in most recently, other than the one it is in now.
QString lastOpenStageInHistory(const RecordStore& rs, const Record& deal)
{
    const QString current = deal.text(QStringLiteral("stage_id"));
    const QList<HistoryEntry> history = rs.history(kDeal, deal.id);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->field != QLatin1String("stage_id") || it->value.isEmpty() || it->value == current)
            continue;
        if (const auto stage = rs.get(kStage, it->value); stage && kindOf(*stage) == kOpen)
            return stage->id;
    }
    return {};
}

Result<void> checkRequirements(Session& session, const Record& deal)
{
    const QStringList missing = Playbooks::missingRequirements(session, deal.id);
    if (missing.isEmpty())
        return {};
    const QString stage = session.records().labelOf(kStage, deal.text(QStringLiteral("stage_id")));
    return Error { QCoreApplication::translate(
                       "DealFlow", "“%1” is not finished yet; still to do: %2")
                       .arg(stage, QLocale().createSeparatedList(missing)),
        {}, 0, QStringLiteral("stage_id") };
}

// Writes the deal's changes and hands out the playbook of the stage it is then in, as one step.
Result<void> changeStage(Session& session, const QString& dealId, const QVariantMap& changes)
{
    Transaction tx(session.database());
    if (auto r = session.records().update(kDeal, dealId, changes); !r)
        return r;
    if (auto r = Playbooks::enterStage(session, dealId); !r)
        return r.error();
    return tx.commit();
}

// Marks the deal won and, when the pipeline has a won stage, puts it there with its playbook.
Result<void> markWon(Session& session, const Record& deal, const QString& wonStageId)
{
    RecordStore& rs = session.records();
    const QDateTime now = session.clock().nowUtc();
    QVariantMap changes { { QStringLiteral("status"), kWon }, { QStringLiteral("won_at"), now } };
    if (!wonStageId.isEmpty() && wonStageId != deal.text(QStringLiteral("stage_id"))) {
        changes.insert(QStringLiteral("stage_id"), wonStageId);
        changes.insert(QStringLiteral("stage_entered_at"), now);
        if (const auto stage = rs.get(kStage, wonStageId))
            changes.insert(
                QStringLiteral("pipeline_id"), stage->text(QStringLiteral("pipeline_id")));
    }
    Transaction tx(session.database());
    if (auto r = rs.update(kDeal, deal.id, changes); !r)
        return r;
    if (!wonStageId.isEmpty()) {
        if (auto r = Playbooks::enterStage(session, deal.id); !r)
            return r.error();
    }
    const QString companyId = deal.text(QStringLiteral("company_id"));
    if (!companyId.isEmpty() && rs.get(QStringLiteral("company"), companyId)) {
        if (auto r = rs.update(QStringLiteral("company"), companyId,
                { { QStringLiteral("status"), QStringLiteral("customer") } });
            !r)
            return r;
    }
    return tx.commit();
}

} // namespace

Result<QString> DealFlow::create(Session& session, QVariantMap values)
{
    RecordStore& rs = session.records();
    auto given
        = [&](const char* field) { return !isEmptyValue(values.value(QLatin1String(field))); };

    if (given("stage_id")) {
        auto stage = loadStage(rs, values.value(QStringLiteral("stage_id")).toString().trimmed());
        if (!stage)
            return stage.error();
        const QString pipelineId = stage->text(QStringLiteral("pipeline_id"));
        if (!given("pipeline_id"))
            values.insert(QStringLiteral("pipeline_id"), pipelineId);
        else if (values.value(QStringLiteral("pipeline_id")).toString().trimmed().toLower()
            != pipelineId)
            return Error { QCoreApplication::translate(
                               "DealFlow", "Stage “%1” is not a stage of the deal's pipeline")
                               .arg(rs.label(*stage)),
                {}, 0, QStringLiteral("stage_id") };
    } else {
        if (!given("pipeline_id")) {
            const QString pipelineId = Workspace::defaultPipelineId(session);
            if (pipelineId.isEmpty())
                return Error { QCoreApplication::translate("DealFlow",
                                   "There is no default pipeline to put the deal on; set one up "
                                   "first"),
                    {}, 0, QStringLiteral("pipeline_id") };
            values.insert(QStringLiteral("pipeline_id"), pipelineId);
        }
        const QString pipelineId
            = values.value(QStringLiteral("pipeline_id")).toString().trimmed().toLower();
        const QString stageId = firstStageOfKind(rs, pipelineId, kOpen);
        if (stageId.isEmpty())
            return Error { QCoreApplication::translate(
                               "DealFlow", "Pipeline “%1” has no open stage to start a deal in")
                               .arg(rs.labelOf(QStringLiteral("pipeline"), pipelineId)),
                {}, 0, QStringLiteral("pipeline_id") };
        values.insert(QStringLiteral("stage_id"), stageId);
    }
    if (!given("status"))
        values.insert(QStringLiteral("status"), kOpen);
    if (!given("owner_id") && !session.currentUserId().isEmpty())
        values.insert(QStringLiteral("owner_id"), session.currentUserId());
    if (!given("stage_entered_at"))
        values.insert(QStringLiteral("stage_entered_at"), session.clock().nowUtc());

    Transaction tx(session.database());
    auto id = rs.create(kDeal, values);
    if (!id)
        return id.error();
    if (values.value(QStringLiteral("status")).toString() == kOpen) {
        if (auto r = Playbooks::enterStage(session, *id); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<void> DealFlow::move(Session& session, const QString& dealId, const QString& stageId)
{
    RecordStore& rs = session.records();
    auto found = loadDeal(rs, dealId);
    if (!found)
        return found.error();
    auto target = loadStage(rs, stageId);
    if (!target)
        return target.error();
    if (target->id == found->text(QStringLiteral("stage_id")))
        return {};
    auto deal = loadOpenDeal(rs, dealId);
    if (!deal)
        return deal.error();

    const QString kind = kindOf(*target);
    if (kind == kLost)
        return Error { QCoreApplication::translate("DealFlow",
                           "Losing a deal needs a reason: mark “%1” lost instead of moving it to "
                           "“%2”")
                           .arg(rs.label(*deal), rs.label(*target)),
            {}, 0, QStringLiteral("lost_reason") };

    const auto current = rs.get(kStage, deal->text(QStringLiteral("stage_id")));
    const bool samePipeline = current
        && current->text(QStringLiteral("pipeline_id"))
            == target->text(QStringLiteral("pipeline_id"));
    const bool forward
        = kind == kWon || (samePipeline && positionOf(*target) > positionOf(*current));
    if (forward) {
        if (auto r = checkRequirements(session, *deal); !r)
            return r;
    }
    if (kind == kWon)
        return markWon(session, *deal, target->id);

    QVariantMap changes { { QStringLiteral("stage_id"), target->id },
        { QStringLiteral("stage_entered_at"), session.clock().nowUtc() } };
    if (!samePipeline)
        changes.insert(QStringLiteral("pipeline_id"), target->text(QStringLiteral("pipeline_id")));
    return changeStage(session, deal->id, changes);
}

Result<void> DealFlow::win(Session& session, const QString& dealId)
{
    RecordStore& rs = session.records();
    auto deal = loadOpenDeal(rs, dealId);
    if (!deal)
        return deal.error();
    if (auto r = checkRequirements(session, *deal); !r)
        return r;
    QString pipelineId = deal->text(QStringLiteral("pipeline_id"));
    if (pipelineId.isEmpty()) {
        if (const auto stage = rs.get(kStage, deal->text(QStringLiteral("stage_id"))))
            pipelineId = stage->text(QStringLiteral("pipeline_id"));
    }
    return markWon(session, *deal, firstStageOfKind(rs, pipelineId, kWon));
}

Result<void> DealFlow::lose(
    Session& session, const QString& dealId, const QString& reason, const QString& competitorId)
{
    RecordStore& rs = session.records();
    auto deal = loadOpenDeal(rs, dealId);
    if (!deal)
        return deal.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error { QCoreApplication::translate("DealFlow", "Say why the deal was lost"), {}, 0,
            QStringLiteral("lost_reason") };
    const QString competitor = competitorId.trimmed().toLower();
    if (!competitor.isEmpty() && !rs.get(QStringLiteral("competitor"), competitor))
        return Error { QCoreApplication::translate("DealFlow", "There is no competitor with id %1")
                           .arg(competitorId),
            {}, 0, QStringLiteral("competitor_id") };

    QVariantMap changes { { QStringLiteral("status"), kLost },
        { QStringLiteral("lost_at"), session.clock().nowUtc() },
        { QStringLiteral("lost_reason"), why } };
    if (!competitor.isEmpty())
        changes.insert(QStringLiteral("competitor_id"), competitor);

    ListQuery q;
    q.where << qMakePair(QStringLiteral("deal_id"), QVariant(deal->id));
    auto tasks = rs.list(QStringLiteral("task"), q);
    if (!tasks)
        return tasks.error();

    Transaction tx(session.database());
    if (auto r = rs.update(kDeal, deal->id, changes); !r)
        return r;
    for (const Record& task : *tasks) {
        if (task.text(QStringLiteral("playbook_action_id")).isEmpty()
            || task.value(QStringLiteral("done")).toBool())
            continue;
        if (auto r = rs.remove(QStringLiteral("task"), task.id); !r)
            return r;
    }
    return tx.commit();
}

Result<void> DealFlow::reopen(Session& session, const QString& dealId)
{
    RecordStore& rs = session.records();
    auto deal = loadDeal(rs, dealId);
    if (!deal)
        return deal.error();
    if (statusOf(*deal) == kOpen)
        return Error {
            QCoreApplication::translate("DealFlow", "“%1” is open already").arg(rs.label(*deal)),
            {}, 0, QStringLiteral("status")
        };

    QString stageId = deal->text(QStringLiteral("stage_id"));
    const auto current = rs.get(kStage, stageId);
    if (!current || kindOf(*current) != kOpen) {
        stageId = lastOpenStageInHistory(rs, *deal);
        if (stageId.isEmpty()) {
            QString pipelineId = deal->text(QStringLiteral("pipeline_id"));
            if (pipelineId.isEmpty() && current)
                pipelineId = current->text(QStringLiteral("pipeline_id"));
            stageId = highestOpenStage(rs, pipelineId);
        }
    }

    QVariantMap changes { { QStringLiteral("status"), kOpen },
        { QStringLiteral("lost_reason"), QVariant() }, { QStringLiteral("lost_at"), QVariant() },
        { QStringLiteral("won_at"), QVariant() },
        { QStringLiteral("stage_entered_at"), session.clock().nowUtc() } };
    if (!stageId.isEmpty() && stageId != deal->text(QStringLiteral("stage_id"))) {
        changes.insert(QStringLiteral("stage_id"), stageId);
        if (const auto stage = rs.get(kStage, stageId))
            changes.insert(
                QStringLiteral("pipeline_id"), stage->text(QStringLiteral("pipeline_id")));
    }
    return changeStage(session, deal->id, changes);
}

Result<void> DealFlow::update(Session& session, const QString& dealId, QVariantMap values)
{
    RecordStore& rs = session.records();
    const auto found = rs.get(kDeal, dealId);
    if (!found)
        return Error {
            QCoreApplication::translate("DealFlow", "There is no deal with id %1.").arg(dealId), {},
            0, {}
        };
    const Record& deal = *found;
    const bool movesStage = values.contains(QStringLiteral("stage_id"));
    const QString stageId = values.take(QStringLiteral("stage_id")).toString().trimmed();
    const bool setsStatus = values.contains(QStringLiteral("status"));
    const QString status = values.take(QStringLiteral("status")).toString().trimmed();
    if (movesStage && stageId.isEmpty())
        return Error { QCoreApplication::translate("DealFlow",
                           "A deal is always in a stage: give the stage to move it to."),
            {}, 0, QStringLiteral("stage_id") };
    static const QStringList kStatuses { QStringLiteral("open"), QStringLiteral("won"),
        QStringLiteral("lost") };
    if (setsStatus && !kStatuses.contains(status))
        return Error { QCoreApplication::translate("DealFlow", "“%1” is not one of: %2.")
                           .arg(status, kStatuses.join(QStringLiteral(", "))),
            {}, 0, QStringLiteral("status") };

    const QString current = statusOf(deal);
    QString reason, competitor;
    if (status == QLatin1String("lost")) {
        if (isEmptyValue(values.value(QStringLiteral("lost_reason"))))
            return Error { QCoreApplication::translate("DealFlow",
                               "Say why the deal was lost: a lost deal needs a reason."),
                {}, 0, QStringLiteral("lost_reason") };
        // Already lost: the reason and competitor are only corrected, as plain fields.
        if (current != QLatin1String("lost")) {
            reason = LostReasons::canonical(
                session, kDeal, values.take(QStringLiteral("lost_reason")).toString());
            competitor = values.take(QStringLiteral("competitor_id")).toString();
        }
    }

    Transaction tx(session.database());
    if (!values.isEmpty()) {
        if (auto r = rs.update(kDeal, deal.id, values); !r)
            return r;
    }
    if (status == QLatin1String("open") && current != QLatin1String("open")) {
        if (auto r = DealFlow::reopen(session, deal.id); !r)
            return r;
    }
    if (movesStage) {
        if (auto r = DealFlow::move(session, deal.id, stageId); !r)
            return r;
    }
    if (status == QLatin1String("won")) {
        // Moving to the won stage has won it already.
        const auto moved = rs.get(kDeal, deal.id);
        if (moved && statusOf(*moved) != QLatin1String("won")) {
            if (auto r = DealFlow::win(session, deal.id); !r)
                return r;
        }
    }
    if (!reason.isEmpty()) {
        if (auto r = DealFlow::lose(session, deal.id, reason, competitor); !r)
            return r;
    }
    return tx.commit();
}

} // namespace tandem
