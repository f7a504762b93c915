#include "reports/ReportsModule.h"
#include "common/Headings.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "common/Icons.h"
#include "reports/DormantReport.h"
#include "reports/DrillDialog.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportChartView.h"
#include "reports/ReportParamsBar.h"
#include "reports/ReportPrinter.h"
#include "reports/ReportTableModel.h"
#include "reports/TargetsDialog.h"
#include "services/AbcClasses.h"
#include "services/DormantRules.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tandem {

ReportsModule::ReportsModule(const UiContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_print(new QAction(Icons::get(QStringLiteral("print")), tr("&Print report…"), this))
    , m_export(new QAction(Icons::get(QStringLiteral("export")), tr("&Export report…"), this))
    , m_refresh(new QAction(Icons::get(QStringLiteral("sync")), tr("&Refresh report"), this))
{
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the report, with a preview first"));
    m_export->setToolTip(tr("Save the report as PDF, CSV (for Excel) or HTML"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_print, &QAction::triggered, this, &ReportsModule::printPreview);
    connect(m_export, &QAction::triggered, this, &ReportsModule::exportReport);
    connect(m_refresh, &QAction::triggered, this, &ReportsModule::run);
    // Figures follow the data: a change elsewhere reruns the report when it is next looked at.
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this] {
        m_stale = true;
        if (m_widget && m_widget->isVisible())
            m_rerun->start();
    });
}

QString ReportsModule::key() const
{
    return QStringLiteral("reports");
}

QString ReportsModule::title() const
{
    return tr("Reports");
}

QIcon ReportsModule::icon() const
{
    return Icons::get(QStringLiteral("reports"));
}

QList<QAction*> ReportsModule::actions() const
{
    return { m_print, m_export, m_refresh };
}

QStringList ReportsModule::entities() const
{
    return {};
}

bool ReportsModule::open(const QString&, const QString&)
{
    return false;
}

bool ReportsModule::confirmClose()
{
    return true;
}

QWidget* ReportsModule::createWidget(QWidget* parent)
{
    auto* widget = new QWidget(parent);
    m_widget = widget;
    m_rerun = new QTimer(widget);
    m_rerun->setSingleShot(true);
    m_rerun->setInterval(150);
    connect(m_rerun, &QTimer::timeout, this, &ReportsModule::run);

    auto* splitter = new QSplitter(Qt::Horizontal, widget);
    m_list = new QListWidget(splitter);
    m_list->setAccessibleName(tr("Reports"));
    for (const ReportDefinition& r : Reports::all()) {
        auto* item = new QListWidgetItem(Reports::title(r), m_list);
        item->setData(Qt::UserRole, r.name);
        item->setToolTip(Reports::description(r));
    }
    m_list->setMinimumWidth(190);
    m_list->setSpacing(3);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); }"
                                         "QListWidget::item { padding: 4px 6px; }"));

    auto* page = new QWidget(splitter);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(10, 6, 6, 6);
    m_params = new ReportParamsBar(m_ctx.session, page);
    layout->addWidget(m_params);

    auto* heading = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    m_title = new QLabel(page);
    makeHeading(m_title);
    m_context = new QLabel(page);
    m_context->setWordWrap(true);
    m_context->setForegroundRole(QPalette::PlaceholderText); // secondary text, in any theme
    titles->addWidget(m_title);
    titles->addWidget(m_context);
    heading->addLayout(titles, 1);
    m_extra = new QPushButton(page);
    m_extra->hide();
    connect(m_extra, &QPushButton::clicked, this, &ReportsModule::runExtra);
    heading->addWidget(m_extra, 0, Qt::AlignBottom);
    auto* printButton = new QPushButton(m_print->icon(), tr("Print…"), page);
    connect(printButton, &QPushButton::clicked, m_print, &QAction::trigger);
    auto* exportButton = new QPushButton(m_export->icon(), tr("Export…"), page);
    connect(exportButton, &QPushButton::clicked, m_export, &QAction::trigger);
    heading->addWidget(printButton, 0, Qt::AlignBottom);
    heading->addWidget(exportButton, 0, Qt::AlignBottom);
    layout->addLayout(heading);

    auto* body = new QSplitter(Qt::Vertical, page);
    m_chart = new ReportChartView(body);
    m_chart->setAccessibleName(tr("Chart"));
    m_model = new ReportTableModel(this);
    auto* sorter = new ReportSortModel(this);
    sorter->setSourceModel(m_model);
    m_view = new QTableView(body);
    m_view->setModel(sorter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setAccessibleName(tr("Report table"));
    body->addWidget(m_chart);
    body->addWidget(m_view);
    body->setStretchFactor(0, 2);
    body->setStretchFactor(1, 3);
    layout->addWidget(body, 1);
    m_notes = new QLabel(page);
    m_notes->setWordWrap(true);
    m_message = new QLabel(page);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    layout->addWidget(m_notes);
    layout->addWidget(m_message);

    splitter->addWidget(m_list);
    splitter->addWidget(page);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 220, 1000 });
    auto* outer = new QHBoxLayout(widget);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &ReportsModule::onReportChanged);
    connect(m_params, &ReportParamsBar::changed, m_rerun, qOverload<>(&QTimer::start));
    connect(m_view, &QTableView::activated, this, [this, sorter](const QModelIndex& index) {
        const QModelIndex source = sorter->mapToSource(index);
        drill(source.row(), source.column());
    });
    connect(m_chart, &ReportChartView::cellClicked, this,
        [this](int row, int column) { drill(row, column); });
    m_list->setCurrentRow(0);
    return widget;
}

