// The quote builder on a deal: lines from the catalogue at their list price, totals as the user
// types, undo, the frozen sent quote, the manager's approval, the PDF kept and sent by e-mail.
#include "UiTestSupport.h"

#include "common/Prompter.h"
#include "deals/DealCardView.h"
#include "quotes/DealDocumentsView.h"
#include "quotes/DealQuotesView.h"
#include "quotes/ProductPicker.h"
#include "quotes/QuoteEditor.h"
#include "quotes/QuoteLinesModel.h"
#include "services/DealFlow.h"
#include "store/Session.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

// Figures as a Lithuanian user reads them; restores the suite's locale afterwards.
struct LithuanianLocale {
    QLocale before;
    LithuanianLocale() { QLocale::setDefault(QLocale(QLocale::Lithuanian, QLocale::Lithuania)); }
    ~LithuanianLocale() { QLocale::setDefault(before); }
};

// Non-breaking and thin spaces read as plain ones.
QString plain(QString text)
{
    return text.replace(QChar(0xa0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
}

struct QuoteDesk : UiFixture {
    LithuanianLocale locale;
    QString company;
    QString contact;
    QString deal;
    QString laptop;
    QString licence;
    QString book;

    QuoteDesk()
    {
        RecordStore& rs = records();
        company = create(rs, QStringLiteral("company"),
            { { "name", "UAB Baltijos logistika" }, { "country", "LT" },
                { "email", "info@baltijoslogistika.lt" } });
        contact = create(rs, QStringLiteral("contact"),
            { { "first_name", "Rūta" }, { "last_name", "Jankauskienė" }, { "company_id", company },
                { "email", "ruta.jankauskiene@baltijoslogistika.lt" }, { "language", "lt" } });
        auto id = DealFlow::create(db->session(),
            { { "title", "Kompiuterių atnaujinimas 2026" }, { "company_id", company },
                { "contact_id", contact }, { "currency", "EUR" } });
        REQUIRE(id);
        deal = *id;
        laptop = create(rs, QStringLiteral("product"),
            { { "name", "Nešiojamas kompiuteris Dell Latitude 5440" }, { "sku", "DL-5440" },
                { "unit", "vnt." }, { "price", "1049" }, { "currency", "EUR" },
                { "vat_rate", "21" } });
        const QString list = create(rs, QStringLiteral("price_list"),
            { { "name", "Kainoraštis 2026" }, { "currency", "EUR" },
                { "valid_from", "2026-01-01" } });
        create(rs, QStringLiteral("price_list_item"),
            { { "price_list_id", list }, { "product_id", laptop }, { "price", "999" } });
        licence = create(rs, QStringLiteral("product"),
            { { "name", "Microsoft 365 Business Standard (metams)" }, { "sku", "M365-BS" },
                { "unit", "vnt." }, { "price", "149.40" }, { "currency", "EUR" },
                { "vat_rate", "21" } });
        book = create(rs, QStringLiteral("product"),
            { { "name", "Knyga „Pardavimų vadyba“" }, { "sku", "KN-PV" }, { "unit", "vnt." },
                { "price", "24.90" }, { "currency", "EUR" }, { "vat_rate", "9" } });
    }

    Record quote(const QString& id) { return *records().get(QStringLiteral("quote"), id); }

    QList<Record> emails()
    {
        ListQuery q;
        q.where << qMakePair(QStringLiteral("deal_id"), QVariant(deal))
                << qMakePair(QStringLiteral("kind"), QVariant(QStringLiteral("email")));
        return records().list(QStringLiteral("activity"), q).value();
    }

    int documents()
    {
        ListQuery q;
        q.where << qMakePair(QStringLiteral("record_id"), QVariant(deal));
        return int(records().list(QStringLiteral("attachment"), q).value().size());
    }
};

QString newQuoteFromCard(QuoteDesk& desk, DealCardView& card)
{
    card.showRecord(desk.deal);
    const QString id = card.quotesView()->newQuote();
    REQUIRE_FALSE(id.isEmpty());
    REQUIRE(card.quoteEditor() != nullptr);
    REQUIRE(card.quoteEditor()->quoteId() == id);
    return id;
}

} // namespace

TEST_CASE("a quote made on the deal card: a product at its list price, totals, undo", "[quotes]")
{
    QuoteDesk desk;
    DealCardView card(desk.context());
    const QString id = newQuoteFromCard(desk, card);
    QuoteEditor* editor = card.quoteEditor();
    QuoteLinesModel* model = editor->linesModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

    REQUIRE(card.quotesView()->list()->topLevelItemCount() == 1);
    CHECK(card.quotesView()->list()->topLevelItem(0)->text(0) == "Q-2026-0001");
    CHECK(desk.quote(id).text("status") == "draft");

    // The picker finds the laptop by part of its name and adds it at the price list's 999,00.
    ProductPicker picker(desk.db->session());
    typeText(picker.searchField(), QStringLiteral("latitude"));
    REQUIRE(picker.list()->count() == 1);
    REQUIRE(picker.chosenId() == desk.laptop);
    REQUIRE(editor->addProduct(picker.chosenId()));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, QuoteLinesModel::Description).data().toString()
        == "Nešiojamas kompiuteris Dell Latitude 5440");
    CHECK(plain(model->index(0, QuoteLinesModel::UnitPrice).data().toString()) == "999,00 €");
    CHECK(model->index(0, QuoteLinesModel::Vat).data().toString() == "21 %");
    CHECK(plain(editor->totalLabel()->text()) == "1 208,79 €");

    // The quantity typed in the table: 3 × 999,00 = 2 997,00 + 21 % VAT 629,37.
    changed.clear();
    REQUIRE(model->setData(model->index(0, QuoteLinesModel::Quantity), QStringLiteral("3")));
    CHECK_FALSE(changed.isEmpty());
    CHECK(model->index(0, QuoteLinesModel::Quantity).data().toString() == "3");
    CHECK(plain(model->index(0, QuoteLinesModel::Net).data().toString()) == "2 997,00 €");
    CHECK(plain(editor->totalLabel()->text()) == "3 626,37 €");
    CHECK(plain(editor->totalsPanel()->text()).contains("629,37 €"));
    CHECK(plain(card.quotesView()->list()->topLevelItem(0)->text(3)) == "3 626,37 €");

    SECTION("undo restores the quantity and the total")
    {
        desk.undoStack.undo();
        CHECK(model->index(0, QuoteLinesModel::Quantity).data().toString() == "1");
        CHECK(plain(editor->totalLabel()->text()) == "1 208,79 €");
        desk.undoStack.redo();
        CHECK(plain(editor->totalLabel()->text()) == "3 626,37 €");
    }
    SECTION("unreadable input is refused and said so")
    {
        CHECK_FALSE(model->setData(model->index(0, QuoteLinesModel::Quantity), "trys"));
        CHECK(editor->noticeLabel()->text().contains("trys"));
        CHECK(model->index(0, QuoteLinesModel::Quantity).data().toString() == "3");
    }
    SECTION("a free-text line, a 9 % rate and an overall discount")
    {
        REQUIRE(editor->addProduct(desk.book));
        REQUIRE(model->setData(model->index(1, QuoteLinesModel::Discount), "10"));
        // 24,90 − 10 % = 22,41; VAT 9 % 2,02 (2,0169); with 3 626,37 → 3 650,80.
        CHECK(plain(editor->totalLabel()->text()) == "3 650,80 €");
        CHECK(plain(editor->totalsPanel()->text()).contains("VAT 9 %"));
        REQUIRE(editor->addLine());
        REQUIRE(model->rowCount() == 3);
        REQUIRE(model->setData(model->index(2, QuoteLinesModel::Description), "Įdiegimas"));
        REQUIRE(model->setData(model->index(2, QuoteLinesModel::UnitPrice), "150,00"));
        CHECK(plain(model->index(2, QuoteLinesModel::Net).data().toString()) == "150,00 €");
        REQUIRE(model->removeLine(2));
        CHECK(model->rowCount() == 2);
        desk.undoStack.undo();
        CHECK(model->rowCount() == 3);
    }
}

