// Address labels: sheet geometry, pages needed, a half-used first sheet, and text that shrinks to
// stay inside its label (checked on the PDF's own word boxes).
#include "documents/LabelSheet.h"

#include "TestData.h"

#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace tandem;

namespace {

constexpr qreal kPointsPerMm = 72 / 25.4;

Recipient recipient(int n, const QString& company = {})
{
    Recipient r;
    r.contactId = QStringLiteral("c%1").arg(n);
    r.name = QStringLiteral("Recipient%1").arg(n, 2, 10, QLatin1Char('0'));
    r.companyName = company;
    r.address.lines = QStringList { QStringLiteral("Gedimino pr. %1").arg(n),
        QStringLiteral("LT-01103 Vilnius") };
    r.address.complete = true;
    return r;
}

QList<Recipient> recipients(int count)
{
    QList<Recipient> list;
    for (int i = 1; i <= count; ++i)
        list << recipient(i);
    return list;
}

QString pdftotext(const QString& pdf, const QStringList& options = {})
{
    QProcess p;
    p.start(QStringLiteral(TANDEM_PDFTOTEXT), options + QStringList { pdf, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString& pdf)
{
    // pdftotext ends every page with a form feed.
    return int(pdftotext(pdf).count(QLatin1Char('\f')));
}

struct Word {
    QString text;
    QRectF box; // in points from the page's top-left corner
    int page = 0;
};

QList<Word> words(const QString& pdf)
{
    const QString html = pdftotext(pdf, { QStringLiteral("-bbox") });
    QList<Word> out;
    int page = 0;
    static const QRegularExpression item(QStringLiteral(
        "<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">"
        "([^<]*)</word>"));
    for (auto it = item.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(0).startsWith(QLatin1String("<page"))) {
            ++page;
            continue;
        }
        out << Word { m.captured(5),
            QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
            page };
    }
    return out;
}

QRectF inPoints(const QRectF& mm)
{
    return QRectF(mm.topLeft() * kPointsPerMm, mm.size() * kPointsPerMm);
}

} // namespace

TEST_CASE("Label sheets have the makers' geometry and fit on A4", "[mailing]")
{
    const LabelSheet* sheet = labelSheet(QStringLiteral("3X8"));
    REQUIRE(sheet);
    CHECK(sheet->columns == 3);
    CHECK(sheet->rows == 8);
    CHECK(sheet->labelMm == QSizeF(70, 37));
    REQUIRE(labelSheet(QStringLiteral("2x7")));
    CHECK(labelSheet(QStringLiteral("2x7"))->labelMm == QSizeF(99.1, 38.1));
    CHECK(labelSheet(QStringLiteral("9x9")) == nullptr);

    // The last label of the third column in the second row of L7160: 7.25 + 2 × 66 mm across.
    const LabelSheet* l7160 = labelSheet(QStringLiteral("L7160"));
    REQUIRE(l7160);
    CHECK(Labels::labelRectMm(*l7160, 5).topLeft().x() == Approx(139.25));
    CHECK(Labels::labelRectMm(*l7160, 5).topLeft().y() == Approx(15.15 + 38.1));

    for (const LabelSheet& s : labelSheets()) {
        INFO(s.key.toStdString());
        const QRectF last = Labels::labelRectMm(s, s.columns * s.rows - 1);
        CHECK(last.right() <= 210.01);
        CHECK(last.bottom() <= 297.01);
        // Symmetric sheets: the space left over is the margins, on both sides.
        CHECK(210 - last.right() == Approx(s.pageMarginsMm.left()).margin(0.05));
        CHECK(297 - last.bottom() == Approx(s.pageMarginsMm.top()).margin(0.05));
    }
}

TEST_CASE("Labels fill as many sheets as needed, each address on its label", "[mailing]")
{
    QTemporaryDir dir;
    const LabelSheet& sheet = *labelSheet(QStringLiteral("3x8"));
    const QList<Recipient> list = recipients(25);

    SECTION("25 addresses on 3 × 8 labels take two sheets, every name printed")
    {
        const QString pdf = dir.filePath(QStringLiteral("labels.pdf"));
        REQUIRE(writeLabelsPdf(list, sheet, pdf));
        CHECK(pageCount(pdf) == 2);
        const QString text = pdftotext(pdf);
        for (const Recipient& r : list)
            CHECK(text.contains(r.name));
        // The 25th address is alone on the second sheet, on its first label.
        const QRectF first = inPoints(Labels::labelRectMm(sheet, 0));
        for (const Word& w : words(pdf)) {
            if (w.page == 2)
                CHECK(first.contains(w.box));
        }
    }

    SECTION("starting at label 21 of a half-used sheet: four on the first sheet")
    {
        const QString pdf = dir.filePath(QStringLiteral("skip.pdf"));
        REQUIRE(writeLabelsPdf(list, sheet, pdf, 20));
        CHECK(pageCount(pdf) == 2);
        QStringList firstSheet;
        const QRectF bottomRow = inPoints(Labels::labelRectMm(sheet, 21))
                                     .united(inPoints(Labels::labelRectMm(sheet, 23)))
                                     .united(inPoints(Labels::labelRectMm(sheet, 20)));
        for (const Word& w : words(pdf)) {
            if (w.page != 1)
                continue;
            CHECK(bottomRow.contains(w.box));
            if (w.text.startsWith(QLatin1String("Recipient")))
                firstSheet << w.text;
        }
        CHECK(firstSheet
            == QStringList { "Recipient01", "Recipient02", "Recipient03", "Recipient04" });
    }

    SECTION("printLabels reports the pages it painted")
    {
        QPdfWriter writer(dir.filePath(QStringLiteral("direct.pdf")));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        CHECK(printLabels(recipients(24), sheet, writer) == 1);
    }

    SECTION("nothing to print is an error naming the file")
    {
        const QString pdf = dir.filePath(QStringLiteral("empty.pdf"));
        auto written = writeLabelsPdf({}, sheet, pdf);
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().file == pdf);
        CHECK(
            written.error().message == "cannot write the labels: there are no addresses to print");
        CHECK_FALSE(QFile::exists(pdf));
    }
}

