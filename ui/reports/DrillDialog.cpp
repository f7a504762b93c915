#include "reports/DrillDialog.h"

#include "reports/ReportDrill.h"
#include "reports/ReportTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {

DrillDialog::DrillDialog(Session& session, const QString& what, const QString& entity,
    const QStringList& ids, QWidget* parent)
    : QDialog(parent)
    , m_view(new QTableView(this))
    , m_model(new ReportTableModel(this))
    , m_entity(entity)
{
    setWindowTitle(what);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(this);
    layout->addWidget(heading);
    auto table = ReportDrill::records(session, entity, ids);
    if (table) {
        m_model->setTable(*table);
        heading->setText(
            tr("%n record(s). Double-click one to open it.", nullptr, int(table->rows.size())));
    } else {
        heading->setText(table.error().message);
    }
    auto* sorter = new ReportSortModel(this);
    sorter->setSourceModel(m_model);
    m_view->setModel(sorter);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    m_view->setAccessibleName(tr("Records"));
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(ReportTableModel::IdsRole).toString();
        if (!id.isEmpty())
            emit openRecord(m_entity, id);
    });
    resize(900, 480);
}

} // namespace tandem