TEST_CASE("a sent quote is read-only and New version opens v2 as a draft", "[quotes]")
{
    QuoteDesk desk;
    DealCardView card(desk.context());
    const QString id = newQuoteFromCard(desk, card);
    QuoteEditor* editor = card.quoteEditor();
    REQUIRE(editor->addProduct(desk.licence));
    QTemporaryDir out;
    QStringList launched;
    editor->setOutputFolder(out.path());
    editor->setMailLauncher([&](const QStringList& files, const QString& to, const QString&,
                                const QString&) { launched << files << to; });
    Prompter::answerNext(QMessageBox::Yes);
    REQUIRE(editor->sendByEmail());
    CHECK(desk.quote(id).text("status") == "sent");

    QuoteLinesModel* model = editor->linesModel();
    CHECK_FALSE(model->flags(model->index(0, QuoteLinesModel::Quantity)) & Qt::ItemIsEditable);
    CHECK_FALSE(model->setData(model->index(0, QuoteLinesModel::Quantity), "5"));
    CHECK(model->index(0, QuoteLinesModel::Quantity).data().toString() == "1");
    // The editor says why.
    CHECK_FALSE(editor->noticeLabel()->isHidden());
    editor->setQuote(id);
    CHECK(editor->noticeLabel()->text().contains("cannot change"));
    CHECK(editor->noticeLabel()->text().contains("new version"));

    const QString v2 = editor->newVersion();
    REQUIRE_FALSE(v2.isEmpty());
    CHECK(v2 != id);
    CHECK(editor->quoteId() == v2);
    CHECK(desk.quote(v2).value("version").toInt() == 2);
    CHECK(desk.quote(v2).text("status") == "draft");
    CHECK(model->flags(model->index(0, QuoteLinesModel::Quantity)) & Qt::ItemIsEditable);
    REQUIRE(model->setData(model->index(0, QuoteLinesModel::Quantity), "12"));
    CHECK(desk.quote(id).text("status") == "sent"); // v1 as it was sent
    CHECK(card.quotesView()->list()->topLevelItemCount() == 2);
}

