#include "services/Segments.h"

#include "store/Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace tandem {

namespace {

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

QJsonObject Segments::toJson(const ListQuery& query)
{
    QJsonObject json;
    if (!query.text.trimmed().isEmpty())
        json.insert(key("text"), query.text.trimmed());
    if (!query.where.isEmpty()) {
        QJsonArray where;
        for (const auto& [field, value] : query.where)
            where.append(QJsonArray { field, QJsonValue::fromVariant(value) });
        json.insert(key("where"), where);
    }
    if (!query.tagId.isEmpty())
        json.insert(key("tag"), query.tagId);
    if (query.idleDays > 0)
        json.insert(key("idle_days"), query.idleDays);
    return json;
}

Result<ListQuery> Segments::fromJson(const QJsonObject& json)
{
    ListQuery q;
    q.text = json.value(key("text")).toString();
    q.tagId = json.value(key("tag")).toString();
    q.idleDays = json.value(key("idle_days")).toInt();
    for (const QJsonValue& item : json.value(key("where")).toArray()) {
        const QJsonArray pair = item.toArray();
        if (pair.size() != 2 || !pair.at(0).isString())
            return makeError(QCoreApplication::translate(
                                 "Segments", "the segment's filter has a malformed condition"),
                QStringLiteral("filter"));
        q.where << qMakePair(pair.at(0).toString(), pair.at(1).toVariant());
    }
    return q;
}

QList<Record> Segments::list(Session& session, const QString& entity)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("entity"), QVariant(entity));
    auto found = session.records().list(QStringLiteral("segment"), q);
    return found ? *found : QList<Record> {};
}

std::optional<Record> Segments::find(
    Session& session, const QString& entity, const QString& idOrName)
{
    for (const Record& r : list(session, entity)) {
        if (r.id == idOrName.trimmed().toLower()
            || r.text(QStringLiteral("name")).compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

Result<QString> Segments::save(
    Session& session, const QString& entity, const QString& name, const ListQuery& query)
{
    if (name.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("Segments", "a segment needs a name"),
            QStringLiteral("name"));
    const QString filter
        = QString::fromUtf8(QJsonDocument(toJson(query)).toJson(QJsonDocument::Compact));
    if (auto existing = find(session, entity, name)) {
        auto updated = session.records().update(
            QStringLiteral("segment"), existing->id, { { QStringLiteral("filter"), filter } });
        if (!updated)
            return updated.error();
        return existing->id;
    }
    return session.records().create(QStringLiteral("segment"),
        { { QStringLiteral("name"), name.trimmed() }, { QStringLiteral("entity"), entity },
            { QStringLiteral("filter"), filter } });
}

Result<ListQuery> Segments::query(const Record& segment)
{
    QJsonParseError error;
    const QString text = segment.text(QStringLiteral("filter"));
    if (text.trimmed().isEmpty())
        return ListQuery {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!doc.isObject())
        return makeError(QCoreApplication::translate(
                             "Segments", "the filter of segment “%1” is not readable: %2")
                             .arg(segment.text(QStringLiteral("name")), error.errorString()),
            QStringLiteral("filter"));
    return fromJson(doc.object());
}

} // namespace tandem
