// The competitors tab: a competitor's card lists exactly the deals lost to it with their summary,
// follows deals lost while it is shown, opens a deal on double-click, and takes a wrongly named one
// off (one undo step); the line above the list names those most deals were lost to.
#include "SalesTestSupport.h"
#include "UiTestSupport.h"

#include "campaigns/CompetitorCardView.h"
#include "campaigns/CompetitorsPart.h"
#include "common/DealCommands.h"
#include "records/FieldDisplay.h"
#include "records/RecordForm.h"
#include "records/RecordListView.h"
#include "services/Competitors.h"
#include "store/Session.h"

#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

using namespace tandem;
using namespace tandem::test;

namespace {

QString lostDeal(RecordStore& rs, const QString& title, const QString& competitor, qint64 amount,
    const char* lostAt, const QString& reason, const QString& status = QStringLiteral("lost"))
{
    QVariantMap v { { QStringLiteral("title"), title }, { QStringLiteral("status"), status },
        { QStringLiteral("amount"), amount }, { QStringLiteral("competitor_id"), competitor },
        { QStringLiteral("lost_reason"), reason } };
    if (lostAt)
        v.insert(QStringLiteral("lost_at"),
            QDateTime::fromString(QString::fromLatin1(lostAt), Qt::ISODate));
    return create(rs, QStringLiteral("deal"), v);
}

QStringList column(QTableWidget* table, int col)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << (table->item(row, col) ? table->item(row, col)->text() : QString());
    return out;
}

QString day(int y, int m, int d)
{
    return QLocale().toString(QDate(y, m, d), FieldDisplay::dateFormat());
}

struct Screen {
    explicit Screen(UiFixture& f)
        : part(f.context())
        , widget(part.createWidget(nullptr))
    {
        widget->resize(1200, 800);
    }
    CompetitorCardView* card() const { return part.card(); }

    CompetitorsPart part;
    std::unique_ptr<QWidget> widget;
};

} // namespace

TEST_CASE("A competitor's card lists the deals lost to it", "[ui][competitors]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString acme = create(rs, QStringLiteral("competitor"),
        { { QStringLiteral("name"), QStringLiteral("Acme Solar") },
            { QStringLiteral("website"), QStringLiteral("acme.example") },
            { QStringLiteral("strengths"), QStringLiteral("Fast delivery") },
            { QStringLiteral("price_notes"), QStringLiteral("10% under our list") } });
    const QString bright = create(rs, QStringLiteral("competitor"),
        { { QStringLiteral("name"), QStringLiteral("Bright Energy") } });
    const QString roof = lostDeal(
        rs, QStringLiteral("Roof panels"), acme, 1250050, "2026-03-02T10:00:00Z", "Price");
    const QString hall = lostDeal(
        rs, QStringLiteral("Sports hall"), acme, 800000, "2026-05-20T10:00:00Z", "Price");
    lostDeal(rs, QStringLiteral("Lost to Bright"), bright, 999900, "2026-06-01T10:00:00Z",
        QStringLiteral("Delivery time"));
    lostDeal(rs, QStringLiteral("Won anyway"), acme, 500000, nullptr, {}, QStringLiteral("won"));

    Screen screen(f);
    REQUIRE(showActive(*screen.widget));
    REQUIRE(screen.part.view()->openRecord(acme));
    CompetitorCardView* card = screen.card();
    REQUIRE(card->isVisible());
    CHECK(card->titleLabel()->text() == QStringLiteral("Acme Solar"));
    CHECK(card->websiteLabel()->text().contains(QStringLiteral("href=\"http://acme.example\"")));
    CHECK(card->strengthsLabel()->text() == QStringLiteral("Fast delivery"));
    CHECK(card->weaknessesLabel()->text() == QStringLiteral("Nothing noted yet"));
    CHECK(card->pricesLabel()->text() == QStringLiteral("10% under our list"));

    QTableWidget* table = card->dealsTable();
    CHECK(column(table, 1) == QStringList { "Sports hall", "Roof panels" });
    CHECK(column(table, 0) == QStringList { day(2026, 5, 20), day(2026, 3, 2) });
    CHECK(column(table, 2)
        == QStringList { FieldDisplay::money(800000, "EUR"), FieldDisplay::money(1250050, "EUR") });
    CHECK(card->summaryLabel()->text()
        == QStringLiteral("Deals lost: 2, worth %1 · last on %2 · usual reason “Price” (2 of 2)")
               .arg(FieldDisplay::money(2050050, "EUR"), day(2026, 5, 20)));
    CHECK(screen.part.rankingLabel()->isVisibleTo(screen.widget.get()));
    CHECK(screen.part.rankingLabel()->text().contains(
        QStringLiteral("<a href=\"%1\">Acme Solar</a> (2)").arg(acme)));

    SECTION("A deal lost to it while the card is shown appears at the top")
    {
        const QString school = newDeal(f.db->session(),
            { { QStringLiteral("title"), QStringLiteral("School roof") },
                { QStringLiteral("amount"), 300000 } });
        f.db->clock().set(QDateTime(QDate(2026, 6, 20), QTime(14, 0), Qt::UTC));
        REQUIRE(DealCommands::lose(
            f.context(), { school }, QStringLiteral("Delivery time"), acme, nullptr));
        CHECK(column(table, 1) == QStringList { "School roof", "Sports hall", "Roof panels" });
        CHECK(card->dealIdAt(0) == school);
        CHECK(card->summaryLabel()->text().startsWith(
            QStringLiteral("Deals lost: 3, worth %1 · last on %2")
                .arg(FieldDisplay::money(2350050, "EUR"), day(2026, 6, 20))));

        // Undone, it leaves the card again.
        f.undoStack.undo();
        CHECK(column(table, 1) == QStringList { "Sports hall", "Roof panels" });
    }
    SECTION("Double-clicking a deal opens it")
    {
        QSignalSpy opened(&f.events, &DataEvents::openRequested);
        const QRect cell = table->visualItemRect(table->item(1, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        REQUIRE(opened.size() == 1);
        CHECK(opened.first().at(0).toString() == QStringLiteral("deal"));
        CHECK(opened.first().at(1).toString() == roof);
    }
    SECTION("A deal taken off the competitor leaves the card, and comes back on undo")
    {
        REQUIRE(card->dealIdAt(0) == hall);
        REQUIRE(card->unlinkDeal(0));
        CHECK(dealRecord(rs, hall).text(QStringLiteral("competitor_id")).isEmpty());
        CHECK(column(table, 1) == QStringList { "Roof panels" });
        CHECK(screen.part.rankingLabel()->text().contains(QStringLiteral("Acme Solar</a> (1)")));
        f.undoStack.undo();
        CHECK(dealRecord(rs, hall).text(QStringLiteral("competitor_id")) == acme);
        CHECK(column(table, 1) == QStringList { "Sports hall", "Roof panels" });
    }
    SECTION("A competitor nobody lost to says so")
    {
        const QString calm = create(rs, QStringLiteral("competitor"),
            { { QStringLiteral("name"), QStringLiteral("Calm") } });
        REQUIRE(screen.part.view()->openRecord(calm));
        CHECK(table->rowCount() == 0);
        CHECK(card->summaryLabel()->text() == QStringLiteral("No deal has been lost to Calm yet."));
        CHECK_FALSE(card->websiteLabel()->isVisible());
    }
}
