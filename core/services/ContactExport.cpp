#include "services/ContactExport.h"

#include "domain/FieldFormat.h"
#include "store/Session.h"

#include <QHash>
#include <optional>

namespace tandem {

namespace {

// Above this many contacts, every contact point and tagging is read in one go.
constexpr qsizetype kBulkThreshold = 100;

QStringList typesOf(const Record& point)
{
    QStringList types;
    for (const QString& t : point.text(QStringLiteral("label")).split(QLatin1Char(','))) {
        if (!t.trimmed().isEmpty())
            types << t.trimmed().toLower();
    }
    return types;
}

CardAddress addressOf(const Record& r)
{
    CardAddress a;
    a.street = r.text(QStringLiteral("street"));
    a.city = r.text(QStringLiteral("city"));
    a.postcode = r.text(QStringLiteral("postcode"));
    a.region = r.text(QStringLiteral("region"));
    a.country = r.text(QStringLiteral("country"));
    return a;
}

class Exporter {
public:
    Exporter(Session& session, qsizetype count)
        : m_records(session.records())
        , m_bulk(count > kBulkThreshold)
    {
        if (!m_bulk)
            return;
        group(QStringLiteral("contact_point"), {}, QStringLiteral("contact_id"), m_points);
        group(QStringLiteral("tagging"),
            { qMakePair(QStringLiteral("entity"), QVariant(QStringLiteral("contact"))) },
            QStringLiteral("record_id"), m_taggings);
    }

    std::optional<ContactCard> card(const QString& id);

private:
    void group(const QString& entity, const QList<QPair<QString, QVariant>>& where,
        const QString& key, QHash<QString, QList<Record>>& out)
    {
        ListQuery query;
        query.where = where;
        query.orderBy = QStringLiteral("created_at");
        if (auto rows = m_records.list(entity, query)) {
            for (const Record& r : *rows)
                out[r.text(key)] << r;
        }
    }
    QList<Record> linked(const QString& entity, const QList<QPair<QString, QVariant>>& where,
        const QString& key, const QHash<QString, QList<Record>>& cache, const QString& id)
    {
        if (m_bulk)
            return cache.value(id);
        ListQuery query;
        query.where = where;
        query.where << qMakePair(key, QVariant(id));
        query.orderBy = QStringLiteral("created_at");
        auto rows = m_records.list(entity, query);
        return rows ? *rows : QList<Record>();
    }
    QString labelOf(const QString& entity, const QString& id, QHash<QString, QString>& cache)
    {
        if (id.isEmpty())
            return {};
        auto it = cache.find(id);
        if (it == cache.end())
            it = cache.insert(id, m_records.labelOf(entity, id));
        return *it;
    }

    RecordStore& m_records;
    bool m_bulk;
    QHash<QString, QList<Record>> m_points;
    QHash<QString, QList<Record>> m_taggings;
    QHash<QString, QString> m_companies;
    QHash<QString, QString> m_users;
    QHash<QString, QString> m_tags;
};

std::optional<ContactCard> Exporter::card(const QString& id)
{
    const auto contact = m_records.get(QStringLiteral("contact"), id);
    if (!contact)
        return std::nullopt;
    auto text = [&](const char* name) { return contact->text(QLatin1String(name)); };
    ContactCard card;
    card.uid = contact->id;
    card.firstName = text("first_name");
    card.lastName = text("last_name");
    card.formattedName = m_records.label(*contact);
    card.organisation = labelOf(QStringLiteral("company"), text("company_id"), m_companies);
    card.department = text("department");
    card.title = text("title");
    card.note = text("notes");
    card.language = text("language");
    card.birthday = QDate::fromString(text("birthday"), Qt::ISODate);
    if (!text("phone").isEmpty())
        card.phones << CardItem { text("phone"), { QStringLiteral("voice") }, false };
    if (!text("mobile").isEmpty())
        card.phones << CardItem { text("mobile"), { QStringLiteral("cell") }, false };
    if (!text("email").isEmpty())
        card.emails << CardItem { text("email"), {}, false };
    if (const CardAddress a = addressOf(*contact); !a.isEmpty())
        card.addresses << a;

    const QList<Record> points = linked(
        QStringLiteral("contact_point"), {}, QStringLiteral("contact_id"), m_points, contact->id);
    for (const Record& p : points) {
        const QString kind = p.text(QStringLiteral("kind"));
        const bool primary = p.value(QStringLiteral("is_primary")).toBool();
        const CardItem item { p.text(QStringLiteral("value")), typesOf(p), primary };
        if (kind == QLatin1String("phone")) {
            card.phones << item;
        } else if (kind == QLatin1String("email")) {
            card.emails << item;
        } else if (kind == QLatin1String("web")) {
            card.urls << item;
        } else if (kind == QLatin1String("address")) {
            CardAddress a = addressOf(p);
            a.types = item.types;
            a.preferred = primary;
            if (!a.isEmpty())
                card.addresses << a;
        }
    }
    const QList<Record> taggings = linked(QStringLiteral("tagging"),
        { qMakePair(QStringLiteral("entity"), QVariant(QStringLiteral("contact"))) },
        QStringLiteral("record_id"), m_taggings, contact->id);
    for (const Record& t : taggings) {
        const QString name
            = labelOf(QStringLiteral("tag"), t.text(QStringLiteral("tag_id")), m_tags);
        if (!name.isEmpty() && !card.categories.contains(name))
            card.categories << name;
    }
    if (const QString photoId = text("photo_id"); !photoId.isEmpty()) {
        if (const auto photo = m_records.get(QStringLiteral("attachment"), photoId)) {
            card.photo = photo->value(QStringLiteral("content")).toByteArray();
            card.photoMimeType = photo->text(QStringLiteral("mime_type"));
        }
    }

    const EntityDef& def = *EntitySchema::find(QStringLiteral("contact"));
    if (const QString owner = labelOf(QStringLiteral("user"), text("owner_id"), m_users);
        !owner.isEmpty())
        card.extra.insert(QStringLiteral("owner_id"), owner);
    for (const char* name : { "status", "consent_email", "consent_phone", "consent_post",
             "next_contact_date", "decision_maker" }) {
        const QVariant v = contact->value(QLatin1String(name));
        if (!v.isNull())
            card.extra.insert(QLatin1String(name),
                formatFieldText(*def.field(QLatin1String(name)), v, QString()));
    }
    return card;
}

} // namespace

namespace ContactExport {

QList<ContactCard> cards(Session& session, const QStringList& contactIds)
{
    Exporter exporter(session, contactIds.size());
    QList<ContactCard> out;
    out.reserve(contactIds.size());
    for (const QString& id : contactIds) {
        if (auto card = exporter.card(id))
            out << std::move(*card);
    }
    return out;
}

} // namespace ContactExport

} // namespace tandem
