// The product catalogue in the window: products found as the user types part of a name, a
// product made through the form, undone; price lists on their own tab; and the mailing screenshots.
#include "UiTestSupport.h"

#include "catalogue/CatalogueModule.h"
#include "common/Prompter.h"
#include "mailing/MailingDialog.h"
#include "mainwindow/MainWindow.h"
#include "records/FieldEditor.h"
#include "records/RecordForm.h"
#include "records/RecordListModel.h"
#include "records/RecordListView.h"
#include "services/Segments.h"
#include "store/Session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString product(RecordStore& rs, const char* sku, const char* name, const char* unit,
    const char* price, const char* currency, const char* category, bool active = true)
{
    return create(rs, s("product"),
        { { s("sku"), s(sku) }, { s("name"), s(name) }, { s("unit"), s(unit) },
            { s("price"), QString::fromLatin1(price).toDouble() }, { s("currency"), s(currency) },
            { s("vat_rate"), 21.0 }, { s("category"), s(category) }, { s("active"), active } });
}

// A furniture maker's catalogue: five products, a price list in euro and one in złoty.
struct CatalogueFixture : UiFixture {
    CatalogueFixture()
    {
        RecordStore& rs = records();
        stalas
            = product(rs, "BM-STL-180", "Ąžuolinis stalas 180 cm", "vnt.", "649", "EUR", "Stalai");
        product(rs, "BM-STL-120", "Beržinis stalas 120 cm", "vnt.", "389", "EUR", "Stalai");
        lentyna
            = product(rs, "BM-LNT-090", "Pušinė lentyna 90 cm", "vnt.", "119.5", "EUR", "Lentynos");
        product(rs, "BM-KD-01", "Kėdė „Neris“", "vnt.", "84.9", "EUR", "Kėdės");
        product(rs, "BM-ALY-5L", "Aliejus medienai 5 l", "l", "12.4", "EUR", "Priežiūra", false);
        euro = create(
            rs, s("price_list"), { { s("name"), s("Didmena 2027") }, { s("currency"), s("EUR") } });
        zloty = create(rs, s("price_list"),
            { { s("name"), s("Cennik hurtowy PL") }, { s("currency"), s("PLN") } });
        create(rs, s("price_list_item"),
            { { s("price_list_id"), euro }, { s("product_id"), stalas }, { s("price"), 599.0 },
                { s("currency"), s("EUR") } });
        create(rs, s("price_list_item"),
            { { s("price_list_id"), zloty }, { s("product_id"), stalas }, { s("price"), 2790.0 },
                { s("currency"), s("PLN") } });
    }
    QString stalas, lentyna, euro, zloty;
};

