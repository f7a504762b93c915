// A quote's figures on hand-worked examples: line discounts, the overall discount spread over
// the VAT rates, VAT rounded once per rate, halves rounded away from zero.
#include "documents/QuoteMath.h"

#include <catch2/catch.hpp>

using namespace tandem;

namespace {

QuoteLineInput line(qint64 quantity, qint64 unitPrice, qint64 discount, qint64 vatRate)
{
    return QuoteLineInput { quantity, unitPrice, discount, vatRate };
}

} // namespace

TEST_CASE("halves are rounded away from zero, not to even", "[quotes]")
{
    CHECK(QuoteMath::roundedDivision(5, 10) == 1);
    CHECK(QuoteMath::roundedDivision(15, 10) == 2);
    CHECK(QuoteMath::roundedDivision(25, 10) == 3);
    CHECK(QuoteMath::roundedDivision(14, 10) == 1);
    CHECK(QuoteMath::roundedDivision(-5, 10) == -1);
    CHECK(QuoteMath::roundedDivision(-14, 10) == -1);
    CHECK(QuoteMath::roundedDivision(7, -2) == -4);
}

TEST_CASE("a Lithuanian offer at 21 % and 9 % with line and overall discounts", "[quotes]")
{
    // 3 × 199.99 less 10 %, 2.5 h × 45.00, a book at 9 %; 5 % off the whole offer.
    auto t = QuoteMath::compute(
        { line(3000, 19999, 1000, 2100), line(2500, 4500, 0, 2100), line(1000, 1235, 0, 900) },
        500);
    REQUIRE(t);
    REQUIRE(t->lines.size() == 3);
    CHECK(t->lines[0].gross == 59997);
    CHECK(t->lines[0].discount == 6000); // 59.997 → 60.00
    CHECK(t->lines[0].net == 53997);
    CHECK(t->lines[1].net == 11250);
    CHECK(t->lines[2].net == 1235);
    CHECK(t->subtotal == 66482);
    REQUIRE(t->vatRows.size() == 2);
    CHECK(t->vatRows[0].rate == 900);
    CHECK(t->vatRows[0].net == 1235);
    CHECK(t->vatRows[0].discount == 62); // 0.6175 → 0.62
    CHECK(t->vatRows[0].base == 1173);
    CHECK(t->vatRows[0].vat == 106); // 1.0557 → 1.06
    CHECK(t->vatRows[1].rate == 2100);
    CHECK(t->vatRows[1].net == 65247);
    CHECK(t->vatRows[1].discount == 3262); // 32.6235 → 32.62
    CHECK(t->vatRows[1].base == 61985);
    CHECK(t->vatRows[1].vat == 13017); // 130.1685 → 130.17
    CHECK(t->discount == 3324);
    CHECK(t->net == 63158);
    CHECK(t->vat == 13123);
    CHECK(t->total == 76281);
}

TEST_CASE("a Polish order at 23 % and 8 % without an overall discount", "[quotes]")
{
    auto t = QuoteMath::compute({ line(7000, 1499, 300, 2300), line(1000, 25000, 0, 800) }, 0);
    REQUIRE(t);
    CHECK(t->lines[0].gross == 10493);
    CHECK(t->lines[0].discount == 315); // 3.1479 → 3.15
    CHECK(t->lines[0].net == 10178);
    CHECK(t->discount == 0);
    REQUIRE(t->vatRows.size() == 2);
    CHECK(t->vatRows[0].vat == 2000);
    CHECK(t->vatRows[1].vat == 2341); // 23.4094 → 23.41
    CHECK(t->total == 39519);
}

TEST_CASE("VAT is rounded once per rate, not once per line", "[quotes]")
{
    // Three lines of 0.12 at 21 %: per line 0.0252 → 0.03 each (0.09); on the 0.36 base, 0.08.
    auto t = QuoteMath::compute(
        { line(1000, 12, 0, 2100), line(1000, 12, 0, 2100), line(1000, 12, 0, 2100) }, 0);
    REQUIRE(t);
    REQUIRE(t->vatRows.size() == 1);
    CHECK(t->vatRows[0].base == 36);
    CHECK(t->vat == 8);
    CHECK(t->total == 44);
}

TEST_CASE("fractional quantities round the line once; a rebate line lowers the total", "[quotes]")
{
    // 1.5 × 333.33 = 499.995 → 500.00 at 19 % (Romania); a −50.00 loyalty rebate.
    auto t = QuoteMath::compute({ line(1500, 33333, 0, 1900), line(1000, -5000, 0, 1900) }, 0);
    REQUIRE(t);
    CHECK(t->lines[0].net == 50000);
    CHECK(t->subtotal == 45000);
    CHECK(t->vat == 8550);
    CHECK(t->total == 53550);
}

TEST_CASE("an empty quote is all zeros; a full discount leaves nothing to pay", "[quotes]")
{
    auto empty = QuoteMath::compute({}, 0);
    REQUIRE(empty);
    CHECK(empty->total == 0);
    CHECK(empty->vatRows.isEmpty());
    auto free = QuoteMath::compute({ line(2000, 1000, 10000, 2100) }, 0);
    REQUIRE(free);
    CHECK(free->net == 0);
    CHECK(free->total == 0);
}

TEST_CASE("discounts and VAT rates outside 0–100 % and overflowing amounts are refused", "[quotes]")
{
    auto discount
        = QuoteMath::compute({ line(1000, 100, 0, 2100), line(1000, 100, 10100, 2100) }, 0);
    REQUIRE_FALSE(discount);
    CHECK(discount.error().message == "Line 2: the discount must be between 0 and 100 %.");
    CHECK(discount.error().field == "discount");
    auto vat = QuoteMath::compute({ line(1000, 100, 0, -100) }, 0);
    REQUIRE_FALSE(vat);
    CHECK(vat.error().message == "Line 1: the VAT rate must be between 0 and 100 %.");
    auto overall = QuoteMath::compute({ line(1000, 100, 0, 0) }, 10001);
    REQUIRE_FALSE(overall);
    CHECK(overall.error().message == "The overall discount must be between 0 and 100 %.");
    auto huge = QuoteMath::compute({ line(9'000'000'000'000'000, 9'000'000'000'000'000, 0, 0) }, 0);
    REQUIRE_FALSE(huge);
    CHECK(huge.error().message == "Line 1: the amount is too large.");
}
