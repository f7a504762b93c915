// The contact card, the company card with its org chart, quick logging, and the list filters and
// segments of the Contacts and Companies screens.
#include "UiTestSupport.h"

#include "common/Prompter.h"
#include "common/SearchHitDelegate.h"
#include "contacts/CompanyCardView.h"
#include "contacts/ContactCardView.h"
#include "contacts/ListFilterBar.h"
#include "contacts/PartiesModule.h"
#include "contacts/QuickLog.h"
#include "contacts/TimelineModel.h"
#include "records/RecordListModel.h"
#include "records/RecordListView.h"
#include "services/Segments.h"
#include "store/Session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString company(RecordStore& rs, const QString& name, const QVariantMap& more = {})
{
    QVariantMap values = more;
    values.insert(QStringLiteral("name"), name);
    return create(rs, QStringLiteral("company"), values);
}

QStringList treeTexts(QTreeWidgetItem* item, int depth = 0)
{
    QStringList out { QString(depth * 2, QLatin1Char(' ')) + item->text(0) };
    for (int i = 0; i < item->childCount(); ++i)
        out << treeTexts(item->child(i), depth + 1);
    return out;
}

} // namespace

TEST_CASE("A contact card shows click-to-call and click-to-mail links, tags and the timeline",
    "[ui][cards]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString acme = company(rs, QStringLiteral("Pajūrio tekstilė"));
    const QString id = addContact(rs, QStringLiteral("Šarūnas"), QStringLiteral("Kazlauskas"),
        { { QStringLiteral("company_id"), acme },
            { QStringLiteral("title"), QStringLiteral("Buyer") },
            { QStringLiteral("phone"), QStringLiteral("+370 612 34567") },
            { QStringLiteral("email"), QStringLiteral("sarunas@pajurio.lt") },
            { QStringLiteral("decision_maker"), true },
            { QStringLiteral("consent_email"), true } });
    const QString vip
        = create(rs, QStringLiteral("tag"), { { QStringLiteral("name"), QStringLiteral("VIP") } });
    create(rs, QStringLiteral("tagging"),
        { { QStringLiteral("tag_id"), vip },
            { QStringLiteral("entity"), QStringLiteral("contact") },
            { QStringLiteral("record_id"), id } });
    create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("meeting") },
            { QStringLiteral("subject"), QStringLiteral("Showroom visit") },
            { QStringLiteral("contact_id"), id },
            { QStringLiteral("starts_at"), QStringLiteral("2026-06-10T10:00:00.000Z") } });

    ContactCardView card(f.context());
    QAbstractItemModelTester tester(card.timeline());
    card.showRecord(id);
    CHECK(card.nameLabel()->text() == QStringLiteral("Šarūnas Kazlauskas"));
    CHECK(card.roleLabel()->text().contains(QStringLiteral("Buyer")));
    CHECK(
        card.roleLabel()->text().contains(QStringLiteral("href=\"record:company/%1\"").arg(acme)));
    const QString details = card.detailsLabel()->text();
    CHECK(details.contains(QStringLiteral("href=\"tel:+37061234567\"")));
    CHECK(details.contains(QStringLiteral("href=\"mailto:sarunas@pajurio.lt\"")));
    CHECK(card.chipsLabel()->text().contains(QStringLiteral("#VIP")));
    CHECK(card.chipsLabel()->text().contains(QStringLiteral("Decision maker")));

    // The meeting and the creation (once, however many fields it set) are on the timeline, newest
    // first.
    QStringList rows;
    for (int r = 0; r < card.timeline()->rowCount(); ++r)
        rows << card.timeline()->index(r).data().toString();
    CHECK(rows.filter(QStringLiteral("Added to Tandem")).size() == 1);
    CHECK(rows.contains(QStringLiteral("Meeting: Showroom visit")));

    SECTION("clicking the company link asks the window to open the company")
    {
        QSignalSpy opened(&f.events, &DataEvents::openRequested);
        emit card.roleLabel()->linkActivated(QStringLiteral("record:company/%1").arg(acme));
        REQUIRE(opened.size() == 1);
        CHECK(opened.at(0).at(0).toString() == QStringLiteral("company"));
        CHECK(opened.at(0).at(1).toString() == acme);
    }
}

