// The fuzzers' seed corpus and every input they ever crashed on (tests/fuzz/regressions), read as
// the fuzz targets read them: each is refused with a message or read, and a refusal changes
// nothing.
#include "BundleFraming.h"
#include "TestDatabase.h"
#include "documents/MergeTemplate.h"

#include "io/CsvContacts.h"
#include "io/CsvMapping.h"
#include "io/CsvReader.h"
#include "io/IcsReader.h"
#include "io/RecordCsvImport.h"
#include "io/VCardReader.h"
#include "store/CanonicalDump.h"
#include "sync/Bundle.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>
#include <QtEndian>
#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::TestDatabase;

namespace {

struct Input {
    QString name; // "corpus/csv/google.csv", for INFO
    QByteArray bytes;
};

QList<Input> inputsOf(const QString& reader, const QString& kind)
{
    QList<Input> inputs;
    const QDir dir(QStringLiteral(TANDEM_FUZZ_DIR "/") + kind + QLatin1Char('/') + reader);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        inputs << Input { kind + QLatin1Char('/') + reader + QLatin1Char('/') + name, f.readAll() };
    }
    return inputs;
}

// The seeds (there must be some) and the regressions (none until a fuzzer finds something).
QList<Input> everyInput(const QString& reader)
{
    const QList<Input> seeds = inputsOf(reader, QStringLiteral("corpus"));
    REQUIRE_FALSE(seeds.isEmpty());
    return seeds + inputsOf(reader, QStringLiteral("regressions"));
}

void checkError(const Error& error, const QString& file)
{
    CHECK_FALSE(error.message.trimmed().isEmpty());
    CHECK(error.file == file);
}

} // namespace

TEST_CASE(
    "Every CSV fuzz input is read or refused, and its import plan writes nothing", "[fuzz][csv]")
{
    auto db = TestDatabase::initialised();
    const QByteArray before = canonicalDump(db->records());
    const LocaleValues values(QLocale(QLocale::Lithuanian, QLocale::Lithuania));
    const QString file = QStringLiteral("fuzz.csv");
    for (const Input& input : everyInput(QStringLiteral("csv"))) {
        INFO(input.name.toStdString());
        CsvReadOptions options;
        options.fileName = file;
        const auto table = CsvReader::read(input.bytes, options);
        if (!table) {
            checkError(table.error(), file);
            continue;
        }
        for (const Error& e : table->errors)
            checkError(e, file);
        const CsvMapping contacts = CsvMapping::autoMatch(QStringLiteral("contact"), table->header);
        for (const Error& e : CsvContacts::toCards(*table, contacts, values).errors) {
            checkError(e, file);
            CHECK(e.line > 0);
        }
        ImportOptions import;
        import.dryRun = true;
        import.duplicates = DuplicatePolicy::Update;
        import.fileName = file;
        const QStringList entities { QStringLiteral("company"), QStringLiteral("deal") };
        for (const QString& entity : entities) {
            const CsvMapping mapping = CsvMapping::autoMatch(entity, table->header);
            const auto report
                = RecordCsvImport::run(db->session(), *table, mapping, import, values);
            REQUIRE(report.ok());
            CHECK_FALSE(report->applied);
            for (const ImportRow& row : report->rows) {
                if (row.outcome == ImportRow::Outcome::Rejected)
                    checkError(row.error, file);
            }
        }
    }
    CHECK(canonicalDump(db->records()) == before);
}

TEST_CASE("Every vCard fuzz input is read, each unreadable card with a message", "[fuzz][vcard]")
{
    const QString file = QStringLiteral("fuzz.vcf");
    for (const Input& input : everyInput(QStringLiteral("vcard"))) {
        INFO(input.name.toStdString());
        const CardReadResult read = VCardReader::read(input.bytes, file);
        for (const Error& e : read.errors)
            checkError(e, file);
    }
}

TEST_CASE("Every iCalendar fuzz input is read, each unreadable item with a message", "[fuzz][ics]")
{
    const QString file = QStringLiteral("fuzz.ics");
    const QTimeZone floating("Europe/Vilnius");
    for (const Input& input : everyInput(QStringLiteral("ics"))) {
        INFO(input.name.toStdString());
        const IcsReadResult read = IcsReader::read(input.bytes, file, floating);
        for (const Error& e : read.errors)
            checkError(e, file);
        for (const IcsItem& item : read.items) {
            CHECK(item.line > 0);
            if (!item.ok())
                checkError(item.error, file);
        }
    }
}

