// Merge fields in templates: substitution, sections, escaping, missing fields, and errors that
// point at the line a user has to fix.
#include "documents/MergeTemplate.h"

#include <catch2/catch.hpp>

using namespace tandem;

namespace {

QVariantMap sample()
{
    return QVariantMap {
        { "company",
            QVariantMap {
                { "name", "UAB Šilas & Co" }, { "address_html", "Gedimino pr. 1<br>Vilnius" } } },
        { "quote", QVariantMap { { "number", "Q-2026-014" }, { "version", 3 }, { "notes", "" } } },
        { "currency", "EUR" },
        { "lines",
            QVariantList {
                QVariantMap { { "description", "Chair <Oslo>" }, { "net", "120,00" } },
                QVariantMap {
                    { "description", "Desk" }, { "net", "480,00" }, { "currency", "PLN" } },
            } },
        { "empty_list", QVariantList {} },
        { "flag", true },
        { "off", false },
    };
}

QString html(const QString& text, const QVariantMap& context = sample())
{
    auto r = MergeTemplate::render(text, context, QStringLiteral("t.html"));
    REQUIRE(r.ok());
    return r->html;
}

QString error(const QString& text)
{
    auto r = MergeTemplate::render(text, sample(), QStringLiteral("offer.lt.html"));
    REQUIRE_FALSE(r.ok());
    return r.error().message;
}

} // namespace

TEST_CASE("merge fields are replaced by values at nested paths", "[templates]")
{
    CHECK(html("No. {{quote.number}} (v{{ quote.version }})") == "No. Q-2026-014 (v3)");
    CHECK(html("{{company.name}}") == "UAB Šilas &amp; Co");
    CHECK(html("{{{company.address_html}}}") == "Gedimino pr. 1<br>Vilnius");
    CHECK(html("{{&company.address_html}}") == "Gedimino pr. 1<br>Vilnius");
    CHECK(html("a{{! a comment, dropped }}b") == "ab");
}

TEST_CASE("sections repeat over lists and resolve names inside-out", "[templates]")
{
    SECTION("a list of maps repeats, item fields first, outer fields after")
    {
        CHECK(html("{{#lines}}[{{description}} {{net}} {{currency}}]{{/lines}}")
            == "[Chair &lt;Oslo&gt; 120,00 EUR][Desk 480,00 PLN]");
    }
    SECTION("a non-empty scalar or true shows once, false/empty hides")
    {
        CHECK(html("{{#flag}}yes{{/flag}}{{#off}}no{{/off}}{{#quote.notes}}notes{{/quote.notes}}")
            == "yes");
        CHECK(html("{{#quote}}{{number}}{{/quote}}") == "Q-2026-014");
    }
    SECTION("inverted sections show for missing, empty, false and empty lists")
    {
        CHECK(html("{{^nothing}}1{{/nothing}}{{^empty_list}}2{{/empty_list}}{{^off}}3{{/off}}"
                   "{{^quote.notes}}4{{/quote.notes}}{{^flag}}5{{/flag}}{{^lines}}6{{/lines}}")
            == "1234");
    }
}

TEST_CASE("missing merge fields are reported once, in order, and left empty", "[templates]")
{
    auto r = MergeTemplate::render(
        "Dear {{contact.salutation}}, {{quote.notes}} {{contact.salutation}} {{quote.number}} "
        "{{#lines}}{{sku}}{{/lines}}",
        sample(), QStringLiteral("letter.en.html"));
    REQUIRE(r.ok());
    CHECK(r->html == "Dear ,   Q-2026-014 ");
    CHECK(r->missing == QStringList { "contact.salutation", "quote.notes", "sku" });
}

TEST_CASE("template errors name the file, the line and the tag", "[templates]")
{
    CHECK(error("<p>\n\n{{#lines}}\n<td>{{net}}</td>\n")
        == "offer.lt.html, line 3: the section {{#lines}} is never closed");
    CHECK(error("a\nb {{/lines}}")
        == "offer.lt.html, line 2: {{/lines}} closes a section that "
           "was never opened");
    CHECK(error("{{#lines}}\n{{#sku}}\n\n{{/lines}}")
        == "offer.lt.html, line 4: {{/lines}} closes a section, but the open one is {{#sku}} "
           "(line 2)");
    CHECK(error("one\ntwo\nthree {{quote.number\n</p>")
        == "offer.lt.html, line 3: the tag {{quote.number is never closed with }}");
    CHECK(error("x {{quote.number {{today}}")
        == "offer.lt.html, line 1: the tag {{quote.number is never closed with }}");
    CHECK(
        error("\n\n\n\n<b>{{ }}</b>") == "offer.lt.html, line 5: the tag {{ }} has no field name");
    CHECK(error("{{#}}x{{/}}") == "offer.lt.html, line 1: the tag {{#}} has no field name");
}

TEST_CASE("fields() lists every field with the sections around it", "[templates]")
{
    auto f = MergeTemplate::fields(
        "{{a.b}}\n{{#lines}}{{net}}{{^sku}}-{{/sku}}{{/lines}}", QStringLiteral("t.html"));
    REQUIRE(f.ok());
    REQUIRE(f->size() == 4);
    CHECK(f->at(0).name == "a.b");
    CHECK(f->at(0).sections.isEmpty());
    CHECK(f->at(1).name == "lines");
    CHECK(f->at(1).isSection);
    CHECK(f->at(1).line == 2);
    CHECK(f->at(2).name == "net");
    CHECK(f->at(2).sections == QStringList { "lines" });
    CHECK(f->at(3).name == "sku");
    CHECK(f->at(3).isSection);
}
