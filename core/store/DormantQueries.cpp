#include "store/DormantQueries.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace tandem {

namespace {

// The parts of the statement; only fixed text is joined, every value is bound.
// Binds in order: [NoContact: the day after the cutoff, now], the rule's marker range (2),
// [NoPurchase: cutoff], now (3 times), [NoContact: cutoff].
const char* const kWon = R"SQL(
WITH won AS (
    SELECT d.company_id AS company_id,
        max(coalesce(nullif(substr(d.won_at, 1, 10), ''), d.expected_close)) AS last_purchase
    FROM deal d
    WHERE d.status = 'won' AND d.deleted = 0 AND d.company_id IS NOT NULL
    GROUP BY d.company_id
),
)SQL";

const char* const kBaseNoPurchase = R"SQL(
base AS MATERIALIZED (
    SELECT c.id, c.name, c.owner_id, c.created_at, w.last_purchase
    FROM won w JOIN company c ON c.id = w.company_id
    WHERE c.deleted = 0
      AND NOT EXISTS (SELECT 1 FROM activity t WHERE t.company_id = c.id AND t.deleted = 0
          AND t.kind = 'task' AND coalesce(t.done, 0) = 0 AND t.uid >= ? AND t.uid < ?)
      AND w.last_purchase <= ?
),
)SQL";

// Companies surely contacted after the cutoff, from one range of the activity_list_order index:
// only the others need the (costlier) search for their latest contact. An activity without a
// start is not here, so its company is simply looked at closely.
const char* const kBaseNoContact = R"SQL(
recent AS MATERIALIZED (
    SELECT DISTINCT coalesce(a.company_id,
        (SELECT p.company_id FROM contact p WHERE p.id = a.contact_id AND p.deleted = 0),
        (SELECT d.company_id FROM deal d WHERE d.id = a.deal_id AND d.deleted = 0)) AS company_id
    FROM activity a
    WHERE a.deleted = 0 AND a.starts_at >= ? AND a.kind IN ('call', 'meeting', 'email')
      AND (a.done = 1 OR (a.kind = 'meeting' AND a.starts_at <= ?))
),
base AS MATERIALIZED (
    SELECT c.id, c.name, c.owner_id, c.created_at, w.last_purchase
    FROM company c LEFT JOIN won w ON w.company_id = c.id
    WHERE c.deleted = 0 AND (c.status = 'customer' OR w.last_purchase IS NOT NULL)
      AND c.id NOT IN (SELECT company_id FROM recent WHERE company_id IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM activity t WHERE t.company_id = c.id AND t.deleted = 0
          AND t.kind = 'task' AND coalesce(t.done, 0) = 0 AND t.uid >= ? AND t.uid < ?)
),
)SQL";

// The latest contact through the company's own activities, its people's and its deals'; each
// branch is an index lookup (activity_company_id, contact_company_id + activity_contact_id,
// deal_company_id + activity_deal_id).
const char* const kTouched = R"SQL(
touched AS MATERIALIZED (
    SELECT b.*, (
        SELECT x.at || char(31) || coalesce(x.subject, '') FROM (
            SELECT coalesce(a.starts_at, a.done_at, a.created_at) AS at, a.subject
            FROM activity a WHERE a.company_id = b.id AND a.deleted = 0
              AND a.kind IN ('call', 'meeting', 'email')
              AND (a.done = 1 OR (a.kind = 'meeting' AND a.starts_at <= ?))
            UNION ALL
            SELECT coalesce(a.starts_at, a.done_at, a.created_at), a.subject
            FROM contact p JOIN activity a ON a.contact_id = p.id
            WHERE p.company_id = b.id AND p.deleted = 0 AND a.deleted = 0
              AND a.kind IN ('call', 'meeting', 'email')
              AND (a.done = 1 OR (a.kind = 'meeting' AND a.starts_at <= ?))
            UNION ALL
            SELECT coalesce(a.starts_at, a.done_at, a.created_at), a.subject
            FROM deal d JOIN activity a ON a.deal_id = d.id
            WHERE d.company_id = b.id AND d.deleted = 0 AND a.deleted = 0
              AND a.kind IN ('call', 'meeting', 'email')
              AND (a.done = 1 OR (a.kind = 'meeting' AND a.starts_at <= ?))
        ) x ORDER BY x.at DESC LIMIT 1) AS touch
    FROM base b
)
SELECT t.id, t.name, t.owner_id, u.name, t.created_at, t.last_purchase, t.touch, (
        SELECT p.id || char(31)
            || trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, ''))
        FROM contact p WHERE p.company_id = t.id AND p.deleted = 0
        ORDER BY coalesce(p.decision_maker, 0) DESC, coalesce(p.status, 'active') = 'active' DESC,
            p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id
        LIMIT 1)
