// Search as you type: 1,000 prefix queries through SearchIndex, and the same FTS5 SQL raw.
#include "BenchSupport.h"

#include "store/SearchIndex.h"
#include "store/Session.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <sqlite3.h>

namespace tandem::bench {

namespace {

// What a salesperson types: the first 1–5 letters of a name, then a second word sometimes.
QStringList prefixQueries(Session& session, int count)
{
    ListQuery q;
    q.limit = count;
    q.orderBy = QStringLiteral("id");
    auto contacts = session.records().list(QStringLiteral("contact"), q);
    QStringList queries;
    QRandomGenerator rng(2026);
    if (!contacts || contacts->isEmpty())
        return queries;
    while (queries.size() < count) {
        const Record& r = contacts->at(rng.bounded(int(contacts->size())));
        const QString last = r.text(QStringLiteral("last_name"));
        const QString first = r.text(QStringLiteral("first_name"));
        for (int len = 1; len <= 5 && queries.size() < count; ++len) {
            QString query = last.left(len);
            if (len >= 4 && !first.isEmpty())
                query = first.left(3) + QLatin1Char(' ') + last.left(len - 2);
            queries << query;
        }
    }
    return queries;
}

} // namespace

void runSearchBench(Session& session, int queries)
{
    const QStringList texts = prefixQueries(session, queries);
    Samples ours;
    int oursHits = 0;
    for (const QString& t : texts) {
        QElapsedTimer timer;
        timer.start();
        oursHits += int(session.search().search(t, 20).size());
        ours.add(double(timer.nsecsElapsed()) / 1e6);
    }

    // The same statement on its own connection, with the match expressions prepared beforehand.
    QList<QByteArray> matches;
    for (const QString& t : texts)
        matches << SearchIndex::matchExpression(t).toUtf8();
    sqlite3* raw = nullptr;
    sqlite3_open_v2(
        session.database().path().toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    Samples rawSamples;
    int rawHits = 0;
    for (int i = 0; i < matches.size(); ++i) {
        const QByteArray sql = SearchIndex::querySql(texts.at(i)).toUtf8();
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v3(raw, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        QElapsedTimer timer;
        timer.start();
        sqlite3_bind_text(
            stmt, 1, matches.at(i).constData(), int(matches.at(i).size()), SQLITE_STATIC);
        sqlite3_bind_int(stmt, 2, 20);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            (void)sqlite3_column_text(stmt, 2);
            (void)sqlite3_column_text(stmt, 3);
            ++rawHits;
        }
        rawSamples.add(double(timer.nsecsElapsed()) / 1e6);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(raw);

    printRow(QStringLiteral("search as you type, %1 prefix queries (%2 hits; raw %3)")
                 .arg(texts.size())
                 .arg(oursHits)
                 .arg(rawHits),
        ours, rawSamples);
}

} // namespace tandem::bench
