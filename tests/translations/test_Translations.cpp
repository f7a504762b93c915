// Translations stay complete, and user-visible strings in ui/ and app/ go through tr().
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

namespace {

const QString kSource = QStringLiteral(TANDEM_SOURCE_DIR);

struct TsStats {
    int messages = 0;
    int unfinished = 0;
    int obsolete = 0;
    int empty = 0;
    QStringList examples;
};

TsStats readTs(const QString& path)
{
    TsStats s;
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++s.messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("unfinished"))
                ++s.unfinished;
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                ++s.obsolete;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (text.trimmed().isEmpty() && type != QLatin1String("unfinished")) {
                ++s.empty;
                if (s.examples.size() < 5)
                    s.examples << source;
            } else if (type == QLatin1String("unfinished") && s.examples.size() < 5) {
                s.examples << source;
            }
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return s;
}

} // namespace

TEST_CASE("Every language's translation is complete", "[translations]")
{
    for (const QString& lang : { QStringLiteral("lt"), QStringLiteral("pl"), QStringLiteral("uk"),
             QStringLiteral("ro"), QStringLiteral("ru") }) {
        INFO("language " << lang.toStdString());
        const TsStats s = readTs(kSource + QStringLiteral("/translations/tandem_%1.ts").arg(lang));
        INFO("first untranslated: " << s.examples.join(QStringLiteral(" | ")).toStdString());
        CHECK(s.messages > 100);
        CHECK(s.unfinished == 0);
        CHECK(s.obsolete == 0);
        CHECK(s.empty == 0);
    }
}

TEST_CASE("User-visible strings in ui/ and app/ are wrapped in tr()", "[translations]")
{
    // A literal handed straight to a call that shows text is a string nobody can translate.
    static const QRegularExpression bare(
        QStringLiteral("\\b(setText|setWindowTitle|setToolTip|setStatusTip|setPlaceholderText|"
                       "setWhatsThis|addAction|addMenu|"
                       "setLabelText|showMessage|setTabText|addTab|setTitle|setHeaderLabels)\\(\\s*"
                       "(QStringLiteral\\(|QLatin1String\\(|\"|QString\\(\")"));
    QStringList offenders;
    for (const QString& dir : { QStringLiteral("/ui"), QStringLiteral("/app") }) {
        QDirIterator it(kSource + dir, { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            int line = 0;
            while (!f.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(f.readLine());
                if (bare.match(text).hasMatch() && !text.contains(QLatin1String("tr-exempt")))
                    offenders << QStringLiteral("%1:%2: %3")
                                     .arg(QDir(kSource).relativeFilePath(path))
                                     .arg(line)
                                     .arg(text.trimmed());
            }
        }
    }
    INFO(offenders.join(QLatin1Char('\n')).toStdString());
    CHECK(offenders.isEmpty());
}
