// The company card's Documents tab: the offers, contracts and letters of the company's deals and
// people, a filter, Open and Save a copy with the kept bytes, and a document made elsewhere showing
// up while the card is open.
#include "UiTestSupport.h"

#include "common/Prompter.h"
#include "contacts/CompanyCardView.h"
#include "contacts/CompanyDocumentsView.h"
#include "documents/GeneratedDocuments.h"
#include "services/DealFlow.h"
#include "store/Session.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

using Column = CompanyDocumentsView::Column;

struct TimberDesk : UiFixture {
    QString timber;
    QString pallets;
    QString ieva;
    QString sawmill;
    QString kilns;
    QString offer;
    QString contract;
    QString letter;

    TimberDesk()
    {
        RecordStore& rs = records();
        timber = create(rs, "company", { { "name", "Baltic Timber" }, { "country", "LV" } });
        pallets = create(rs, "company", { { "name", "Nordic Pallets" }, { "country", "SE" } });
        ieva = addContact(rs, "Ieva", "Kalniņa", { { "company_id", timber } });
        sawmill = deal("Sawmill line 2026", timber);
        kilns = deal("Drying kilns", timber);
        offer = document(
            "2026-03-02", "Offer Q-2026-0004 v1.pdf", DocumentKind::Offer, "deal", sawmill);
        contract = document(
            "2026-05-20", "Contract Q-2026-0007 v2.pdf", DocumentKind::Contract, "deal", kilns);
        letter = document(
            "2026-04-11", "Letter to Ieva Kalniņa.pdf", DocumentKind::Letter, "contact", ieva);
        document("2026-04-01", "Offer Q-2026-0005 v1.pdf", DocumentKind::Offer, "deal",
            deal("Export crates", pallets));
        db->clock().set(QDateTime(QDate(2026, 6, 12), QTime(12, 0), Qt::UTC));
        REQUIRE(GeneratedDocuments::markSent(db->session(), offer, "ieva@baltictimber.lv"));
    }

    QString deal(const QString& title, const QString& company)
    {
        auto id = DealFlow::create(db->session(),
            { { "title", title }, { "company_id", company }, { "currency", "EUR" } });
        REQUIRE(id);
        return *id;
    }

    static QByteArray bytesOf(const QString& name)
    {
        return QByteArray("%PDF-1.4\n% ") + name.toUtf8() + QByteArray("\n%%EOF\n");
    }

    // Made at noon UTC on `day`, so the day reads the same in any time zone the tests run in.
    QString document(const QString& day, const QString& name, DocumentKind kind,
        const QString& entity, const QString& recordId)
    {
        db->clock().set(QDateTime(QDate::fromString(day, Qt::ISODate), QTime(12, 0), Qt::UTC));
        auto id = GeneratedDocuments::store(
            db->session(), { name, kind, entity, recordId, {}, bytesOf(name) });
        REQUIRE(id);
        return *id;
    }
};

QStringList column(QTreeWidget* list, int c, bool visibleOnly = false)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (!visibleOnly || !list->topLevelItem(i)->isHidden())
            out << list->topLevelItem(i)->text(c);
    }
    return out;
}

QTreeWidgetItem* rowNamed(QTreeWidget* list, const QString& name)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(Column::Name) == name)
            return list->topLevelItem(i);
    }
    FAIL("no row " << name.toStdString());
    return nullptr;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("The company card lists the documents of its deals and people, newest first",
    "[company-documents]")
{
    TimberDesk desk;
    CompanyCardView card(desk.context());
    card.showRecord(desk.timber);
    CompanyDocumentsView* view = card.documents();
    QTabWidget* tabs = card.sections();
    CHECK(tabs->tabText(tabs->indexOf(view)) == "Documents (3)");
    CHECK(tabs->tabText(2) == "Cases (0 open)");

    QTreeWidget* list = view->list();
    CHECK(column(list, Column::Name)
        == QStringList { "Contract Q-2026-0007 v2.pdf", "Letter to Ieva Kalniņa.pdf",
            "Offer Q-2026-0004 v1.pdf" });
    CHECK(column(list, Column::For)
        == QStringList { "Drying kilns", "Ieva Kalniņa", "Sawmill line 2026" });
    CHECK(column(list, Column::MadeBy) == QStringList { "Tester", "Tester", "Tester" });
    CHECK(list->topLevelItem(0)->text(Column::Made).startsWith("20/05/2026"));
    CHECK(column(list, Column::SentTo) == QStringList { "", "", "ieva@baltictimber.lv" });
    CHECK(list->topLevelItem(0)->text(Column::Sent).isEmpty());
    CHECK(list->topLevelItem(2)->text(Column::Sent).startsWith("12/06/2026"));
    CHECK_FALSE(view->openButton()->isEnabled()); // nothing chosen yet

    SECTION("another company's card shows only its own")
    {
        card.showRecord(desk.pallets);
        CHECK(column(list, Column::Name) == QStringList { "Offer Q-2026-0005 v1.pdf" });
        CHECK(tabs->tabText(tabs->indexOf(view)) == "Documents (1)");
    }
    SECTION("a company without documents says where they come from")
    {
        const QString quiet = create(desk.records(), "company", { { "name", "Quiet Oak" } });
        card.showRecord(quiet);
        CHECK(list->topLevelItemCount() == 0);
        CHECK(tabs->tabText(tabs->indexOf(view)) == "Documents (0)");
        CHECK(list->isHidden());
        CHECK(view->findChild<QLabel*>("noDocuments")->text().startsWith("No documents yet."));
    }
}