// Every cell shown in the list, row by row.
QStringList shownRows(const RecordListView& view)
{
    QStringList rows;
    const QAbstractItemModel* model = view.model();
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

bool listShows(const RecordListView& view, const QString& text)
{
    for (const QString& row : shownRows(view)) {
        if (row.contains(text))
            return true;
    }
    return false;
}

QAction* actionNamed(const Module& module, const QString& name)
{
    for (QAction* a : module.actions()) {
        if (a->objectName() == name)
            return a;
    }
    FAIL("no action " << name.toStdString());
    return nullptr;
}

void typeInto(FieldEditor* editor, const QString& text)
{
    REQUIRE(editor);
    auto* edit = qobject_cast<QLineEdit*>(editor->input());
    REQUIRE(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

} // namespace

TEST_CASE("the catalogue finds a product as the user types part of its name", "[mailing]")
{
    CatalogueFixture f;
    CatalogueModule module(f.context());
    QWidget host;
    module.createWidget(&host);
    RecordListView* products = module.view(s("product"));
    REQUIRE(products);
    QAbstractItemModelTester tester(products->model());
    CHECK(module.tabs()->count() == 4);
    CHECK(module.tabs()->currentIndex() == 0);
    REQUIRE(waitFor([&] { return products->model()->rowCount() == 5; }));

    SECTION("part of a name")
    {
        typeText(products->filterEdit(), s("lentyn"));
        REQUIRE(waitFor([&] { return products->model()->rowCount() == 1; }));
        CHECK(listShows(*products, s("Pušinė lentyna 90 cm")));
        CHECK(listShows(*products, s("BM-LNT-090")));
    }
    SECTION("a word two products share, then narrowed")
    {
        typeText(products->filterEdit(), s("stalas"));
        REQUIRE(waitFor([&] { return products->model()->rowCount() == 2; }));
        CHECK(listShows(*products, s("BM-STL-180")));
        CHECK(listShows(*products, s("BM-STL-120")));
        typeText(products->filterEdit(), s(" 180"));
        REQUIRE(waitFor([&] { return products->model()->rowCount() == 1; }));
        CHECK(listShows(*products, s("Ąžuolinis stalas 180 cm")));
        CHECK_FALSE(listShows(*products, s("Beržinis")));
    }
}

TEST_CASE("a product made in the catalogue's form appears, and undo takes it away", "[mailing]")
{
    CatalogueFixture f;
    CatalogueModule module(f.context());
    QWidget host;
    module.createWidget(&host);
    RecordListView* products = module.view(s("product"));
    REQUIRE(waitFor([&] { return products->model()->rowCount() == 5; }));
    QAction* save = actionNamed(module, s("saveAction"));
    CHECK_FALSE(save->isEnabled());

    actionNamed(module, s("newAction"))->trigger();
    RecordForm* form = products->form();
    REQUIRE(form->isNew());
    CHECK(save->isEnabled()); // follows the products tab's own command
    typeInto(form->editor(s("name")), s("Eglinė spinta 2 durų"));
    typeInto(form->editor(s("sku")), s("BM-SPN-200"));
    save->trigger();
    const QString id = form->recordId();
    REQUIRE_FALSE(id.isEmpty());
    const auto stored = f.records().get(s("product"), id);
    REQUIRE(stored);
    CHECK(stored->text(s("sku")) == s("BM-SPN-200"));
    REQUIRE(waitFor([&] { return listShows(*products, s("Eglinė spinta 2 durų")); }));
    CHECK(products->model()->rowCount() == 6);

    f.undoStack.undo();
    const auto after = f.records().get(s("product"), id);
    CHECK((!after || after->deleted));
    REQUIRE(waitFor([&] { return !listShows(*products, s("Eglinė spinta")); }));
    CHECK(products->model()->rowCount() == 5);
}

TEST_CASE("price lists and their prices open on their own catalogue tabs", "[mailing]")
{
    CatalogueFixture f;
    CatalogueModule module(f.context());
    QWidget host;
    module.createWidget(&host);
    CHECK(module.entities() == QStringList { s("product"), s("price_list"), s("price_list_item") });
    REQUIRE(module.open(s("price_list"), f.zloty));
    CHECK(module.tabs()->currentIndex() == 1);
    CHECK(module.view(s("price_list"))->form()->recordId() == f.zloty);
    RecordListView* items = module.view(s("price_list_item"));
    REQUIRE(waitFor([&] { return items->model()->rowCount() == 2; }));
    CHECK(listShows(*items, s("Cennik hurtowy PL")));
    CHECK_FALSE(module.open(s("deal"), f.zloty));
}

TEST_CASE("the main window offers the catalogue and the mail merge", "[mailing]")
{
    CatalogueFixture f;
    MainWindow window(f.db->session());
    REQUIRE(window.module(s("catalogue")));
    QAction* mailing = window.action(s("mailingAction"));
    REQUIRE(mailing);
    CHECK(mailing->text().contains(s("Mail merge and labels")));
    window.showModule(s("catalogue"));
    CHECK(window.currentModule()->key() == s("catalogue"));
    CHECK(window.findChildren<MailingDialog*>().isEmpty());
    mailing->trigger();
    auto dialogs = window.findChildren<MailingDialog*>();
    REQUIRE(dialogs.size() == 1);
    dialogs.first()->close();
}

TEST_CASE("mailing and catalogue screenshots", "[.mailing-shots]")
{
    const QDir out(qEnvironmentVariable("TANDEM_SCREENSHOT_DIR"));
    REQUIRE(out.exists());
    CatalogueFixture f;
    RecordStore& rs = f.records();
    REQUIRE(f.db->session().setSetting(s("company_name"), s("UAB Baltijos Medis")));
    REQUIRE(f.db->session().setSetting(s("company_country"), s("LT")));
    REQUIRE(f.db->session().setSetting(
        s("letterhead"), s("Savanorių pr. 178, LT-03154 Vilnius\nTel. +370 5 213 4455")));
    struct Who {
        const char *first, *last, *street, *postcode, *city, *country;
        bool consent;
    };
    const QList<Who> people {
        { "Ona", "Kazlauskienė", "Laisvės al. 10-4", "44280", "Kaunas", "LT", true },
        { "Mindaugas", "Šimkus", "Gedimino pr. 9", "01103", "Vilnius", "LT", true },
        { "Rasa", "Žemaitienė", "Tilžės g. 22", "76281", "Šiauliai", "LT", true },
        { "Anna", "Nowak", "ul. Długa 5/7", "80-831", "Gdańsk", "PL", true },
        { "Katarzyna", "Wiśniewska", "ul. Piotrkowska 112", "90-006", "Łódź", "PL", true },
        { "Petras", "Jonaitis", "Pylimo g. 1", "01118", "Vilnius", "LT", false },
        { "Rūta", "Vaitkutė", "Pilies g. 4", "", "Vilnius", "LT", true },
    };
    for (const Who& w : people)
        create(rs, s("contact"),
            { { s("first_name"), s(w.first) }, { s("last_name"), s(w.last) },
                { s("department"), s("Mail") }, { s("street"), s(w.street) },
                { s("postcode"), s(w.postcode) }, { s("city"), s(w.city) },
                { s("country"), s(w.country) }, { s("consent_post"), w.consent },
                { s("language"), QString::fromLatin1(w.country).toLower() } });
    ListQuery mail;
    mail.where << qMakePair(s("department"), QVariant(s("Mail")));
    REQUIRE(Segments::save(f.db->session(), s("contact"), s("Rudens laiškas klientams"), mail));

    MailingDialog dialog(f.context());
    REQUIRE(dialog.setSegment(s("Rudens laiškas klientams")));
    dialog.bodyEdit()->setHtml(
        s("<p>Kviečiame Jus į rudens baldų parodą Kaune, „Žalgirio“ arenoje, spalio 14–16 d. "
          "Parodoje pristatysime naują ąžuolinių stalų kolekciją.</p>"
          "<p>Užsiregistravusiems svečiams – 10 % nuolaida visam asortimentui.</p>"));
    dialog.skipSpin()->setValue(4);
    dialog.show();
    QTest::qWait(250);
    REQUIRE(dialog.grab().save(out.filePath(s("mailing-dialog.png"))));

    const auto toPng = [&](const QString& pdf, const QString& prefix) {
        QProcess p;
        p.start(s("pdftoppm"),
            { s("-png"), s("-r"), s("60"), s("-f"), s("1"), s("-l"), s("1"), pdf,
                out.filePath(prefix) });
        REQUIRE(p.waitForFinished(30000));
        CHECK(p.exitCode() == 0);
    };
    const QString labels = out.filePath(s("mailing-labels.pdf"));
    Prompter::answerNextFile(labels);
    REQUIRE(dialog.saveLabelsPdf());
    toPng(labels, s("mailing-labels"));
    const QString letters = out.filePath(s("mailing-letters.pdf"));
    Prompter::answerNextFile(letters);
    REQUIRE(dialog.saveLettersPdf());
    toPng(letters, s("mailing-letters"));
    dialog.close();

    MainWindow window(f.db->session());
    window.resize(1400, 860);
    window.show();
    window.showModule(s("catalogue"));
    auto* catalogue = dynamic_cast<CatalogueModule*>(window.module(s("catalogue")));
    REQUIRE(catalogue);
    REQUIRE(catalogue->open(s("product"), f.stalas));
    QTest::qWait(300);
    REQUIRE(window.grab().save(out.filePath(s("catalogue-products.png"))));
    REQUIRE(catalogue->open(s("price_list"), f.euro));
    QTest::qWait(300);
    REQUIRE(window.grab().save(out.filePath(s("catalogue-price-lists.png"))));
}
