#include "store/SearchIndex.h"

#include "store/Database.h"
#include "util/TextFold.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace tandem {

SearchIndex::SearchIndex(Database& db)
    : m_db(db)
{
}

QString SearchIndex::matchExpression(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString& word : foldForSearch(text).split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

Result<void> SearchIndex::put(const QString& entity, const QString& id, const QString& label,
    const QString& detail, const QString& text)
{
    QSqlQuery& find = m_db.statement(
        QStringLiteral("SELECT rowid FROM search_doc WHERE entity = ? AND record_id = ?"));
    find.bindValue(0, entity);
    find.bindValue(1, id);
    if (!find.exec())
        return sqlError(find);
    qint64 rowid = -1;
    if (find.next())
        rowid = find.value(0).toLongLong();
    find.finish();

    if (rowid >= 0) {
        QSqlQuery& upd = m_db.statement(
            QStringLiteral("UPDATE search_doc SET label = ?, detail = ? WHERE rowid = ?"));
        upd.bindValue(0, label);
        upd.bindValue(1, detail);
        upd.bindValue(2, rowid);
        if (!upd.exec())
            return sqlError(upd);
        QSqlQuery& ft
            = m_db.statement(QStringLiteral("UPDATE search_text SET text = ? WHERE rowid = ?"));
        ft.bindValue(0, foldForSearch(text));
        ft.bindValue(1, rowid);
        if (!ft.exec())
            return sqlError(ft);
        return {};
    }

    return insert(entity, id, label, detail, text);
}

Result<void> SearchIndex::insert(const QString& entity, const QString& id, const QString& label,
    const QString& detail, const QString& text)
{
    QSqlQuery& ins = m_db.statement(QStringLiteral(
        "INSERT INTO search_doc(entity, record_id, label, detail) VALUES(?, ?, ?, ?)"));
    ins.bindValue(0, entity);
    ins.bindValue(1, id);
    ins.bindValue(2, label);
    ins.bindValue(3, detail);
    if (!ins.exec())
        return sqlError(ins);
    const qint64 rowid = ins.lastInsertId().toLongLong();
    QSqlQuery& ft
        = m_db.statement(QStringLiteral("INSERT INTO search_text(rowid, text) VALUES(?, ?)"));
    ft.bindValue(0, rowid);
    ft.bindValue(1, foldForSearch(text));
    if (!ft.exec())
        return sqlError(ft);
    return {};
}

Result<void> SearchIndex::remove(const QString& entity, const QString& id)
{
    QSqlQuery& find = m_db.statement(
        QStringLiteral("SELECT rowid FROM search_doc WHERE entity = ? AND record_id = ?"));
    find.bindValue(0, entity);
    find.bindValue(1, id);
    if (!find.exec())
        return sqlError(find);
    if (!find.next()) {
        find.finish();
        return {};
    }
    const qint64 rowid = find.value(0).toLongLong();
    find.finish();
    for (const QString& sql : { QStringLiteral("DELETE FROM search_text WHERE rowid = ?"),
             QStringLiteral("DELETE FROM search_doc WHERE rowid = ?") }) {
        QSqlQuery& q = m_db.statement(sql);
        q.bindValue(0, rowid);
        if (!q.exec())
            return sqlError(q);
    }
    return {};
}

Result<void> SearchIndex::clear()
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM search_text")); !r)
        return r;
    return m_db.exec(QStringLiteral("DELETE FROM search_doc"));
}

QString SearchIndex::querySql(const QString& text)
{
    // One or two letters match a large share of all records: ranking them all would cost a
    // third of a second at 100,000 contacts, so short prefixes list matches in index order.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    qsizetype longest = 0;
    for (const QString& word : foldForSearch(text).split(separators, Qt::SkipEmptyParts))
        longest = std::max(longest, word.size());
    return QStringLiteral("SELECT d.entity, d.record_id, d.label, d.detail FROM search_text s "
                          "JOIN search_doc d ON d.rowid = s.rowid WHERE search_text MATCH ?%1 LIMIT ?")
        .arg(longest >= 3 ? QStringLiteral(" ORDER BY s.rank") : QString());
}

QList<SearchHit> SearchIndex::search(const QString& text, int limit) const
{
    QList<SearchHit> hits;
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return hits;
    QSqlQuery& q = m_db.statement(querySql(text));
    q.bindValue(0, match);
    q.bindValue(1, limit);
    if (q.exec()) {
        while (q.next())
            hits << SearchHit { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString() };
    }
    q.finish();
    return hits;
}

qint64 SearchIndex::documentCount() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM search_doc")).toLongLong();
}

} // namespace tandem