TEST_CASE("The filter matches a document's name, what it was for and to whom it went",
    "[company-documents]")
{
    TimberDesk desk;
    CompanyCardView card(desk.context());
    card.showRecord(desk.timber);
    CompanyDocumentsView* view = card.documents();
    QTreeWidget* list = view->list();
    list->setCurrentItem(rowNamed(list, "Contract Q-2026-0007 v2.pdf"));
    CHECK(view->openButton()->isEnabled());

    // Typed without the ņ.
    typeText(view->filterEdit(), "kalnina");
    CHECK(column(list, Column::Name, true) == QStringList { "Letter to Ieva Kalniņa.pdf" });
    // The chosen row went out of sight: nothing to open.
    CHECK_FALSE(view->openButton()->isEnabled());
    CHECK(view->openCurrent().isEmpty());

    // The letter (for Ieva) and the offer (sent to her).
    view->filterEdit()->clear();
    typeText(view->filterEdit(), "ieva");
    CHECK(column(list, Column::Name, true)
        == QStringList { "Letter to Ieva Kalniņa.pdf", "Offer Q-2026-0004 v1.pdf" });
    view->filterEdit()->setText("KILNS");
    CHECK(column(list, Column::Name, true) == QStringList { "Contract Q-2026-0007 v2.pdf" });
    view->filterEdit()->setText("contract kilns");
    CHECK(column(list, Column::Name, true) == QStringList { "Contract Q-2026-0007 v2.pdf" });
    view->filterEdit()->setText("contract sawmill");
    CHECK(column(list, Column::Name, true).isEmpty());
    view->filterEdit()->clear();
    CHECK(column(list, Column::Name, true).size() == 3);
}

TEST_CASE("Open hands the viewer the kept bytes; Save a copy writes them where the user says",
    "[company-documents]")
{
    TimberDesk desk;
    CompanyCardView card(desk.context());
    card.resize(900, 700);
    card.showRecord(desk.timber);
    CompanyDocumentsView* view = card.documents();
    card.sections()->setCurrentWidget(view);
    REQUIRE(showActive(card));
    QTreeWidget* list = view->list();
    QStringList opened;
    view->setOpener([&](const QString& path) { opened << path; });

    SECTION("Open")
    {
        list->setCurrentItem(rowNamed(list, "Letter to Ieva Kalniņa.pdf"));
        QTest::mouseClick(view->openButton(), Qt::LeftButton);
        REQUIRE(opened.size() == 1);
        CHECK(QFileInfo(opened[0]).fileName() == "Letter to Ieva Kalniņa.pdf");
        CHECK(readAll(opened[0]) == TimberDesk::bytesOf("Letter to Ieva Kalniņa.pdf"));
    }
    SECTION("a double-click opens the row clicked")
    {
        QTreeWidgetItem* row = rowNamed(list, "Contract Q-2026-0007 v2.pdf");
        const QPoint at = list->visualItemRect(row).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
        REQUIRE(opened.size() == 1);
        CHECK(readAll(opened[0]) == TimberDesk::bytesOf("Contract Q-2026-0007 v2.pdf"));
    }
    SECTION("Save a copy")
    {
        QTemporaryDir out;
        const QString path = out.filePath("umowa.pdf");
        list->setCurrentItem(rowNamed(list, "Offer Q-2026-0004 v1.pdf"));
        Prompter::answerNextFile(path);
        QTest::mouseClick(view->saveButton(), Qt::LeftButton);
        CHECK(readAll(path) == TimberDesk::bytesOf("Offer Q-2026-0004 v1.pdf"));
        REQUIRE(Prompter::shown().size() == 1);
        CHECK(Prompter::shown()[0].kind == Prompter::Kind::SaveFile);
        CHECK(opened.isEmpty());
    }
    SECTION("Save a copy cancelled writes nothing")
    {
        list->setCurrentItem(rowNamed(list, "Offer Q-2026-0004 v1.pdf"));
        Prompter::answerNextFile(QString());
        CHECK_FALSE(view->saveCurrentAs());
    }
}

