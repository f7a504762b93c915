// The Reports screen: the list of reports, what each is run for, its chart and table with every
// figure opening the records behind it, print preview and export (PDF, CSV, HTML); and the
// actions that belong to a report (targets for the forecast, follow-ups for dormant customers,
// customer classes for the ABC analysis).
#pragma once

#include "common/Module.h"
#include "common/UiContext.h"
#include "reports/ReportTable.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace tandem {

class DrillDialog;
class ReportChartView;
class ReportParamsBar;
class ReportTableModel;

class ReportsModule : public QObject, public Module {
    Q_OBJECT
public:
    explicit ReportsModule(const UiContext& context, QObject* parent = nullptr);

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget* createWidget(QWidget* parent) override;
    QList<QAction*> actions() const override;
    QStringList entities() const override;
    bool open(const QString& entity, const QString& id) override;
    bool confirmClose() override;

    // Shows a report by its CLI name and runs it; false when there is no such report.
    bool showReport(const QString& name);
    // Runs the current report now with the chosen parameters.
    void run();
    // The records behind a cell of the current table (a model row/column of the table).
    DrillDialog* drill(int row, int column);
    // Exports the current report to `path` (.pdf, .csv, .html); the error names the file.
    bool exportTo(const QString& path, QString* error = nullptr);

    const ReportTable& table() const { return m_table; }
    ReportParamsBar* paramsBar() const { return m_params; }
    QListWidget* reportList() const { return m_list; }
    QTableView* tableView() const { return m_view; }
    ReportChartView* chartView() const { return m_chart; }
    QLabel* messageLabel() const { return m_message; }
    QAction* printAction() const { return m_print; }
    QPushButton* extraButton() const { return m_extra; }

private:
    void printPreview();
    void exportReport();
    void onReportChanged();
    void runExtra();
    QString currentName() const;

    UiContext m_ctx;
    QPointer<QWidget> m_widget;
    QListWidget* m_list = nullptr;
    ReportParamsBar* m_params = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_context = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_message = nullptr;
    ReportChartView* m_chart = nullptr;
    QTableView* m_view = nullptr;
    ReportTableModel* m_model = nullptr;
    QPushButton* m_extra = nullptr;
    QTimer* m_rerun = nullptr;
    QAction* m_print;
    QAction* m_export;
    QAction* m_refresh;
    ReportTable m_table;
    bool m_stale = false;
};

} // namespace tandem
