// What every report shares: periods and their comparison periods, option checking, the merge of
// an earlier period's figures, and the figures as CSV and HTML in the reader's locale.
#include "reports/ReportCatalog.h"
#include "reports/ReportCsv.h"
#include "reports/ReportFormat.h"
#include "reports/ReportHtml.h"

#include <catch2/catch.hpp>

using namespace tandem;

namespace {

ReportTable wonByRep()
{
    ReportTable t;
    t.name = QStringLiteral("test");
    t.title = QStringLiteral("Won by rep");
    t.currency = QStringLiteral("EUR");
    t.columns = { { QStringLiteral("rep"), QStringLiteral("Rep"), ReportValue::Text, false },
        { QStringLiteral("won"), QStringLiteral("Won"), ReportValue::Count, true },
        { QStringLiteral("amount"), QStringLiteral("Revenue"), ReportValue::Money, false } };
    t.addRow(QStringLiteral("u1"),
        { textCell(QStringLiteral("Ona")),
            valueCell(4, QStringLiteral("deal"), QStringLiteral("d1,d2,d3,d4")),
            valueCell(qint64(123450)) });
    t.addRow(QStringLiteral("u2"),
        { textCell(QStringLiteral("Rasa <QA>")), valueCell(1), valueCell(qint64(99)) });
    t.addRow(QStringLiteral("total"),
        { textCell(QStringLiteral("Total")), valueCell(5), valueCell(qint64(123549)) }, true);
    t.chart = { ChartKind::Bar, 0, { 1 }, {} };
    return t;
}

} // namespace

TEST_CASE("Comparison periods: whole months shift by months, other periods by their length",
    "[reports][framework]")
{
    ReportParams march;
    march.from = QDate(2026, 3, 1);
    march.to = QDate(2026, 3, 31);
    const ReportParams feb = march.shifted(Comparison::PreviousPeriod);
    CHECK(feb.from == QDate(2026, 2, 1));
    CHECK(feb.to == QDate(2026, 2, 28)); // not 31 days back to Jan 29
    const ReportParams lastYear = march.shifted(Comparison::PreviousYear);
    CHECK(lastYear.from == QDate(2025, 3, 1));
    CHECK(lastYear.to == QDate(2025, 3, 31));

    ReportParams q; // a quarter: three months back
    q.from = QDate(2026, 4, 1);
    q.to = QDate(2026, 6, 30);
    CHECK(q.shifted(Comparison::PreviousPeriod).from == QDate(2026, 1, 1));
    CHECK(q.shifted(Comparison::PreviousPeriod).to == QDate(2026, 3, 31));

    ReportParams tenDays;
    tenDays.from = QDate(2026, 3, 5);
    tenDays.to = QDate(2026, 3, 14);
    CHECK(tenDays.shifted(Comparison::PreviousPeriod).from == QDate(2026, 2, 23));
    CHECK(tenDays.shifted(Comparison::PreviousPeriod).to == QDate(2026, 3, 4));

    CHECK(march.fromStored() == QStringLiteral("2026-03-01T00:00:00.000Z"));
    CHECK(march.toStoredExclusive() == QStringLiteral("2026-04-01T00:00:00.000Z"));
}

TEST_CASE("Period presets count from today", "[reports][framework]")
{
    const QDate today(2026, 5, 10);
    QDate from;
    QDate to;
    REQUIRE(Reports::presetPeriod(QStringLiteral("last-quarter"), today, &from, &to));
    CHECK(from == QDate(2026, 1, 1));
    CHECK(to == QDate(2026, 3, 31));
    REQUIRE(Reports::presetPeriod(QStringLiteral("last-month"), today, &from, &to));
    CHECK(from == QDate(2026, 4, 1));
    CHECK(to == QDate(2026, 4, 30));
    REQUIRE(Reports::presetPeriod(QStringLiteral("year-to-date"), today, &from, &to));
    CHECK(from == QDate(2026, 1, 1));
    CHECK(to == today);
    REQUIRE(Reports::presetPeriod(QStringLiteral("last-12-months"), today, &from, &to));
    CHECK(from == QDate(2025, 6, 1));
    CHECK(to == QDate(2026, 5, 31));
    CHECK_FALSE(Reports::presetPeriod(QStringLiteral("next-decade"), today, &from, &to));
}

