#include "records/RecordListModel.h"

#include "common/DataEvents.h"
#include "records/FieldDisplay.h"
#include "store/Session.h"

#include <stdexcept>

namespace tandem {

namespace {

QStringList idsOf(const QList<Record>& rows, int count)
{
    QStringList ids;
    for (int i = 0; i < std::min(count, int(rows.size())); ++i)
        ids << rows.at(i).id;
    return ids;
}

// The row at which `longer` holds one id more than `shorter`, or -1 when it is not so.
int extraRow(const QStringList& longer, const QStringList& shorter)
{
    if (longer.size() != shorter.size() + 1)
        return -1;
    int p = 0;
    while (p < shorter.size() && longer.at(p) == shorter.at(p))
        ++p;
    for (int i = p; i < shorter.size(); ++i) {
        if (longer.at(i + 1) != shorter.at(i))
            return -1;
    }
    return p;
}

} // namespace

RecordListModel::RecordListModel(
    Session& session, DataEvents* events, const QString& entity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_def(EntitySchema::find(entity))
{
    if (!m_def)
        throw std::invalid_argument("RecordListModel: unknown entity " + entity.toStdString());
    for (const QString& name : m_def->listColumns) {
        if (const FieldDef* f = m_def->field(name))
            m_columns << f;
    }
    if (events)
        connect(events, &DataEvents::recordsChanged, this, &RecordListModel::onRecordsChanged);
    reload();
}

QString RecordListModel::entity() const
{
    return m_def->name;
}

QString RecordListModel::fieldAt(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column)->name : QString();
}

int RecordListModel::columnOf(const QString& field) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i)->name == field)
            return i;
    }
    return -1;
}

void RecordListModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
    reload();
}

void RecordListModel::setFilterText(const QString& text)
{
    if (text.trimmed() == m_query.text.trimmed())
        return;
    m_query.text = text;
    reload();
}

void RecordListModel::setWhere(const QList<QPair<QString, QVariant>>& where)
{
    m_query.where = where;
    reload();
}

void RecordListModel::setConditions(const ListQuery& conditions)
{
    m_query.where = conditions.where;
    m_query.tagId = conditions.tagId;
    m_query.idleDays = conditions.idleDays;
    reload();
}

ListQuery RecordListModel::conditions() const
{
    ListQuery q;
    q.where = m_query.where;
    q.text = m_query.text;
    q.tagId = m_query.tagId;
    q.idleDays = m_query.idleDays;
    return q;
}

void RecordListModel::setOrder(const QString& field, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    if (field == m_query.orderBy && descending == m_query.descending)
        return;
    m_query.orderBy = field;
    m_query.descending = descending;
    reload();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    setOrder(fieldAt(column), order);
}

QString RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

const Record* RecordListModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RecordListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<qint64> RecordListModel::readTotal()
{
    auto total = m_session.records().count(m_def->name, m_query);
    if (!total) {
        m_error = total.error().message;
        emit errorOccurred(m_error);
        return std::nullopt;
    }
    m_error.clear();
    return *total;
}

QList<Record> RecordListModel::readRows(int offset, int limit)
{
    ListQuery query = m_query;
    query.offset = offset;
    query.limit = limit;
    auto rows = m_session.records().list(m_def->name, query);
    if (!rows) {
        m_error = rows.error().message;
        emit errorOccurred(m_error);
        return {};
    }
    return *rows;
}

void RecordListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const auto total = readTotal();
    m_total = total.value_or(0);
    if (total)
        m_rows = readRows(0, m_pageSize);
    endResetModel();
    emit totalCountChanged(m_total);
}