TEST_CASE("A document made while the card is open appears when the change is announced",
    "[company-documents]")
{
    TimberDesk desk;
    CompanyCardView card(desk.context());
    card.showRecord(desk.timber);
    CompanyDocumentsView* view = card.documents();
    QTreeWidget* list = view->list();
    list->setCurrentItem(rowNamed(list, "Letter to Ieva Kalniņa.pdf"));

    const QString order = desk.document("2026-06-10", "Order confirmation Q-2026-0007 v2.pdf",
        DocumentKind::OrderConfirmation, "deal", desk.kilns);
    CHECK(list->topLevelItemCount() == 3); // not yet told
    desk.events.notifyChanged("attachment", order);
    CHECK(column(list, Column::Name).first() == "Order confirmation Q-2026-0007 v2.pdf");
    CHECK(column(list, Column::For).first() == "Drying kilns");
    CHECK(card.sections()->tabText(card.sections()->indexOf(view)) == "Documents (4)");
    // The row the user had chosen stays chosen.
    REQUIRE(list->currentItem());
    CHECK(list->currentItem()->text(Column::Name) == "Letter to Ieva Kalniņa.pdf");

    SECTION("and leaves when it is removed")
    {
        REQUIRE(desk.records().remove("attachment", order));
        desk.events.notifyChanged("attachment", order);
        CHECK(list->topLevelItemCount() == 3);
        CHECK(card.sections()->tabText(card.sections()->indexOf(view)) == "Documents (3)");
    }
}

TEST_CASE("Screenshot of a company's documents", "[.company-documents-shots]")
{
    TimberDesk desk;
    const QDir shots(qEnvironmentVariable("TANDEM_SCREENSHOT_DIR"));
    REQUIRE(shots.exists());
    RecordStore& rs = desk.records();
    const QString maris = addContact(
        rs, "Māris", "Ozols", { { "company_id", desk.timber }, { "title", "Purchasing manager" } });
    const QString roof = desk.deal("Roof trusses for Jelgava depot", desk.timber);
    desk.document("2026-01-28", "Offer Q-2026-0001 v1.pdf", DocumentKind::Offer, "deal", roof);
    desk.document("2026-02-03", "Offer Q-2026-0001 v2.pdf", DocumentKind::Offer, "deal", roof);
    desk.document("2026-02-17", "Order confirmation Q-2026-0001 v2.pdf",
        DocumentKind::OrderConfirmation, "deal", roof);
    const QString thanks = desk.document(
        "2026-02-20", "Letter to Māris Ozols.pdf", DocumentKind::Letter, "contact", maris);
    desk.document(
        "2026-06-14", "Offer Q-2026-0004 v2.pdf", DocumentKind::Offer, "deal", desk.sawmill);
    desk.db->clock().set(QDateTime(QDate(2026, 5, 21), QTime(8, 30), Qt::UTC));
    REQUIRE(
        GeneratedDocuments::markSent(desk.db->session(), desk.contract, "ieva@baltictimber.lv"));
    REQUIRE(
        GeneratedDocuments::markSent(desk.db->session(), thanks, "maris.ozols@baltictimber.lv"));

    CompanyCardView card(desk.context());
    card.resize(1000, 760);
    card.showRecord(desk.timber);
    card.sections()->setCurrentWidget(card.documents());
    REQUIRE(showActive(card));
    card.documents()->list()->setCurrentItem(card.documents()->list()->topLevelItem(1));
    REQUIRE(card.grab().save(shots.filePath("company-card-documents.png")));
    typeText(card.documents()->filterEdit(), "ieva");
    REQUIRE(card.grab().save(shots.filePath("company-card-documents-filtered.png")));
    card.showRecord(create(rs, "company", { { "name", "Quiet Oak" } }));
    REQUIRE(card.grab().save(shots.filePath("company-card-no-documents.png")));
}
