#include "services/Timeline.h"

#include "domain/EntitySchema.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace tandem {

namespace {

QDateTime parseWhen(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(12, 0), Qt::UTC);
    return t;
}

QDateTime firstWhen(const Record& r, std::initializer_list<const char*> fields)
{
    for (const char* f : fields) {
        const QDateTime t = parseWhen(r.text(QString::fromLatin1(f)));
        if (t.isValid())
            return t;
    }
    return {};
}

QString firstLine(const QString& text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > 140 ? line.left(139) + QChar(0x2026) : line;
}

class Builder {
public:
    Builder(Session& session)
        : m_rs(session.records())
    {
    }

    QList<Record> linked(const QString& entity, const QString& field, const QString& id)
    {
        ListQuery q;
        q.where << qMakePair(field, QVariant(id));
        auto found = m_rs.list(entity, q);
        return found ? *found : QList<Record> {};
    }

    QString userName(const QString& id)
    {
        if (id.isEmpty())
            return {};
        auto it = m_users.find(id);
        if (it == m_users.end())
            it = m_users.insert(id, m_rs.labelOf(QStringLiteral("user"), id));
        return *it;
    }

    void activities(const QString& field, const QString& id)
    {
        for (const Record& a : linked(QStringLiteral("activity"), field, id)) {
            TimelineItem item;
            item.kind = TimelineItem::Kind::Activity;
            item.when = firstWhen(a, { "starts_at", "due_at", "done_at", "created_at" });
            item.entity = QStringLiteral("activity");
            item.recordId = a.id;
            item.subKind = a.text(QStringLiteral("kind"));
            item.title = a.text(QStringLiteral("subject"));
            QStringList detail;
            if (!a.text(QStringLiteral("outcome")).isEmpty())
                detail << a.text(QStringLiteral("outcome"));
            if (!a.text(QStringLiteral("notes")).isEmpty())
                detail << firstLine(a.text(QStringLiteral("notes")));
            item.detail = detail.join(QStringLiteral(" · "));
            item.userName = userName(a.text(QStringLiteral("owner_id")));
            m_items << item;
        }
    }

    void deals(const QString& field, const QString& id)
    {
        for (const Record& d : linked(QStringLiteral("deal"), field, id)) {
            TimelineItem item;
            item.kind = TimelineItem::Kind::Deal;
            item.when = firstWhen(d, { "won_at", "lost_at", "created_at" });
            item.entity = QStringLiteral("deal");
            item.recordId = d.id;
            item.subKind = d.text(QStringLiteral("status"));
            item.title = d.text(QStringLiteral("title"));
            QStringList detail;
            const QString stage
                = m_rs.labelOf(QStringLiteral("stage"), d.text(QStringLiteral("stage_id")));
            if (!stage.isEmpty())
                detail << stage;
            if (!d.value(QStringLiteral("amount")).isNull()) {
                item.amount = d.value(QStringLiteral("amount")).toLongLong();
                item.currency = m_rs.currencyOf(d);
            }
            if (!d.text(QStringLiteral("lost_reason")).isEmpty())
                detail << d.text(QStringLiteral("lost_reason"));
            item.detail = detail.join(QStringLiteral(" · "));
            item.userName = userName(d.text(QStringLiteral("owner_id")));
            m_items << item;
            offers(d);
        }
    }

    void offers(const Record& deal)
    {
        for (const Record& q :
            linked(QStringLiteral("quote"), QStringLiteral("deal_id"), deal.id)) {
            TimelineItem item;
            item.kind = TimelineItem::Kind::Offer;
            item.when = firstWhen(q, { "sent_at", "created_at" });
            item.entity = QStringLiteral("quote");
            item.recordId = q.id;
            item.subKind = q.text(QStringLiteral("status"));
            item.title = QCoreApplication::translate("Timeline", "Offer %1")
                             .arg(q.text(QStringLiteral("number")));
            item.detail = deal.text(QStringLiteral("title"));
            item.userName = userName(q.text(QStringLiteral("created_by")));
            m_items << item;
        }
    }