QString ReportsModule::currentName() const
{
    const QListWidgetItem* item = m_list ? m_list->currentItem() : nullptr;
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool ReportsModule::showReport(const QString& name)
{
    if (!m_list)
        return false;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(i);
            run();
            return true;
        }
    }
    return false;
}

void ReportsModule::onReportChanged()
{
    const ReportDefinition* report = Reports::find(currentName());
    if (!report)
        return;
    m_params->setReport(*report);
    struct Extra {
        const char* report;
        const char* label;
    };
    static const QList<Extra> extras {
        { "dormant", QT_TR_NOOP("Create follow-up tasks…") },
        { "abc-customers", QT_TR_NOOP("Show these classes on company cards…") },
        { "forecast", QT_TR_NOOP("Targets…") },
    };
    m_extra->hide();
    for (const Extra& e : extras) {
        if (report->name == QLatin1String(e.report)) {
            m_extra->setText(tr(e.label));
            m_extra->show();
        }
    }
    m_rerun->start();
}

void ReportsModule::run()
{
    m_stale = false;
    const QString name = currentName();
    if (name.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = Reports::run(m_ctx.session, name, m_params->params());
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_message->setText(result.error().message);
        m_table = ReportTable {};
        m_model->setTable(m_table);
        m_chart->setTable(m_table);
        m_print->setEnabled(false);
        m_export->setEnabled(false);
        return;
    }
    m_message->clear();
    m_table = *result;
    m_title->setText(m_table.title);
    m_context->setText(m_table.context.join(QStringLiteral("  ·  ")));
    m_notes->setText(m_table.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!m_table.notes.isEmpty());
    m_model->setTable(m_table);
    m_chart->setTable(m_table);
    m_chart->setVisible(m_table.chart.kind != ChartKind::None && !m_table.rows.isEmpty());
    m_view->resizeColumnsToContents();
    m_print->setEnabled(true);
    m_export->setEnabled(true);
    if (m_table.rows.isEmpty())
        m_message->setText(tr("Nothing in this period: choose a longer period or fewer filters."));
    m_list->currentItem()->setStatusTip(
        tr("%n row(s) in %1 ms", nullptr, int(m_table.rows.size())).arg(timer.elapsed()));
}

DrillDialog* ReportsModule::drill(int row, int column)
{
    if (row < 0 || row >= m_table.rows.size() || column < 0 || column >= m_table.columns.size())
        return nullptr;
    const ReportCell cell = m_table.rows.at(row).cells.value(column);
    const QStringList ids = m_table.drillIds(row, column);
    if (ids.isEmpty() || cell.entity.isEmpty())
        return nullptr;
    const QString label = m_table.rows.at(row).cells.value(0).value.toString();
    const QString what = QStringLiteral("%1 · %2").arg(m_table.columns.at(column).header, label);
    auto* dialog = new DrillDialog(m_ctx.session, what, cell.entity, ids, m_widget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrillDialog::openRecord, &m_ctx.events, &DataEvents::requestOpen);
    dialog->show();
    return dialog;
}