void RecordListModel::refresh()
{
    const qint64 totalBefore = m_total;
    const auto total = readTotal();
    if (!total) {
        reload();
        return;
    }
    const int loaded = int(m_rows.size());
    // One row more than before: enough to tell an insertion from a change.
    const QList<Record> fresh = readRows(0, std::max(loaded, m_pageSize) + 1);
    const QStringList before = idsOf(m_rows, loaded);
    const QStringList after = idsOf(fresh, int(fresh.size()));

    // m_total changes only with the rows: views and testers ask canFetchMore() in between.
    if (loaded == 0) {
        const int count = std::min(int(fresh.size()), m_pageSize);
        if (count > 0) {
            beginInsertRows({}, 0, count - 1);
            m_rows = fresh.mid(0, count);
            m_total = *total;
            endInsertRows();
        }
        m_total = *total;
    } else if (after.mid(0, loaded) == before) {
        m_total = *total;
        m_rows = fresh.mid(0, loaded);
        emit dataChanged(index(0, 0), index(loaded - 1, columnCount() - 1));
    } else if (const int p = extraRow(after.mid(0, loaded + 1), before); p >= 0) {
        beginInsertRows({}, p, p);
        m_rows = fresh.mid(0, loaded + 1);
        m_total = *total;
        endInsertRows();
    } else if (const int q = extraRow(before, after.mid(0, loaded - 1)); q >= 0) {
        beginRemoveRows({}, q, q);
        m_rows = fresh.mid(0, loaded - 1);
        m_total = *total;
        endRemoveRows();
    } else {
        beginResetModel();
        m_rows = fresh.mid(0, std::max(loaded, m_pageSize));
        m_total = *total;
        endResetModel();
    }
    if (m_total != totalBefore)
        emit totalCountChanged(m_total);
}

bool RecordListModel::affectedBy(const QString& entity) const
{
    if (entity == m_def->name)
        return true;
    const EntityDef* other = EntitySchema::find(entity);
    if (other && other->table == m_def->table)
        return true;
    for (const FieldDef* f : m_columns) {
        if (f->type == FieldType::Ref && f->refEntity == entity)
            return true;
    }
    return false;
}

void RecordListModel::onRecordsChanged(const QString& entity, const QString& id)
{
    if (!affectedBy(entity))
        return;
    const QString prefix = entity + QLatin1Char('/');
    if (id.isEmpty()) {
        for (auto it = m_labels.begin(); it != m_labels.end();)
            it = it.key().startsWith(prefix) ? m_labels.erase(it) : std::next(it);
    } else {
        m_labels.remove(prefix + id);
    }
    refresh();
}

QString RecordListModel::label(const QString& entity, const QString& id) const
{
    const QString key = entity + QLatin1Char('/') + id;
    auto it = m_labels.constFind(key);
    if (it == m_labels.constEnd())
        it = m_labels.insert(key, m_session.records().labelOf(entity, id));
    return it.value();
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Record& record = m_rows.at(index.row());
    const FieldDef& field = *m_columns.at(index.column());
    const QVariant value = record.value(field.name);
    switch (role) {
    case Qt::DisplayRole:
        if (field.type == FieldType::Bool)
            return value.toBool() ? QStringLiteral("✓") : QString();
        return FieldDisplay::text(field, value, m_session.records().currencyOf(record),
            [this](const QString& entity, const QString& id) { return label(entity, id); });
    case Qt::ToolTipRole:
        if (field.type == FieldType::LongText || field.type == FieldType::Text)
            return value.toString();
        return {};
    case Qt::TextAlignmentRole:
        if (field.type == FieldType::Bool)
            return int(Qt::AlignCenter);
        return int(
            (FieldDisplay::alignsRight(field) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case IdRole:
        return record.id;
    case StoredValueRole:
        return value;
    case Qt::ForegroundRole:
    case Qt::BackgroundRole:
        return m_rowStyle ? m_rowStyle(record, role) : QVariant();
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const FieldDef& field = *m_columns.at(section);
    if (role == Qt::DisplayRole)
        return field.translatedLabel();
    if (role == Qt::TextAlignmentRole)
        return int(
            (FieldDisplay::alignsRight(field) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

bool RecordListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void RecordListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Record> more = readRows(int(m_rows.size()), m_pageSize);
    if (more.isEmpty()) {
        // Fewer rows than counted: another writer removed some meanwhile.
        m_total = m_rows.size();
        emit totalCountChanged(m_total);
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows += more;
    endInsertRows();
}

} // namespace tandem
