// What the quote services share about reading a quote: the record (or a refusal naming the id),
// a stored integer field, and an amount as the CLI and JSON write it.
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

namespace tandem {

class Session;

namespace QuoteRecords {
Result<Record> quote(Session& session, const QString& id);
qint64 number(const Record& record, const QString& field);
// "1250.50" in the currency's minor digits.
QString decimal(qint64 value, const QString& currency);
} // namespace QuoteRecords

} // namespace tandem
