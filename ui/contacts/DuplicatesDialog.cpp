#include "contacts/DuplicatesDialog.h"

#include "common/BatchCommand.h"
#include "common/Prompter.h"
#include "domain/EntitySchema.h"
#include "records/FieldDisplay.h"
#include "services/RecordMerge.h"
#include "store/Session.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {
constexpr int kFieldRole = Qt::UserRole + 1;
}

DuplicatesDialog::DuplicatesDialog(const UiContext& context, const QString& entity, QWidget* parent)
    : QDialog(parent)
    , m_ctx(context)
    , m_def(*EntitySchema::find(entity))
    , m_pairs(new QTreeWidget(this))
    , m_compare(new QTableWidget(0, 3, this))
    , m_keep(new QButtonGroup(this))
    , m_summary(new QLabel(this))
    , m_merge(new QPushButton(tr("&Merge"), this))
    , m_dismiss(new QPushButton(tr("&Not duplicates"), this))
{
    setWindowTitle(tr("Duplicate %1").arg(m_def.translatedPlural().toLower()));
    resize(900, 680);

    m_pairs->setHeaderLabels({ tr("Match"), tr("Record"), tr("Looks like"), tr("Why") });
    m_pairs->setRootIsDecorated(false);
    m_pairs->setUniformRowHeights(true);
    m_pairs->header()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(new QLabel(tr("Keep:"), this));
    for (int side = 0; side < 2; ++side) {
        auto* button = new QRadioButton(this);
        m_keep->addButton(button, side);
        keepRow->addWidget(button);
    }
    keepRow->addStretch();
    m_keep->button(0)->setChecked(true);

    m_compare->verticalHeader()->hide();
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->setSelectionMode(QAbstractItemView::NoSelection);
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_compare->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* hint
        = new QLabel(tr("Tick the values the kept record should have. Empty fields are filled from "
                        "the other; every activity, deal, note and history entry of both is kept."),
            this);
    hint->setWordWrap(true);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(keepRow);
    bottomLayout->addWidget(m_compare, 1);
    bottomLayout->addWidget(hint);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_pairs);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    buttons->addButton(m_dismiss, QDialogButtonBox::ActionRole);
    m_merge->setToolTip(tr("Make the two one record, keeping everything linked to either"));
    m_dismiss->setToolTip(tr("These are different records: do not propose them again"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pairs, &QTreeWidget::currentItemChanged, this, &DuplicatesDialog::showPair);
    connect(m_keep, &QButtonGroup::idClicked, this, &DuplicatesDialog::showPair);
    connect(m_compare, &QTableWidget::itemChanged, this, &DuplicatesDialog::onItemChanged);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesDialog::dismissSelected);
    reload();
}

void DuplicatesDialog::reload()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto found = Duplicates::findAll(m_ctx.session, m_def.name);
    QApplication::restoreOverrideCursor();
    m_pairs->clear();
    m_list.clear();
    if (!found) {
        m_summary->setText(found.error().toString());
        updateButtons();
        return;
    }
    m_list = *found;
    QList<QTreeWidgetItem*> items;
    for (int i = 0; i < m_list.size(); ++i) {
        const DuplicatePair& p = m_list.at(i);
        auto* item = new QTreeWidgetItem({ tr("%1 %").arg(p.score), p.firstLabel, p.secondLabel,
            p.reasons.join(QStringLiteral("; ")) });
        item->setData(0, Qt::UserRole, i);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        items << item;
    }
    m_pairs->addTopLevelItems(items);
    for (int c = 0; c < 3; ++c)
        m_pairs->resizeColumnToContents(c);
    if (!items.isEmpty())
        m_pairs->setCurrentItem(items.first());
    else
        showPair();
    updateButtons();
}

const DuplicatePair* DuplicatesDialog::selectedPair() const
{
    const QTreeWidgetItem* item = m_pairs->currentItem();
    if (!item)
        return nullptr;
    const int i = item->data(0, Qt::UserRole).toInt();
    return i >= 0 && i < m_list.size() ? &m_list.at(i) : nullptr;
}

void DuplicatesDialog::updateButtons()
{
    const int left = m_pairs->topLevelItemCount();
    m_summary->setText(left == 0
            ? tr("No likely duplicates among the %1.").arg(m_def.translatedPlural().toLower())
            : tr("%n pair(s) that look like the same record.", nullptr, left));
    m_merge->setEnabled(selectedPair() != nullptr);
    m_dismiss->setEnabled(selectedPair() != nullptr);
}

void DuplicatesDialog::setKept(int side)
{
    m_keep->button(side)->setChecked(true);
    showPair();
}

