// How report code reads the database: one statement at a time, every value bound, and the common
// filters (owner, team, territory, pipeline, currency) written once. The benchmark records the
// statements a report ran to time the same SQL through raw SQLite.
#pragma once

#include "reports/ReportParams.h"
#include "util/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariantList>

namespace tandem {

class Database;

namespace ReportSql {

using Rows = QList<QVariantList>;

// Runs `sql` with `binds` (positional ?) and returns every row.
Result<Rows> rows(Database& db, const QString& sql, const QVariantList& binds = {});

// Filter fragments: each returns "" or " AND (…)" and appends its binds in order.
// Owner and team: `ownerColumn` (e.g. "d.owner_id") is the user, or a member of the team.
QString ownerFilter(const ReportParams& p, const QString& ownerColumn, QVariantList& binds);
// Territory: the company in `companyColumn` belongs to it, or (when given) the record's own
// territory column names it (leads carry one before they have a company).
QString territoryFilter(const ReportParams& p, const QString& companyColumn,
    const QString& territoryColumn, QVariantList& binds);
QString pipelineFilter(const ReportParams& p, const QString& pipelineColumn, QVariantList& binds);
// All of the above that apply: a deal-like alias with owner_id, company_id, pipeline_id.
QString dealFilters(const ReportParams& p, const QString& alias, QVariantList& binds);

// A value read from SQL as a whole number or a double; null stays null (nothing to show).
QVariant integer(const QVariant& v);
QVariant real(const QVariant& v);
// "PLN,UAH,PLN" (group_concat of currency codes) as "PLN, UAH": for notes on records left out.
QString currencyList(const QString& joined);

// What the won deals sold, line by line, as CTEs ending in a comma, for the revenue by product
// and the ABC analysis of products alike. Reads a CTE `won_deals` (deal_id, deal_currency and any
// other columns, which are carried along) and adds:
//  - `chosen`: each of them with the quote that counts (quote_id): the accepted one, else the
//    latest version;
//  - `quote_lines`: that quote's lines: line_id, product_id, currency (the quote's; the store fills
//    every line's with the default, so the line's own is a fallback), quantity (thousandths) and
//    revenue: quantity × unit price less the line's discount and then the quote's (hundredths of
//    a percent), each step rounded half away from zero to the minor unit, without VAT.
extern const char* const kQuoteLines;

// While recording, every statement run and its binds are kept (for the benchmark).
void startRecording();
QList<QPair<QString, QVariantList>> stopRecording();

} // namespace ReportSql

} // namespace tandem
