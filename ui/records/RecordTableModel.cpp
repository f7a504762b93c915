#include "records/RecordTableModel.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "common/RecordCommands.h"
#include "domain/EntitySchema.h"
#include "records/FieldDisplay.h"
#include "store/Session.h"

#include <QUndoStack>

namespace tandem {

RecordTableModel::RecordTableModel(
    const UiContext& context, const QString& entity, const QStringList& columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ctx(context)
    , m_def(*EntitySchema::find(entity))
{
    for (const QString& name : columns) {
        if (const FieldDef* f = m_def.field(name))
            m_columns << f;
    }
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& changed) {
        if (changed == m_def.name && !m_writing)
            reload();
    });
}

void RecordTableModel::setScope(const QString& field, const QString& value)
{
    m_scopeField = field;
    m_scopeValue = value;
    reload();
}

void RecordTableModel::setValidator(const QString& field, Validator validator)
{
    m_validators.insert(field, std::move(validator));
}

bool RecordTableModel::hasPosition() const
{
    return m_def.field(QStringLiteral("position")) != nullptr;
}

void RecordTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_scopeField.isEmpty() || !m_scopeValue.isEmpty()) {
        ListQuery q;
        if (!m_scopeField.isEmpty())
            q.where << qMakePair(m_scopeField, QVariant(m_scopeValue));
        if (hasPosition())
            q.orderBy = QStringLiteral("position");
        if (auto rows = m_ctx.session.records().list(m_def.name, q))
            m_rows = *rows;
    }
    endResetModel();
}

const FieldDef& RecordTableModel::fieldAt(int column) const
{
    return *m_columns.at(column);
}

QString RecordTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int RecordTableModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

bool RecordTableModel::fail(const Error& error)
{
    m_error = error.message;
    const FieldDef* f = m_def.field(error.field);
    emit writeFailed(f ? tr("%1: %2").arg(f->translatedLabel(), error.message) : error.message);
    return false;
}

Result<QString> RecordTableModel::addRecord(const QVariantMap& values)
{
    QVariantMap v = values;
    if (!m_scopeField.isEmpty())
        v.insert(m_scopeField, m_scopeValue);
    if (hasPosition() && !v.contains(QStringLiteral("position"))) {
        qint64 last = -1;
        for (const Record& r : std::as_const(m_rows))
            last = qMax(last, r.value(QStringLiteral("position")).toLongLong());
        v.insert(QStringLiteral("position"), last + 1);
    }
    m_writing = true;
    auto id = RecordCommands::create(
        m_ctx.undoStack, m_ctx.session.records(), m_ctx.events, m_def.name, v);
    m_writing = false;
    if (!id) {
        fail(id.error());
        return id;
    }
    reload();
    return id;
}

bool RecordTableModel::removeRecord(int row)
{
    const QString id = idAt(row);
    if (id.isEmpty())
        return false;
    m_writing = true;
    auto r = RecordCommands::remove(
        m_ctx.undoStack, m_ctx.session.records(), m_ctx.events, m_def.name, id);
    m_writing = false;
    if (!r)
        return fail(r.error());
    reload();
    return true;
}

bool RecordTableModel::moveRecord(int row, int delta)
{
    const int other = row + delta;
    if (!hasPosition() || row < 0 || other < 0 || row >= m_rows.size() || other >= m_rows.size())
        return false;
    // Positions may repeat (records made elsewhere): the rows' order decides.
    const qint64 pa = row;
    const qint64 pb = other;
    m_writing = true;
    auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Reorder %1").arg(m_def.translatedPlural().toLower()), [&]() -> Result<void> {
            RecordStore& rs = m_ctx.session.records();
            for (int i = 0; i < m_rows.size(); ++i) {
                const qint64 wanted = i == row ? pb : i == other ? pa : i;
                if (m_rows.at(i).value(QStringLiteral("position")).toLongLong() == wanted
                    && !m_rows.at(i).value(QStringLiteral("position")).isNull())
                    continue;
                if (auto w = rs.update(
                        m_def.name, m_rows.at(i).id, { { QStringLiteral("position"), wanted } });
                    !w)
                    return w;
            }
            return {};
        });
    m_writing = false;
    if (!r)
        return fail(r.error());
    reload();
    return true;
}

bool RecordTableModel::setField(int row, const QString& field, const QVariant& stored)
{
    const QString id = idAt(row);
    if (id.isEmpty())
        return false;
    if (const auto v = m_validators.find(field); v != m_validators.end()) {
        if (auto ok = (*v)(stored); !ok) {
            Error e = ok.error();
            e.field = field;
            return fail(e);
        }
    }
    m_writing = true;
    auto r = RecordCommands::edit(m_ctx.undoStack, m_ctx.session.records(), m_ctx.events,
        m_def.name, id, { { field, stored } });
    m_writing = false;
    if (!r)
        return fail(r.error());
    if (auto fresh = m_ctx.session.records().get(m_def.name, id)) {
        m_rows[row] = *fresh;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    return true;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Record& r = m_rows.at(index.row());
    const FieldDef& f = fieldAt(index.column());
    const QVariant value = r.value(f.name);
    if (f.type == FieldType::Bool) {
        if (role == Qt::CheckStateRole)
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        return role == Qt::EditRole ? value : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return FieldDisplay::text(f, value, m_ctx.session.records().currencyOf(r),
            [this](const QString& entity, const QString& id) {
                return m_ctx.session.records().labelOf(entity, id);
            });
    case Qt::EditRole:
        return value;
    case Qt::TextAlignmentRole:
        return FieldDisplay::alignsRight(f) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns.at(section)->translatedLabel();
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const FieldDef& f = fieldAt(index.column());
    if (f.type == FieldType::Bool)
        flags |= Qt::ItemIsUserCheckable;
    else if (f.type != FieldType::Blob)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RecordTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid())
        return false;
    const FieldDef& f = fieldAt(index.column());
    if (role == Qt::CheckStateRole && f.type == FieldType::Bool)
        return setField(index.row(), f.name, value.toInt() == Qt::Checked);
    if (role != Qt::EditRole)
        return false;
    const QVariant current = m_rows.at(index.row()).value(f.name);
    if (current == value || (isEmptyValue(current) && isEmptyValue(value)))
        return true;
    return setField(index.row(), f.name, value);
}

} // namespace tandem
