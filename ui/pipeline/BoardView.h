// The pipeline board: pick a pipeline, filter its open deals, and move them between stages by
// dragging cards or with the keyboard; drop on Won or Lost below. Every move is one undo step.
#pragma once

#include "common/UiContext.h"
#include "util/Result.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QScrollArea;
class QSplitter;
class QToolButton;

namespace tandem {

class BoardFilterBar;
class BoardModel;
class DropZone;
class ForecastView;
class LoseDialog;
class StageColumn;

class BoardView : public QWidget {
    Q_OBJECT
public:
    explicit BoardView(const UiContext& context, QWidget* parent = nullptr);

    BoardModel* model() const { return m_model; }
    BoardFilterBar* filterBar() const { return m_filters; }
    QComboBox* pipelineBox() const { return m_pipeline; }
    ForecastView* forecast() const { return m_forecast; }
    QList<StageColumn*> columns() const { return m_columns; }
    DropZone* wonZone() const { return m_won; }
    DropZone* lostZone() const { return m_lost; }

    void setPipeline(const QString& pipelineId);
    void showForecast(bool on);
    void refresh(); // reads the board again now
    QString currentDealId() const;
    QStringList selectedDealIds() const;
    bool selectDeal(const QString& id);

    // Each is one undo step; a refusal (a required checklist item) is shown and changes nothing.
    bool moveDeals(const QStringList& ids, const QString& stageId);
    bool moveSelected(int step); // +1: next stage, -1: previous
    bool win(const QStringList& ids);
    bool lose(const QStringList& ids, const QString& reason, const QString& competitorId);
    // Asks why (the dialog is returned, already open; tests fill it and accept()).
    LoseDialog* askLose(const QStringList& ids);

signals:
    void selectionChanged();
    void openRequested(const QString& dealId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fillPipelines();
    void applyFilter();
    void reloadWhenShown();
    void rebuildColumns();
    void onLoaded();
    StageColumn* columnOf(QObject* list) const;

    UiContext m_ctx;
    BoardModel* m_model;
    QComboBox* m_pipeline;
    BoardFilterBar* m_filters;
    QToolButton* m_forecastButton;
    QLabel* m_summary;
    QScrollArea* m_scroll;
    QWidget* m_columnsHost;
    QHBoxLayout* m_columnsLayout;
    QList<StageColumn*> m_columns;
    DropZone* m_won;
    DropZone* m_lost;
    QSplitter* m_splitter;
    ForecastView* m_forecast;
    QTimer m_reload;
    bool m_stale = true; // read on the first show
    QStringList m_keepSelected;
};

} // namespace tandem
