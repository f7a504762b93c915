// Saved filters ("segments"): a name, the record type and the list conditions, kept as `segment`
// records so they sync, and reusable by lists, mailings, exports and reports.
#pragma once

#include "domain/Record.h"
#include "store/RecordStore.h"
#include "util/Result.h"

#include <QJsonObject>

namespace tandem {

class Session;

namespace Segments {
// The conditions of a list as stored in segment.filter (text, where, tag, idle days; not the
// order or paging).
QJsonObject toJson(const ListQuery& query);
Result<ListQuery> fromJson(const QJsonObject& json);

// The segments of one record type, by name.
QList<Record> list(Session& session, const QString& entity);
// Finds a segment by id or by name (case-insensitive) among the entity's segments.
std::optional<Record> find(Session& session, const QString& entity, const QString& idOrName);
// Saves under `name`, replacing the conditions of a segment of that name if there is one;
// returns its id.
Result<QString> save(
    Session& session, const QString& entity, const QString& name, const ListQuery& query);
// The list conditions a segment stands for.
Result<ListQuery> query(const Record& segment);
} // namespace Segments

} // namespace tandem
