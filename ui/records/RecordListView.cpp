#include "records/RecordListView.h"

#include "common/GuiSettings.h"
#include "common/Icons.h"
#include "common/Prompter.h"
#include "common/RecordCommands.h"
#include "records/RecordForm.h"
#include "records/RecordListModel.h"
#include "store/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {

namespace {

// How far openRecord() reads ahead to find a record in the unfiltered list.
constexpr int kSeekRows = 5000;
constexpr int kMinColumnWidth = 70;
constexpr int kMaxColumnWidth = 260;

} // namespace

RecordListView::RecordListView(const UiContext& context, const QString& entity, QWidget* parent,
    const QString& sortField, Qt::SortOrder order)
    : QWidget(parent)
    , m_ctx(context)
    , m_entity(entity)
    , m_model(new RecordListModel(context.session, &context.events, entity, this))
{
    setObjectName(entity + QStringLiteral("View"));
    const EntityDef& def = m_model->definition();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* header = new QWidget(this);
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 12, 12, 10);
    headerLayout->setSpacing(10);
    auto* icon = new QLabel(header);
    icon->setPixmap(Icons::forEntity(entity).pixmap(QSize(26, 26)));
    auto* title = new QLabel(def.translatedPlural(), header);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    m_count = new QLabel(header);
    m_count->setObjectName(QStringLiteral("recordCount"));
    m_count->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(midlight); border-radius: 9px; padding: 1px 8px; }"));
    m_filter = new QLineEdit(header);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by name…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::get(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    m_filter->setMinimumWidth(240);
    m_new = new QPushButton(Icons::get(QStringLiteral("add")), tr("New"), header);
    m_new->setToolTip(tr("Add a new %1").arg(def.translatedSingular().toLower()));
    headerLayout->addWidget(icon);
    headerLayout->addWidget(title);
    headerLayout->addWidget(m_count);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_filter);
    headerLayout->addWidget(m_new);
    layout->addWidget(header);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_form = new RecordForm(context, entity, m_splitter);
    m_form->setMinimumWidth(380);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_form);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RecordListView::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListView::reselect);
    connect(m_model, &RecordListModel::totalCountChanged, this, &RecordListView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        sizeColumns();
        updateCount();
    });
    connect(m_form, &RecordForm::created, this, [this] { reselect(); });
    connect(m_form, &RecordForm::deleteRequested, this, &RecordListView::deleteCurrent);
    connect(m_form, &RecordForm::stateChanged, this, &RecordListView::stateChanged);
    connect(m_new, &QPushButton::clicked, this, [this] { startNew(); });
    m_filterPause.setSingleShot(true);
    m_filterPause.setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, &m_filterPause, qOverload<>(&QTimer::start));
    connect(&m_filterPause, &QTimer::timeout, this,
        [this] { m_model->setFilterText(m_filter->text()); });

    restoreLayout(sortField, order);
    updateCount();
}

RecordListView::~RecordListView()
{
    saveLayout();
}

QString RecordListView::settingsGroup() const
{
    return QStringLiteral("records/") + m_entity;
}

void RecordListView::restoreLayout(const QString& sortField, Qt::SortOrder order)
{
    GuiSettings settings;
    settings.beginGroup(settingsGroup());
    QHeaderView* header = m_table->horizontalHeader();
    const bool restored
        = header->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    m_splitRestored
        = m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    settings.endGroup();
    if (restored) {
        m_columnsSized = true;
    } else {
        // No column sorted means the list is in name order; see RecordListModel::sort().
        header->setSortIndicator(m_model->columnOf(sortField), order);
        m_splitter->setSizes({ 620, 420 });
    }
    m_table->setSortingEnabled(true);
    sizeColumns();
}

void RecordListView::preferWideCard()
{
    if (!m_splitRestored)
        m_splitter->setSizes({ 420, 620 });
}

void RecordListView::sizeColumns()
{
    // Once, from the first rows there are; afterwards the user's widths are kept.
    if (m_columnsSized || m_model->rowCount() == 0)
        return;
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(
            c, std::clamp(m_table->columnWidth(c), kMinColumnWidth, kMaxColumnWidth));
    m_columnsSized = true;
}

