// Settings › Offers and documents, and the Company tab's logo: what a user sets there is what the
// quotes and their PDFs use, a series core will not take is refused with nothing saved, and a
// chosen logo is kept in the database, so that every computer of the team shows and prints it.
#include "UiTestSupport.h"

#include "common/GuiSettings.h"
#include "common/Prompter.h"
#include "documents/DocumentRender.h"
#include "documents/Letterhead.h"
#include "services/DealFlow.h"
#include "services/Quotes.h"
#include "settings/DocumentSettingsPage.h"
#include "settings/SettingsDialog.h"
#include "store/Session.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

struct Fixture {
    UiFixture fx;
    Session& session = fx.db->session();

    Fixture()
    {
        GuiSettings().remove(QStringLiteral("language"));
        REQUIRE(session.setSetting(QStringLiteral("company_name"), QStringLiteral("UAB Medis")));
    }

    QString setting(const char* key) { return session.setting(QString::fromLatin1(key)); }

    // A deal to make quotes on.
    QString deal()
    {
        const QString company = create(fx.records(), QStringLiteral("company"),
            { { "name", "UAB Baltijos logistika" }, { "country", "LT" } });
        auto id = DealFlow::create(session,
            { { "title", "Sandėlio lentynos" }, { "company_id", company }, { "currency", "EUR" } });
        REQUIRE(id);
        return *id;
    }

    QString newQuote(const QString& dealId)
    {
        auto id = Quotes::create(session, { { "deal_id", dealId }, { "language", "en" } });
        REQUIRE(id);
        return *id;
    }
};

QImage banner(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x1f, 0x3a, 0x5f));
    return image;
}

