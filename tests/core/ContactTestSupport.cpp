#include "ContactTestSupport.h"

#include "services/ContactImport.h"

#include <catch2/catch.hpp>

namespace tandem::test {

ImportOptions importOptions(DuplicatePolicy policy, bool dryRun, bool skipInvalid)
{
    ImportOptions o;
    o.duplicates = policy;
    o.dryRun = dryRun;
    o.skipInvalid = skipInvalid;
    o.fileName = QStringLiteral("contacts.vcf");
    return o;
}

ImportReport runImport(TestDatabase& db, const CardReadResult& input, const ImportOptions& o)
{
    auto report = ContactImport::run(db.session(), input, o);
    if (!report)
        FAIL(report.error().toString().toStdString());
    return *report;
}

Record contactByEmail(RecordStore& rs, const char* email)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("email"), QVariant(str(email)));
    auto rows = rs.list(QStringLiteral("contact"), q);
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    return rows->first();
}

QStringList tagsOf(RecordStore& rs, const QString& contactId)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("entity"), QVariant(QStringLiteral("contact")))
            << qMakePair(QStringLiteral("record_id"), QVariant(contactId));
    QStringList out;
    const auto rows = rs.list(QStringLiteral("tagging"), q);
    REQUIRE(rows);
    for (const Record& t : *rows)
        out << rs.labelOf(QStringLiteral("tag"), t.text(QStringLiteral("tag_id")));
    return sorted(out);
}

QStringList pointsOf(RecordStore& rs, const QString& contactId)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("contact_id"), QVariant(contactId));
    QStringList out;
    const auto rows = rs.list(QStringLiteral("contact_point"), q);
    REQUIRE(rows);
    for (const Record& p : *rows) {
        QStringList parts { p.text(QStringLiteral("kind")), p.text(QStringLiteral("label")),
            p.value(QStringLiteral("is_primary")).toBool() ? QStringLiteral("primary")
                                                           : QString() };
        const bool isAddress = p.text(QStringLiteral("kind")) == QLatin1String("address");
        for (const char* f : { "street", "postcode", "city", "region", "country" })
            parts << p.text(QLatin1String(f));
        if (!isAddress) // an address point's value is only its parts, joined to show
            parts << p.text(QStringLiteral("value"));
        out << parts.join(QLatin1Char('|'));
    }
    return sorted(out);
}

} // namespace tandem::test
