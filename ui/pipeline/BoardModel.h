// The pipeline board as one item model: each open stage is a top-level row, its deals are the
// children. A column of the board is a list view rooted at its stage. Dropping deals on a stage
// asks for the move (moveRequested); the model itself never writes.
#pragma once

#include "store/BoardQuery.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QMap>

namespace tandem {

class Clock;
class Database;

// A stage column's heading figures.
struct StageSummary {
    int deals = 0;
    QMap<QString, qint64> total; // currency → minor units
    QMap<QString, qint64> weighted;
};

class BoardModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StageIdRole,
        CompanyRole,
        AmountTextRole, // "€12,500.00" or empty
        OwnerRole,
        NextActivityRole, // "Call back · 18/06/2026" or empty
        NextActivityOverdueRole, // bool
        DaysInStageRole, // int, -1 when unknown
        StalledRole, // bool: longer in the stage than its stall days
        ExpectedCloseRole, // "30/06/2026" or empty
        CloseOverdueRole, // bool: the expected close date has passed
    };
    static QString mimeType();

    BoardModel(const Database& db, const Clock& clock, QObject* parent = nullptr);

    // Reads the pipeline's stages and its open deals that pass the filter.
    void load(const QString& pipelineId, const DealFilter& filter);
    // Sets what load() reads, without reading it yet (a board not shown yet).
    void setQuery(const QString& pipelineId, const DealFilter& filter);
    void reload(); // the same pipeline and filter, after a change
    QString pipelineId() const { return m_pipelineId; }
    const DealFilter& filter() const { return m_filter; }
    QString lastError() const { return m_error; }
    // The team's currency: headings total it; other currencies are counted apart.
    void setMainCurrency(const QString& currency) { m_mainCurrency = currency; }
    QString mainCurrency() const { return m_mainCurrency; }
    // "€12,500 · weighted €4,100", with a note on other currencies; the tooltip lists them all.
    static QString moneyLine(const StageSummary& summary, const QString& mainCurrency);
    static QString moneyDetails(const StageSummary& summary);

    // Stages as the board shows them: open stages are columns; won and lost stages are drop
    // targets below the board.
    const QList<BoardStage>& stages() const { return m_stages; }
    const QList<BoardStage>& allStages() const { return m_allStages; }
    StageSummary summary(int stageRow) const;
    const QList<BoardDeal>& deals(int stageRow) const { return m_deals.at(stageRow); }
    QList<BoardDeal> allDeals() const;
    QModelIndex stageIndex(const QString& stageId) const;
    QModelIndex dealIndex(const QString& dealId) const;
    const BoardDeal* deal(const QModelIndex& index) const;
    // The open stage after / before the deal's stage, empty at either end.
    QString neighbourStage(const QString& dealId, int step) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
        const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
        const QModelIndex& parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    // The deal ids a drag carries.
    static QStringList dealIds(const QMimeData* data);

signals:
    // Deals dropped on a stage; emitted after the drop has finished (queued), so the receiver
    // may reload the model.
    void moveRequested(const QStringList& dealIds, const QString& stageId);
    void loaded();

private:
    bool isStage(const QModelIndex& index) const;
    int daysInStage(const BoardDeal& deal) const;

    const Database& m_db;
    const Clock& m_clock;
    QString m_pipelineId;
    DealFilter m_filter;
    QString m_error;
    QString m_mainCurrency = QStringLiteral("EUR");
    QList<BoardStage> m_allStages;
    QList<BoardStage> m_stages; // open ones, the columns
    QList<QList<BoardDeal>> m_deals; // per column
    QHash<QString, QPair<int, int>> m_position; // deal id → (column, row)
};

} // namespace tandem