TEST_CASE("a discount above the limit is refused until a manager approves it", "[quotes]")
{
    QuoteDesk desk;
    Session& s = desk.db->session();
    REQUIRE(s.setSetting("quote_approval_discount", "15"));
    const QString manager = s.currentUserId();
    const QString rep = create(desk.records(), "user",
        { { "name", "Tomas Petrauskas" }, { "role", "salesperson" }, { "manager_id", manager } });
    REQUIRE(desk.records().update("deal", desk.deal, { { "owner_id", rep } }));
    REQUIRE(s.setCurrentUser(rep));

    DealCardView card(desk.context());
    const QString id = newQuoteFromCard(desk, card);
    QuoteEditor* editor = card.quoteEditor();
    int launches = 0;
    QTemporaryDir out;
    editor->setOutputFolder(out.path());
    editor->setMailLauncher([&](auto&&...) { ++launches; });
    REQUIRE(editor->addProduct(desk.laptop));
    QuoteLinesModel* model = editor->linesModel();
    REQUIRE(model->setData(model->index(0, QuoteLinesModel::Discount), "20"));
    CHECK(editor->approveButton()->isHidden()); // a salesperson cannot approve

    CHECK_FALSE(editor->sendByEmail());
    CHECK(editor->noticeLabel()->text()
        == "Quote Q-2026-0001 v1 has a discount above what needs a manager's approval; it can be "
           "sent once it is approved.");
    CHECK(launches == 0);
    CHECK(desk.quote(id).text("status") == "draft");
    CHECK(desk.documents() == 0);
    CHECK(desk.emails().isEmpty());

    REQUIRE(s.setCurrentUser(manager));
    editor->setQuote(id);
    CHECK_FALSE(editor->approveButton()->isHidden());
    REQUIRE(editor->approve());
    CHECK(desk.quote(id).text("approved_by") == manager);
    CHECK(editor->approveButton()->isHidden());

    REQUIRE(s.setCurrentUser(rep));
    Prompter::answerNext(QMessageBox::Yes);
    REQUIRE(editor->sendByEmail());
    CHECK(launches == 1);
    CHECK(desk.quote(id).text("status") == "sent");
}

