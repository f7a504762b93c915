// Full-text search over contacts, companies, leads, deals and users (FTS5, folded text, prefixes).
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace tandem {

class Database;

struct SearchHit {
    QString entity;
    QString id;
    QString label;
    QString detail;
};

class SearchIndex {
public:
    explicit SearchIndex(Database& db);

    // Adds or replaces the document of one record. `text` is folded here.
    Result<void> put(const QString& entity, const QString& id, const QString& label,
        const QString& detail, const QString& text);
    // A record the index cannot know yet (just created): no lookup first.
    Result<void> insert(const QString& entity, const QString& id, const QString& label,
        const QString& detail, const QString& text);
    Result<void> remove(const QString& entity, const QString& id);
    Result<void> clear();

    // Every word of `text` must match the start of a word in the record, diacritics ignored.
    QList<SearchHit> search(const QString& text, int limit = 20) const;
    qint64 documentCount() const;

    // "Šarū lod" → "\"saru\"* \"lod\"*"; empty when the text holds no word.
    static QString matchExpression(const QString& text);
    // The statement search() runs for `text` (binds: match expression, limit).
    static QString querySql(const QString& text);

private:
    Database& m_db;
};

} // namespace tandem