FROM touched t LEFT JOIN "user" u ON u.id = t.owner_id
)SQL";

const char* const kOrderNoPurchase = R"SQL(
ORDER BY t.last_purchase, t.name COLLATE NOCASE, t.id
)SQL";

const char* const kFilterNoContact = R"SQL(
WHERE substr(coalesce(substr(t.touch, 1, instr(t.touch, char(31)) - 1), t.created_at, ''), 1, 10) <= ?
ORDER BY coalesce(substr(t.touch, 1, instr(t.touch, char(31)) - 1), t.created_at), t.name COLLATE NOCASE, t.id
)SQL";

const QChar kUnitSeparator(0x1f);

QString markerPrefix(const QString& ruleId)
{
    return QStringLiteral("dormant:") + ruleId + QLatin1Char(':');
}

} // namespace

QString DormantQueries::taskMarker(const QString& ruleId, const QString& companyId, qint64 nowMs)
{
    return markerPrefix(ruleId) + companyId + QLatin1Char(':') + QString::number(nowMs);
}

Result<QList<DormantCompanyRow>> DormantQueries::dormant(
    Database& db, Kind kind, const QString& ruleId, const QDate& cutoff, const QString& nowUtc)
{
    const bool noPurchase = kind == Kind::NoPurchase;
    const QString sql = QString::fromLatin1(kWon)
        + QString::fromLatin1(noPurchase ? kBaseNoPurchase : kBaseNoContact)
        + QString::fromLatin1(kTouched)
        + QString::fromLatin1(noPurchase ? kOrderNoPurchase : kFilterNoContact);
    QSqlQuery& q = db.statement(sql);
    const QString prefix = markerPrefix(ruleId);
    // [prefix, prefix with its last ':' raised to ';'): every marker of this rule.
    QString upper = prefix;
    upper.back() = QLatin1Char(';');
    const QString day = cutoff.toString(Qt::ISODate);
    int i = 0;
    if (!noPurchase) { // contacted on the day after the cutoff or later
        q.bindValue(i++, cutoff.addDays(1).toString(Qt::ISODate));
        q.bindValue(i++, nowUtc);
    }
    q.bindValue(i++, prefix);
    q.bindValue(i++, upper);
    if (noPurchase)
        q.bindValue(i++, day);
    for (int n = 0; n < 3; ++n) // once per branch of the latest contact
        q.bindValue(i++, nowUtc);
    if (!noPurchase)
        q.bindValue(i++, day);
    if (!q.exec())
        return sqlError(q);
    QList<DormantCompanyRow> out;
    while (q.next()) {
        DormantCompanyRow r;
        r.companyId = q.value(0).toString();
        r.companyName = q.value(1).toString();
        r.ownerId = q.value(2).toString();
        r.ownerName = q.value(3).toString();
        r.createdAt = q.value(4).toString();
        r.lastPurchase = q.value(5).toString();
        const QString touch = q.value(6).toString();
        if (!touch.isEmpty()) {
            const qsizetype cut = touch.indexOf(kUnitSeparator);
            r.lastContact = touch.left(cut);
            r.lastContactSubject = cut < 0 ? QString() : touch.mid(cut + 1);
        }
        const QString contact = q.value(7).toString();
        if (!contact.isEmpty()) {
            const qsizetype cut = contact.indexOf(kUnitSeparator);
            r.contactId = contact.left(cut);
            r.contactName = cut < 0 ? QString() : contact.mid(cut + 1);
        }
        out << r;
    }
    q.finish();
    return out;
}

Result<int> DormantQueries::ruleCountEver(Database& db)
{
    QSqlQuery& q = db.statement(QStringLiteral("SELECT count(*) FROM dormant_rule"));
    if (!q.exec() || !q.next())
        return sqlError(q);
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

} // namespace tandem
