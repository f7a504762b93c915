// Sales materials with a deal and its offer: attached from the library to the deal's documents,
// sent with the offer's e-mail beside the PDF, frozen once the offer is sent.
#include "UiTestSupport.h"

#include "common/Prompter.h"
#include "deals/DealCardView.h"
#include "documents/Materials.h"
#include "materials/MaterialPicker.h"
#include "materials/MaterialSearchBar.h"
#include "quotes/DealDocumentsView.h"
#include "quotes/DealQuotesView.h"
#include "quotes/QuoteEditor.h"
#include "quotes/QuoteMaterials.h"
#include "services/DealFlow.h"
#include "store/Session.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A furniture maker's deal with a Lithuanian customer, and the team's library.
struct MaterialsDesk : UiFixture {
    QString deal;
    QString product;
    QString kainos;
    QString katalogas;
    QString cennik;
    QByteArray kainosBytes = sampleFile("%PDF-1.4 kainos", 6000);
    QByteArray katalogasBytes = sampleFile("%PDF-1.4 katalogas", 15000);

    MaterialsDesk()
    {
        RecordStore& rs = records();
        const QString company = create(rs, s("company"),
            { { "name", s("UAB Medžio namai") }, { "country", "LT" },
                { "email", "info@medzionamai.lt" } });
        const QString contact = create(rs, s("contact"),
            { { "first_name", s("Aušra") }, { "last_name", s("Žemaitienė") },
                { "company_id", company }, { "email", "ausra@medzionamai.lt" } });
        auto id = DealFlow::create(db->session(),
            { { "title", s("Biuro baldai 2026") }, { "company_id", company },
                { "contact_id", contact }, { "currency", "EUR" } });
        REQUIRE(id);
        deal = *id;
        product = create(rs, s("product"),
            { { "name", s("Ąžuolinis stalas 180 cm") }, { "sku", "BM-STL-180" }, { "unit", "vnt." },
                { "price", "649" }, { "currency", "EUR" }, { "vat_rate", "21" } });
        kainos = add("Kainoraštis 2026.pdf", kainosBytes, "brochure, lt, price list");
        katalogas = add("Ąžuoliniai baldai — katalogas.pdf", katalogasBytes, "brochure, lt");
        cennik = add("Cennik hurtowy 2026.pdf", sampleFile("%PDF cennik", 3000), "pl, price list");
    }

    QString add(const char* name, const QByteArray& content, const char* tags)
    {
        auto id = Materials::add(db->session(), s(name), content, Materials::parseTags(s(tags)));
        REQUIRE(id);
        return *id;
    }
};

QStringList names(const QTreeWidget* list, int column = 0)
{
    QStringList shown;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        shown << list->topLevelItem(i)->text(column);
    return shown;
}

QStringList names(const QListWidget* list)
{
    QStringList shown;
    for (int i = 0; i < list->count(); ++i)
        shown << list->item(i)->text();
    return shown;
}

} // namespace

TEST_CASE("Files attached from the library show on the deal's Documents tab; undo takes them off",
    "[materials][quotes]")
{
    MaterialsDesk desk;
    DealCardView card(desk.context());
    card.showRecord(desk.deal);
    DealDocumentsView* docs = card.documentsView();
    REQUIRE(docs->list()->topLevelItemCount() == 0);

    // In the picker: "price list" tagged lt leaves the Lithuanian price list; it is ticked.
    MaterialPicker::answerNext([&](MaterialPicker& picker) {
        CHECK(picker.list()->count() == 3);
        typeText(picker.searchBar()->searchField(), s("pri"));
        CHECK(picker.list()->count() == 2);
        picker.searchBar()->setTag(s("lt"));
        REQUIRE(picker.list()->count() == 1);
        CHECK(picker.list()->item(0)->text().startsWith(s("Kainoraštis 2026.pdf")));
        picker.list()->item(0)->setCheckState(Qt::Checked);
        // Ticks stay while the search shows other files.
        picker.searchBar()->setTag(QString());
        picker.searchBar()->searchField()->clear();
        REQUIRE(picker.tick(desk.katalogas));
        return true;
    });
    REQUIRE(docs->attachFromLibrary());
    CHECK(names(docs->list())
        == QStringList { s("Ąžuoliniai baldai — katalogas.pdf"), s("Kainoraštis 2026.pdf") });
    CHECK(names(docs->list(), 5) == QStringList { "Sales material", "Sales material" });
    CHECK(desk.undoStack.count() == 1);

    // The deal keeps what the customer was given when the library's file gets a new version.
    REQUIRE(Materials::replace(desk.db->session(), desk.kainos, {}, sampleFile("%PDF v2", 7000)));
    QString opened;
    docs->setOpener([&](const QString& path) { opened = path; });
    for (int i = 0; i < docs->list()->topLevelItemCount(); ++i) {
        if (docs->list()->topLevelItem(i)->text(0) == s("Kainoraštis 2026.pdf"))
            docs->list()->setCurrentItem(docs->list()->topLevelItem(i));
    }
    REQUIRE_FALSE(docs->openCurrent().isEmpty());
    CHECK(readFile(opened) == desk.kainosBytes);

    desk.undoStack.undo();
    CHECK(docs->list()->topLevelItemCount() == 0);
    desk.undoStack.redo();
    CHECK(docs->list()->topLevelItemCount() == 2);

    SECTION("cancelling the picker attaches nothing")
    {
        MaterialPicker::answerNext([](MaterialPicker& picker) {
            picker.list()->item(0)->setCheckState(Qt::Checked);
            return false;
        });
        CHECK_FALSE(docs->attachFromLibrary());
        CHECK(docs->list()->topLevelItemCount() == 2);
        CHECK(desk.undoStack.count() == 1);
    }
}