TEST_CASE("A long address breaks or shrinks to stay inside its label", "[mailing]")
{
    const LabelSheet& sheet = *labelSheet(QStringLiteral("3x8"));
    const QSizeF box = Labels::textRectMm(sheet, 0).size();
    const QString longName = QStringLiteral("Vilniaus Gedimino technikos universiteto "
                                            "Statybos fakulteto Aplinkos inžinerijos centras UAB");
    // One word no line break can help with.
    const QString unbreakable
        = QStringLiteral("Aplinkosinžinerijoscentrasirtechnikosuniversitetoprojektųbiuras");

    const Recipient shortOne = recipient(1);
    const Recipient longOne = recipient(2, longName);
    const Recipient wordOne = recipient(3, unbreakable);

    const Labels::FittedText plain = Labels::fitText(addressBlock(shortOne), box);
    CHECK(plain.points == 10);
    CHECK(plain.lines == addressBlock(shortOne));

    // As one line it would need about 4 pt; broken between words it stays readable.
    CHECK(Labels::fontSize(addressBlock(longOne), box) < 5);
    const Labels::FittedText broken = Labels::fitText(addressBlock(longOne), box);
    CHECK(broken.points >= 7);
    CHECK(broken.lines.size() > 4);
    CHECK(broken.lines.first() == "Recipient02");
    CHECK(broken.lines.join(QLatin1Char(' ')) == addressBlock(longOne).join(QLatin1Char(' ')));

    const Labels::FittedText shrunk = Labels::fitText(addressBlock(wordOne), box);
    CHECK(shrunk.points < 7);
    CHECK(shrunk.points > 3);
    CHECK(shrunk.lines == addressBlock(wordOne));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(writeLabelsPdf({ shortOne, longOne, wordOne }, sheet, pdf));
    QList<QStringList> printed(3);
    QList<qreal> rightmost(3, 0);
    for (const Word& w : words(pdf)) {
        INFO(w.text.toStdString());
        int label = 0;
        while (label < 2 && w.box.left() > inPoints(Labels::labelRectMm(sheet, label)).right())
            ++label;
        CHECK(inPoints(Labels::textRectMm(sheet, label)).adjusted(-1, -1, 1, 1).contains(w.box));
        printed[label] << w.text;
        rightmost[label] = std::max(rightmost[label], w.box.right());
    }
    CHECK(printed.at(0).join(QLatin1Char(' ')) == addressBlock(shortOne).join(QLatin1Char(' ')));
    CHECK(printed.at(1).join(QLatin1Char(' ')) == addressBlock(longOne).join(QLatin1Char(' ')));
    CHECK(printed.at(2).join(QLatin1Char(' ')) == addressBlock(wordOne).join(QLatin1Char(' ')));
    // The unbreakable word was shrunk to the width it was given, not to a stamp.
    const QRectF third = inPoints(Labels::textRectMm(sheet, 2));
    CHECK(rightmost.at(2) > third.right() - 0.1 * third.width());

    // A preview with the labels' outlines, for a person to look at (TANDEM_LABELS_SAMPLE=file.pdf).
    const QString sample = qEnvironmentVariable("TANDEM_LABELS_SAMPLE");
    if (!sample.isEmpty()) {
        QPdfWriter writer(sample);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        QList<Recipient> many = recipients(12);
        many.insert(4, longOne);
        many.insert(7, wordOne);
        printLabels(many, sheet, writer, 3, true);
    }
}
