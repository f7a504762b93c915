// A company's documents in one list: its deals' offers and contracts, the letters to its people and
// its own files, newest first, each with what it was made for; never another company's, a removed
// one or a photo.
#include "TestDatabase.h"
#include "documents/GeneratedDocuments.h"
#include "services/DealFlow.h"
#include "store/DocumentQueries.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

struct Paperwork {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();

    QString deal(const QString& title, const QString& company)
    {
        auto id = DealFlow::create(db->session(),
            { { "title", title }, { "company_id", company }, { "currency", "EUR" } });
        REQUIRE(id);
        return *id;
    }

    // Made on `day` (the clock is set there first).
    QString document(const QString& day, const QString& name, DocumentKind kind,
        const QString& entity, const QString& recordId)
    {
        db->clock().set(QDateTime(QDate::fromString(day, Qt::ISODate), QTime(10, 0), Qt::UTC));
        auto id = GeneratedDocuments::store(db->session(),
            { name, kind, entity, recordId, {}, QByteArray("%PDF-1.4 ") + name.toUtf8() });
        REQUIRE(id);
        return *id;
    }

    QString file(const QString& day, const QString& name, const QString& kind,
        const QString& entity, const QString& recordId)
    {
        db->clock().set(QDateTime(QDate::fromString(day, Qt::ISODate), QTime(10, 0), Qt::UTC));
        return create(db->records(), "attachment",
            { { "name", name }, { "kind", kind }, { "entity", entity }, { "record_id", recordId },
                { "content", QByteArray("bytes of ") + name.toUtf8() } });
    }

    QList<CompanyDocument> of(const QString& company)
    {
        auto docs = DocumentQueries::ofCompany(db->session().database(), company);
        REQUIRE(docs);
        return *docs;
    }
};

QStringList names(const QList<CompanyDocument>& docs)
{
    QStringList out;
    for (const CompanyDocument& d : docs)
        out << d.name;
    return out;
}

} // namespace

TEST_CASE("a company's documents: its deals', its people's and its own, newest first",
    "[documents][company-documents]")
{
    Paperwork p;
    RecordStore& rs = p.db->records();
    const QString timber = create(rs, "company", { { "name", "Baltic Timber" } });
    const QString pallets = create(rs, "company", { { "name", "Nordic Pallets" } });
    const QString ieva = create(rs, "contact",
        { { "first_name", "Ieva" }, { "last_name", "Kalniņa" }, { "company_id", timber } });
    const QString sawmill = p.deal("Sawmill line 2026", timber);
    const QString kilns = p.deal("Drying kilns", timber);
    const QString crates = p.deal("Export crates", pallets);

    // Made out of order, so the order seen comes from the dates.
    const QString offer = p.document(
        "2026-03-02", "Offer Q-2026-0004 v1.pdf", DocumentKind::Offer, "deal", sawmill);
    p.document("2026-05-20", "Contract Q-2026-0004 v2.pdf", DocumentKind::Contract, "deal", kilns);
    p.document("2026-04-11", "Letter to Ieva Kalniņa.pdf", DocumentKind::Letter, "contact", ieva);
    p.file("2026-01-15", "Price list 2026.pdf", "material", "company", timber);
    p.document("2026-04-01", "Offer Q-2026-0005 v1.pdf", DocumentKind::Offer, "deal", crates);
    const QString withdrawn = p.document(
        "2026-05-30", "Offer Q-2026-0004 v3.pdf", DocumentKind::Offer, "deal", sawmill);
    REQUIRE(rs.remove("attachment", withdrawn));
    p.file("2026-06-01", "ieva.jpg", "photo", "contact", ieva);
    REQUIRE(GeneratedDocuments::markSent(p.db->session(), offer, "ieva@baltictimber.lv"));

    const QList<CompanyDocument> docs = p.of(timber);
    CHECK(names(docs)
        == QStringList { "Contract Q-2026-0004 v2.pdf", "Letter to Ieva Kalniņa.pdf",
            "Offer Q-2026-0004 v1.pdf", "Price list 2026.pdf" });
    REQUIRE(docs.size() == 4);
    CHECK(docs[0].forLabel == "Drying kilns");
    CHECK(docs[0].entity == "deal");
    CHECK(docs[0].recordId == kilns);
    CHECK(docs[0].kind == "offer"); // quotes' documents are kept as offers
    CHECK(docs[0].createdByName == "Tester");
    CHECK(docs[0].createdAt.startsWith("2026-05-20T10:00:00"));
    CHECK(docs[0].sentTo.isEmpty());
    CHECK(docs[0].sentAt.isEmpty());
    CHECK(docs[1].forLabel == "Ieva Kalniņa");
    CHECK(docs[1].entity == "contact");
    CHECK(docs[1].kind == "document");
    CHECK(docs[2].id == offer);
    CHECK(docs[2].forLabel == "Sawmill line 2026");
    CHECK(docs[2].sentTo == "ieva@baltictimber.lv");
    CHECK_FALSE(docs[2].sentAt.isEmpty());
    CHECK(docs[3].forLabel == "Baltic Timber");
    CHECK(docs[3].entity == "company");

    CHECK(names(p.of(pallets)) == QStringList { "Offer Q-2026-0005 v1.pdf" });

    SECTION("a removed deal takes its documents off the list")
    {
        REQUIRE(rs.remove("deal", kilns));
        CHECK_FALSE(names(p.of(timber)).contains("Contract Q-2026-0004 v2.pdf"));
    }
    SECTION("a person who moves to another company takes the letters along")
    {
        REQUIRE(rs.update("contact", ieva, { { "company_id", pallets } }));
        CHECK_FALSE(names(p.of(timber)).contains("Letter to Ieva Kalniņa.pdf"));
        CHECK(names(p.of(pallets))
            == QStringList { "Letter to Ieva Kalniņa.pdf", "Offer Q-2026-0005 v1.pdf" });
    }
}

TEST_CASE("a company with no documents lists none", "[documents][company-documents]")
{
    Paperwork p;
    const QString quiet = create(p.db->records(), "company", { { "name", "Quiet Oak" } });
    p.deal("First contact", quiet);
    CHECK(p.of(quiet).isEmpty());
    CHECK(p.of("no-such-company").isEmpty());
}
