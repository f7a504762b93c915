#include "store/DormantQueries.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariantList>

namespace tandem {

namespace {

// The parts of the statement; only fixed text is joined, every value is bound (DormantQueries::
// dormant appends the binds in the order the parts are put together). The rule's open tasks are
// found through the activity_uid index (a range of markers), not company by company; `+t.kind`
// keeps the planner off the by-kind indexes (all tasks of every rule).
const char* const kWon = R"SQL(
WITH won AS (
    SELECT d.company_id AS company_id,
        max(coalesce(nullif(substr(d.won_at, 1, 10), ''), d.expected_close)) AS last_purchase
    FROM deal d
    WHERE d.status = 'won' AND d.deleted = 0 AND d.company_id IS NOT NULL
    GROUP BY d.company_id
),
)SQL";

// Binds: the cutoff.
const char* const kBaseNoPurchase = R"SQL(
base AS MATERIALIZED (
    SELECT c.id, c.name, c.owner_id, c.created_at, w.last_purchase
    FROM won w JOIN company c ON c.id = w.company_id
    WHERE c.deleted = 0 AND w.last_purchase <= ?
)SQL";

// A customer with a contact of its own after the cutoff (one step into activity_company_start)
// is surely not dormant: only the others need the search for their latest contact. An activity
// without a start is not seen here, so its company is simply looked at closely. %1: kIsContact.
// Binds: the day after the cutoff, then kIsContact's.
const char* const kBaseNoContact = R"SQL(
base AS MATERIALIZED (
    SELECT c.id, c.name, c.owner_id, c.created_at, w.last_purchase
    FROM company c LEFT JOIN won w ON w.company_id = c.id
    WHERE c.deleted = 0 AND (c.status = 'customer' OR w.last_purchase IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM activity a WHERE a.company_id = c.id AND a.starts_at >= ?
          AND %1)
)SQL";

// Binds: the rule's marker range.
const char* const kNotFollowedUp = R"SQL(
      AND c.id NOT IN (SELECT t.company_id FROM activity t WHERE t.uid >= ? AND t.uid < ?
          AND t.deleted = 0 AND +t.kind = 'task' AND coalesce(t.done, 0) = 0
          AND t.company_id IS NOT NULL)
)SQL";

// A contact: a call, meeting or e-mail that is done, or a meeting already started. Binds: now.
const char* const kIsContact = "a.deleted = 0 AND a.kind IN ('call', 'meeting', 'email') "
                               "AND (a.done = 1 OR (a.kind = 'meeting' AND a.starts_at <= ?))";

// A contact's time and, after char(31), its activity's rowid: `max` gives the latest contact and
// the row to read its subject from, out of the index alone (activity_*_start hold starts_at, kind
// and done; done_at and created_at are read only for an activity without a start). char(31) sorts
// before any character of a time, so the latest time wins whatever the rowids; on a tie, the
// rowid decides.
const char* const kTouch
    = "max(coalesce(a.starts_at, a.done_at, a.created_at) || char(31) || a.rowid)";

// The latest contact through the company's own activities, its people's and its deals'; each
// branch reads one index range per company, person or deal (activity_company_start,
// contact_company_id + activity_contact_start, deal_company_id + activity_deal_start). Only then
// is one activity row read per company, for its subject. %1: kTouch, %2: kIsContact. Binds:
// kIsContact's, 3 times.
const char* const kLatest = R"SQL(
touched AS MATERIALIZED (
    SELECT b.*, (SELECT max(x.touch) FROM (
            SELECT %1 AS touch FROM activity a
            WHERE a.company_id = b.id AND %2
            UNION ALL
            SELECT %1 FROM contact p JOIN activity a ON a.contact_id = p.id
            WHERE p.company_id = b.id AND p.deleted = 0 AND %2
            UNION ALL
            SELECT %1 FROM deal d JOIN activity a ON a.deal_id = d.id
            WHERE d.company_id = b.id AND d.deleted = 0 AND %2) x) AS touch
    FROM base b
),
latest AS (
    SELECT t.*, substr(t.touch, 1, instr(t.touch, char(31)) - 1) AS last_contact,
        CAST(substr(t.touch, instr(t.touch, char(31)) + 1) AS INTEGER) AS touch_row
    FROM touched t
)
SELECT l.id, l.name, l.owner_id, u.name, l.created_at, l.last_purchase, l.last_contact,
    (SELECT s.subject FROM activity s WHERE s.rowid = l.touch_row), (
        SELECT p.id || char(31)
            || trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, ''))
        FROM contact p WHERE p.company_id = l.id AND p.deleted = 0
        ORDER BY coalesce(p.decision_maker, 0) DESC, coalesce(p.status, 'active') = 'active' DESC,
            p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id
        LIMIT 1)