TEST_CASE("Save PDF keeps the offer with the deal; sending it is recorded", "[quotes]")
{
    QuoteDesk desk;
    DealCardView card(desk.context());
    const QString id = newQuoteFromCard(desk, card);
    QuoteEditor* editor = card.quoteEditor();
    REQUIRE(editor->addProduct(desk.laptop));
    REQUIRE(editor->linesModel()->setData(
        editor->linesModel()->index(0, QuoteLinesModel::Quantity), "3"));

    QTemporaryDir dir;
    const QString path = dir.filePath("pasiulymas.pdf");
    Prompter::answerNextFile(path);
    REQUIRE(editor->savePdf());
    REQUIRE(QFile::exists(path));
    QProcess pdftotext;
    pdftotext.start("pdftotext", { path, "-" });
    REQUIRE(pdftotext.waitForFinished(20000));
    const QString text = plain(QString::fromUtf8(pdftotext.readAllStandardOutput()));
    CHECK(text.contains("3 626,37"));
    CHECK(desk.quote(id).text("status") == "draft"); // saving is not sending

    QTreeWidget* docs = card.documentsView()->list();
    REQUIRE(docs->topLevelItemCount() == 1);
    CHECK(docs->topLevelItem(0)->text(0).contains("Q-2026-0001 v1"));
    CHECK(docs->topLevelItem(0)->text(3).isEmpty());

    // Open writes the kept PDF to a file for the desktop's viewer.
    QString opened;
    card.documentsView()->setOpener([&](const QString& p) { opened = p; });
    docs->setCurrentItem(docs->topLevelItem(0));
    REQUIRE_FALSE(card.documentsView()->openCurrent().isEmpty());
    QFile openedFile(opened);
    REQUIRE(openedFile.open(QIODevice::ReadOnly));
    CHECK(openedFile.readAll().startsWith("%PDF"));

    QTemporaryDir out;
    QString file;
    QString to;
    editor->setOutputFolder(out.path());
    editor->setMailLauncher(
        [&](const QStringList& files, const QString& t, const QString&, const QString&) {
            file = files.value(0);
            to = t;
        });
    SECTION("answered No: kept, not marked sent")
    {
        Prompter::answerNext(QMessageBox::No);
        CHECK_FALSE(editor->sendByEmail());
        CHECK(desk.quote(id).text("status") == "draft");
        CHECK(desk.emails().isEmpty());
        CHECK(docs->topLevelItemCount() == 2);
    }
    SECTION("answered Yes: the quote is sent and the e-mail is on the timeline")
    {
        Prompter::answerNext(QMessageBox::Yes);
        REQUIRE(editor->sendByEmail());
        CHECK(to == "ruta.jankauskiene@baltijoslogistika.lt");
        CHECK(QFileInfo(file).dir() == QDir(out.path()));
        CHECK(QFile::exists(file));
        CHECK(desk.quote(id).text("status") == "sent");
        const QList<Record> mails = desk.emails();
        REQUIRE(mails.size() == 1);
        CHECK(mails.first().text("subject").contains("ruta.jankauskiene@baltijoslogistika.lt"));
        REQUIRE(docs->topLevelItemCount() == 2);
        QStringList sentTo;
        for (int i = 0; i < docs->topLevelItemCount(); ++i)
            sentTo << docs->topLevelItem(i)->text(3);
        CHECK(sentTo.contains("ruta.jankauskiene@baltijoslogistika.lt"));
        CHECK(Prompter::unanswered().isEmpty());
    }
}

TEST_CASE("Screenshots of the quote builder", "[.quotes-shots]")
{
    QuoteDesk desk;
    const QDir shots(qEnvironmentVariable("TANDEM_SCREENSHOT_DIR"));
    REQUIRE(shots.exists());
    const QString service = create(desk.records(), QStringLiteral("product"),
        { { "name", "Įdiegimas ir darbuotojų mokymai (val.)" }, { "sku", "SRV-MOK" },
            { "unit", "val." }, { "price", "45" }, { "currency", "EUR" }, { "vat_rate", "21" } });
    DealCardView card(desk.context());
    card.resize(1000, 760);
    const QString id = newQuoteFromCard(desk, card);
    QuoteEditor* editor = card.quoteEditor();
    QuoteLinesModel* m = editor->linesModel();
    REQUIRE(editor->addProduct(desk.laptop));
    REQUIRE(m->setData(m->index(0, QuoteLinesModel::Quantity), "12"));
    REQUIRE(m->setData(m->index(0, QuoteLinesModel::Discount), "5"));
    REQUIRE(editor->addProduct(desk.licence));
    REQUIRE(m->setData(m->index(1, QuoteLinesModel::Quantity), "12"));
    REQUIRE(editor->addProduct(service));
    REQUIRE(m->setData(m->index(2, QuoteLinesModel::Quantity), "16"));
    REQUIRE(editor->addProduct(desk.book));
    REQUIRE(m->setData(m->index(3, QuoteLinesModel::Quantity), "4"));
    REQUIRE(desk.records().update(QStringLiteral("quote"), id,
        { { "notes", "Kaina galioja perkant visą komplektą. Pristatymas per 10 darbo dienų." },
            { "discount", "2" } }));
    desk.events.notifyChanged(QStringLiteral("quote"), id);
    editor->resize(1000, 680);
    showActive(*editor);
    QTest::qWait(200);
    REQUIRE(editor->grab().save(shots.filePath("quote-editor.png")));

    QTemporaryDir dir;
    Prompter::answerNextFile(dir.filePath("offer.pdf"));
    REQUIRE(editor->savePdf());
    editor->setOutputFolder(dir.path());
    editor->setMailLauncher([](auto&&...) {});
    Prompter::answerNext(QMessageBox::Yes);
    REQUIRE(editor->sendByEmail());
    QTest::qWait(100);
    REQUIRE(editor->grab().save(shots.filePath("quote-editor-sent.png")));
    editor->hide();
    REQUIRE(!editor->newVersion().isEmpty());
    editor->hide();

    showActive(card);
    QTest::qWait(200);
    REQUIRE(card.grab().save(shots.filePath("deal-card-quotes.png")));
    card.findChild<QTabWidget*>(QStringLiteral("dealPaperwork"))->setCurrentIndex(1);
    QTest::qWait(100);
    REQUIRE(card.grab().save(shots.filePath("deal-card-documents.png")));
}