TEST_CASE(
    "Ctrl+L on a contact card logs a call in two keystrokes, and undo takes it back", "[ui][cards]")
{
    UiFixture f;
    const QString id = addContact(f.records(), QStringLiteral("Anna"), QStringLiteral("Kowalska"));
    ContactCardView card(f.context());
    card.resize(700, 600);
    card.showRecord(id);
    REQUIRE(showActive(card));
    const int before = card.timeline()->rowCount();

    QTest::keyClick(&card, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(card.quickLog()->isVisible());
    CHECK(card.quickLog()->kindBox()->currentData().toString() == QStringLiteral("call"));
    REQUIRE(card.quickLog()->textEdit()->hasFocus());
    typeText(card.quickLog()->textEdit(), QStringLiteral("Asked for a quote"));
    QTest::keyClick(card.quickLog()->textEdit(), Qt::Key_Return);
    typeText(card.quickLog()->textEdit(), QStringLiteral("Wants 40 pallets"));
    QTest::keyClick(card.quickLog()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    INFO(card.quickLog()->errorText().toStdString());
    CHECK_FALSE(card.quickLog()->isVisible());

    ListQuery q;
    q.where << qMakePair(QStringLiteral("contact_id"), QVariant(id));
    const auto calls = f.records().list(QStringLiteral("activity"), q);
    REQUIRE(calls->size() == 1);
    CHECK(calls->first().text(QStringLiteral("kind")) == QStringLiteral("call"));
    CHECK(calls->first().text(QStringLiteral("subject")) == QStringLiteral("Asked for a quote"));
    CHECK(calls->first().text(QStringLiteral("notes")).contains(QStringLiteral("40 pallets")));
    CHECK(calls->first().value(QStringLiteral("done")).toBool());
    CHECK(card.timeline()->rowCount() == before + 1);

    f.undoStack.undo();
    CHECK(f.records().list(QStringLiteral("activity"), q)->isEmpty());
    CHECK(card.timeline()->rowCount() == before);

    SECTION("an empty note is refused with a message and nothing is written")
    {
        QTest::keyClick(&card, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(card.quickLog()->kindBox()->currentData().toString() == QStringLiteral("note"));
        CHECK_FALSE(card.quickLog()->submit());
        CHECK(card.quickLog()->errorText() == QStringLiteral("Type what happened first."));
        CHECK(*f.records().count(QStringLiteral("activity")) == 0);
    }
}

TEST_CASE(
    "A company card shows its people as an org chart, its deals and its totals", "[ui][cards]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString acme = company(
        rs, QStringLiteral("Baltga"), { { QStringLiteral("status"), QStringLiteral("customer") } });
    const QString sub = company(
        rs, QStringLiteral("Baltga Logistics"), { { QStringLiteral("parent_id"), acme } });
    const QString ceo = addContact(rs, QStringLiteral("Rasa"), QStringLiteral("Vaitkutė"),
        { { QStringLiteral("company_id"), acme },
            { QStringLiteral("title"), QStringLiteral("CEO") },
            { QStringLiteral("decision_maker"), true } });
    const QString cfo = addContact(rs, QStringLiteral("Jonas"), QStringLiteral("Petraitis"),
        { { QStringLiteral("company_id"), acme }, { QStringLiteral("reports_to_id"), ceo } });
    addContact(rs, QStringLiteral("Ieva"), QStringLiteral("Žukauskaitė"),
        { { QStringLiteral("company_id"), acme }, { QStringLiteral("reports_to_id"), cfo } });
    addContact(rs, QStringLiteral("Tomas"), QStringLiteral("Kairys"),
        { { QStringLiteral("company_id"), acme } });
    addContact(rs, QStringLiteral("Other"), QStringLiteral("Person"),
        { { QStringLiteral("company_id"), sub } });
    create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Forklifts") },
            { QStringLiteral("company_id"), acme },
            { QStringLiteral("amount"), QStringLiteral("12000") },
            { QStringLiteral("status"), QStringLiteral("won") } });
    create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Racking") },
            { QStringLiteral("company_id"), acme },
            { QStringLiteral("amount"), QStringLiteral("3500.50") },
            { QStringLiteral("status"), QStringLiteral("open") } });
    create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Old tender") },
            { QStringLiteral("company_id"), acme },
            { QStringLiteral("amount"), QStringLiteral("900") },
            { QStringLiteral("status"), QStringLiteral("lost") } });

    CompanyCardView card(f.context());
    card.showRecord(acme);
    CHECK(card.nameLabel()->text() == QStringLiteral("Baltga"));
    QTreeWidget* chart = card.orgChart();
    REQUIRE(chart->topLevelItemCount() == 2); // Rasa (with her reports) and Tomas
    QStringList lines;
    for (int i = 0; i < chart->topLevelItemCount(); ++i)
        lines << treeTexts(chart->topLevelItem(i));
    CHECK(lines
        == QStringList { QStringLiteral("★ Rasa Vaitkutė"), QStringLiteral("  Jonas Petraitis"),
            QStringLiteral("    Ieva Žukauskaitė"), QStringLiteral("Tomas Kairys") });
    CHECK(chart->topLevelItem(0)->font(0).bold());

    REQUIRE(card.deals()->topLevelItemCount() == 3);
    CHECK(card.deals()->topLevelItem(0)->text(0) == QStringLiteral("Racking")); // open first
    const QString totals = card.totalsLabel()->text();
    INFO(totals.toStdString());
    CHECK(totals.contains(QStringLiteral("12,000.00")));
    CHECK(totals.contains(QStringLiteral("3,500.50")));
    CHECK(card.detailsLabel()->text().contains(QStringLiteral("record:company/%1").arg(sub)));

    SECTION("a reports-to cycle made by two laptops still shows everyone once")
    {
        REQUIRE(rs.update(
            QStringLiteral("contact"), ceo, { { QStringLiteral("reports_to_id"), cfo } }));
        f.events.notifyChanged(QStringLiteral("contact"), ceo);
        QStringList all;
        for (int i = 0; i < chart->topLevelItemCount(); ++i)
            all << treeTexts(chart->topLevelItem(i));
        CHECK(all.size() == 4);
    }
}

