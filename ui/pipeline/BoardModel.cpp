#include "pipeline/BoardModel.h"

#include "records/FieldDisplay.h"
#include "services/Forecast.h"
#include "util/Clock.h"

#include <QLocale>
#include <QMimeData>
#include <QTimer>

namespace tandem {

namespace {

// Deal indexes carry their stage row + 1; stage indexes carry 0.
constexpr quintptr kStageTag = 0;

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, FieldDisplay::dateFormat()) : QString();
}

} // namespace

QString BoardModel::mimeType()
{
    return QStringLiteral("application/x-tandem-deal-ids");
}

BoardModel::BoardModel(const Database& db, const Clock& clock, QObject* parent)
    : QAbstractItemModel(parent)
    , m_db(db)
    , m_clock(clock)
{
}

void BoardModel::setQuery(const QString& pipelineId, const DealFilter& filter)
{
    m_pipelineId = pipelineId;
    m_filter = filter;
    m_filter.pipelineId = pipelineId;
}

void BoardModel::load(const QString& pipelineId, const DealFilter& filter)
{
    setQuery(pipelineId, filter);
    reload();
}

void BoardModel::reload()
{
    beginResetModel();
    m_error.clear();
    m_allStages.clear();
    m_stages.clear();
    m_deals.clear();
    m_position.clear();
    auto stages = BoardQuery::stages(m_db, m_pipelineId);
    auto deals
        = stages ? BoardQuery::openDeals(m_db, m_filter) : Result<QList<BoardDeal>>(Error {});
    if (!stages || !deals) {
        m_error = !stages ? stages.error().message : deals.error().message;
    } else {
        m_allStages = *stages;
        QHash<QString, int> column;
        for (const BoardStage& s : std::as_const(m_allStages)) {
            if (s.kind != QLatin1String("open"))
                continue;
            column.insert(s.id, int(m_stages.size()));
            m_stages << s;
            m_deals << QList<BoardDeal>();
        }
        for (const BoardDeal& d : *deals) {
            // A deal in a won or lost stage but still open shows in the last open column.
            const int c = column.value(d.stageId, -1);
            if (c >= 0)
                m_deals[c] << d;
            else if (!m_deals.isEmpty())
                m_deals.last() << d;
        }
    }
    // Where each deal sits: selection and keyboard moves look deals up by id on every change.
    for (int c = 0; c < m_deals.size(); ++c) {
        for (int r = 0; r < m_deals.at(c).size(); ++r)
            m_position.insert(m_deals.at(c).at(r).id, { c, r });
    }
    endResetModel();
    emit loaded();
}

StageSummary BoardModel::summary(int stageRow) const
{
    StageSummary s;
    if (stageRow < 0 || stageRow >= m_deals.size())
        return s;
    for (const BoardDeal& d : m_deals.at(stageRow)) {
        ++s.deals;
        if (d.amount) {
            s.total[d.currency] += *d.amount;
            s.weighted[d.currency] += Forecast::weighted(*d.amount, d.probability);
        }
    }
    return s;
}

QList<BoardDeal> BoardModel::allDeals() const
{
    QList<BoardDeal> out;
    for (const auto& column : m_deals)
        out += column;
    return out;
}

QModelIndex BoardModel::stageIndex(const QString& stageId) const
{
    for (int i = 0; i < m_stages.size(); ++i) {
        if (m_stages.at(i).id == stageId)
            return index(i, 0);
    }
    return {};
}

QModelIndex BoardModel::dealIndex(const QString& dealId) const
{
    const auto it = m_position.constFind(dealId);
    if (it == m_position.constEnd())
        return {};
    return createIndex(it->second, 0, quintptr(it->first + 1));
}

const BoardDeal* BoardModel::deal(const QModelIndex& index) const
{
    if (!index.isValid() || isStage(index))
        return nullptr;
    const int c = int(index.internalId()) - 1;
    return &m_deals.at(c).at(index.row());
}

QString BoardModel::neighbourStage(const QString& dealId, int step) const
{
    const QModelIndex i = dealIndex(dealId);
    if (!i.isValid())
        return {};
    const int target = int(i.internalId()) - 1 + step;
    return target >= 0 && target < m_stages.size() ? m_stages.at(target).id : QString();
}

bool BoardModel::isStage(const QModelIndex& index) const
{
    return index.isValid() && index.internalId() == kStageTag;
}

int BoardModel::daysInStage(const BoardDeal& deal) const
{
    const QDateTime entered = QDateTime::fromString(deal.stageEnteredAt, Qt::ISODateWithMs);
    if (!entered.isValid())
        return -1;
    return int(entered.daysTo(m_clock.nowUtc()));
}

QModelIndex BoardModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_stages.size() ? createIndex(row, 0, kStageTag) : QModelIndex();
    if (!isStage(parent) || row >= m_deals.at(parent.row()).size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex BoardModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || isStage(child))
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kStageTag);
}

int BoardModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_stages.size());
    return isStage(parent) ? int(m_deals.at(parent.row()).size()) : 0;
}

int BoardModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant BoardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (isStage(index)) {
        const BoardStage& s = m_stages.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return s.name;
        case IdRole:
        case StageIdRole:
            return s.id;
        default:
            return {};
        }
    }
    const BoardDeal& d = *deal(index);
    switch (role) {
    case Qt::DisplayRole:
        return d.title;
    case Qt::ToolTipRole: {
        QStringList lines { d.title };
        if (!d.companyName.isEmpty())
            lines << d.companyName;
        if (!d.nextActivity.isEmpty())
            lines << tr("Next: %1").arg(data(index, NextActivityRole).toString());
        return lines.join(QLatin1Char('\n'));
    }
    case IdRole:
        return d.id;
    case StageIdRole:
        return d.stageId;
    case CompanyRole:
        return d.companyName;
    case AmountTextRole:
        return d.amount ? FieldDisplay::money(*d.amount, d.currency, true) : QString();
    case OwnerRole:
        return d.ownerName;
    case NextActivityRole: {
        if (d.nextActivity.isEmpty())
            return QString();
        const QDateTime at = QDateTime::fromString(d.nextActivityAt, Qt::ISODateWithMs);
        return tr("%1 · %2").arg(d.nextActivity, shortDate(at.toLocalTime().date()));
    }
    case NextActivityOverdueRole: {
        const QDateTime at = QDateTime::fromString(d.nextActivityAt, Qt::ISODateWithMs);
        return at.isValid() && at < m_clock.nowUtc();
    }
    case DaysInStageRole:
        return daysInStage(d);
    case StalledRole: {
        const int c = int(index.internalId()) - 1;
        const int stall = m_stages.at(c).stallDays;
        return stall > 0 && daysInStage(d) > stall;
    }
    case ExpectedCloseRole:
        return shortDate(QDate::fromString(d.expectedClose, Qt::ISODate));
    case CloseOverdueRole: {
        const QDate close = QDate::fromString(d.expectedClose, Qt::ISODate);
        return close.isValid() && close < m_clock.nowUtc().date();
    }
    default:
        return {};
    }
}

QString BoardModel::moneyLine(const StageSummary& summary, const QString& mainCurrency)
{
    QString line;
    if (summary.total.contains(mainCurrency))
        line = tr("%1 · weighted %2")
                   .arg(FieldDisplay::money(summary.total.value(mainCurrency), mainCurrency, true),
                       FieldDisplay::money(
                           summary.weighted.value(mainCurrency), mainCurrency, true));
    const int others = int(summary.total.size()) - (summary.total.contains(mainCurrency) ? 1 : 0);
    if (others > 0) {
        const QString more = tr("+ %n other currency(ies)", nullptr, others);
        line = line.isEmpty() ? more : line + QLatin1Char('\n') + more;
    }
    return line;
}

QString BoardModel::moneyDetails(const StageSummary& summary)
{
    QStringList lines;
    for (auto it = summary.total.begin(); it != summary.total.end(); ++it)
        lines << tr("%1 · weighted %2")
                     .arg(FieldDisplay::money(it.value(), it.key(), true),
                         FieldDisplay::money(summary.weighted.value(it.key()), it.key(), true));
    return lines.join(QLatin1Char('\n'));
}

Qt::ItemFlags BoardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isStage(index))
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList BoardModel::mimeTypes() const
{
    return { mimeType() };
}

QMimeData* BoardModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    for (const QModelIndex& i : indexes) {
        if (const BoardDeal* d = deal(i))
            ids << d->id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(mimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

QStringList BoardModel::dealIds(const QMimeData* data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    return QString::fromUtf8(data->data(mimeType())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool BoardModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction, int, int, const QModelIndex& parent) const
{
    // Dropped between cards the parent is the stage; dropped on a card, the card.
    const QModelIndex stage = isStage(parent) ? parent : parent.parent();
    return isStage(stage) && !dealIds(data).isEmpty();
}

bool BoardModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QModelIndex stage = isStage(parent) ? parent : parent.parent();
    const QString stageId = m_stages.at(stage.row()).id;
    QStringList ids;
    for (const QString& id : dealIds(data)) {
        // A card dropped back on its own column is not a move.
        const QModelIndex current = dealIndex(id);
        if (!current.isValid() || current.parent().row() != stage.row())
            ids << id;
    }
    if (!ids.isEmpty()) {
        // Later: the view is still inside its drop handling.
        QTimer::singleShot(0, this, [this, ids, stageId] { emit moveRequested(ids, stageId); });
    }
    return true;
}

Qt::DropActions BoardModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions BoardModel::supportedDragActions() const
{
    // Copy: the source view never removes the rows itself; the reload after the move does.
    return Qt::CopyAction;
}

} // namespace tandem
