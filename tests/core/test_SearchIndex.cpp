// Search as you type: prefixes, diacritics folded, in all five languages, kept current by writes.
#include "TestDatabase.h"

#include "store/SearchIndex.h"
#include "util/TextFold.h"

#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::TestDatabase;

namespace {

QStringList labels(const QList<SearchHit>& hits)
{
    QStringList out;
    for (const SearchHit& h : hits)
        out << h.label;
    return out;
}

QString person(RecordStore& rs, const QString& first, const QString& last)
{
    return create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), first }, { QStringLiteral("last_name"), last } });
}

} // namespace

TEST_CASE("Folding drops diacritics and case the way users type", "[search]")
{
    CHECK(foldForSearch(QStringLiteral("Šarūnas")) == QStringLiteral("sarunas"));
    CHECK(foldForSearch(QStringLiteral("Łódź")) == QStringLiteral("lodz"));
    CHECK(foldForSearch(QStringLiteral("Ștefan Țăndărei")) == QStringLiteral("stefan tandarei"));
    CHECK(foldForSearch(QStringLiteral("Ёлкин")) == QStringLiteral("елкин"));
}

TEST_CASE("Names are found by prefixes typed without diacritics", "[search]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    SearchIndex& search = db->session().search();
    person(rs, QStringLiteral("Šarūnas"), QStringLiteral("Kazlauskas"));
    person(rs, QStringLiteral("Gintarė"), QStringLiteral("Žemaitytė"));
    person(rs, QStringLiteral("Łukasz"), QStringLiteral("Wójcik"));
    person(rs, QStringLiteral("Zofia"), QStringLiteral("Żółkiewska"));
    person(rs, QStringLiteral("Олена"), QStringLiteral("Коваленко"));
    person(rs, QStringLiteral("Їжак"), QStringLiteral("Ігнатенко"));
    person(rs, QStringLiteral("Ștefan"), QStringLiteral("Popescu"));
    person(rs, QStringLiteral("Ioana"), QStringLiteral("Țăranu"));
    person(rs, QStringLiteral("Дмитрий"), QStringLiteral("Смирнов"));
    person(rs, QStringLiteral("Пётр"), QStringLiteral("Ёлкин"));
    create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("Meble Łódź Sp. z o.o.") },
            { QStringLiteral("city"), QStringLiteral("Łódź") } });

    SECTION("Lithuanian")
    {
        CHECK(labels(search.search(QStringLiteral("sarun")))
            == QStringList { QStringLiteral("Šarūnas Kazlauskas") });
        CHECK(labels(search.search(QStringLiteral("Šarū kaz")))
            == QStringList { QStringLiteral("Šarūnas Kazlauskas") });
        CHECK(labels(search.search(QStringLiteral("zemait")))
            == QStringList { QStringLiteral("Gintarė Žemaitytė") });
    }
    SECTION("Polish")
    {
        CHECK(labels(search.search(QStringLiteral("lodz")))
            == QStringList { QStringLiteral("Meble Łódź Sp. z o.o.") });
        CHECK(labels(search.search(QStringLiteral("lukasz woj")))
            == QStringList { QStringLiteral("Łukasz Wójcik") });
        CHECK(labels(search.search(QStringLiteral("zolk")))
            == QStringList { QStringLiteral("Zofia Żółkiewska") });
    }
    SECTION("Ukrainian")
    {
        CHECK(labels(search.search(QStringLiteral("ковал")))
            == QStringList { QStringLiteral("Олена Коваленко") });
        CHECK(labels(search.search(QStringLiteral("Оле")))
            == QStringList { QStringLiteral("Олена Коваленко") });
        CHECK(labels(search.search(QStringLiteral("ігнат")))
            == QStringList { QStringLiteral("Їжак Ігнатенко") });
        CHECK(labels(search.search(QStringLiteral("їжа")))
            == QStringList { QStringLiteral("Їжак Ігнатенко") });
    }
    SECTION("Romanian")
    {
        CHECK(labels(search.search(QStringLiteral("stefan")))
            == QStringList { QStringLiteral("Ștefan Popescu") });
        CHECK(labels(search.search(QStringLiteral("taran")))
            == QStringList { QStringLiteral("Ioana Țăranu") });
        CHECK(labels(search.search(QStringLiteral("Țără")))
            == QStringList { QStringLiteral("Ioana Țăranu") });
    }
    SECTION("Russian")
    {
        CHECK(labels(search.search(QStringLiteral("дмит")))
            == QStringList { QStringLiteral("Дмитрий Смирнов") });
        CHECK(labels(search.search(QStringLiteral("елк")))
            == QStringList { QStringLiteral("Пётр Ёлкин") });
        CHECK(labels(search.search(QStringLiteral("Пет")))
            == QStringList { QStringLiteral("Пётр Ёлкин") });
    }
    SECTION("words that match nothing, and punctuation alone")
    {
        CHECK(search.search(QStringLiteral("xyzzy")).isEmpty());
        CHECK(search.search(QStringLiteral("  \"*() ")).isEmpty());
    }
}

TEST_CASE("The index follows renames, deletes and company names", "[search]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    SearchIndex& search = db->session().search();
    const QString company = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("UAB Gintaras") } });
    const QString ona = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Ona") },
            { QStringLiteral("last_name"), QStringLiteral("Petraitienė") },
            { QStringLiteral("company_id"), company } });
    REQUIRE(search.search(QStringLiteral("petrait")).size() == 1);

    REQUIRE(rs.update(QStringLiteral("contact"), ona,
        { { QStringLiteral("last_name"), QStringLiteral("Jonaitienė") } }));
    CHECK(search.search(QStringLiteral("petrait")).isEmpty());
    CHECK(labels(search.search(QStringLiteral("jonait")))
        == QStringList { QStringLiteral("Ona Jonaitienė") });

    // The contact's hit names her company, and is found by it, even after the company is renamed.
    REQUIRE(rs.update(QStringLiteral("company"), company,
        { { QStringLiteral("name"), QStringLiteral("UAB Baltijos Gintaras") } }));
    const auto hits = search.search(QStringLiteral("ona baltij"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().detail.contains(QStringLiteral("UAB Baltijos Gintaras")));

    REQUIRE(rs.remove(QStringLiteral("contact"), ona));
    CHECK(search.search(QStringLiteral("jonait")).isEmpty());
}

TEST_CASE("The match expression quotes each word as a prefix", "[search]")
{
    CHECK(SearchIndex::matchExpression(QStringLiteral("Šarū  lod"))
        == QStringLiteral("\"saru\"* \"lod\"*"));
    CHECK(SearchIndex::matchExpression(QStringLiteral("a\"b OR c"))
        == QStringLiteral("\"a\"* \"b\"* \"or\"* \"c\"*"));
    CHECK(SearchIndex::matchExpression(QStringLiteral("--")).isEmpty());
}