TEST_CASE("Report options are checked and defaulted", "[reports][framework]")
{
    ReportDefinition def;
    def.name = QStringLiteral("dormant-test");
    def.options
        = { ReportOption { QStringLiteral("days"), "Days", QStringLiteral("180"), {}, 1, 3650 },
              ReportOption { QStringLiteral("kind"), "Kind", QStringLiteral("purchase"),
                  { { QStringLiteral("purchase"), "No purchase" },
                      { QStringLiteral("contact"), "No contact" } } } };
    ReportParams p;
    p.today = QDate(2026, 6, 15);
    auto filled = Reports::withDefaults(def, p);
    REQUIRE(filled);
    CHECK(filled->options.value(QStringLiteral("days")) == QStringLiteral("180"));
    CHECK(filled->options.value(QStringLiteral("kind")) == QStringLiteral("purchase"));
    CHECK(filled->from == QDate(2026, 1, 1)); // no period given: the year to date
    CHECK(filled->to == QDate(2026, 6, 15));

    p.options.insert(QStringLiteral("days"), QStringLiteral("0"));
    auto low = Reports::withDefaults(def, p);
    REQUIRE_FALSE(low);
    CHECK(low.error().field == QStringLiteral("days"));
    CHECK(low.error().message.contains(QStringLiteral("from 1 to 3650")));

    p.options = { { QStringLiteral("kind"), QStringLiteral("sleep") } };
    auto choice = Reports::withDefaults(def, p);
    REQUIRE_FALSE(choice);
    CHECK(choice.error().message.contains(QStringLiteral("purchase, contact")));

    p.options = { { QStringLiteral("colour"), QStringLiteral("red") } };
    auto unknown = Reports::withDefaults(def, p);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("no option 'colour'")));

    p.options.clear();
    p.from = QDate(2026, 6, 1);
    p.to = QDate(2026, 5, 1);
    auto backwards = Reports::withDefaults(def, p);
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().field == QStringLiteral("to"));

    const QString unknownName = Reports::unknownReport(QStringLiteral("nope")).message;
    CHECK(unknownName.contains(QStringLiteral("no report 'nope'")));
    CHECK(unknownName.contains(QStringLiteral("funnel, win-loss")));
}

TEST_CASE("An earlier period's figures sit beside each comparable figure", "[reports][framework]")
{
    const ReportTable now = wonByRep();
    ReportTable before = wonByRep();
    before.rows.clear();
    before.addRow(QStringLiteral("u1"), { textCell(QStringLiteral("Ona")), valueCell(2) });
    before.addRow(QStringLiteral("u3"), { textCell(QStringLiteral("Jonas")), valueCell(3) });
    before.addRow(
        QStringLiteral("total"), { textCell(QStringLiteral("Total")), valueCell(5) }, true);

    const ReportTable merged = Reports::compareTables(now, before);
    REQUIRE(merged.columns.size() == 5);
    CHECK(merged.columns.at(2).key == QStringLiteral("won_previous"));
    CHECK(merged.columns.at(3).key == QStringLiteral("won_change"));
    CHECK(merged.columns.at(4).key == QStringLiteral("amount"));
    REQUIRE(merged.rows.size() == 4); // Ona, Rasa, Jonas (earlier only), Total
    // Ona: 4 now, 2 before: +100 %.
    CHECK(merged.rows.at(0).cells.at(2).value.toInt() == 2);
    CHECK(merged.rows.at(0).cells.at(3).value.toDouble() == Approx(100.0));
    CHECK(merged.rows.at(0).cells.at(1).ids == QStringLiteral("d1,d2,d3,d4"));
    // Rasa: nothing before, so no change figure (not +∞).
    CHECK(merged.rows.at(1).cells.at(2).value.isNull());
    CHECK(merged.rows.at(1).cells.at(3).value.isNull());
    // Jonas only had deals before: shown with the label, 3 before, −100 %.
    CHECK(merged.rows.at(2).key == QStringLiteral("u3"));
    CHECK(merged.rows.at(2).cells.at(0).value.toString() == QStringLiteral("Jonas"));
    CHECK(merged.rows.at(2).cells.at(1).value.isNull());
    CHECK(merged.rows.at(2).cells.at(3).value.toDouble() == Approx(-100.0));
    // Totals stay last and unchanged in share: 5 vs 5.
    CHECK(merged.rows.at(3).total);
    CHECK(merged.rows.at(3).cells.at(3).value.toDouble() == Approx(0.0));
    // The chart still shows "Won", now column 1 of 5, and its category column.
    CHECK(merged.chart.valueColumns == QList<int> { 1 });
}