TEST_CASE("Every bundle fuzz input is refused with a message and changes nothing, or imports "
          "once",
    "[fuzz][sync]")
{
    auto db = TestDatabase::initialised(QStringLiteral("site-fuzz"));
    SyncService sync(db->session());
    const QString file = QStringLiteral("fuzz.tandem");
    int imported = 0;
    for (const Input& input : everyInput(QStringLiteral("bundle"))) {
        INFO(input.name.toStdString());
        const auto bundle = BundleFormat::decode(fuzz::bundleFile(input.bytes), {}, file);
        if (!bundle) {
            checkError(bundle.error(), file);
            continue;
        }
        const QByteArray before = canonicalDump(db->records());
        const qint64 logBefore = db->session().changeLog().count();
        const auto stats = sync.importBundle(*bundle, file);
        if (!stats) {
            checkError(stats.error(), file);
            CHECK(canonicalDump(db->records()) == before);
            CHECK(db->session().changeLog().count() == logBefore);
            continue;
        }
        ++imported;
        // Importing the same bundle again brings nothing new.
        const auto again = sync.importBundle(*bundle, file);
        REQUIRE(again.ok());
        CHECK(again->newChanges == 0);
    }
    CHECK(imported >= 3); // the full bundle, in each framing, reaches the database
}

TEST_CASE("A seed bundle cut short anywhere is refused as damaged or truncated", "[fuzz][sync]")
{
    const QString file = QStringLiteral("cut.tandem");
    int whole = 0;
    for (const Input& input : everyInput(QStringLiteral("bundle"))) {
        if (input.bytes.isEmpty() || input.bytes.at(0) != char(fuzz::BundleFraming::Raw))
            continue;
        const QByteArray bytes = fuzz::bundleFile(input.bytes);
        if (!BundleFormat::decode(bytes, {}, file))
            continue;
        ++whole;
        INFO(input.name.toStdString());
        // From just past the magic to one byte short: never read, always named as damaged.
        for (qsizetype size = 8; size < bytes.size(); size += 1 + size / 16) {
            INFO("cut to " << size << " of " << bytes.size() << " bytes");
            const auto cut = BundleFormat::decode(bytes.left(size), {}, file);
            REQUIRE_FALSE(cut.ok());
            CHECK(cut.error().message.contains(QStringLiteral("damaged or truncated")));
            CHECK(cut.error().message.contains(QStringLiteral("Nothing was imported")));
            CHECK(cut.error().file == file);
        }
    }
    CHECK(whole >= 1); // the corpus holds at least one intact bundle
}

TEST_CASE(
    "Every template fuzz input merges or is refused naming the file and line", "[fuzz][templates]")
{
    const QVariantMap context { { QStringLiteral("lines"),
        QVariantList { QVariantMap { { QStringLiteral("net"), QStringLiteral("1,00") } } } } };
    const QString file = QStringLiteral("fuzz.html");
    int refused = 0;
    for (const Input& input : everyInput(QStringLiteral("template"))) {
        INFO(input.name.toStdString());
        const auto merged = MergeTemplate::render(QString::fromUtf8(input.bytes), context, file);
        if (!merged) {
            ++refused;
            CHECK(merged.error().message.startsWith(file + QStringLiteral(", line ")));
        }
    }
    CHECK(refused >= 1); // the corpus holds a broken template
}

TEST_CASE("Each framing of a bundle gives the fuzzer the same bundle to read", "[fuzz][sync]")
{
    auto db = TestDatabase::initialised();
    test::create(db->records(), QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Ona") },
            { QStringLiteral("last_name"), QStringLiteral("Kazlauskienė") } });
    SyncService sync(db->session());
    const auto bundle = sync.bundleFor();
    REQUIRE(bundle.ok());
    const auto file = BundleFormat::encode(*bundle);
    REQUIRE(file.ok());
    for (const auto framing :
        { fuzz::BundleFraming::Raw, fuzz::BundleFraming::Sealed, fuzz::BundleFraming::Parts }) {
        INFO("framing " << int(framing));
        const auto read
            = BundleFormat::decode(fuzz::bundleFile(fuzz::framed(framing, *file)), {}, {});
        REQUIRE(read.ok());
        CHECK(read->header.siteId == bundle->header.siteId);
        REQUIRE(read->changes.size() == bundle->changes.size());
        for (qsizetype i = 0; i < read->changes.size(); ++i) {
            CHECK(read->changes.at(i).recordId == bundle->changes.at(i).recordId);
            CHECK(read->changes.at(i).value == bundle->changes.at(i).value);
        }
    }
}

TEST_CASE("A bundle whose changes announce more than they could inflate to is refused as damaged",
    "[fuzz][sync]")
{
    auto db = TestDatabase::initialised();
    const auto file = BundleFormat::encode(SyncService(db->session()).makeBundle());
    REQUIRE(file.ok());
    // Sealed again after the change, so only the announced size is wrong.
    QByteArray input = fuzz::framed(fuzz::BundleFraming::Sealed, *file);
    const qsizetype payload = 1 + 12 + qFromBigEndian<quint32>(input.constData() + 1 + 8);
    qToBigEndian(quint32(0xFFFFFFF0), input.data() + payload);
    const auto read = BundleFormat::decode(fuzz::bundleFile(input), {}, QStringLiteral("big"));
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(QStringLiteral("changes are damaged")));
}
