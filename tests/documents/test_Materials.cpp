// The sales materials library: files kept once for the team, tagged and found by words, attached
// to a deal or an offer as a copy that keeps what the customer was given.
#include "TestDatabase.h"
#include "documents/Materials.h"
#include "services/DealFlow.h"
#include "services/Quotes.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

struct Library {
    std::unique_ptr<TestDatabase> db = TestDatabase::initialised();
    Session& s = db->session();

    QString add(const QString& name, const QByteArray& bytes, const QString& tags)
    {
        auto id = Materials::add(s, name, bytes, Materials::parseTags(tags));
        if (!id)
            FAIL(id.error().toString().toStdString());
        return *id;
    }

    QStringList names(const QString& search)
    {
        QStringList out;
        for (const Material& m : Materials::library(s, search))
            out << m.name;
        return out;
    }

    QString newDeal(const QString& title)
    {
        const QString company = create(db->records(), "company", { { "name", title + " UAB" } });
        auto id = DealFlow::create(s, { { "title", title }, { "company_id", company } });
        REQUIRE(id);
        return *id;
    }
};

} // namespace

TEST_CASE("tags are written the same way however they are typed", "[materials]")
{
    CHECK(Materials::parseTags("Brochure, price  list;  EN,brochure")
        == QStringList { "brochure", "en", "price list" });
    CHECK(Materials::parseTags(" ,; ").isEmpty());
    CHECK(Materials::joinTags({ "Price list", "brochure", "EN" }) == "brochure, en, price list");
}

TEST_CASE("the library is found by the start of any word of a name or tag, without diacritics",
    "[materials]")
{
    Library lib;
    lib.add("Price list 2026.pdf", "%PDF prices", "brochure, en");
    lib.add("Žaliuzių katalogas.pdf", "%PDF katalogas", "brošiūra, lt");
    lib.add("Prezentacja firmy.pptx", "PK presentation", "pl, presentation");

    CHECK(lib.names({})
        == QStringList {
            "Prezentacja firmy.pptx", "Price list 2026.pdf", "Žaliuzių katalogas.pdf" });
    CHECK(lib.names("pri bro") == QStringList { "Price list 2026.pdf" });
    CHECK(lib.names("zaliuz") == QStringList { "Žaliuzių katalogas.pdf" });
    CHECK(lib.names("brosiura") == QStringList { "Žaliuzių katalogas.pdf" });
    CHECK(lib.names("pre") == QStringList { "Prezentacja firmy.pptx" });
    CHECK(lib.names("list katalogas").isEmpty());
    CHECK(Materials::tags(lib.s)
        == QStringList { "brochure", "brošiūra", "en", "lt", "pl", "presentation" });

    const Material m = Materials::library(lib.s, "price").first();
    CHECK(m.size == 11);
    CHECK(m.mimeType == "application/pdf");
    CHECK(m.createdBy == lib.s.currentUserId());
    CHECK(m.dealId.isEmpty());
}

TEST_CASE(
    "a file the library cannot keep is refused naming it, and nothing is added", "[materials]")
{
    Library lib;
    auto empty = Materials::add(lib.s, "Empty.pdf", {}, {});
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message == "“Empty.pdf” is empty; there is nothing to keep.");
    auto nameless = Materials::add(lib.s, "  ", "x", {});
    REQUIRE_FALSE(nameless);
    CHECK(nameless.error().message == "A file in the library needs a name.");
    auto missing = Materials::addFile(lib.s, "/nonexistent/Brochure.pdf", {});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().file == "/nonexistent/Brochure.pdf");
    CHECK(missing.error().message.startsWith("“/nonexistent/Brochure.pdf” cannot be read: "));
    auto huge = Materials::add(lib.s, "Video.mp4", QByteArray(Materials::kMaxBytes + 1, 'x'), {});
    REQUIRE_FALSE(huge);
    CHECK(huge.error().message.startsWith("“Video.mp4” is "));
    CHECK(Materials::library(lib.s).isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath("Kainoraštis.pdf");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("%PDF kainos");
    f.close();
    auto fromDisk = Materials::addFile(lib.s, path, { "lt" });
    REQUIRE(fromDisk);
    CHECK(lib.names({}) == QStringList { "Kainoraštis.pdf" });
    CHECK(Materials::content(lib.s, *fromDisk).value() == "%PDF kainos");
}

