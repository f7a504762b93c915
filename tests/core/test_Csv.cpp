// CSV text layer: encodings (BOM, UTF-8, windows-1250/1251/1257), delimiters, RFC 4180 quoting,
// line numbers, bad files, and the writer that Excel and LibreOffice open.
#include "domain/EntitySchema.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/LocaleValues.h"
#include "io/TextEncoding.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>

#include "TestData.h"

#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::testData;

namespace {

QByteArray bytesOf(const QString& name)
{
    QFile f(testData(QStringLiteral("csv/") + name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

CsvTable readOk(const QByteArray& data, const CsvReadOptions& options = {})
{
    auto r = CsvReader::read(data, options);
    if (!r)
        FAIL(r.error().toString().toStdString());
    return std::move(r).value();
}

QList<int> linesOf(const CsvTable& t)
{
    QList<int> out;
    for (const CsvRow& r : t.rows)
        out << r.line;
    return out;
}

} // namespace

TEST_CASE("This Qt build decodes the Windows code pages through ICU", "[csv]")
{
    for (const char* name : { "windows-1250", "windows-1251", "windows-1257" }) {
        QStringDecoder decoder(name);
        INFO(name);
        CHECK(decoder.isValid());
    }
    CHECK(QStringDecoder("windows-1257").decode(QByteArray("\xD0\x61r\xFBnas"))
        == QStringLiteral("Šarūnas"));
}

TEST_CASE("The encoding of each sample file is detected and its names read right", "[csv]")
{
    struct Case {
        const char* file;
        const char* encoding;
        QChar delimiter;
        int column;
        QString expected;
    };
    const QList<Case> cases {
        { "lithuanian-1257.csv", "windows-1257", QLatin1Char(';'), 1,
            QStringLiteral("Jonaitytė-Čepienė") },
        { "russian-1251.csv", "windows-1251", QLatin1Char(','), 2,
            QStringLiteral("ТОВ «Їжак і Ґудзик»") },
        { "outlook.csv", "windows-1250", QLatin1Char(','), 3,
            QStringLiteral("Brzęczyszczykiewicz") },
        { "polish-1250.csv", "windows-1250", QLatin1Char(','), 1, QStringLiteral("Września") },
        { "semicolon-bom.csv", "UTF-8", QLatin1Char(';'), 0, QStringLiteral("Šilo baldai") },
        { "google.csv", "UTF-8", QLatin1Char(','), 3, QStringLiteral("Шевчук") },
    };
    for (const Case& c : cases) {
        INFO(c.file);
        const QByteArray data = bytesOf(QString::fromLatin1(c.file));
        CHECK(TextEncoding::detect(data) == QLatin1String(c.encoding));
        const CsvTable t = readOk(data, { QString::fromLatin1(c.file), {}, {} });
        CHECK(t.encoding == QLatin1String(c.encoding));
        CHECK(t.delimiter == c.delimiter);
        CHECK(t.errors.isEmpty());
        REQUIRE(t.rows.size() >= 2);
        CHECK(t.rows.at(1).fields.at(c.column) == c.expected);
    }
}

TEST_CASE("A byte order mark picks the encoding and is not part of the first column", "[csv]")
{
    const QString text = QStringLiteral("Name;City\r\nŽalgiris;Kaunas\r\n");
    SECTION("UTF-8 with BOM")
    {
        auto d = TextEncoding::decode(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
        REQUIRE(d);
        CHECK(d->encoding == QStringLiteral("UTF-8"));
        CHECK(d->hadBom);
        CHECK(d->text == text);
    }
    SECTION("UTF-16 LE and BE with BOM")
    {
        for (auto e : { QStringEncoder::Utf16LE, QStringEncoder::Utf16BE }) {
            QStringEncoder encoder(e, QStringEncoder::Flag::WriteBom);
            const QByteArray data = encoder.encode(text);
            const CsvTable t = readOk(data);
            CHECK(t.encoding.startsWith(QStringLiteral("UTF-16")));
            CHECK(t.header == QStringList { QStringLiteral("Name"), QStringLiteral("City") });
            CHECK(t.rows.at(0).fields.at(0) == QStringLiteral("Žalgiris"));
        }
    }
    SECTION("UTF-8 without BOM")
    {
        auto d = TextEncoding::decode(text.toUtf8());
        REQUIRE(d);
        CHECK(d->encoding == QStringLiteral("UTF-8"));
        CHECK_FALSE(d->hadBom);
    }
}

TEST_CASE("A forced encoding is used as given, and a wrong one is refused with the line", "[csv]")
{
    const QByteArray lt = bytesOf(QStringLiteral("lithuanian-1257.csv"));
    SECTION("forcing the right code page")
    {
        const CsvTable t = readOk(lt, { QStringLiteral("lt.csv"), QStringLiteral("cp1257"), {} });
        CHECK(t.encoding == QStringLiteral("windows-1257"));
        CHECK(t.rows.at(0).fields.at(0) == QStringLiteral("Šarūnas"));
    }
    SECTION("forcing another code page decodes other letters")
    {
        const CsvTable t
            = readOk(lt, { QStringLiteral("lt.csv"), QStringLiteral("windows-1250"), {} });
        CHECK(t.rows.at(0).fields.at(0) != QStringLiteral("Šarūnas"));
    }
    SECTION("forcing UTF-8 on windows-1257 bytes names the first bad line")
    {
        auto r = CsvReader::read(lt, { QStringLiteral("lt.csv"), QStringLiteral("UTF-8"), {} });
        REQUIRE_FALSE(r);
        CHECK(r.error().file == QStringLiteral("lt.csv"));
        CHECK(r.error().line == 2);
        CHECK(r.error().message
            == QStringLiteral("the file is not valid UTF-8 text; choose its encoding"));
    }
    SECTION("an unknown encoding")
    {
        auto r = CsvReader::read(lt, { QStringLiteral("lt.csv"), QStringLiteral("klingon-1"), {} });
        REQUIRE_FALSE(r);
        CHECK(r.error().toString() == QStringLiteral("lt.csv: unknown encoding “klingon-1”"));
    }
}

TEST_CASE("The delimiter is the one that splits the first lines consistently", "[csv]")
{
    auto delimiterOf = [](const char* text) { return readOk(QByteArray(text)).delimiter; };
    CHECK(delimiterOf("Name,Amount\nA,1\nB,2\n") == QLatin1Char(','));
    // Decimal commas in a semicolon file must not win.
    CHECK(delimiterOf("Name;Amount;Rate\nA;1,5;2,25\nB;2,5;3,75\n") == QLatin1Char(';'));
    CHECK(delimiterOf("Name\tCity\nA, B\tVilnius\n") == QLatin1Char('\t'));
    // A comma inside quotes is not a delimiter.
    CHECK(delimiterOf("Name;Note\n\"Doe, John\";x\n\"Roe, Jane\";y\n") == QLatin1Char(';'));
    // One column: nothing to split.
    CHECK(readOk(QByteArray("Name\nAlpha\nBeta\n")).rows.size() == 2);

    SECTION("a forced delimiter wins")
    {
        const CsvTable t = readOk(QByteArray("a;b,c\n1;2,3\n"), { {}, {}, QLatin1Char(';') });
        CHECK(t.header == QStringList { QStringLiteral("a"), QStringLiteral("b,c") });
    }
    SECTION("Excel's sep= line names the delimiter and is not the header")
    {
        const CsvTable t = readOk(QByteArray("sep=;\r\nName;City\r\nA,B;Vilnius\r\n"));
        CHECK(t.delimiter == QLatin1Char(';'));
        CHECK(t.header == QStringList { QStringLiteral("Name"), QStringLiteral("City") });
        CHECK(t.rows.at(0).line == 3);
        CHECK(t.rows.at(0).fields.at(0) == QStringLiteral("A,B"));
    }
}

TEST_CASE(
    "Quoted fields, doubled quotes and line breaks inside quotes; rows keep their physical line",
    "[csv]")
{
    const QByteArray lf = "Name,Note,City\n"
                          "\"Doe, John\",\"He said \"\"hi\"\"\",Vilnius\n"
                          "Roe,\"two\nlines\n\",Kaunas\n"
                          "\n"
                          "5\" screen,plain,Alytus\n"
                          ",,\n"
                          "Last,,\"\"\n";
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    for (const QByteArray& data : { lf, crlf }) {
        const CsvTable t = readOk(data);
        REQUIRE(t.errors.isEmpty());
        REQUIRE(t.rows.size() == 4);
        CHECK(linesOf(t) == QList<int> { 2, 3, 7, 9 });
        CHECK(t.rows.at(0).fields
            == QStringList { QStringLiteral("Doe, John"), QStringLiteral("He said \"hi\""),
                QStringLiteral("Vilnius") });
        CHECK(t.rows.at(1).fields.at(1) == QStringLiteral("two\nlines\n"));
        CHECK(t.rows.at(2).fields.at(0) == QStringLiteral("5\" screen"));
        CHECK(t.rows.at(3).fields == QStringList { QStringLiteral("Last"), QString(), QString() });
    }
    SECTION("a file without a final line break")
    {
        const CsvTable t = readOk(QByteArray("a,b\r\n1,2"));
        CHECK(t.rows.at(0).fields == QStringList { QStringLiteral("1"), QStringLiteral("2") });
    }
}

TEST_CASE("A ragged row is an error naming file and line; the other rows are still read", "[csv]")
{
    auto r = CsvReader::readFile(testData(QStringLiteral("csv/") + QStringLiteral("ragged.csv")));
    REQUIRE(r);
    CHECK(linesOf(*r) == QList<int> { 2, 4, 5, 6, 8 });
    REQUIRE(r->errors.size() == 1);
    CHECK(r->errors.at(0).file == QStringLiteral("ragged.csv"));
    CHECK(r->errors.at(0).line == 7);
    CHECK(r->errors.at(0).toString()
        == QStringLiteral("ragged.csv:7: line 7 has 5 fields, the header has 6"));

    const CsvTable more
        = readOk(QByteArray("a,b\n1,2,3\n4,5\n"), { QStringLiteral("x.csv"), {}, {} });
    REQUIRE(more.errors.size() == 1);
    CHECK(more.errors.at(0).message == QStringLiteral("line 2 has 3 fields, the header has 2"));
}

TEST_CASE("Files that cannot be read at all say why, with file and line", "[csv]")
{
    SECTION("a quote that never closes names the line where its field starts")
    {
        auto r = CsvReader::readFile(
            testData(QStringLiteral("csv/") + QStringLiteral("unterminated.csv")));
        REQUIRE_FALSE(r);
        CHECK(r.error().toString()
            == QStringLiteral(
                "unterminated.csv:4: Notes: a quoted field starts on line 4 and is never closed"));
    }
    SECTION("empty files")
    {
        for (const QByteArray& data :
            { QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray(" \r\n\r\n") }) {
            auto r = CsvReader::read(data, { QStringLiteral("empty.csv"), {}, {} });
            REQUIRE_FALSE(r);
            CHECK(r.error().toString() == QStringLiteral("empty.csv: the file is empty"));
        }
    }
    SECTION("no header")
    {
        auto r
            = CsvReader::read(QByteArray(",,\n,,\r\n\n"), { QStringLiteral("blank.csv"), {}, {} });
        REQUIRE_FALSE(r);
        CHECK(r.error().message == QStringLiteral("the file has no header line with column names"));
    }
    SECTION("a binary file")
    {
        auto r = CsvReader::read(
            QByteArray("Name\nab\0cd\n", 11), { QStringLiteral("x.bin"), {}, {} });
        REQUIRE_FALSE(r);
        CHECK(r.error().toString() == QStringLiteral("x.bin:2: this is not a text file"));
    }
    SECTION("a missing file")
    {
        auto r = CsvReader::readFile(
            testData(QStringLiteral("csv/") + QStringLiteral("no-such-file.csv")));
        REQUIRE_FALSE(r);
        CHECK(r.error().file == QStringLiteral("no-such-file.csv"));
        CHECK(r.error().message.startsWith(QStringLiteral("cannot open the file")));
    }
}

TEST_CASE("Random bytes never crash the reader", "[csv]")
{
    QRandomGenerator random(20260615);
    static const char kAlphabet[] = "\",;\t\r\n aZ\xC5\xA0\xFF\x00\x9C";
    const QByteArray alphabet(kAlphabet, sizeof(kAlphabet) - 1); // with the \x00, without the end
    for (int round = 0; round < 500; ++round) {
        QByteArray data;
        const int size = int(random.bounded(200));
        for (int i = 0; i < size; ++i)
            data += round % 2 ? char(random.bounded(256))
                              : alphabet.at(random.bounded(alphabet.size()));
        auto r = CsvReader::read(data, { QStringLiteral("random.csv"), {}, {} });
        if (r) {
            for (const CsvRow& row : r->rows)
                CHECK(row.fields.size() == r->header.size());
        } else {
            CHECK_FALSE(r.error().message.isEmpty());
        }
    }
}

TEST_CASE("The writer quotes where needed, writes CRLF and a BOM, and reads back", "[csv]")
{
    CHECK(CsvWriter::delimiterFor(QLocale(QStringLiteral("lt_LT"))) == QLatin1Char(';'));
    CHECK(CsvWriter::delimiterFor(QLocale(QStringLiteral("ru_RU"))) == QLatin1Char(';'));
    CHECK(CsvWriter::delimiterFor(QLocale(QStringLiteral("en_US"))) == QLatin1Char(','));

    CHECK(CsvWriter::field(QStringLiteral("plain"), QLatin1Char(';')) == QStringLiteral("plain"));
    CHECK(CsvWriter::field(QStringLiteral("1,5"), QLatin1Char(';')) == QStringLiteral("1,5"));
    CHECK(CsvWriter::field(QStringLiteral("a;b"), QLatin1Char(';')) == QStringLiteral("\"a;b\""));
    CHECK(CsvWriter::field(QStringLiteral("say \"hi\""), QLatin1Char(','))
        == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(
        CsvWriter::field(QStringLiteral("a\nb"), QLatin1Char(',')) == QStringLiteral("\"a\r\nb\""));
    CHECK(CsvWriter::field(QStringLiteral(" padded"), QLatin1Char(','))
        == QStringLiteral("\" padded\""));

    const QStringList header { QStringLiteral("Name"), QStringLiteral("Note") };
    const QList<QStringList> rows { { QStringLiteral("Šarūnas; Jr."),
                                        QStringLiteral("line 1\nline 2") },
        { QStringLiteral("\"Quoted\""), QString() } };
    const QByteArray data = CsvWriter::write(header, rows, { QLatin1Char(';'), true });
    CHECK(data.startsWith("\xEF\xBB\xBFName;Note\r\n"));
    CHECK(data.endsWith("\"\"\"Quoted\"\"\";\r\n"));
    const CsvTable back = readOk(data);
    CHECK(back.delimiter == QLatin1Char(';'));
    CHECK(back.header == header);
    REQUIRE(back.rows.size() == 2);
    CHECK(back.rows.at(0).fields == rows.at(0));
    CHECK(back.rows.at(1).fields == rows.at(1));
    CHECK(back.rows.at(1).line == 4);
}

TEST_CASE("Values are read as people type them in their locale, and written for it", "[csv]")
{
    const FieldDef& amount
        = *EntitySchema::find(QStringLiteral("deal"))->field(QStringLiteral("amount"));
    const FieldDef& renewal
        = *EntitySchema::find(QStringLiteral("company"))->field(QStringLiteral("renewal_date"));
    const FieldDef& status
        = *EntitySchema::find(QStringLiteral("company"))->field(QStringLiteral("status"));
    const FieldDef& consent
        = *EntitySchema::find(QStringLiteral("contact"))->field(QStringLiteral("consent_email"));
    const LocaleValues lt(QLocale(QStringLiteral("lt_LT")));
    const LocaleValues en(QLocale(QStringLiteral("en_US")));
    const LocaleValues de(QLocale(QStringLiteral("de_DE")));
    const LocaleValues pl(QLocale(QStringLiteral("pl_PL")));
    const QString eur = QStringLiteral("EUR");
    auto value = [](const LocaleValues& v, const FieldDef& f, const QString& text,
                     const QString& currency = QString()) {
        auto r = v.parse(f, text, currency);
        return r ? r->toString() : QStringLiteral("error: ") + r.error().message;
    };

    CHECK(value(lt, amount, QStringLiteral("1\u00A0250,50"), eur) == QStringLiteral("125050"));
    CHECK(value(lt, amount, QStringLiteral("1250.50"), eur) == QStringLiteral("125050"));
    CHECK(value(lt, amount, QStringLiteral("1 250,50 €"), eur) == QStringLiteral("125050"));
    CHECK(value(en, amount, QStringLiteral("1,250.50"), eur) == QStringLiteral("125050"));
    CHECK(value(en, amount, QStringLiteral("1,250"), eur) == QStringLiteral("125000"));
    CHECK(value(en, amount, QStringLiteral("EUR 1,25"), eur) == QStringLiteral("125"));
    CHECK(value(de, amount, QStringLiteral("1.250,50"), eur) == QStringLiteral("125050"));
    CHECK(value(en, amount, QStringLiteral("12.345"), eur)
        == QStringLiteral("error: '12.345' is not a number with at most 2 decimals"));

    CHECK(value(lt, renewal, QStringLiteral("2026-06-30")) == QStringLiteral("2026-06-30"));
    CHECK(value(pl, renewal, QStringLiteral("30.06.2026")) == QStringLiteral("2026-06-30"));
    CHECK(value(pl, renewal, QStringLiteral("5.6.2026")) == QStringLiteral("2026-06-05"));
    CHECK(value(en, renewal, QStringLiteral("6/30/26")) == QStringLiteral("2026-06-30"));
    CHECK(value(en, renewal, QStringLiteral("6/30/85")) == QStringLiteral("1985-06-30"));
    CHECK(value(en, renewal, QStringLiteral("30.06.2026"))
        == QStringLiteral("error: '30.06.2026' is not a date (6/15/2026 or YYYY-MM-DD)"));

    CHECK(value(en, consent, QStringLiteral("TRUE")) == QStringLiteral("true"));
    CHECK(value(en, consent, QStringLiteral("Yes")) == QStringLiteral("true"));
    CHECK(value(en, consent, QStringLiteral("0")) == QStringLiteral("false"));

    CHECK(value(en, status, QStringLiteral("FORMER")) == QStringLiteral("former"));
    CHECK(value(en, status, QStringLiteral("customer")) == QStringLiteral("customer"));
    const LocaleValues labelled(QLocale(QStringLiteral("en_US")), [](const QString& key) {
        return key == QLatin1String("former") ? QStringLiteral("Former customer") : key;
    });
    CHECK(value(labelled, status, QStringLiteral("former customer")) == QStringLiteral("former"));
    CHECK(labelled.format(status, QStringLiteral("former"), QString())
        == QStringLiteral("Former customer"));

    CHECK(lt.format(amount, qint64(125050), eur) == QStringLiteral("1250,50"));
    CHECK(lt.format(amount, qint64(150000), QStringLiteral("JPY")) == QStringLiteral("150000"));
    CHECK(en.format(amount, qint64(-5), eur) == QStringLiteral("-0.05"));
    CHECK(
        en.format(renewal, QStringLiteral("2026-06-30"), QString()) == QStringLiteral("6/30/2026"));
    CHECK(lt.format(renewal, QStringLiteral("2026-06-30"), QString())
        == QStringLiteral("2026-06-30"));
    CHECK(en.format(consent, true, QString()) == QStringLiteral("Yes"));
}
