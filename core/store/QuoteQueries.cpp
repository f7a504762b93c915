#include "store/QuoteQueries.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace tandem {

namespace {

const char* const kHighestNumber = R"SQL(
SELECT number FROM quote WHERE number LIKE ? ESCAPE '\'
)SQL";

const char* const kHighestVersion = R"SQL(
SELECT coalesce(max(version), 0) FROM quote WHERE number = ?
)SQL";

const char* const kListPrice = R"SQL(
SELECT i.price
FROM price_list_item i
JOIN price_list l ON l.id = i.price_list_id AND l.deleted = 0
WHERE i.deleted = 0 AND i.product_id = ? AND i.price IS NOT NULL
    AND upper(coalesce(nullif(l.currency, ''), i.currency)) = ?
    AND (coalesce(l.valid_from, '') = '' OR l.valid_from <= ?)
    AND (coalesce(l.valid_to, '') = '' OR l.valid_to >= ?)
ORDER BY coalesce(l.valid_from, '') DESC, l.id DESC
LIMIT 1
)SQL";

const char* const kLargestOpenDiscount = R"SQL(
SELECT max(d) FROM (
    SELECT q.discount AS d FROM quote q
    WHERE q.deal_id = ? AND q.deleted = 0 AND q.status IN ('draft', 'sent')
    UNION ALL
    SELECT l.discount FROM quote_line l
    JOIN quote q ON q.id = l.quote_id AND q.deleted = 0 AND q.status IN ('draft', 'sent')
    WHERE q.deal_id = ? AND l.deleted = 0
)
)SQL";

const char* const kLastPosition = R"SQL(
SELECT coalesce(max(position), 0) FROM quote_line WHERE quote_id = ? AND deleted = 0
)SQL";

QString likePattern(const QString& prefix)
{
    QString p = prefix;
    p.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    p.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    p.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return p + QLatin1Char('%');
}

Result<int> singleInt(QSqlQuery& q)
{
    if (!q.exec())
        return sqlError(q);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

Result<int> QuoteQueries::highestNumber(Database& db, const QString& prefix)
{
    QSqlQuery& q = db.statement(QString::fromUtf8(kHighestNumber));
    q.bindValue(0, likePattern(prefix));
    if (!q.exec())
        return sqlError(q);
    int highest = 0;
    while (q.next()) {
        bool ok = false;
        const int n = q.value(0).toString().mid(prefix.size()).toInt(&ok);
        if (ok)
            highest = std::max(highest, n);
    }
    return highest;
}

Result<int> QuoteQueries::highestVersion(Database& db, const QString& number)
{
    QSqlQuery& q = db.statement(QString::fromUtf8(kHighestVersion));
    q.bindValue(0, number);
    return singleInt(q);
}

Result<std::optional<qint64>> QuoteQueries::listPrice(
    Database& db, const QString& productId, const QString& currency, const QDate& day)
{
    QSqlQuery& q = db.statement(QString::fromUtf8(kListPrice));
    const QString date = day.toString(Qt::ISODate);
    q.bindValue(0, productId);
    q.bindValue(1, currency.toUpper());
    q.bindValue(2, date);
    q.bindValue(3, date);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<std::optional<qint64>> QuoteQueries::largestOpenDiscount(Database& db, const QString& dealId)
{
    QSqlQuery& q = db.statement(QString::fromUtf8(kLargestOpenDiscount));
    q.bindValue(0, dealId);
    q.bindValue(1, dealId);
    if (!q.exec())
        return sqlError(q);
    std::optional<qint64> largest;
    if (q.next() && !q.value(0).isNull())
        largest = q.value(0).toLongLong();
    q.finish();
    return largest;
}

Result<int> QuoteQueries::lastPosition(Database& db, const QString& quoteId)
{
    QSqlQuery& q = db.statement(QString::fromUtf8(kLastPosition));
    q.bindValue(0, quoteId);
    return singleInt(q);
}

} // namespace tandem
