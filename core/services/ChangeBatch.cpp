#include "services/ChangeBatch.h"

#include "store/Session.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tandem {

namespace {

struct RecordPart {
    QString entity;
    QString id;
    bool created = false;
    bool deleted = false; // its last delete/restore in the batch was a delete
    bool restored = false; // … was a restore
    QVariantMap set; // field → the batch's last value
    quint64 firstHlc = 0;
};

// The batch per record, in the order records first appear.
QList<RecordPart> partsOf(const QList<Change>& batch)
{
    QList<RecordPart> parts;
    QHash<QString, int> index;
    for (const Change& c : batch) {
        const QString key = c.entity + QLatin1Char('/') + c.recordId;
        if (!index.contains(key)) {
            index.insert(key, int(parts.size()));
            parts.append(RecordPart { c.entity, c.recordId, false, false, false, {}, c.hlc });
        }
        RecordPart& p = parts[index.value(key)];
        switch (c.op) {
        case ChangeOp::Create:
            p.created = true;
            break;
        case ChangeOp::Set:
            p.set.insert(c.field, c.value);
            break;
        case ChangeOp::Delete:
            p.deleted = true;
            p.restored = false;
            break;
        case ChangeOp::Restore:
            p.restored = true;
            p.deleted = false;
            break;
        }
    }
    return parts;
}

// The value `field` had before the batch: the last write of it older than the batch.
QVariant valueBefore(const QList<Change>& log, const QSet<QString>& batchTokens,
    const QString& field, quint64 firstHlc)
{
    QVariant value;
    for (const Change& c : log) {
        if (c.hlc >= firstHlc || batchTokens.contains(c.token()))
            continue;
        if (c.op == ChangeOp::Set && c.field == field)
            value = c.value;
        else if (c.op == ChangeOp::Create) {
            const QJsonObject initial
                = QJsonDocument::fromJson(c.value.toString().toUtf8()).object();
            if (initial.contains(field))
                value = initial.value(field).toVariant();
        }
    }
    return value;
}

} // namespace

QList<Change> ChangeBatch::since(Session& session, const VersionVector& before)
{
    QList<Change> out;
    for (const Change& c : session.changeLog().changesAfter(before)) {
        if (c.siteId == session.siteId())
            out << c;
    }
    return out;
}

Result<void> ChangeBatch::revert(Session& session, const QList<Change>& batch)
{
    RecordStore& rs = session.records();
    QSet<QString> tokens;
    for (const Change& c : batch)
        tokens.insert(c.token());
    const QList<RecordPart> parts = partsOf(batch);
    Transaction tx(session.database());
    // Records first come back, so that fields set below may point at them again.
    for (const RecordPart& p : parts) {
        if (p.deleted && !p.created) {
            if (auto r = rs.restore(p.entity, p.id); !r)
                return r;
        }
    }
    for (const RecordPart& p : parts) {
        if (p.created || p.set.isEmpty())
            continue;
        const QList<Change> log = session.changeLog().forRecord(p.entity, p.id);
        QVariantMap before;
        for (auto it = p.set.cbegin(); it != p.set.cend(); ++it)
            before.insert(it.key(), valueBefore(log, tokens, it.key(), p.firstHlc));
        if (auto r = rs.update(p.entity, p.id, before); !r)
            return r;
    }
    for (const RecordPart& p : parts) {
        if (p.created || p.restored) {
            if (const auto live = rs.get(p.entity, p.id); live) {
                if (auto r = rs.remove(p.entity, p.id); !r)
                    return r;
            }
        }
    }
    return tx.commit();
}

Result<void> ChangeBatch::reapply(Session& session, const QList<Change>& batch)
{
    RecordStore& rs = session.records();
    const QList<RecordPart> parts = partsOf(batch);
    Transaction tx(session.database());
    for (const RecordPart& p : parts) {
        if ((p.created && !p.deleted) || p.restored) {
            if (auto r = rs.restore(p.entity, p.id); !r)
                return r;
        }
    }
    for (const RecordPart& p : parts) {
        if (!p.set.isEmpty() && !(p.created && p.deleted)) {
            if (auto r = rs.update(p.entity, p.id, p.set); !r)
                return r;
        }
    }
    for (const RecordPart& p : parts) {
        if (p.deleted && !p.created) {
            if (auto r = rs.remove(p.entity, p.id); !r)
                return r;
        }
    }
    return tx.commit();
}

} // namespace tandem