QString pdfText(const QByteArray& pdf, const QTemporaryDir& dir)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(tool.isEmpty());
    const QString path = dir.filePath(QStringLiteral("offer.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess p;
    p.start(tool, { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("Offers and documents: what the user sets is what new quotes use", "[ui][settings]")
{
    Fixture f;
    SettingsDialog dialog(f.fx.context());
    DocumentSettingsPage* page = dialog.documentsPage();
    REQUIRE(dialog.tabs()->tabText(dialog.tabs()->indexOf(page))
        == QStringLiteral("Offers and documents"));
    // The defaults the quotes use when nothing is set.
    CHECK(page->approvalBox()->text() == QStringLiteral("Never"));
    CHECK(page->validDaysBox()->value() == 30);
    CHECK(page->seriesEdit()->text().isEmpty());
    CHECK(page->seriesExample()->text() == QStringLiteral("Next offers: Q-2026-0001"));

    const QString deal = f.deal();
    f.newQuote(deal); // Q-2026-0001: the example counts on from it
    typeText(page->seriesEdit(), QStringLiteral("vn"));
    CHECK(page->seriesExample()->text() == QStringLiteral("Next offers: Q-2026-VN-0001"));
    page->seriesEdit()->clear();
    CHECK(page->seriesExample()->text() == QStringLiteral("Next offers: Q-2026-0002"));
    typeText(page->seriesEdit(), QStringLiteral("vn"));
    page->letterheadEdit()->setPlainText(
        QStringLiteral("Gedimino pr. 1, Vilnius\nTel. 8 700 12345"));
    page->approvalBox()->setValue(12.5);
    page->validDaysBox()->setValue(45);
    REQUIRE(dialog.apply());

    CHECK(f.setting("letterhead") == QStringLiteral("Gedimino pr. 1, Vilnius\nTel. 8 700 12345"));
    CHECK(f.setting("quote_approval_discount") == QStringLiteral("12.50"));
    CHECK(f.setting("quote_valid_days") == QStringLiteral("45"));
    CHECK(Quotes::series(f.session) == QStringLiteral("VN"));
    // A new quote is numbered in the series and valid 45 days; 15 % off needs a manager.
    const QString quote = f.newQuote(deal);
    const auto made = f.fx.records().get(QStringLiteral("quote"), quote);
    CHECK(made->text(QStringLiteral("number")) == QStringLiteral("Q-2026-VN-0001"));
    CHECK(made->text(QStringLiteral("valid_until")) == QStringLiteral("2026-07-30"));
    REQUIRE(Quotes::update(f.session, quote, { { "discount", "15" } }));
    CHECK(Quotes::needsApproval(f.session, quote).value());

    // Opened again, the dialog shows what was saved.
    SettingsDialog again(f.fx.context());
    CHECK(again.documentsPage()->approvalBox()->value() == 12.5);
    CHECK(again.documentsPage()->validDaysBox()->value() == 45);
    CHECK(again.documentsPage()->seriesEdit()->text() == QStringLiteral("VN"));
    CHECK(again.documentsPage()->letterheadEdit()->toPlainText()
        == QStringLiteral("Gedimino pr. 1, Vilnius\nTel. 8 700 12345"));

    // "Never" unsets the threshold; an untouched value is not written again.
    again.documentsPage()->approvalBox()->setValue(0);
    REQUIRE(again.apply());
    CHECK(f.setting("quote_approval_discount").isEmpty());
    CHECK(f.setting("quote_valid_days") == QStringLiteral("45"));

    // Each apply was one step of Edit › Undo.
    REQUIRE(f.fx.undoStack.count() == 2);
    f.fx.undoStack.undo();
    CHECK(f.setting("quote_approval_discount") == QStringLiteral("12.50"));
    f.fx.undoStack.undo();
    CHECK(f.setting("letterhead").isEmpty());
    CHECK(f.setting("quote_valid_days").isEmpty());
    CHECK(Quotes::series(f.session).isEmpty());
}

TEST_CASE("A number series core will not take is refused, and nothing is saved", "[ui][settings]")
{
    Fixture f;
    REQUIRE(f.session.setSetting(QStringLiteral("letterhead"), QStringLiteral("Old head")));
    SettingsDialog dialog(f.fx.context());
    DocumentSettingsPage* page = dialog.documentsPage();
    page->letterheadEdit()->setPlainText(QStringLiteral("New head"));
    page->validDaysBox()->setValue(60);
    dialog.vatCodeEdit()->setText(QStringLiteral("LT100001234567"));
    page->seriesEdit()->setText(QStringLiteral("Q/1"));
    CHECK_FALSE(dialog.apply());

    // The refusal is core's own words, naming what was typed, on the tab with the field.
    const auto expected = Quotes::setSeries(f.session, QStringLiteral("Q/1"));
    REQUIRE_FALSE(expected);
    REQUIRE(Prompter::shown().size() == 1);
    CHECK(Prompter::shown().first().kind == Prompter::Kind::Warning);
    CHECK(Prompter::shown().first().text == expected.error().message);
    CHECK(Prompter::shown().first().text.contains(QStringLiteral("Q/1")));
    CHECK(dialog.tabs()->currentWidget() == page);
    CHECK(f.setting("letterhead") == QStringLiteral("Old head"));
    CHECK(f.setting("quote_valid_days").isEmpty());
    CHECK(f.setting("company_vat_code").isEmpty());
    CHECK(Quotes::series(f.session).isEmpty());
    CHECK(f.fx.undoStack.count() == 0);

    // Corrected, it is saved.
    page->seriesEdit()->setText(QStringLiteral("Q1"));
    REQUIRE(dialog.apply());
    CHECK(Quotes::series(f.session) == QStringLiteral("Q1"));
    CHECK(f.setting("letterhead") == QStringLiteral("New head"));
}

TEST_CASE("A chosen logo is kept in the database and shown on every computer", "[ui][settings]")
{
    Fixture f;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("Medis logo.png"));
    REQUIRE(banner(1200, 300).save(file));
    {
        SettingsDialog dialog(f.fx.context());
        CHECK(dialog.logoEdit()->text().isEmpty());
        Prompter::answerNextFile(file);
        dialog.chooseLogoButton()->click();
        CHECK(dialog.logoEdit()->text() == file);
        REQUIRE(dialog.logoPreview()->pixmap().height() == 48);
        REQUIRE(dialog.apply());
    }
    const QString value = f.setting("company_logo");
    REQUIRE(value.startsWith(QStringLiteral("attachment:")));
    const auto stored = f.fx.records().get(QStringLiteral("attachment"), value.mid(11));
    REQUIRE(stored);
    CHECK(stored->text(QStringLiteral("name")) == QStringLiteral("Medis logo.png"));
    CHECK(QImage::fromData(stored->value(QStringLiteral("content")).toByteArray()).size()
        == QSize(800, 200));

    // The file gone (as on a colleague's computer), the dialog still shows the logo.
    REQUIRE(QFile::remove(file));
    SettingsDialog again(f.fx.context());
    CHECK(again.logoEdit()->text() == QStringLiteral("Medis logo.png"));
    CHECK(again.logoPreview()->pixmap().size() == QSize(192, 48));
    CHECK(again.logoPreview()->pixmap().toImage().pixelColor(96, 24) == QColor(0x1f, 0x3a, 0x5f));
    // Applying other changes keeps it as it is.
    again.vatCodeEdit()->setText(QStringLiteral("LT100001234567"));
    REQUIRE(again.apply());
    CHECK(f.setting("company_logo") == value);

    SECTION("a file that is not an image is refused, naming it, and the logo stays")
    {
        const QString text = dir.filePath(QStringLiteral("logo.png"));
        QFile bad(text);
        REQUIRE(bad.open(QIODevice::WriteOnly));
        bad.write("not an image");
        bad.close();
        SettingsDialog dialog(f.fx.context());
        Prompter::answerNextFile(text);
        dialog.chooseLogoButton()->click();
        dialog.companyPhoneEdit()->setText(QStringLiteral("+370 5 212 3456"));
        CHECK_FALSE(dialog.apply());
        REQUIRE_FALSE(Prompter::shown().isEmpty());
        CHECK(Prompter::shown().last().text
            == QStringLiteral("%1 is not an image Tandem can read.").arg(text));
        CHECK(f.setting("company_logo") == value);
        CHECK(f.setting("company_phone").isEmpty());
    }
    SECTION("Remove clears it")
    {
        again.removeLogoButton()->click();
        CHECK(again.logoPreview()->pixmap().isNull());
        REQUIRE(again.apply());
        CHECK(f.setting("company_logo").isEmpty());
        CHECK_FALSE(f.fx.records().get(QStringLiteral("attachment"), value.mid(11)));
        SettingsDialog third(f.fx.context());
        CHECK(third.logoEdit()->text().isEmpty());
    }
}

TEST_CASE("An offer's PDF carries the company's details from Settings", "[ui][settings]")
{
    Fixture f;
    SettingsDialog dialog(f.fx.context());
    dialog.companyAddressEdit()->setPlainText(QStringLiteral("Gedimino pr. 1\nLT-01103 Vilnius"));
    dialog.vatCodeEdit()->setText(QStringLiteral("LT100001234567"));
    dialog.companyEmailEdit()->setText(QStringLiteral("info@medis.lt"));
    REQUIRE(dialog.apply());

    const QString quote = f.newQuote(f.deal());
    auto rendered = DocumentRender::quote(f.session, quote);
    REQUIRE(rendered);
    CHECK(rendered->options.letterhead.lines
        == QStringList { QStringLiteral("Gedimino pr. 1"), QStringLiteral("LT-01103 Vilnius"),
            QStringLiteral("LT100001234567 · info@medis.lt") });
    auto pdf = DocumentRender::pdf(*rendered);
    REQUIRE(pdf);
    QTemporaryDir dir;
    const QString text = pdfText(*pdf, dir);
    CHECK(text.contains(QStringLiteral("UAB Medis")));
    CHECK(text.contains(QStringLiteral("LT-01103 Vilnius")));
    CHECK(text.contains(QStringLiteral("LT100001234567 · info@medis.lt")));

    // The letterhead setting, when given, is printed instead.
    dialog.documentsPage()->letterheadEdit()->setPlainText(
        QStringLiteral("Medis — baldai nuo 1992"));
    REQUIRE(dialog.apply());
    auto again = DocumentRender::quote(f.session, quote);
    REQUIRE(again);
    const QString overridden = pdfText(DocumentRender::pdf(*again).value(), dir);
    CHECK(overridden.contains(QStringLiteral("Medis — baldai nuo 1992")));
    CHECK_FALSE(overridden.contains(QStringLiteral("LT-01103 Vilnius")));
}

TEST_CASE("The templates folder opens, and the shipped templates are copied without overwriting",
    "[ui][settings]")
{
    Fixture f;
    SettingsDialog dialog(f.fx.context());
    DocumentSettingsPage* page = dialog.documentsPage();
    const QString folder = DocumentRender::templateFolder(f.session.database());
    CHECK(page->templateFolderLabel()->text() == QDir::toNativeSeparators(folder));

    QList<QUrl> opened;
    page->setOpener([&](const QUrl& url) { opened << url; });
    page->openFolderButton()->click();
    REQUIRE(opened == QList<QUrl> { QUrl::fromLocalFile(folder) });
    CHECK(QFileInfo(folder).isDir()); // made, so there is something to open

    QFile own(QDir(folder).filePath(QStringLiteral("offer.en.html")));
    REQUIRE(own.open(QIODevice::WriteOnly));
    own.write("<p>Our own offer</p>");
    own.close();
    page->copyTemplatesButton()->click();
    CHECK(page->templatesState()->text()
        == QStringLiteral("Copied 23 template(s). Kept 1 template(s) already there unchanged."));
    REQUIRE(own.open(QIODevice::ReadOnly));
    CHECK(own.readAll() == "<p>Our own offer</p>");
    own.close();
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("letter.lt.html"))));

    page->copyTemplatesButton()->click();
    CHECK(page->templatesState()->text()
        == QStringLiteral("All the templates were there already; none was changed."));
    CHECK(Prompter::shown().isEmpty());
}