FROM latest l LEFT JOIN "user" u ON u.id = l.owner_id
)SQL";

const char* const kOrderNoPurchase = R"SQL(
ORDER BY l.last_purchase, l.name COLLATE NOCASE, l.id
)SQL";

// Binds: the cutoff.
const char* const kFilterNoContact = R"SQL(
WHERE substr(coalesce(l.last_contact, l.created_at, ''), 1, 10) <= ?
ORDER BY coalesce(l.last_contact, l.created_at), l.name COLLATE NOCASE, l.id
)SQL";

const QChar kUnitSeparator(0x1f);

// " AND …" for the base's company `c`, its binds appended.
QString filterSql(const DormantFilter& filter, QVariantList& binds)
{
    QString sql;
    if (!filter.ownerId.isEmpty()) {
        sql += QStringLiteral(" AND c.owner_id = ?");
        binds << filter.ownerId;
    }
    if (!filter.teamId.isEmpty()) {
        sql += QStringLiteral(" AND c.owner_id IN (SELECT id FROM \"user\" WHERE team_id = ?)");
        binds << filter.teamId;
    }
    if (!filter.territoryId.isEmpty()) {
        sql += QStringLiteral(" AND c.territory_id = ?");
        binds << filter.territoryId;
    }
    return sql;
}

QString markerPrefix(const QString& ruleId)
{
    return QStringLiteral("dormant:") + ruleId + QLatin1Char(':');
}

} // namespace

QString DormantQueries::taskMarker(const QString& ruleId, const QString& companyId, qint64 nowMs)
{
    return markerPrefix(ruleId) + companyId + QLatin1Char(':') + QString::number(nowMs);
}

Result<QList<DormantCompanyRow>> DormantQueries::dormant(Database& db, Kind kind,
    const QString& ruleId, const QDate& cutoff, const QString& nowUtc, const DormantFilter& filter)
{
    const bool noPurchase = kind == Kind::NoPurchase;
    const QString isContact = QString::fromLatin1(kIsContact);
    const QString day = cutoff.toString(Qt::ISODate);
    const QString prefix = markerPrefix(ruleId);
    // [prefix, prefix with its last ':' raised to ';'): every marker of this rule.
    QString upper = prefix;
    upper.back() = QLatin1Char(';');

    // Each part's binds are appended as the part is, so the two stay in step.
    QString sql = QString::fromLatin1(kWon);
    QVariantList binds;
    if (noPurchase) {
        sql += QString::fromLatin1(kBaseNoPurchase);
        binds << day;
    } else { // contacted on the day after the cutoff or later
        sql += QString::fromLatin1(kBaseNoContact).arg(isContact);
        binds << cutoff.addDays(1).toString(Qt::ISODate) << nowUtc;
    }
    sql += QString::fromLatin1(kNotFollowedUp);
    binds << prefix << upper;
    sql += filterSql(filter, binds) + QStringLiteral("\n),\n");
    sql += QString::fromLatin1(kLatest).arg(QString::fromLatin1(kTouch), isContact);
    binds << nowUtc << nowUtc << nowUtc; // once per branch of the latest contact
    if (noPurchase) {
        sql += QString::fromLatin1(kOrderNoPurchase);
    } else {
        sql += QString::fromLatin1(kFilterNoContact);
        binds << day;
    }

    QSqlQuery& q = db.statement(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
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
        r.lastContact = q.value(6).toString();
        if (!r.lastContact.isEmpty())
            r.lastContactSubject = q.value(7).toString();
        const QString contact = q.value(8).toString();
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

} // namespace tandem