    void documents(const QString& entity, const QString& id)
    {
        ListQuery q;
        q.where << qMakePair(QStringLiteral("entity"), QVariant(entity))
                << qMakePair(QStringLiteral("record_id"), QVariant(id));
        auto found = m_rs.list(QStringLiteral("attachment"), q);
        for (const Record& a : found ? *found : QList<Record> {}) {
            TimelineItem item;
            item.kind = TimelineItem::Kind::Document;
            item.when = firstWhen(a, { "sent_at", "created_at" });
            item.entity = QStringLiteral("attachment");
            item.recordId = a.id;
            item.subKind = a.text(QStringLiteral("kind"));
            item.title = a.text(QStringLiteral("name"));
            item.userName = userName(a.text(QStringLiteral("created_by")));
            m_items << item;
        }
    }

    void cases(const QString& field, const QString& id)
    {
        for (const Record& c : linked(QStringLiteral("case"), field, id)) {
            TimelineItem item;
            item.kind = TimelineItem::Kind::Case;
            item.when = firstWhen(c, { "created_at" });
            item.entity = QStringLiteral("case");
            item.recordId = c.id;
            item.subKind = c.text(QStringLiteral("status"));
            item.title = c.text(QStringLiteral("subject"));
            item.detail = firstLine(c.text(QStringLiteral("description")));
            item.userName = userName(c.text(QStringLiteral("owner_id")));
            // Opened with its first status; every later step (started, waiting, resolved,
            // reopened) is its own line at its own time, by whoever took it.
            QString opened = QStringLiteral("new");
            QList<TimelineItem> steps;
            for (const HistoryEntry& h : m_rs.history(QStringLiteral("case"), c.id)) {
                if (h.field != QLatin1String("status"))
                    continue;
                if (h.op == ChangeOp::Create) {
                    opened = h.value.isEmpty() ? opened : h.value;
                    continue;
                }
                TimelineItem step = item;
                step.when = h.when;
                step.subKind = h.value;
                step.userName = h.userName;
                step.detail = h.value == QLatin1String("resolved")
                    ? firstLine(c.text(QStringLiteral("resolution")))
                    : QString();
                steps << step;
            }
            item.subKind = opened;
            m_items << item << steps;
        }
    }

    void changes(const QString& entity, const QString& id, int maxChanges)
    {
        const EntityDef* def = EntitySchema::find(entity);
        QList<HistoryEntry> history = m_rs.history(entity, id);
        // The newest changes matter most; the creation is always shown.
        int shown = 0;
        bool created = false;
        for (qsizetype i = history.size() - 1; i >= 0; --i) {
            const HistoryEntry& h = history.at(i);
            TimelineItem item;
            item.when = h.when;
            item.entity = entity;
            item.recordId = id;
            item.userName = h.userName;
            if (h.op == ChangeOp::Create) {
                // The change log holds a creation as one entry per field set: one line for it.
                if (created)
                    continue;
                created = true;
                item.kind = TimelineItem::Kind::Created;
                item.title = QCoreApplication::translate("Timeline", "Added to Tandem");
            } else if (h.op == ChangeOp::Set) {
                if (shown >= maxChanges)
                    continue;
                const FieldDef* f = def->field(h.field);
                if (!f || f->internal())
                    continue;
                ++shown;
                item.kind = TimelineItem::Kind::Change;
                item.title = f->translatedLabel();
                item.field = h.field;
                item.detail = h.value;
            } else {
                continue;
            }
            m_items << item;
        }
    }

    QList<TimelineItem> take()
    {
        std::stable_sort(m_items.begin(), m_items.end(),
            [](const TimelineItem& a, const TimelineItem& b) { return a.when > b.when; });
        return std::move(m_items);
    }

private:
    RecordStore& m_rs;
    QHash<QString, QString> m_users;
    QList<TimelineItem> m_items;
};

} // namespace

QList<TimelineItem> Timeline::of(
    Session& session, const QString& entity, const QString& id, int maxChanges)
{
    Builder b(session);
    const QString link = entity == QLatin1String("company") ? QStringLiteral("company_id")
                                                            : QStringLiteral("contact_id");
    b.activities(link, id);
    b.deals(link, id);
    b.documents(entity, id);
    b.cases(link, id);
    b.changes(entity, id, maxChanges);
    return b.take();
}

} // namespace tandem
