#include "pipeline/BoardView.h"

#include "common/DataEvents.h"
#include "common/DealCommands.h"
#include "common/Icons.h"
#include "pipeline/BoardFilterBar.h"
#include "pipeline/BoardModel.h"
#include "pipeline/DropZone.h"
#include "pipeline/ForecastView.h"
#include "pipeline/StageColumn.h"
#include "records/FieldDisplay.h"
#include "services/Workspace.h"
#include "store/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tandem {

namespace {

const QStringList kWatched { QStringLiteral("deal"), QStringLiteral("activity"),
    QStringLiteral("task"), QStringLiteral("stage"), QStringLiteral("pipeline"),
    QStringLiteral("company"), QStringLiteral("user"), QStringLiteral("team"),
    QStringLiteral("territory") };

} // namespace

BoardView::BoardView(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_model(new BoardModel(context.session.database(), context.session.clock(), this))
    , m_pipeline(new QComboBox(this))
    , m_filters(new BoardFilterBar(context.session, this))
    , m_forecastButton(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_columnsHost(new QWidget(m_scroll))
    , m_columnsLayout(new QHBoxLayout(m_columnsHost))
    , m_won(new DropZone(tr("Drop here: won"), QColor(0x23, 0x91, 0x4a), this))
    , m_lost(new DropZone(tr("Drop here: lost…"), QColor(0xc0, 0x39, 0x2b), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_forecast(new ForecastView(this))
{
    setObjectName(QStringLiteral("boardView"));
    m_model->setMainCurrency(m_ctx.session.defaultCurrency());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);

    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("Pipeline"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    title->setFont(big);
    m_pipeline->setObjectName(QStringLiteral("pipelineBox"));
    m_pipeline->setToolTip(tr("The pipeline the board shows"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_forecastButton->setText(tr("Forecast"));
    m_forecastButton->setCheckable(true);
    m_forecastButton->setToolTip(tr("Show the weighted forecast of these deals by close month"));
    top->addWidget(title);
    top->addWidget(m_pipeline);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_forecastButton);
    layout->addLayout(top);
    layout->addWidget(m_filters);

    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(10);
    m_columnsHost->setObjectName(QStringLiteral("boardColumns"));
    m_columnsHost->setStyleSheet(QStringLiteral(
        "QFrame#stageColumn { background: palette(alternate-base); border-radius: 8px; }"));
    m_scroll->setWidget(m_columnsHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* board = new QWidget(m_splitter);
    auto* boardLayout = new QVBoxLayout(board);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    boardLayout->addWidget(m_scroll, 1);
    auto* zones = new QHBoxLayout;
    zones->addWidget(m_won);
    zones->addWidget(m_lost);
    boardLayout->addLayout(zones);
    m_splitter->addWidget(board);
    m_splitter->addWidget(m_forecast);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_forecast->hide();
    layout->addWidget(m_splitter, 1);

    m_reload.setSingleShot(true);
    m_reload.setInterval(0);
    connect(&m_reload, &QTimer::timeout, this, &BoardView::refresh);
    connect(m_model, &BoardModel::loaded, this, &BoardView::onLoaded);
    connect(m_model, &BoardModel::moveRequested, this,
        [this](const QStringList& ids, const QString& stageId) { moveDeals(ids, stageId); });
    connect(m_won, &DropZone::dropped, this, [this](const QStringList& ids) { win(ids); });
    connect(m_lost, &DropZone::dropped, this, [this](const QStringList& ids) { askLose(ids); });
    connect(m_filters, &BoardFilterBar::filterChanged, this, &BoardView::applyFilter);
    connect(m_pipeline, &QComboBox::activated, this,
        [this] { setPipeline(m_pipeline->currentData().toString()); });
    connect(m_forecastButton, &QToolButton::toggled, this, &BoardView::showForecast);
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("pipeline"))
            fillPipelines();
        if (entity == QLatin1String("user") || entity == QLatin1String("team")
            || entity == QLatin1String("territory"))
            m_filters->reloadChoices();
        if (!kWatched.contains(entity))
            return;
        // A hidden board reads again when it is shown.
        if (isVisible())
            m_reload.start();
        else
            m_stale = true;
    });

    fillPipelines();
    setPipeline(Workspace::defaultPipelineId(m_ctx.session));
}

void BoardView::fillPipelines()
{
    const QString current = m_pipeline->currentData().toString();
    m_pipeline->clear();
    ListQuery q;
    q.orderBy = QStringLiteral("position");
    auto rows = m_ctx.session.records().list(QStringLiteral("pipeline"), q);
    if (rows) {
        for (const Record& r : *rows)
            m_pipeline->addItem(r.text(QStringLiteral("name")), r.id);
    }
    m_pipeline->setCurrentIndex(qMax(0, m_pipeline->findData(current)));
    m_pipeline->setVisible(m_pipeline->count() > 1);
}

void BoardView::setPipeline(const QString& pipelineId)
{
    m_pipeline->setCurrentIndex(qMax(0, m_pipeline->findData(pipelineId)));
    m_model->setQuery(pipelineId, m_filters->filter());
    reloadWhenShown();
}

void BoardView::applyFilter()
{
    m_keepSelected = selectedDealIds();
    m_model->setQuery(m_model->pipelineId(), m_filters->filter());
    reloadWhenShown();
}

void BoardView::reloadWhenShown()
{
    // Thousands of deals are read when someone looks, not at start-up behind another screen.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void BoardView::refresh()
{
    m_stale = false;
    m_keepSelected = selectedDealIds();
    m_model->reload();
}

void BoardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void BoardView::showForecast(bool on)
{
    m_forecastButton->setChecked(on);
    m_forecast->setVisible(on);
    if (on)
        m_forecast->setDeals(m_model->allDeals());
}

void BoardView::rebuildColumns()
{
    const int scrollX = m_scroll->horizontalScrollBar()->value();
    qDeleteAll(m_columns);
    m_columns.clear();
    while (QLayoutItem* item = m_columnsLayout->takeAt(0))
        delete item;
    for (int row = 0; row < m_model->stages().size(); ++row) {
        auto* column = new StageColumn(m_model, row, m_columnsHost);
        column->list()->installEventFilter(this);
        connect(column->list()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, column](const QItemSelection& selected) {
                // One selection across the board: picking a card elsewhere clears the others.
                if (!selected.isEmpty()) {
                    for (StageColumn* other : std::as_const(m_columns)) {
                        if (other != column)
                            other->list()->clearSelection();
                    }
                }
                emit selectionChanged();
            });
        connect(column->list(), &QListView::doubleClicked, this, [this](const QModelIndex& i) {
            if (const BoardDeal* d = m_model->deal(i))
                emit openRequested(d->id);
        });
        m_columnsLayout->addWidget(column);
        m_columns << column;
    }
    m_columnsLayout->addStretch(1);
    m_scroll->horizontalScrollBar()->setValue(scrollX);
}

void BoardView::onLoaded()
{
    rebuildColumns();
    const QList<BoardDeal> deals = m_model->allDeals();
    StageSummary all;
    for (int row = 0; row < m_model->stages().size(); ++row) {
        const StageSummary s = m_model->summary(row);
        all.deals += s.deals;
        for (auto it = s.total.begin(); it != s.total.end(); ++it)
            all.total[it.key()] += it.value();
        for (auto it = s.weighted.begin(); it != s.weighted.end(); ++it)
            all.weighted[it.key()] += it.value();
    }
    const QString money = BoardModel::moneyLine(all, m_model->mainCurrency());
    m_summary->setText(m_model->lastError().isEmpty() ? tr("%n open deal(s)", nullptr, all.deals)
                + (money.isEmpty() ? QString()
                                   : QStringLiteral(" · ")
                            + QString(money).replace(QLatin1Char('\n'), QLatin1Char(' ')))
                                                      : m_model->lastError());
    m_summary->setToolTip(BoardModel::moneyDetails(all));
    if (m_forecast->isVisible())
        m_forecast->setDeals(deals);
    for (const QString& id : std::exchange(m_keepSelected, {}))
        selectDeal(id);
    emit selectionChanged();
}

QString BoardView::currentDealId() const
{
    const QStringList ids = selectedDealIds();
    return ids.isEmpty() ? QString() : ids.first();
}

QStringList BoardView::selectedDealIds() const
{
    QStringList ids;
    for (StageColumn* column : m_columns) {
        for (const QModelIndex& i : column->list()->selectionModel()->selectedIndexes()) {
            if (const BoardDeal* d = m_model->deal(i))
                ids << d->id;
        }
    }
    return ids;
}

bool BoardView::selectDeal(const QString& id)
{
    const QModelIndex i = m_model->dealIndex(id);
    if (!i.isValid())
        return false;
    StageColumn* column = m_columns.value(i.parent().row());
    if (!column)
        return false;
    // Not QListView::setCurrentIndex: it reads the keyboard, and with Ctrl still held after
    // Ctrl+Right it would toggle the card off again.
    column->list()->selectionModel()->setCurrentIndex(i, QItemSelectionModel::Select);
    column->list()->scrollTo(i);
    m_scroll->ensureWidgetVisible(column);
    return true;
}

bool BoardView::moveDeals(const QStringList& ids, const QString& stageId)
{
    m_keepSelected = ids;
    return DealCommands::move(m_ctx, ids, stageId, this);
}

bool BoardView::moveSelected(int step)
{
    const QString id = currentDealId();
    const QString target = m_model->neighbourStage(id, step);
    return !target.isEmpty() && moveDeals({ id }, target);
}

bool BoardView::win(const QStringList& ids)
{
    return DealCommands::win(m_ctx, ids, this);
}

bool BoardView::lose(const QStringList& ids, const QString& reason, const QString& competitorId)
{
    return DealCommands::lose(m_ctx, ids, reason, competitorId, this);
}

LoseDialog* BoardView::askLose(const QStringList& ids)
{
    return DealCommands::askLose(m_ctx, ids, this);
}

StageColumn* BoardView::columnOf(QObject* list) const
{
    for (StageColumn* c : m_columns) {
        if (c->list() == list)
            return c;
    }
    return nullptr;
}

bool BoardView::eventFilter(QObject* watched, QEvent* event)
{
    StageColumn* column = event->type() == QEvent::KeyPress ? columnOf(watched) : nullptr;
    if (!column)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool plain = key->modifiers() == Qt::NoModifier;
    if (plain && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
        // Arrows walk between columns; Ctrl+arrows (the module's actions) move the deal.
        const int target = column->stageRow() + (key->key() == Qt::Key_Right ? 1 : -1);
        if (StageColumn* next = m_columns.value(target)) {
            const int row = qMin(column->list()->currentIndex().row(),
                m_model->rowCount(m_model->index(target, 0)) - 1);
            next->list()->setFocus();
            if (row >= 0) {
                const QModelIndex i = m_model->index(qMax(0, row), 0, m_model->index(target, 0));
                next->list()->selectionModel()->setCurrentIndex(
                    i, QItemSelectionModel::ClearAndSelect);
            }
            m_scroll->ensureWidgetVisible(next);
        }
        return true;
    }
    if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        if (const BoardDeal* d = m_model->deal(column->list()->currentIndex()))
            emit openRequested(d->id);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tandem
