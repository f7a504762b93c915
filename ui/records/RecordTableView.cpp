#include "records/RecordTableView.h"

#include "common/Icons.h"
#include "common/Prompter.h"
#include "domain/EntitySchema.h"
#include "records/FieldDelegate.h"
#include "records/RecordTableModel.h"
#include "store/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {

RecordTableView::RecordTableView(RecordTableModel* model, const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_add(new QPushButton(Icons::get(QStringLiteral("add")), tr("Add"), this))
    , m_remove(new QPushButton(Icons::get(QStringLiteral("delete")), tr("Remove…"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(title, this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_table->setModel(model);
    m_table->setItemDelegate(new FieldDelegate(model->context().session.records(), m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    const bool ordered = model->entity().field(QStringLiteral("position")) != nullptr;
    m_up->setVisible(ordered);
    m_down->setVisible(ordered);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &RecordTableView::addRecord);
    connect(m_remove, &QPushButton::clicked, this, &RecordTableView::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(model, &RecordTableModel::writeFailed, this,
        [this](const QString& message) { Prompter::warning(this, tr("Not saved"), message); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        updateButtons();
        emit currentChanged(currentId());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit currentChanged(currentId());
    });
    updateButtons();
}

QString RecordTableView::currentId() const
{
    return m_model->idAt(m_table->currentIndex().row());
}

void RecordTableView::selectId(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

bool RecordTableView::addRecord()
{
    auto id = m_model->addRecord(m_newValues ? m_newValues() : QVariantMap());
    if (!id)
        return false;
    selectId(*id);
    m_table->setFocus();
    m_table->edit(m_table->currentIndex());
    return true;
}

bool RecordTableView::removeCurrent()
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return false;
    const QString label = m_model->context().session.records().label(m_model->recordAt(row));
    if (Prompter::question(
            this, tr("Remove"), tr("Remove “%1”? Edit › Undo brings it back.").arg(label))
        != QMessageBox::Yes)
        return false;
    return m_model->removeRecord(row);
}

bool RecordTableView::moveCurrent(int delta)
{
    const int row = m_table->currentIndex().row();
    const QString id = currentId();
    if (!m_model->moveRecord(row, delta))
        return false;
    selectId(id);
    return true;
}

void RecordTableView::updateButtons()
{
    const int row = m_table->currentIndex().row();
    m_add->setEnabled(m_model->canAdd());
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
}

} // namespace tandem