bool ReportsModule::exportTo(const QString& path, QString* error)
{
    ReportPrinter::Options options;
    options.printedAt = m_ctx.session.clock().nowUtc().toLocalTime();
    options.organisation = m_ctx.session.setting(QStringLiteral("company_name"));
    const QPageSize::PageSizeId size = QLocale().measurementSystem() == QLocale::ImperialUSSystem
        ? QPageSize::Letter
        : QPageSize::A4;
    auto r = ReportPrinter::save(m_table, path, size, options);
    if (!r && error)
        *error = r.error().toString();
    return bool(r);
}

void ReportsModule::exportReport()
{
    if (m_table.name.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QStringLiteral("%1/%2-%3.pdf")
              .arg(folder, m_table.name,
                  m_ctx.session.clock().nowUtc().toLocalTime().date().toString(Qt::ISODate));
    QString filter;
    const QString path = QFileDialog::getSaveFileName(m_widget, tr("Export report"), suggested,
        tr("PDF document (*.pdf);;CSV for Excel (*.csv);;Web page (*.html)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(m_widget, tr("Export report"), error);
}

void ReportsModule::printPreview()
{
    if (m_table.name.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(
        ReportPrinter::wantsLandscape(m_table) ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setDocName(m_table.title);
    QPrintPreviewDialog preview(&printer, m_widget);
    preview.setWindowTitle(tr("Print %1").arg(m_table.title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) {
        ReportPrinter::Options options;
        options.printedAt = m_ctx.session.clock().nowUtc().toLocalTime();
        options.organisation = m_ctx.session.setting(QStringLiteral("company_name"));
        ReportPrinter::print(m_table, *p, options);
    });
    preview.resize(1000, 800);
    preview.exec();
}

void ReportsModule::runExtra()
{
    const QString name = currentName();
    const ReportParams params = m_params->params();
    if (name == QLatin1String("dormant")) {
        QStringList companies;
        for (const ReportRow& row : m_table.rows) {
            if (!row.total)
                companies << row.key;
        }
        auto plan = DormantReport::followUp(m_ctx.session, params, companies);
        if (!plan) {
            QMessageBox::warning(m_widget, m_extra->text(), plan.error().message);
            return;
        }
        QString question = tr("Create a follow-up task for each of the %n customer(s) listed, "
                              "for their owners?",
            nullptr, int(plan->companyIds.size()));
        if (!plan->waiting.isEmpty())
            question += QLatin1Char('\n')
                + tr("%n customer(s) already have an open follow-up task and are left out.",
                    nullptr, int(plan->waiting.size()));
        if (!plan->complaining.isEmpty())
            question += QLatin1Char('\n')
                + tr("%n customer(s) with an open complaint are left out: no sales letter until "
                     "it is resolved.",
                    nullptr, int(plan->complaining.size()));
        if (plan->companyIds.isEmpty()) {
            QMessageBox::information(m_widget, m_extra->text(),
                tr("Every customer listed already has an open follow-up task."));
            return;
        }
        if (QMessageBox::question(m_widget, m_extra->text(), question) != QMessageBox::Yes)
            return;
        const auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
            tr("Follow up dormant customers"), [&]() -> Result<void> {
                auto made = DormantRules::propose(
                    m_ctx.session, plan->ruleId, plan->companyIds, params.today);
                if (!made)
                    return made.error();
                return {};
            });
        if (!r)
            QMessageBox::warning(m_widget, m_extra->text(), r.error().message);
        return;
    }
    if (name == QLatin1String("forecast")) {
        TargetsDialog dialog(m_ctx, m_widget);
        dialog.exec();
        run();
        return;
    }
    if (name == QLatin1String("abc-customers")) {
        if (QMessageBox::question(m_widget, m_extra->text(),
                tr("Store each customer's class from this period on its company card? Customers "
                   "without revenue in the period lose their class."))
            != QMessageBox::Yes)
            return;
        int changed = 0;
        const auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
            tr("Update customer classes"), [&]() -> Result<void> {
                auto n = AbcClasses::apply(m_ctx.session, params);
                if (!n)
                    return n.error();
                changed = *n;
                return {};
            });
        if (!r)
            QMessageBox::warning(m_widget, m_extra->text(), r.error().message);
        else
            QMessageBox::information(m_widget, m_extra->text(),
                tr("%n company card(s) now show a different class.", nullptr, changed));
    }
}

} // namespace tandem