TEST_CASE("Filtering contacts by owner, tag, industry and idle days, and saving it as a segment",
    "[ui][filters]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString me = f.db->session().currentUserId();
    const QString other
        = create(rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Ona") } });
    const QString retail = company(rs, QStringLiteral("Retail UAB"),
        { { QStringLiteral("industry"), QStringLiteral("Retail") } });
    const QString metal = company(rs, QStringLiteral("Metal UAB"),
        { { QStringLiteral("industry"), QStringLiteral("Metal") } });
    const QString a = addContact(rs, QStringLiteral("Aistė"), QStringLiteral("A"),
        { { QStringLiteral("owner_id"), me }, { QStringLiteral("company_id"), retail } });
    const QString b = addContact(rs, QStringLiteral("Birutė"), QStringLiteral("B"),
        { { QStringLiteral("owner_id"), other }, { QStringLiteral("company_id"), retail } });
    addContact(rs, QStringLiteral("Česlovas"), QStringLiteral("C"),
        { { QStringLiteral("owner_id"), me }, { QStringLiteral("company_id"), metal } });
    const QString vip
        = create(rs, QStringLiteral("tag"), { { QStringLiteral("name"), QStringLiteral("VIP") } });
    create(rs, QStringLiteral("tagging"),
        { { QStringLiteral("tag_id"), vip },
            { QStringLiteral("entity"), QStringLiteral("contact") },
            { QStringLiteral("record_id"), b } });
    // Aistė was called yesterday (the test clock is at 2026-06-15).
    create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("call") }, { QStringLiteral("contact_id"), a },
            { QStringLiteral("starts_at"), QStringLiteral("2026-06-14T10:00:00.000Z") } });

    PartiesModule module(f.context(), QStringLiteral("contact"));
    QWidget* widget = module.createWidget(nullptr);
    std::unique_ptr<QWidget> owner(widget);
    ListFilterBar* bar = module.filterBar();
    RecordListModel* model = module.view()->model();
    QAbstractItemModelTester tester(model);
    CHECK(model->totalCount() == 3);

    auto choose = [](QComboBox* box, const QString& text) {
        const int i = box->findText(text);
        REQUIRE(i > 0);
        box->setCurrentIndex(i);
        emit box->activated(i);
    };
    choose(bar->industry(), QStringLiteral("Retail"));
    CHECK(model->totalCount() == 2);
    choose(bar->owner(), QStringLiteral("Tester"));
    CHECK(model->totalCount() == 1);
    CHECK(model->idAt(0) == a);
    bar->clear();
    CHECK(model->totalCount() == 3);

    choose(bar->tag(), QStringLiteral("VIP"));
    CHECK(model->totalCount() == 1);
    CHECK(model->idAt(0) == b);
    bar->clear();

    bar->idleDays()->setValue(30);
    CHECK(model->totalCount() == 2); // everyone but Aistė
    CHECK(model->rowOf(a) == -1);

    SECTION("a saved segment brings the same list back")
    {
        choose(bar->industry(), QStringLiteral("Retail"));
        REQUIRE(model->totalCount() == 1); // Birutė: Retail and not contacted for 30 days
        Prompter::answerNextText(QStringLiteral("Retail to call"));
        REQUIRE(bar->saveSegment());
        const auto segment = Segments::find(
            f.db->session(), QStringLiteral("contact"), QStringLiteral("Retail to call"));
        REQUIRE(segment);
        bar->clear();
        CHECK(model->totalCount() == 3);
        REQUIRE(bar->applySegment(segment->id));
        CHECK(model->totalCount() == 1);
        CHECK(model->idAt(0) == b);
        CHECK(bar->idleDays()->value() == 30);
        CHECK(bar->industry()->currentText() == QStringLiteral("Retail"));
        CHECK(bar->segments()->currentText() == QStringLiteral("Retail to call"));

        // Saving it was one step of Edit › Undo.
        REQUIRE(f.undoStack.count() == 1);
        CHECK(f.undoStack.undoText() == QStringLiteral("Save segment Retail to call"));
        f.undoStack.undo();
        CHECK_FALSE(Segments::find(
            f.db->session(), QStringLiteral("contact"), QStringLiteral("Retail to call")));
        CHECK(bar->segments()->findText(QStringLiteral("Retail to call")) == -1);
    }
}
