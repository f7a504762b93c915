// Merged documents on paper: page numbers per document, tables that break with their header
// repeated, the letterhead on every page, and text in every shipped language intact in the PDF.
#include "documents/DocumentPrinter.h"
#include "documents/DocumentTemplates.h"
#include "documents/MergeTemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace tandem;

namespace {

QVariantMap sampleContext()
{
    QFile file(QStringLiteral(TANDEM_TEST_DATA "/documents/sample-context.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).toVariant().toMap();
}

QString merged(const QString& kind, const QString& language, const QVariantMap& context)
{
    auto t = DocumentTemplates::load({}, kind, language);
    REQUIRE(t.ok());
    auto r = MergeTemplate::render(t->text, context, t->source);
    REQUIRE(r.ok());
    return r->html;
}

// The text of one page (1-based), or of all pages separated by form feeds (page 0).
QString pdfText(const QString& path, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << "-f" << QString::number(page) << "-l" << QString::number(page);
    args << path << "-";
    QProcess p;
    p.start(QStringLiteral(TANDEM_PDFTOTEXT), args);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    return int(pdfText(path).count(QLatin1Char('\f')));
}

QImage logo()
{
    QImage image(240, 120, QImage::Format_ARGB32);
    image.fill(QColor(0x1f, 0x3a, 0x5f));
    QPainter painter(&image);
    painter.fillRect(40, 30, 160, 60, QColor(0xe8, 0xed, 0xf3));
    return image;
}

DocumentPrinter::Options options(const QString& title)
{
    DocumentPrinter::Options o;
    o.locale = QLocale(QLocale::Lithuanian, QLocale::Lithuania);
    o.title = title;
    o.letterhead.organisation = QStringLiteral("Šiaurės Prekyba UAB");
    o.letterhead.lines = QStringList { "Savanorių pr. 178, LT-03154 Vilnius",
        "PVM kodas LT100001234567 · +370 5 210 4455" };
    return o;
}

QString longDocument(int pages)
{
    QString html;
    for (int i = 1; i <= pages; ++i)
        html += QStringLiteral("<p%1>Section %2</p>")
                    .arg(i < pages ? " style=\"page-break-after: always;\"" : "")
                    .arg(i);
    return html;
}

QVariantMap withLines(QVariantMap context, int count)
{
    QVariantList lines;
    for (int i = 1; i <= count; ++i)
        lines.append(QVariantMap { { "position", QString::number(i) },
            { "description", QStringLiteral("Item number %1").arg(i) }, { "sku", "" },
            { "quantity", "1" }, { "unit", "pcs" }, { "unit_price", "10,00" }, { "discount", "" },
            { "vat_rate", "21 %" }, { "net", "10,00" } });
    context["lines"] = lines;
    return context;
}

} // namespace

TEST_CASE("page numbers speak the document's language, not the window's", "[templates]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("offer.pdf");
    const QList<QPair<QLocale::Language, QString>> expected { { QLocale::Polish, "Strona 1 z 1" },
        { QLocale::Ukrainian, "Сторінка 1 з 1" }, { QLocale::Romanian, "Pagina 1 din 1" },
        { QLocale::Russian, "Страница 1 из 1" }, { QLocale::English, "Page 1 of 1" } };
    for (const auto& [language, text] : expected) {
        DocumentPrinter::Options o = options("Offer");
        o.locale = QLocale(language);
        REQUIRE(DocumentPrinter::writePdf({ "<p>Offer</p>" }, path, o));
        CHECK(pdfText(path, 1).contains(text));
    }
}

TEST_CASE("each document starts on a new page with its own page numbers", "[templates]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("letters.pdf");

    SECTION("two one-page letters: Page 1 of 1 twice")
    {
        REQUIRE(DocumentPrinter::writePdf(
            { "<p>First letter</p>", "<p>Second letter</p>" }, path, options("Letters")));
        CHECK(pdfPages(path) == 2);
        CHECK(pdfText(path, 1).contains("First letter"));
        CHECK(pdfText(path, 1).contains("Puslapis 1 iš 1"));
        CHECK(pdfText(path, 2).contains("Second letter"));
        CHECK(pdfText(path, 2).contains("Puslapis 1 iš 1"));
        CHECK(pdfText(path, 2).contains("Letters"));
    }
    SECTION("a three-page document then a one-page one")
    {
        REQUIRE(DocumentPrinter::writePdf(
            { longDocument(3), "<p>Short</p>" }, path, options("Contracts")));
        CHECK(pdfPages(path) == 4);
        CHECK(pdfText(path, 3).contains("Section 3"));
        CHECK(pdfText(path, 3).contains("Puslapis 3 iš 3"));
        CHECK(pdfText(path, 4).contains("Puslapis 1 iš 1"));
    }
    SECTION("numbered across the whole merge when asked")
    {
        auto o = options("Contracts");
        o.restartNumbersPerDocument = false;
        REQUIRE(DocumentPrinter::writePdf({ longDocument(3), "<p>Short</p>" }, path, o));
        CHECK(pdfText(path, 2).contains("Puslapis 2 iš 4"));
        CHECK(pdfText(path, 4).contains("Puslapis 4 iš 4"));
    }
}

TEST_CASE("a long lines table breaks across pages with its header repeated", "[templates]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("offer.pdf");
    const QString html = merged("offer", "en", withLines(sampleContext(), 80));
    auto o = options("Offer Q-2026-0147");
    o.letterhead.logo = logo();
    REQUIRE(DocumentPrinter::writePdf({ html }, path, o));
    const int pages = pdfPages(path);
    REQUIRE(pages >= 2);
    const QString second = pdfText(path, 2);
    CHECK(second.contains("Item number"));
    CHECK_FALSE(second.contains("Item number 1\n"));
    CHECK(second.contains("Unit price"));
    CHECK(second.contains("Description"));
    CHECK(second.contains(QStringLiteral("Puslapis 2 iš %1").arg(pages)));
    // Every one of the 80 lines is printed once.
    const QString all = pdfText(path);
    CHECK(all.contains("Item number 80"));
    CHECK(all.count("Item number") == 80);
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        CHECK(pdfText(path, page).contains(QStringLiteral("Šiaurės Prekyba UAB")));
        CHECK(pdfText(path, page).contains(QStringLiteral("Savanorių pr. 178")));
    }
}

TEST_CASE("letters in every language come out intact in the PDF", "[templates]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("letters.pdf");
    struct Case {
        QString language;
        QString body;
        QString closing;
    };
    const QList<Case> cases {
        { "lt", QStringLiteral("Ąžuolynė, čiuožykla, ęė, į, šilas, ųū, žąsys"), "Pagarbiai," },
        { "pl", QStringLiteral("Zażółć gęślą jaźń, Łódź, Świętokrzyskie"), "Z poważaniem," },
        { "ro", QStringLiteral("Științe, țară, înăuntru, mâine, brașovean"), "Cu stimă," },
        { "uk", QStringLiteral("Їжак, ґанок, єдність, Київ, щоденник"), "З повагою," },
        { "ru", QStringLiteral("Съешь же ещё этих мягких булок, ёлка, объём"), "С уважением," },
    };
    QStringList html;
    QVariantMap context = sampleContext();
    for (const Case& c : cases) {
        context["body"] = QStringLiteral("<p>%1</p>").arg(c.body);
        html << merged("letter", c.language, context);
    }
    REQUIRE(DocumentPrinter::writePdf(html, path, options("Letters")));
    REQUIRE(pdfPages(path) == cases.size());
    for (int i = 0; i < cases.size(); ++i) {
        INFO(cases[i].language.toStdString());
        const QString page = pdfText(path, i + 1);
        CHECK(page.contains(cases[i].body));
        CHECK(page.contains(cases[i].closing));
        CHECK(page.contains(QStringLiteral("Gerb. p. Jonai")));
        CHECK(page.contains(QStringLiteral("Rūta Kazlauskienė")));
    }
}

TEST_CASE("a PDF into a missing folder is refused, naming the file", "[templates]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath("no-such-folder");
    const QString path = folder + "/offer.pdf";
    auto r = DocumentPrinter::writePdf({ "<p>Offer</p>" }, path, options("Offer"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().toString()
        == QStringLiteral("%1: cannot write the document: the folder %2 does not exist")
               .arg(path, folder));
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + ".part"));
}

// Not run by default: writes the sample offer for a person to look at.
TEST_CASE("sample offer for a visual check", "[.templates-sample]")
{
    const QString path = QDir::temp().filePath(
        qEnvironmentVariable("TANDEM_SAMPLE_PDF", "tandem-offer-sample.pdf"));
    auto o = options("Offer Q-2026-0147");
    o.letterhead.logo = logo();
    REQUIRE(DocumentPrinter::writePdf(
        { merged("offer", "lt", sampleContext()),
            merged("contract", "pl", withLines(sampleContext(), 40)),
            merged("order", "uk", sampleContext()), merged("letter", "ro", sampleContext()) },
        path, o));
}