TEST_CASE(
    "CSV follows the locale: semicolons and decimal commas in Lithuanian", "[reports][framework]")
{
    const ReportTable t = wonByRep();
    const QByteArray ltBytes = ReportCsv::write(t, QLocale(QLocale::Lithuanian));
    CHECK(ltBytes.startsWith("\xef\xbb\xbf")); // the BOM Excel needs to read UTF-8
    const QString lt = QString::fromUtf8(ltBytes);
    CHECK(lt.contains(QStringLiteral("Rep;Won;Revenue (EUR)\r\n")));
    CHECK(lt.contains(QStringLiteral("Ona;4;1234,50\r\n"))); // no grouping, no currency code
    const QString en = QString::fromUtf8(ReportCsv::write(t, QLocale(QLocale::English)));
    CHECK(en.contains(QStringLiteral("Ona,4,1234.50\r\n")));
    CHECK(en.contains(QStringLiteral("Total,5,1235.49\r\n")));
}

TEST_CASE("On screen and paper figures carry the locale's grouping and the currency",
    "[reports][framework]")
{
    const ReportTable t = wonByRep();
    const QLocale pl(QLocale::Polish);
    CHECK(ReportFormat::text(t, 2, qint64(123456789), QLocale(QLocale::English))
        == QStringLiteral("1,234,567.89 EUR"));
    CHECK(ReportFormat::text(t, 2, qint64(123450), pl) == QStringLiteral("1234,50 EUR"));
    CHECK(ReportFormat::text(t, 1, 12, QLocale(QLocale::Ukrainian)) == QStringLiteral("12"));
    CHECK(ReportFormat::text(t, 1, QVariant(), pl).isEmpty());
    CHECK(ReportFormat::number(t, 2, qint64(123450)) == Approx(1234.5));
}

TEST_CASE(
    "HTML export escapes text and keeps the header row for every page", "[reports][framework]")
{
    ReportTable t = wonByRep();
    t.context << QStringLiteral("Period: 1 – 31 March");
    t.notes << QStringLiteral("2 deals in PLN are not included.");
    ReportHtml::Options o;
    o.locale = QLocale(QLocale::English);
    const QString html = ReportHtml::render(t, o);
    CHECK(html.contains(QStringLiteral("Rasa &lt;QA&gt;")));
    CHECK(html.contains(QStringLiteral("<thead>")));
    CHECK(html.contains(QStringLiteral("Period: 1 – 31 March")));
    CHECK(html.contains(QStringLiteral("2 deals in PLN are not included.")));
    CHECK(html.contains(QStringLiteral("1,234.50 EUR")));
    CHECK(html.contains(QStringLiteral("<tr class=\"total\">")));
}

TEST_CASE("A total drills to the records of the rows above it, each once, unless it names its own",
    "[reports][framework]")
{
    ReportTable t;
    t.columns = { { QStringLiteral("rep"), QStringLiteral("Rep"), ReportValue::Text, false },
        { QStringLiteral("companies"), QStringLiteral("Companies"), ReportValue::Count, false } };
    const QString company = QStringLiteral("company");
    t.addRow(QStringLiteral("u1"),
        { textCell(QStringLiteral("Ona")), valueCell(2, company, QStringLiteral("c1,c2")) });
    t.addRow(QStringLiteral("u2"),
        { textCell(QStringLiteral("Rasa")), valueCell(2, company, QStringLiteral("c2,c3")) });
    t.addRow(QStringLiteral("u3"), { textCell(QStringLiteral("Tomas")), valueCell(0) });
    t.addRow(QStringLiteral("total"), { textCell(QStringLiteral("Total")), valueCell(3, company) },
        true);
    // Reached by both reps, c2 is one company of the three.
    CHECK(t.drillIds(3, 1) == QStringList { "c1", "c2", "c3" });
    CHECK(t.drillIds(1, 1) == QStringList { "c2", "c3" });
    CHECK(t.drillIds(2, 1).isEmpty()); // nothing behind a zero
    CHECK(t.drillIds(3, 0).isEmpty()); // a label does not drill
    CHECK(t.drillIds(9, 1).isEmpty());

    t.rows[3].cells[1].ids = QStringLiteral("c9"); // a total that names its records keeps them
    CHECK(t.drillIds(3, 1) == QStringList { "c9" });
    t.rows[3].cells[1] = valueCell(3); // and one without an entity has none
    CHECK(t.drillIds(3, 1).isEmpty());
}
