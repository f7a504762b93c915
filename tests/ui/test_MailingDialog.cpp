// The mail merge and labels dialog: who of a segment gets the post and who is left out, letters and
// labels saved as PDF, the CSV in the user's locale, and an empty segment that offers nothing.
#include "UiTestSupport.h"

#include "common/Prompter.h"
#include "mailing/MailingDialog.h"
#include "services/Segments.h"
#include "store/Session.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QVariantMap person(const char* first, const char* last, const char* street, const char* postcode,
    const char* city, const char* country, bool postConsent = true)
{
    return { { s("first_name"), s(first) }, { s("last_name"), s(last) },
        { s("department"), s("Mail") }, { s("street"), s(street) }, { s("postcode"), s(postcode) },
        { s("city"), s(city) }, { s("country"), s(country) }, { s("consent_post"), postConsent },
        { s("consent_email"), true } };
}

// "Rudens laiškas": six contacts of the Mail department; three can be sent post.
struct MailingFixture : UiFixture {
    MailingFixture()
    {
        RecordStore& rs = records();
        REQUIRE(db->session().setSetting(s("company_name"), s("UAB Baltijos Medis")));
        REQUIRE(db->session().setSetting(s("company_country"), s("LT")));
        create(rs, s("contact"),
            person("Ona", "Kazlauskienė", "Laisvės al. 10", "44280", "Kaunas", "LT"));
        create(rs, s("contact"), person("Anna", "Nowak", "ul. Długa 5", "80-831", "Gdańsk", "PL"));
        create(rs, s("contact"),
            person("Mindaugas", "Šimkus", "Gedimino pr. 9", "01103", "Vilnius", "LT"));
        create(rs, s("contact"),
            person("Petras", "Jonaitis", "Pylimo g. 1", "01118", "Vilnius", "LT", false));
        create(rs, s("contact"), person("Rūta", "Vaitkutė", "Pilies g. 4", "", "Vilnius", "LT"));
        const QString gone = create(
            rs, s("contact"), person("Tomas", "Išėjęs", "Vokiečių g. 2", "01130", "Vilnius", "LT"));
        REQUIRE(rs.remove(s("contact"), gone));

        ListQuery mail;
        mail.where << qMakePair(s("department"), QVariant(s("Mail")));
        REQUIRE(Segments::save(db->session(), s("contact"), s("Rudens laiškas"), mail));
        ListQuery nobody;
        nobody.where << qMakePair(s("department"), QVariant(s("Nobody")));
        REQUIRE(Segments::save(db->session(), s("contact"), s("Tuščias"), nobody));
    }
};

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(s("pdftotext"), { s("-layout"), path, s("-") });
    REQUIRE(p.waitForFinished(20000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    QProcess p;
    p.start(s("pdfinfo"), { path });
    REQUIRE(p.waitForFinished(20000));
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split('\n')) {
        if (line.startsWith(s("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

// Restores the test suite's British locale after a test reads the CSV as a Lithuanian user.
struct LocaleGuard {
    explicit LocaleGuard(const QLocale& locale) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(saved); }
    QLocale saved = QLocale();
};

} // namespace

TEST_CASE("the mailing dialog counts who gets post and who is left out", "[mailing]")
{
    MailingFixture f;
    MailingDialog dialog(f.context());
    REQUIRE(dialog.setSegment(s("Rudens laiškas")));
    CHECK(dialog.segmentCombo()->currentText() == s("Rudens laiškas"));

    const QString summary = dialog.summary()->text();
    CHECK(summary.startsWith(s("3 recipient")));
    CHECK(summary.contains(s("1 without postal consent left out")));
    CHECK(summary.contains(s("1 without a complete address left out (Rūta Vaitkutė)")));
    CHECK_FALSE(summary.contains(s("Petras")));
    CHECK_FALSE(summary.contains(s("Išėjęs")));
    CHECK(dialog.mailing().recipients.size() == 3);
    CHECK(dialog.saveLettersButton()->isEnabled());
    CHECK(dialog.saveLabelsButton()->isEnabled());
    CHECK(dialog.saveCsvButton()->isEnabled());
    CHECK(dialog.templateCombo()->currentData().toString() == s("letter"));
    CHECK(dialog.templateCombo()->currentText() == s("Letter"));
    CHECK(dialog.sheetCombo()->currentData().toString() == s("3x8"));
    CHECK(dialog.skipSpin()->minimum() == 1);
    CHECK(dialog.skipSpin()->maximum() == 24);
}

TEST_CASE("the mailing dialog saves the letters as one PDF", "[mailing]")
{
    MailingFixture f;
    QTemporaryDir dir;
    MailingDialog dialog(f.context());
    REQUIRE(dialog.setSegment(s("Rudens laiškas")));
    dialog.bodyEdit()->setHtml(s("<p>Kviečiame į rudens parodą Kaune spalio 14 d.</p>"));

    const QString path = dir.filePath(s("laiškai.pdf"));
    Prompter::answerNextFile(path);
    QTest::mouseClick(dialog.saveLettersButton(), Qt::LeftButton);
    REQUIRE(QFile::exists(path));
    const QString text = pdfText(path);
    CHECK(text.contains(s("Ona Kazlauskienė")));
    CHECK(text.contains(s("Anna Nowak")));
    CHECK(text.contains(s("Mindaugas Šimkus")));
    CHECK_FALSE(text.contains(s("Petras Jonaitis")));
    CHECK_FALSE(text.contains(s("Vaitkutė")));
    CHECK(text.count(s("Kviečiame į rudens parodą Kaune")) == 3);
    CHECK(dialog.status()->text().startsWith(s("3 letter")));
    CHECK(Prompter::unanswered().isEmpty());

    SECTION("cancelling the file dialog writes nothing")
    {
        QFile::remove(path);
        Prompter::answerNextFile(QString());
        CHECK_FALSE(dialog.saveLettersPdf());
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("the mailing dialog saves labels from a part-used sheet", "[mailing]")
{
    MailingFixture f;
    QTemporaryDir dir;
    MailingDialog dialog(f.context());
    REQUIRE(dialog.setSegment(s("Rudens laiškas")));
    dialog.sheetCombo()->setCurrentIndex(dialog.sheetCombo()->findData(s("3x8")));
    dialog.skipSpin()->setValue(6); // five labels already used

    const QString path = dir.filePath(s("etiketės.pdf"));
    Prompter::answerNextFile(path);
    QTest::mouseClick(dialog.saveLabelsButton(), Qt::LeftButton);
    REQUIRE(QFile::exists(path));
    CHECK(pdfPages(path) == 1);
    const QString text = pdfText(path);
    CHECK(text.contains(s("Ona Kazlauskienė")));
    CHECK(text.contains(s("Anna Nowak")));
    CHECK(text.contains(s("Mindaugas Šimkus")));
    CHECK(text.contains(s("Gdańsk")));

    SECTION("starting at the last label runs onto a second sheet")
    {
        dialog.skipSpin()->setValue(24);
        Prompter::answerNextFile(path);
        REQUIRE(dialog.saveLabelsPdf());
        CHECK(pdfPages(path) == 2);
    }
}

TEST_CASE("the mailing dialog writes the CSV in the user's locale", "[mailing]")
{
    MailingFixture f;
    QTemporaryDir dir;
    MailingDialog dialog(f.context());
    REQUIRE(dialog.setSegment(s("Rudens laiškas")));
    const QString path = dir.filePath(s("adresai.csv"));

    SECTION("a Lithuanian user: semicolons")
    {
        LocaleGuard lt(QLocale(QLocale::Lithuanian, QLocale::Lithuania));
        Prompter::answerNextFile(path);
        QTest::mouseClick(dialog.saveCsvButton(), Qt::LeftButton);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBFName;Company;Address line 1;"));
        CHECK(bytes.contains("Kazlauskien\xC4\x97"));
        CHECK_FALSE(bytes.contains("Jonaitis"));
    }
    SECTION("a British user: commas")
    {
        Prompter::answerNextFile(path);
        REQUIRE(dialog.saveCsv());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll().startsWith("\xEF\xBB\xBFName,Company,Address line 1,"));
    }
}

TEST_CASE("the mailing dialog says when a segment has no one to send to", "[mailing]")
{
    MailingFixture f;
    MailingDialog dialog(f.context());
    REQUIRE(dialog.setSegment(s("Tuščias")));
    CHECK(dialog.summary()->text().startsWith(s("0 recipient")));
    CHECK(dialog.summary()->text().contains(s("No one in this segment can be sent post")));
    CHECK_FALSE(dialog.saveLettersButton()->isEnabled());
    CHECK_FALSE(dialog.saveLabelsButton()->isEnabled());
    CHECK_FALSE(dialog.saveCsvButton()->isEnabled());
    CHECK_FALSE(dialog.previewLettersButton()->isEnabled());
    CHECK_FALSE(dialog.previewLabelsButton()->isEnabled());
    CHECK_FALSE(dialog.saveCsv()); // nothing asked, nothing written
    CHECK(Prompter::shown().isEmpty());

    // Back to the full segment: the buttons come back.
    REQUIRE(dialog.setSegment(s("Rudens laiškas")));
    CHECK(dialog.saveCsvButton()->isEnabled());
}

TEST_CASE("the mailing dialog without any contact segment", "[mailing]")
{
    UiFixture f;
    MailingDialog dialog(f.context());
    CHECK(dialog.segmentCombo()->count() == 0);
    CHECK(dialog.summary()->text().contains(s("no saved contact segment")));
    CHECK_FALSE(dialog.saveLettersButton()->isEnabled());
    CHECK_FALSE(dialog.setSegment(s("Rudens laiškas")));
}

TEST_CASE("the mailing dialog previews letters and labels before printing", "[mailing]")
{
    MailingFixture f;
    MailingDialog dialog(f.context());
    REQUIRE(dialog.setSegment(s("Rudens laiškas")));
    dialog.bodyEdit()->setPlainText(s("Kviečiame į parodą."));

    // The preview is modal: a timer reads its pages and closes it, so the test never blocks.
    int pages = -1;
    QString title;
    QTimer closer;
    closer.setInterval(100);
    QObject::connect(&closer, &QTimer::timeout, [&] {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        if (!preview)
            return;
        auto* widget = preview->findChild<QPrintPreviewWidget*>();
        pages = widget ? widget->pageCount() : -1;
        title = preview->windowTitle();
        preview->reject();
    });
    closer.start();

    QTest::mouseClick(dialog.previewLettersButton(), Qt::LeftButton);
    CHECK(title.startsWith(s("Letters")));
    CHECK(pages == 3); // one page per letter

    pages = -1;
    dialog.skipSpin()->setValue(23); // two labels left on the first sheet
    QTest::mouseClick(dialog.previewLabelsButton(), Qt::LeftButton);
    CHECK(title.startsWith(s("Address labels")));
    CHECK(pages == 2);
}
