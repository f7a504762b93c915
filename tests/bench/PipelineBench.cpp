// The pipeline board at scale: reading the open deals of the default pipeline as the board does,
// opening the board screen, and filtering it by owner and by text, against raw SQLite reading
// the same rows in the same run.
#include "BenchSupport.h"

#include "common/DataEvents.h"
#include "common/UiContext.h"
#include "pipeline/BoardFilterBar.h"
#include "pipeline/BoardModel.h"
#include "pipeline/BoardView.h"
#include "services/Forecast.h"
#include "services/Workspace.h"
#include "store/BoardQuery.h"
#include "store/Session.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QUndoStack>
#include <algorithm>
#include <sqlite3.h>

namespace tandem::bench {

namespace {

constexpr int kRuns = 10;

// BoardQuery's statement written by hand, as anyone would for the board.
const char* const kRawBoardSql = R"SQL(
SELECT d.id, d.title, d.stage_id, d.pipeline_id, d.company_id, c.name, d.owner_id, u.name,
       d.amount, d.currency, d.expected_close, d.stage_entered_at, coalesce(s.probability, 0),
       (SELECT a.subject || char(31) || coalesce(a.due_at, a.starts_at) FROM activity a
         WHERE a.deal_id = d.id AND a.deleted = 0 AND coalesce(a.done, 0) = 0
           AND coalesce(a.due_at, a.starts_at) IS NOT NULL
         ORDER BY coalesce(a.due_at, a.starts_at) LIMIT 1)
FROM deal d
LEFT JOIN company c ON c.id = d.company_id
LEFT JOIN "user" u ON u.id = d.owner_id
LEFT JOIN stage s ON s.id = d.stage_id
WHERE d.deleted = 0 AND coalesce(d.status, 'open') = 'open' AND d.pipeline_id = ?1
  AND (?2 IS NULL OR d.owner_id = ?2)
  AND (?3 IS NULL OR d.expected_close <= ?3)
ORDER BY d.stage_id, d.expected_close IS NULL, d.expected_close, d.title COLLATE NOCASE, d.id
)SQL";

// Raw: the rows with every column read, and the text filter done on them as plain substrings.
int rawBoard(RawDb& raw, const QByteArray& pipeline, const QByteArray& owner, const QString& text,
    const QByteArray& closeTo = {})
{
    sqlite3_stmt* s = raw.statement(kRawBoardSql);
    bindText(s, 1, pipeline);
    bindText(s, 2, owner);
    bindText(s, 3, closeTo);
    if (text.isEmpty())
        return readRows(s);
    int rows = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        const auto* title = reinterpret_cast<const char*>(sqlite3_column_text(s, 1));
        const auto* company = reinterpret_cast<const char*>(sqlite3_column_text(s, 5));
        if (QString::fromUtf8(title).contains(text, Qt::CaseInsensitive)
            || QString::fromUtf8(company).contains(text, Qt::CaseInsensitive))
            ++rows;
    }
    sqlite3_reset(s);
    return rows;
}

QString busiestOwner(Session& session)
{
    auto deals = BoardQuery::openDeals(session.database(), {});
    QHash<QString, int> counts;
    if (deals) {
        for (const BoardDeal& d : *deals)
            ++counts[d.ownerId];
    }
    QString best;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (!it.key().isEmpty() && (best.isEmpty() || it.value() > counts.value(best)))
            best = it.key();
    }
    return best;
}

} // namespace

