#include "records/RecordHistoryView.h"

#include "domain/FieldFormat.h"
#include "records/FieldDisplay.h"
#include "store/RecordStore.h"

#include <QHeaderView>

namespace tandem {

namespace {

QString opText(ChangeOp op)
{
    switch (op) {
    case ChangeOp::Create:
        return RecordHistoryView::tr("Created");
    case ChangeOp::Set:
        return RecordHistoryView::tr("Changed");
    case ChangeOp::Delete:
        return RecordHistoryView::tr("Deleted");
    case ChangeOp::Restore:
        return RecordHistoryView::tr("Restored");
    }
    return {};
}

} // namespace

RecordHistoryView::RecordHistoryView(const RecordStore& store, QWidget* parent)
    : QTreeWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("recordHistory"));
    setHeaderLabels({ tr("When"), tr("Who"), tr("Field"), tr("Value") });
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 3px 2px; }"));
}

void RecordHistoryView::setRecord(const QString& entity, const QString& id)
{
    m_entity = entity;
    m_id = id;
    refresh();
}

void RecordHistoryView::refresh()
{
    clear();
    const EntityDef* def = EntitySchema::find(m_entity);
    if (!def || m_id.isEmpty())
        return;
    const auto record = m_store.get(m_entity, m_id, true);
    const QString currency
        = record ? m_store.currencyOf(*record) : m_store.context().defaultCurrency;
    const auto labels
        = [this](const QString& entity, const QString& id) { return m_store.labelOf(entity, id); };
    // Newest change first; the fields of one change keep their order, and only its first line
    // says when and who.
    const QList<HistoryEntry> entries = m_store.history(m_entity, m_id);
    QList<QList<HistoryEntry>> changes;
    for (const HistoryEntry& e : entries) {
        const bool sameChange = !changes.isEmpty() && changes.last().first().when == e.when
            && changes.last().first().userId == e.userId && changes.last().first().op == e.op;
        if (sameChange)
            changes.last() << e;
        else
            changes << QList<HistoryEntry> { e };
    }
    QList<QTreeWidgetItem*> items;
    for (auto change = changes.crbegin(); change != changes.crend(); ++change) {
        bool first = true;
        for (const HistoryEntry& e : *change) {
            const FieldDef* field = def->field(e.field);
            // The log holds canonical text; read it back to show it the way the form does.
            QString value = e.value;
            if (field) {
                const auto parsed = parseFieldText(*field, e.value, currency);
                if (parsed)
                    value = FieldDisplay::text(*field, *parsed, currency, labels);
            }
            auto* item = new QTreeWidgetItem;
            if (first) {
                item->setText(
                    WhenColumn, e.when.toLocalTime().toString(FieldDisplay::dateTimeFormat()));
                item->setText(WhoColumn, e.userName.isEmpty() ? e.userId : e.userName);
                item->setToolTip(WhenColumn, opText(e.op));
            }
            if (e.field.isEmpty()) {
                // Deleted or restored: the whole record, no field.
                item->setText(FieldColumn, opText(e.op));
                QFont italic = item->font(FieldColumn);
                italic.setItalic(true);
                item->setFont(FieldColumn, italic);
            } else {
                item->setText(FieldColumn, field ? field->translatedLabel() : e.field);
                item->setToolTip(FieldColumn, opText(e.op));
            }
            item->setText(ValueColumn, value);
            item->setToolTip(ValueColumn, value);
            items << item;
            first = false;
        }
    }
    addTopLevelItems(items);
    for (int column = WhenColumn; column < ValueColumn; ++column)
        resizeColumnToContents(column);
}

} // namespace tandem