TEST_CASE(
    "The offer's e-mail carries the materials chosen for it beside the PDF", "[materials][quotes]")
{
    MaterialsDesk desk;
    DealCardView card(desk.context());
    card.showRecord(desk.deal);
    const QString quote = card.quotesView()->newQuote();
    REQUIRE_FALSE(quote.isEmpty());
    QuoteEditor* editor = card.quoteEditor();
    REQUIRE(editor);
    REQUIRE(editor->addProduct(desk.product));
    QuoteMaterials* materials = editor->materials();
    CHECK(materials->list()->count() == 0);

    MaterialPicker::answerNext([&](MaterialPicker& picker) {
        REQUIRE(picker.tick(desk.kainos));
        REQUIRE(picker.tick(desk.katalogas));
        return true;
    });
    REQUIRE(materials->addButton()->isEnabled());
    REQUIRE(materials->addFromLibrary());
    CHECK(names(materials->list())
        == QStringList { s("Ąžuoliniai baldai — katalogas.pdf"), s("Kainoraštis 2026.pdf") });
    // The copies are the deal's documents too.
    CHECK(card.documentsView()->list()->topLevelItemCount() == 2);

    SECTION("removed from the offer, and undone")
    {
        materials->list()->item(0)->setSelected(true);
        REQUIRE(materials->removeSelected());
        CHECK(names(materials->list()) == QStringList { s("Kainoraštis 2026.pdf") });
        CHECK(Materials::library(desk.db->session()).size() == 3); // the library keeps its file
        desk.undoStack.undo();
        CHECK(materials->list()->count() == 2);
    }
    SECTION("sent: the launcher gets the PDF and the materials' own bytes")
    {
        QTemporaryDir out;
        editor->setOutputFolder(out.path());
        QStringList files;
        QString to;
        editor->setMailLauncher(
            [&](const QStringList& f, const QString& t, const QString&, const QString&) {
                files = f;
                to = t;
            });
        Prompter::answerNext(QMessageBox::Yes);
        REQUIRE(editor->sendByEmail());
        CHECK(to == "ausra@medzionamai.lt");
        REQUIRE(files.size() == 3);
        CHECK(QFileInfo(files.at(0)).suffix() == "pdf");
        CHECK(readFile(files.at(0)).startsWith("%PDF"));
        CHECK(QFileInfo(files.at(1)).fileName() == s("Ąžuoliniai baldai — katalogas.pdf"));
        CHECK(readFile(files.at(1)) == desk.katalogasBytes);
        CHECK(QFileInfo(files.at(2)).fileName() == s("Kainoraštis 2026.pdf"));
        CHECK(readFile(files.at(2)) == desk.kainosBytes);
        for (const QString& f : files)
            CHECK(QFileInfo(f).dir() == QDir(out.path()));

        // "Sent" stays on the offer's PDF, not on the brochures sent with it.
        QTreeWidget* docs = card.documentsView()->list();
        REQUIRE(docs->topLevelItemCount() == 3);
        for (int i = 0; i < docs->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = docs->topLevelItem(i);
            INFO(item->text(0).toStdString());
            CHECK(item->text(3).isEmpty() == (item->text(5) == "Sales material"));
        }

        // A sent quote's materials are what the customer got.
        CHECK_FALSE(materials->addButton()->isEnabled());
        CHECK_FALSE(materials->addFromLibrary());
        materials->list()->item(0)->setSelected(true);
        CHECK_FALSE(materials->removeButton()->isEnabled());
        CHECK_FALSE(materials->removeSelected());
        CHECK(materials->list()->count() == 2);
    }
}

TEST_CASE("Screenshot of the quote editor with materials", "[.materials-shots]")
{
    MaterialsDesk desk;
    const QDir shots(qEnvironmentVariable("TANDEM_SCREENSHOT_DIR"));
    REQUIRE(shots.exists());
    DealCardView card(desk.context());
    card.showRecord(desk.deal);
    REQUIRE_FALSE(card.quotesView()->newQuote().isEmpty());
    QuoteEditor* editor = card.quoteEditor();
    REQUIRE(editor->addProduct(desk.product));
    REQUIRE(editor->materials()->attach({ desk.kainos, desk.katalogas }));
    editor->resize(1000, 680);
    showActive(*editor);
    QTest::qWait(200);
    REQUIRE(editor->grab().save(shots.filePath("quote-editor-materials.png")));
    editor->hide();
    card.resize(900, 620);
    showActive(card);
    card.findChild<QTabWidget*>(QStringLiteral("dealPaperwork"))->setCurrentIndex(1);
    QTest::qWait(200);
    REQUIRE(card.grab().save(shots.filePath("deal-card-materials.png")));

    MaterialPicker picker(desk.db->session(), QStringLiteral("Attach from the sales materials"));
    picker.tick(desk.kainos);
    showActive(picker);
    QTest::qWait(100);
    REQUIRE(picker.grab().save(shots.filePath("material-picker.png")));
}