void runPipelineBench(Session& session)
{
    const QString pipeline = Workspace::defaultPipelineId(session);
    DealFilter all;
    all.pipelineId = pipeline;
    const auto deals = BoardQuery::openDeals(session.database(), all);
    const QString owner = busiestOwner(session);
    DealFilter mine = all;
    mine.ownerId = owner;
    const auto ownerDeals = BoardQuery::openDeals(session.database(), mine);
    out() << QStringLiteral("\nPipeline board: %1 open deals, %2 of them owned by the busiest "
                            "salesperson\n")
                 .arg(deals ? deals->size() : 0)
                 .arg(ownerDeals ? ownerDeals->size() : 0)
          << Qt::flush;

    RawDb raw(session.database().path(), SQLITE_OPEN_READONLY);
    const QByteArray pipelineUtf8 = pipeline.toUtf8();
    const QByteArray ownerUtf8 = owner.toUtf8();

    Samples oursQuery, rawQuery;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        auto rows = BoardQuery::openDeals(session.database(), all);
        const auto forecast = Forecast::fromDeals(rows ? *rows : QList<BoardDeal>());
        Q_UNUSED(forecast);
        oursQuery.add(msSince(t));
        t.restart();
        rawBoard(raw, pipelineUtf8, QByteArray(), {});
        rawQuery.add(msSince(t));
    }
    printRow(QStringLiteral("read every open deal with company, owner, next activity and the "
                            "forecast (BoardQuery) vs the same SELECT"),
        oursQuery, rawQuery);

    // The screen itself: the model, a list per stage, the headings and the forecast.
    DataEvents events;
    QUndoStack undo;
    const UiContext context { session, events, undo };
    Samples oursOpen, rawOpen;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        {
            BoardView board(context);
            board.resize(1400, 800);
            board.show();
            QCoreApplication::processEvents();
        }
        oursOpen.add(msSince(t));
        t.restart();
        rawBoard(raw, pipelineUtf8, QByteArray(), {});
        rawOpen.add(msSince(t));
    }
    printRow(QStringLiteral("open the board screen (all open deals) vs the same SELECT"), oursOpen,
        rawOpen);

    // The board the issue asks for: 5,000 open deals, those closing soonest.
    QList<QString> closes;
    if (deals) {
        for (const BoardDeal& d : *deals) {
            if (!d.expectedClose.isEmpty())
                closes << d.expectedClose;
        }
    }
    std::sort(closes.begin(), closes.end());
    if (closes.size() > 5000) {
        DealFilter soon = all;
        soon.closeTo = QDate::fromString(closes.at(4999), Qt::ISODate);
        const QByteArray closeUtf8 = closes.at(4999).toUtf8();
        Samples oursSoon, rawSoon;
        int shown = 0;
        for (int i = 0; i < kRuns; ++i) {
            QElapsedTimer t;
            t.start();
            {
                BoardView board(context);
                board.model()->setQuery(pipeline, soon);
                board.resize(1400, 800);
                board.show();
                QCoreApplication::processEvents();
                shown = int(board.model()->allDeals().size());
            }
            oursSoon.add(msSince(t));
            t.restart();
            rawBoard(raw, pipelineUtf8, QByteArray(), {}, closeUtf8);
            rawSoon.add(msSince(t));
        }
        printRow(QStringLiteral("open the board on the %1 deals closing by %2 vs the same SELECT")
                     .arg(shown)
                     .arg(closes.at(4999)),
            oursSoon, rawSoon);
    }

    BoardView board(context);
    board.resize(1400, 800);
    board.show();
    QCoreApplication::processEvents();
    QComboBox* ownerBox = board.filterBar()->ownerBox();
    Samples oursOwner, rawOwner;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        ownerBox->setCurrentIndex(ownerBox->findData(owner));
        emit ownerBox->activated(ownerBox->currentIndex());
        QCoreApplication::processEvents();
        oursOwner.add(msSince(t));
        t.restart();
        rawBoard(raw, pipelineUtf8, ownerUtf8, {});
        rawOwner.add(msSince(t));
        ownerBox->setCurrentIndex(0);
        emit ownerBox->activated(0);
        QCoreApplication::processEvents();
    }
    printRow(QStringLiteral("filter the board to one salesperson vs the SELECT with that owner"),
        oursOwner, rawOwner);

    Samples oursText, rawText;
    const QStringList words { QStringLiteral("meble"), QStringLiteral("spare"),
        QStringLiteral("prekyba"), QStringLiteral("servis"), QStringLiteral("warehouse") };
    for (int i = 0; i < kRuns; ++i) {
        const QString word = words.at(i % words.size());
        QElapsedTimer t;
        t.start();
        DealFilter text = all;
        text.text = word;
        board.model()->load(pipeline, text);
        QCoreApplication::processEvents();
        oursText.add(msSince(t));
        t.restart();
        rawBoard(raw, pipelineUtf8, QByteArray(), word);
        rawText.add(msSince(t));
    }
    printRow(QStringLiteral("find deals by a word of their title or company (ignoring case and "
                            "diacritics) vs the SELECT filtered by substring"),
        oursText, rawText);
}

} // namespace tandem::bench
