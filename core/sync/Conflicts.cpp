#include "sync/Conflicts.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tandem {

namespace {

bool newerThan(const Change& a, const Change& b)
{
    return a.hlc != b.hlc ? a.hlc > b.hlc : a.siteId > b.siteId;
}

QString conflictId(const Change& other, const QString& field)
{
    const QByteArray key = (other.entity + QLatin1Char('|') + other.recordId + QLatin1Char('|')
        + field + QLatin1Char('|') + other.token())
                               .toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(32));
}

QVariant valueOf(const Change& c, const QString& field)
{
    if (c.op == ChangeOp::Create)
        return QJsonDocument::fromJson(c.value.toString().toUtf8())
            .object()
            .value(field)
            .toVariant();
    return c.value;
}

} // namespace

RecordHeads computeHeads(const QList<Change>& changes)
{
    RecordHeads h;
    // Per field ("" for deleted/restored): its versions, and the versions they superseded.
    QHash<QString, QStringList> candidates;
    QHash<QString, QSet<QString>> superseded;
    for (const Change& c : changes) {
        if (c.op == ChangeOp::Create) {
            h.createToken = c.token();
            continue;
        }
        const QString key = c.op == ChangeOp::Set ? c.field : QString();
        candidates[key] << c.token();
        for (const QString& p : c.prev)
            superseded[key].insert(p);
    }
    for (auto it = candidates.begin(); it != candidates.end(); ++it) {
        QStringList live;
        const QSet<QString>& gone = superseded[it.key()];
        for (const QString& t : *it) {
            if (!gone.contains(t))
                live << t;
        }
        live.sort();
        h.byField.insert(it.key(), live);
    }
    return h;
}

QList<Conflict> detectConflicts(const QList<Change>& changes)
{
    QList<Conflict> out;
    // One write of several fields (a stage move sets stage_id and stage_entered_at) logs one change
    // per field under the same token: a version is its field and its token.
    QHash<QString, const Change*> byVersion;
    auto versionKey = [](const QString& field, const QString& token) {
        return field + QLatin1Char('|') + token;
    };
    for (const Change& c : changes) {
        if (c.op != ChangeOp::Create)
            byVersion.insert(
                versionKey(c.op == ChangeOp::Set ? c.field : QString(), c.token()), &c);
    }
    const RecordHeads heads = computeHeads(changes);

    auto add = [&](const Change& kept, const Change& other, const QString& field,
                   bool keptIsDelete) {
        // Two copies that wrote the same value (both followed one merge, say) do not disagree.
        if (!keptIsDelete && !field.isEmpty() && valueOf(kept, field) == valueOf(other, field))
            return;
        Conflict k;
        k.id = conflictId(other, field);
        k.entity = other.entity;
        k.recordId = other.recordId;
        k.field = field;
        k.keptValue = keptIsDelete ? QVariant() : valueOf(kept, field);
        k.keptToken = kept.token();
        k.keptUser = kept.userId;
        k.otherValue = field.isEmpty() ? QVariant() : valueOf(other, field);
        k.otherToken = other.token();
        k.otherUser = other.userId;
        k.keptIsDelete = keptIsDelete;
        out << k;
    };

    QStringList fields = heads.byField.keys();
    fields.sort();
    for (const QString& field : fields) {
        QList<const Change*> live;
        for (const QString& t : heads.byField.value(field)) {
            if (const Change* c = byVersion.value(versionKey(field, t)))
                live << c;
        }
        if (live.size() < 2)
            continue;
        const Change* winner = live.first();
        for (const Change* c : live) {
            if (newerThan(*c, *winner))
                winner = c;
        }
        for (const Change* c : live) {
            if (c != winner)
                add(*winner, *c, field, winner->op == ChangeOp::Delete);
        }
    }

    // An edit the winning delete never saw: the record stays deleted, the edit is listed.
    const Change* tomb = nullptr;
    for (const Change& c : changes) {
        if ((c.op == ChangeOp::Delete || c.op == ChangeOp::Restore)
            && (!tomb || newerThan(c, *tomb)))
            tomb = &c;
    }
    if (tomb && tomb->op == ChangeOp::Delete) {
        const QSet<QString> seen(tomb->prev.begin(), tomb->prev.end());
        for (const QString& field : fields) {
            if (field.isEmpty())
                continue;
            for (const QString& t : heads.byField.value(field)) {
                const Change* c = byVersion.value(versionKey(field, t));
                if (c && c->op == ChangeOp::Set && !seen.contains(t))
                    add(*tomb, *c, field, true);
            }
        }
    }
    return out;
}

} // namespace tandem
