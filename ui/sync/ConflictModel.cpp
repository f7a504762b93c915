#include "sync/ConflictModel.h"

#include "domain/FieldFormat.h"
#include "store/Session.h"
#include "sync/Hlc.h"

#include <QDateTime>
#include <QLocale>

namespace tandem {

ConflictModel::ConflictModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

void ConflictModel::setConflicts(const QList<Conflict>& conflicts)
{
    beginResetModel();
    m_conflicts = conflicts;
    endResetModel();
}

const Conflict* ConflictModel::conflictAt(int row) const
{
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

int ConflictModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictModel::valueText(const Conflict& c, const QVariant& value, bool deleted) const
{
    if (deleted)
        return tr("(deleted)");
    const EntityDef* def = EntitySchema::find(c.entity);
    const FieldDef* f = def ? def->field(c.field) : nullptr;
    if (!f)
        return value.toString();
    const QVariant v
        = f->type == FieldType::Bool && value.isValid() ? QVariant(value.toLongLong() != 0) : value;
    const auto rec = m_session.records().get(c.entity, c.recordId, true);
    const QString currency = rec ? m_session.records().currencyOf(*rec) : m_session.defaultCurrency();
    if (f->type == FieldType::Money && v.isValid() && !v.isNull()) {
        const int digits = currencyMinorDigits(currency);
        return QLocale().toCurrencyString(formatScaled(v.toLongLong(), digits).toDouble(), currency, digits);
    }
    const QString text = formatFieldText(*f, v, currency);
    if (f->type == FieldType::Ref)
        return m_session.records().labelOf(f->refEntity, text);
    return text.isEmpty() ? tr("(empty)") : text;
}

QString ConflictModel::whoWhen(const QString& userId, const QString& token) const
{
    const quint64 hlc = token.section(QLatin1Char('@'), 0, 0).toULongLong(nullptr, 16);
    const QDateTime when
        = QDateTime::fromMSecsSinceEpoch(Hlc::physicalMs(hlc), Qt::UTC).toLocalTime();
    const QString who = m_session.records().labelOf(QStringLiteral("user"), userId);
    return tr("%1, %2").arg(
        who.isEmpty() ? tr("someone") : who, QLocale().toString(when, QLocale::ShortFormat));
}

QVariant ConflictModel::data(const QModelIndex& index, int role) const
{
    const Conflict* c = conflictAt(index.row());
    if (!c || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RecordColumn: {
            const EntityDef* def = EntitySchema::find(c->entity);
            return QStringLiteral("%1 · %2").arg(def ? def->translatedSingular() : c->entity,
                m_session.records().labelOf(c->entity, c->recordId));
        }
        case FieldColumn: {
            if (c->field.isEmpty())
                return tr("Deleted or kept");
            const EntityDef* def = EntitySchema::find(c->entity);
            const FieldDef* f = def ? def->field(c->field) : nullptr;
            return f ? f->translatedLabel() : c->field;
        }
        case ShownColumn:
            return QStringLiteral("%1 — %2").arg(
                valueText(*c, c->keptValue, c->keptIsDelete), whoWhen(c->keptUser, c->keptToken));
        case OtherColumn:
            return QStringLiteral("%1 — %2").arg(
                valueText(*c, c->otherValue, false), whoWhen(c->otherUser, c->otherToken));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ShownColumn)
        return tr("The value every copy shows now");
    if (role == Qt::ToolTipRole && index.column() == OtherColumn)
        return tr("The value written at the same time on another copy");
    return {};
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case ShownColumn:
        return tr("Shown now");
    case OtherColumn:
        return tr("Other value");
    }
    return {};
}

} // namespace tandem
