#include "contacts/TimelineModel.h"

#include "common/ChoiceLabels.h"
#include "common/Icons.h"
#include "common/SearchHitDelegate.h"
#include "domain/EntitySchema.h"
#include "domain/FieldFormat.h"
#include "records/FieldDisplay.h"
#include "store/Session.h"

namespace tandem {

namespace {

QString iconName(const TimelineItem& item)
{
    switch (item.kind) {
    case TimelineItem::Kind::Activity:
        if (item.subKind == QLatin1String("call"))
            return QStringLiteral("phone");
        if (item.subKind == QLatin1String("meeting"))
            return QStringLiteral("calendar");
        if (item.subKind == QLatin1String("email"))
            return QStringLiteral("mail");
        if (item.subKind == QLatin1String("task"))
            return QStringLiteral("check");
        return QStringLiteral("note");
    case TimelineItem::Kind::Deal:
        return QStringLiteral("deals");
    case TimelineItem::Kind::Offer:
    case TimelineItem::Kind::Document:
    case TimelineItem::Kind::Case:
        return QStringLiteral("record");
    case TimelineItem::Kind::Change:
        return QStringLiteral("history");
    case TimelineItem::Kind::Created:
        return QStringLiteral("add");
    }
    return QStringLiteral("record");
}

} // namespace

TimelineModel::TimelineModel(Session& session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
}

void TimelineModel::load(const QString& entity, const QString& id)
{
    beginResetModel();
    m_entity = entity;
    m_id = id;
    m_items = id.isEmpty() ? QList<TimelineItem> {} : Timeline::of(m_session, entity, id);
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QString TimelineModel::title(const TimelineItem& item) const
{
    switch (item.kind) {
    case TimelineItem::Kind::Activity:
        return item.title.isEmpty()
            ? ChoiceLabels::text(item.subKind)
            : tr("%1: %2").arg(ChoiceLabels::text(item.subKind), item.title);
    case TimelineItem::Kind::Deal:
        //: A deal on a timeline: "Deal: Forklift fleet (won)"
        return item.subKind.isEmpty() || item.subKind == QLatin1String("open")
            ? tr("Deal: %1").arg(item.title)
            : tr("Deal: %1 (%2)").arg(item.title, ChoiceLabels::text(item.subKind).toLower());
    case TimelineItem::Kind::Document:
        return tr("Document: %1").arg(item.title);
    case TimelineItem::Kind::Case:
        //: A case's step on a timeline: "Case: Broken cooling unit (resolved)"
        return item.subKind.isEmpty()
            ? tr("Case: %1").arg(item.title)
            : tr("Case: %1 (%2)").arg(item.title, ChoiceLabels::text(item.subKind).toLower());
    case TimelineItem::Kind::Change:
        //: A field change on a timeline: "Job title changed"
        return tr("%1 changed").arg(item.title);
    case TimelineItem::Kind::Offer:
    case TimelineItem::Kind::Created:
        return item.title;
    }
    return item.title;
}

QString TimelineModel::detail(const TimelineItem& item) const
{
    if (item.kind == TimelineItem::Kind::Change) {
        const EntityDef* def = EntitySchema::find(item.entity);
        const FieldDef* field = def ? def->field(item.field) : nullptr;
        if (item.detail.isEmpty())
            return tr("cleared");
        if (!field)
            return item.detail;
        const QString currency = m_session.defaultCurrency();
        const auto parsed = parseFieldText(*field, item.detail, currency);
        if (!parsed)
            return item.detail;
        RecordStore& rs = m_session.records();
        return FieldDisplay::text(*field, *parsed, currency,
            [&rs](const QString& entity, const QString& id) { return rs.labelOf(entity, id); });
    }
    QStringList parts;
    if (!item.detail.isEmpty())
        parts << item.detail;
    if (item.amount)
        parts << FieldDisplay::money(*item.amount, item.currency);
    return parts.join(QStringLiteral(" · "));
}

QString TimelineModel::stamp(const TimelineItem& item) const
{
    const QString when = item.when.isValid()
        ? item.when.toLocalTime().toString(FieldDisplay::dateTimeFormat())
        : QString();
    if (item.userName.isEmpty())
        return when;
    //: On a timeline: "15/06/2026 14:30 · Ona Petraitienė"
    return tr("%1 · %2").arg(when, item.userName);
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const TimelineItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return title(item);
    case Qt::ToolTipRole:
        return QStringList { title(item), detail(item), stamp(item) }.join(QLatin1Char('\n'));
    case Qt::DecorationRole:
        return Icons::get(iconName(item));
    case SearchDetailRole:
        return detail(item);
    case SearchEntityNameRole:
        return stamp(item);
    case SearchEntityRole:
        return item.entity;
    case SearchIdRole:
        return item.recordId;
    default:
        return {};
    }
}

} // namespace tandem