void DuplicatesDialog::showPair()
{
    m_filling = true;
    m_compare->setRowCount(0);
    const DuplicatePair* pair = selectedPair();
    updateButtons();
    if (!pair) {
        m_compare->setHorizontalHeaderLabels({ tr("Field"), QString(), QString() });
        m_keep->button(0)->setText(QString());
        m_keep->button(1)->setText(QString());
        m_filling = false;
        return;
    }
    m_keep->button(0)->setText(pair->firstLabel);
    m_keep->button(1)->setText(pair->secondLabel);
    m_compare->setHorizontalHeaderLabels({ tr("Field"), pair->firstLabel, pair->secondLabel });
    const RecordStore& rs = m_ctx.session.records();
    const auto first = rs.get(m_def.name, pair->firstId);
    const auto second = rs.get(m_def.name, pair->secondId);
    if (!first || !second) {
        m_filling = false;
        return;
    }
    const int kept = m_keep->checkedId();
    const FieldDisplay::LabelLookup labels
        = [&rs](const QString& entity, const QString& id) { return rs.labelOf(entity, id); };
    for (const FieldDef& field : m_def.fields) {
        if (field.internal() || field.type == FieldType::Blob)
            continue;
        const Record* records[2] = { &*first, &*second };
        QString texts[2];
        for (int side = 0; side < 2; ++side)
            texts[side] = FieldDisplay::text(field, records[side]->value(field.name),
                records[side]->text(QStringLiteral("currency")), labels);
        if (texts[0].isEmpty() && texts[1].isEmpty())
            continue;
        const int row = m_compare->rowCount();
        m_compare->insertRow(row);
        auto* name = new QTableWidgetItem(field.translatedLabel());
        name->setData(kFieldRole, field.name);
        m_compare->setItem(row, 0, name);
        const bool choice = !texts[0].isEmpty() && !texts[1].isEmpty() && texts[0] != texts[1];
        for (int side = 0; side < 2; ++side) {
            auto* item = new QTableWidgetItem(texts[side]);
            item->setToolTip(texts[side]);
            if (choice) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(side == kept ? Qt::Checked : Qt::Unchecked);
            } else {
                item->setFlags(Qt::ItemIsEnabled);
            }
            m_compare->setItem(row, side + 1, item);
        }
        if (choice) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
    }
    m_filling = false;
}

void DuplicatesDialog::onItemChanged(QTableWidgetItem* item)
{
    if (m_filling || item->column() == 0 || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    // One value per field: ticking one side unticks the other.
    m_filling = true;
    QTableWidgetItem* other = m_compare->item(item->row(), item->column() == 1 ? 2 : 1);
    other->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    m_filling = false;
}

bool DuplicatesDialog::mergeSelected()
{
    const DuplicatePair* pair = selectedPair();
    if (!pair)
        return false;
    const int kept = m_keep->checkedId();
    const QString keepId = kept == 0 ? pair->firstId : pair->secondId;
    const QString otherId = kept == 0 ? pair->secondId : pair->firstId;
    const QString keepLabel = kept == 0 ? pair->firstLabel : pair->secondLabel;
    const QString otherLabel = kept == 0 ? pair->secondLabel : pair->firstLabel;
    QMap<QString, QString> choices;
    const int otherColumn = kept == 0 ? 2 : 1;
    for (int row = 0; row < m_compare->rowCount(); ++row) {
        const QTableWidgetItem* item = m_compare->item(row, otherColumn);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            choices.insert(
                m_compare->item(row, 0)->data(kFieldRole).toString(), QStringLiteral("other"));
    }
    const auto answer = Prompter::question(this, tr("Merge"),
        tr("Merge “%1” into “%2”? Everything linked to “%1” moves to “%2”, and “%1” is kept only "
           "in the history.")
            .arg(otherLabel, keepLabel));
    if (answer != QMessageBox::Yes)
        return false;
    //: Undo menu entry: "Merge Ruta Jankauskaite into Rūta Jankauskaitė"
    const QString step = tr("Merge %1 into %2").arg(otherLabel, keepLabel);
    auto merged = BatchCommands::run(
        m_ctx.undoStack, m_ctx.session, m_ctx.events, step, [&]() -> Result<void> {
            auto r = RecordMerge::merge(m_ctx.session, m_def.name, keepId, otherId, choices);
            if (!r)
                return r.error();
            return {};
        });
    if (!merged) {
        Prompter::warning(this, tr("Merge"), merged.error().toString());
        return false;
    }
    removePairsOf(otherId);
    return true;
}

bool DuplicatesDialog::dismissSelected()
{
    const DuplicatePair* pair = selectedPair();
    if (!pair)
        return false;
    auto dismissed = Duplicates::dismiss(m_ctx.session, m_def.name, pair->firstId, pair->secondId);
    if (!dismissed) {
        Prompter::warning(this, tr("Not duplicates"), dismissed.error().toString());
        return false;
    }
    delete m_pairs->currentItem();
    showPair();
    return true;
}

void DuplicatesDialog::removePairsOf(const QString& id)
{
    for (int i = m_pairs->topLevelItemCount() - 1; i >= 0; --i) {
        const DuplicatePair& p = m_list.at(m_pairs->topLevelItem(i)->data(0, Qt::UserRole).toInt());
        if (p.firstId == id || p.secondId == id)
            delete m_pairs->topLevelItem(i);
    }
    showPair();
}

} // namespace tandem