void RecordListView::saveLayout() const
{
    GuiSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.endGroup();
}

void RecordListView::updateCount()
{
    m_count->setText(QLocale().toString(m_model->totalCount()));
    m_count->setToolTip(tr("%1 shown of %2 (more load as you scroll)")
                            .arg(QLocale().toString(m_model->rowCount()),
                                QLocale().toString(m_model->totalCount())));
}

void RecordListView::addToolRow(QWidget* row)
{
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->indexOf(m_splitter), row);
}

void RecordListView::setFilterText(const QString& text)
{
    m_filter->setText(text);
    m_filterPause.stop();
    m_model->setFilterText(text);
}

void RecordListView::onCurrentRowChanged(const QModelIndex& current, const QModelIndex&)
{
    if (m_selecting)
        return;
    const QString id = m_model->idAt(current.row());
    if (id.isEmpty() || (id == m_form->recordId() && !m_form->isNew()))
        return;
    if (!confirmLeave()) {
        reselect();
        return;
    }
    m_form->showRecord(id);
}

void RecordListView::selectRow(int row, bool centre)
{
    m_selecting = true;
    QItemSelectionModel* selection = m_table->selectionModel();
    if (row < 0) {
        selection->clear();
    } else {
        const QModelIndex index = m_model->index(row, 0);
        selection->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(
            index, centre ? QAbstractItemView::PositionAtCenter : QAbstractItemView::EnsureVisible);
    }
    m_selecting = false;
}

void RecordListView::reselect()
{
    selectRow(m_form->isNew() ? -1 : m_model->rowOf(m_form->recordId()));
}

bool RecordListView::confirmLeave()
{
    if (!m_form->isDirty())
        return true;
    const auto answer = Prompter::question(this, tr("Unsaved changes"),
        tr("Save the changes to “%1”?").arg(m_form->title()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_form->save();
    if (answer == QMessageBox::Discard) {
        m_form->revert();
        return true;
    }
    return false;
}

bool RecordListView::openRecord(const QString& id)
{
    if (!m_ctx.session.records().get(m_entity, id))
        return false;
    if (id == m_form->recordId() && !m_form->isNew()) {
        reselect();
        return true;
    }
    if (!confirmLeave())
        return false;
    int row = m_model->rowOf(id);
    if (row < 0 && !m_filter->text().isEmpty()) {
        setFilterText({});
        row = m_model->rowOf(id);
    }
    while (row < 0 && m_model->canFetchMore({}) && m_model->rowCount() < kSeekRows) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    m_form->showRecord(id);
    selectRow(row, true);
    return true;
}

void RecordListView::startNew(const QVariantMap& preset)
{
    if (!confirmLeave())
        return;
    selectRow(-1);
    m_form->startNew(preset);
}

bool RecordListView::save()
{
    return m_form->save();
}

void RecordListView::revert()
{
    m_form->revert();
    reselect();
}

void RecordListView::deleteCurrent()
{
    const QString id = m_form->recordId();
    if (id.isEmpty())
        return;
    const auto answer = Prompter::question(this, tr("Delete"),
        tr("Delete “%1”?\n\nEdit › Undo brings it back.").arg(m_form->title()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const int row = m_model->rowOf(id);
    const auto removed = RecordCommands::remove(
        m_ctx.undoStack, m_ctx.session.records(), m_ctx.events, m_entity, id);
    if (!removed) {
        Prompter::warning(this, tr("Delete"), tr("“%1” was not deleted.").arg(m_form->title()),
            removed.error().message);
        return;
    }
    // Show the neighbour rather than an empty panel.
    if (row >= 0 && m_model->rowCount() > 0) {
        const int next = std::min(row, m_model->rowCount() - 1);
        m_form->showRecord(m_model->idAt(next));
        selectRow(next);
    } else {
        m_form->clear();
    }
}

} // namespace tandem
