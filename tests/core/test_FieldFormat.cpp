// Field text: money and decimals read exactly, never rounded; dates and choices checked.
#include "domain/EntitySchema.h"
#include "domain/FieldFormat.h"

#include <catch2/catch.hpp>

using namespace tandem;

TEST_CASE("Decimal text becomes exact minor units", "[format]")
{
    CHECK(parseScaled(QStringLiteral("1250.50"), 2) == 125050);
    CHECK(parseScaled(QStringLiteral("1250,5"), 2) == 125050);
    CHECK(parseScaled(QStringLiteral("-0.07"), 2) == -7);
    CHECK(parseScaled(QStringLiteral("7"), 3) == 7000);
    CHECK_FALSE(parseScaled(QStringLiteral("12.345"), 2)); // refused, not rounded
    CHECK_FALSE(parseScaled(QStringLiteral("1 250"), 2));
    CHECK_FALSE(parseScaled(QStringLiteral("abc"), 2));
    CHECK(formatScaled(125050, 2) == QStringLiteral("1250.50"));
    CHECK(formatScaled(-7, 2) == QStringLiteral("-0.07"));
    CHECK(formatScaled(1250, 0) == QStringLiteral("1250"));
}

TEST_CASE("Currencies have their own number of decimals", "[format]")
{
    CHECK(currencyMinorDigits(QStringLiteral("EUR")) == 2);
    CHECK(currencyMinorDigits(QStringLiteral("PLN")) == 2);
    CHECK(currencyMinorDigits(QStringLiteral("JPY")) == 0);
    CHECK(currencyMinorDigits(QStringLiteral("KWD")) == 3);
    const FieldDef* amount
        = EntitySchema::find(QStringLiteral("deal"))->field(QStringLiteral("amount"));
    CHECK(
        parseFieldText(*amount, QStringLiteral("10.5"), QStringLiteral("KWD")).value().toLongLong()
        == 10500);
    CHECK_FALSE(parseFieldText(*amount, QStringLiteral("10.5"), QStringLiteral("JPY")).ok());
}

TEST_CASE("Field text is checked against the field's type", "[format]")
{
    const EntityDef* contact = EntitySchema::find(QStringLiteral("contact"));
    auto date = parseFieldText(
        *contact->field(QStringLiteral("birthday")), QStringLiteral("1990-02-30"), {});
    REQUIRE_FALSE(date.ok());
    CHECK(date.error().field == QStringLiteral("birthday"));
    CHECK(
        parseFieldText(*contact->field(QStringLiteral("decision_maker")), QStringLiteral("yes"), {})
            .value()
            .toBool());
    CHECK(parseFieldText(*contact->field(QStringLiteral("email")), QStringLiteral("  "), {})
              .value()
              .isNull());
    auto when = parseFieldText(
        *EntitySchema::find(QStringLiteral("activity"))->field(QStringLiteral("starts_at")),
        QStringLiteral("2026-03-29T03:30:00+03:00"), {});
    REQUIRE(when.ok());
    CHECK(when->toString() == QStringLiteral("2026-03-29T00:30:00.000Z")); // stored in UTC
}

TEST_CASE("Every reference names a known entity and every entity has a table", "[schema]")
{
    for (const EntityDef& e : EntitySchema::all()) {
        INFO(e.name.toStdString());
        CHECK_FALSE(e.table.isEmpty());
        CHECK_FALSE(e.labelFields.isEmpty());
        for (const FieldDef& f : e.fields) {
            if (f.type == FieldType::Ref)
                CHECK(EntitySchema::find(f.refEntity) != nullptr);
        }
        for (const QString& c : e.listColumns)
            CHECK(e.field(c) != nullptr);
    }
}