TEST_CASE("Screenshots of the documents settings", "[.document-settings-shots]")
{
    // TANDEM_SCREENSHOT_DIR=dir tandem_ui_tests "[.document-settings-shots]"
    const QString out = qEnvironmentVariable("TANDEM_SCREENSHOT_DIR", QDir::tempPath());
    Fixture f;
    QTemporaryDir dir;
    QImage logo(600, 160, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    {
        QPainter painter(&logo);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0x2e, 0x7d, 0x32));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRectF(10, 10, 140, 140));
        painter.setPen(QColor(0x1f, 0x3a, 0x5f));
        QFont font = painter.font();
        font.setPixelSize(96);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRectF(170, 0, 430, 160), Qt::AlignVCenter, QStringLiteral("Medis"));
    }
    const QString file = dir.filePath(QStringLiteral("medis.png"));
    REQUIRE(logo.save(file));
    REQUIRE(Letterheads::setCompanyLogo(f.session, logo, file));
    REQUIRE(f.session.setSetting(
        QStringLiteral("company_address"), QStringLiteral("Gedimino pr. 1\nLT-01103 Vilnius")));
    REQUIRE(
        f.session.setSetting(QStringLiteral("company_vat_code"), QStringLiteral("LT100001234567")));
    REQUIRE(f.session.setSetting(QStringLiteral("quote_approval_discount"), QStringLiteral("15")));
    SettingsDialog dialog(f.fx.context());
    dialog.documentsPage()->seriesEdit()->setText(QStringLiteral("VN"));
    dialog.documentsPage()->setOpener([](const QUrl&) {});
    dialog.documentsPage()->copyTemplatesButton()->click();
    dialog.show();
    for (QWidget* tab :
        { dialog.tabs()->widget(1), static_cast<QWidget*>(dialog.documentsPage()) }) {
        dialog.tabs()->setCurrentWidget(tab);
        waitFor([] { return false; }, 100);
        const QString name = tab == dialog.documentsPage()
            ? QStringLiteral("settings-documents.png")
            : QStringLiteral("settings-company.png");
        CHECK(dialog.grab().save(QDir(out).filePath(name)));
    }
    dialog.close();

    // The offer with that letterhead, to look at: pdftoppm -png -r 60 offer-letterhead.pdf.
    auto rendered = DocumentRender::quote(f.session, f.newQuote(f.deal()));
    REQUIRE(rendered);
    QFile pdf(QDir(out).filePath(QStringLiteral("offer-letterhead.pdf")));
    REQUIRE(pdf.open(QIODevice::WriteOnly));
    pdf.write(DocumentRender::pdf(*rendered).value());
}