TEST_CASE("a material attached to a deal and its offer is a copy that keeps what was given",
    "[materials]")
{
    Library lib;
    const QString brochure = lib.add("Brochure.pdf", "%PDF version 1", "brochure");
    const QString deal = lib.newDeal("Langai");
    auto quote = Quotes::create(lib.s, { { "deal_id", deal } });
    REQUIRE(quote);

    auto onDeal = Materials::attach(lib.s, brochure, deal);
    REQUIRE(onDeal);
    auto onOffer = Materials::attach(lib.s, brochure, deal, *quote);
    REQUIRE(onOffer);
    CHECK(*onOffer != *onDeal);
    CHECK(Materials::attach(lib.s, brochure, deal, *quote).value() == *onOffer); // not twice

    const QList<Material> sent = Materials::attachedToQuote(lib.s, *quote);
    REQUIRE(sent.size() == 1);
    CHECK(sent.first().id == *onOffer);
    CHECK(sent.first().name == "Brochure.pdf");
    CHECK(sent.first().dealId == deal);
    CHECK(sent.first().tags == QStringList { "brochure" });
    // The copies are not library files.
    CHECK(lib.names({}) == QStringList { "Brochure.pdf" });

    REQUIRE(Materials::replace(lib.s, brochure, "Brochure 2027.pdf", "%PDF version 2"));
    CHECK(Materials::content(lib.s, *onOffer).value() == "%PDF version 1");
    CHECK(Materials::content(lib.s, brochure).value() == "%PDF version 2");
    CHECK(lib.names({}) == QStringList { "Brochure 2027.pdf" });
    // The new version is new content: attaching it again adds it beside the old one.
    auto second = Materials::attach(lib.s, brochure, deal, *quote);
    REQUIRE(second);
    CHECK(*second != *onOffer);
    CHECK(Materials::attachedToQuote(lib.s, *quote).size() == 2);

    REQUIRE(Materials::remove(lib.s, brochure));
    CHECK(Materials::library(lib.s).isEmpty());
    CHECK(Materials::attachedToQuote(lib.s, *quote).size() == 2);
    CHECK(Materials::content(lib.s, *onDeal).value() == "%PDF version 1");
    // A copy is not a library file to change.
    auto retag = Materials::setTags(lib.s, *onDeal, { "x" });
    REQUIRE_FALSE(retag);
    CHECK(retag.error().message.startsWith("There is no file with id "));
}

TEST_CASE("attaching is refused for an unknown deal or another deal's quote", "[materials]")
{
    Library lib;
    const QString brochure = lib.add("Brochure.pdf", "%PDF", {});
    const QString deal = lib.newDeal("Langai");
    const QString other = lib.newDeal("Durys");
    auto otherQuote = Quotes::create(lib.s, { { "deal_id", other } });
    REQUIRE(otherQuote);

    auto noDeal = Materials::attach(lib.s, brochure, "nope");
    REQUIRE_FALSE(noDeal);
    CHECK(noDeal.error().message == "There is no deal with id nope.");
    auto wrongQuote = Materials::attach(lib.s, brochure, deal, *otherQuote);
    REQUIRE_FALSE(wrongQuote);
    CHECK(wrongQuote.error().message == "Quote Q-2026-0001 belongs to another deal.");
    auto noMaterial = Materials::attach(lib.s, "nope", deal);
    REQUIRE_FALSE(noMaterial);
    CHECK(noMaterial.error().message
        == "There is no file with id nope in the sales materials library.");
    ListQuery q;
    q.where << qMakePair(QStringLiteral("entity"), QVariant(QStringLiteral("deal")));
    CHECK(lib.db->records().count("attachment", q).value() == 0);
}

TEST_CASE("a quote's next version carries the materials that went with it", "[materials]")
{
    Library lib;
    const QString brochure = lib.add("Brochure.pdf", "%PDF brochure", "brochure");
    const QString prices = lib.add("Prices.pdf", "%PDF prices", {});
    const QString deal = lib.newDeal("Langai");
    auto first = Quotes::create(lib.s, { { "deal_id", deal } });
    REQUIRE(first);
    REQUIRE(Materials::attach(lib.s, brochure, deal, *first));
    REQUIRE(Materials::attach(lib.s, prices, deal)); // on the deal, not with the offer

    auto second = Quotes::newVersion(lib.s, *first);
    REQUIRE(second);
    const QList<Material> carried = Materials::attachedToQuote(lib.s, *second);
    REQUIRE(carried.size() == 1);
    CHECK(carried.first().name == "Brochure.pdf");
    CHECK(Materials::content(lib.s, carried.first().id).value() == "%PDF brochure");
    CHECK(Materials::attachedToQuote(lib.s, *first).size() == 1);
}
