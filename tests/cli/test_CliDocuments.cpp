// tandem-cli and sales documents: quotes from a price list with their figures and refusals, PDFs
// of quotes and letters kept on the deal or contact, postal mailings to a segment, templates.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace tandem::test;

namespace {

QJsonObject parseObject(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    INFO(bytes.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

// Output of a poppler tool on a file; the text with no-break spaces made plain, as a reader sees
// it.
QString poppler(const char* tool, const QStringList& args)
{
    const QString exe = QStandardPaths::findExecutable(str(tool));
    REQUIRE(!exe.isEmpty());
    QProcess p;
    p.start(exe, args);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return text;
}

QString pdfText(const QString& path)
{
    return poppler("pdftotext", { path, str("-") });
}

int pdfPages(const QString& path)
{
    for (const QString& line : poppler("pdfinfo", { path }).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    FAIL("pdfinfo printed no page count");
    return -1;
}

int countOf(const CliRunner& cli, const char* entity)
{
    return int(listedIds(runOk(cli, { str("list"), str(entity) })).size());
}

// A Vilnius weaver quoting linen (from its EUR price list, 21 % VAT) and a pattern book (its own
// EUR price, 9 % VAT) to UAB Šilas on a EUR deal.
struct Shop {
    QString manager; // Ona, who ran init
    QString company;
    QString contact; // Jonas Kazlauskas, language lt
    QString deal;
    QString linen;
    QString book;
    QString quote; // Q-2026-0001 v1, draft
    QString linenLine;
};

Shop shop(const CliRunner& cli)
{
    cli.init({ str("--company"), str("Audiniai"), str("--user"), str("Ona Petrauskienė"),
        str("--currency"), str("EUR") });
    Shop s;
    s.manager = runOk(cli, { str("whoami") }).lines().value(0).section(QLatin1Char('\t'), 0, 0);
    cli.add(str("setting"), { str("key=company_country"), str("value=LT") });
    s.company = cli.add(str("company"), { str("name=UAB Šilas"), str("city=Vilnius") });
    s.contact = cli.add(str("contact"),
        { str("first_name=Jonas"), str("last_name=Kazlauskas"), str("company_id=") + s.company,
            str("language=lt"), str("street=Gedimino pr. 1"), str("city=Vilnius"),
            str("postcode=01103"), str("country=LT"), str("consent_post=true") });
    s.deal = cli.add(str("deal"),
        { str("title=Užuolaidos"), str("company_id=") + s.company, str("contact_id=") + s.contact,
            str("currency=EUR") });
    s.linen = cli.add(
        str("product"), { str("name=Lininis audinys"), str("unit=m"), str("vat_rate=21") });
    s.book = cli.add(str("product"),
        { str("name=Raštų knyga"), str("unit=vnt"), str("vat_rate=9"), str("price=333.33"),
            str("currency=EUR") });
    const QString list = cli.add(str("price_list"),
        { str("name=EUR 2026"), str("currency=EUR"), str("valid_from=2026-01-01") });
    cli.add(str("price_list_item"),
        { str("price_list_id=") + list, str("product_id=") + s.linen, str("price=12.35") });
    s.quote = cli.add(str("quote"), { str("deal_id=") + s.deal, str("discount=5") });
    s.linenLine = cli.add(str("quote_line"),
        { str("quote_id=") + s.quote, str("product_id=") + s.linen, str("quantity=150"),
            str("discount=10") });
    cli.add(str("quote_line"),
        { str("quote_id=") + s.quote, str("product_id=") + s.book, str("quantity=3") });
    return s;
}

} // namespace

TEST_CASE(
    "a quote's totals: two VAT rates, a line discount and an overall discount", "[cli][documents]")
{
    CliRunner cli;
    const Shop s = shop(cli);

    // Linen 150 m × 12.35 = 1852.50, −10 % = 185.25 → 1667.25 at 21 %.
    // Book 3 × 333.33 = 999.99, no discount, at 9 %. Subtotal 2667.24.
    // Overall −5 % per rate: 999.99 × 5 % = 49.9995 → 50.00; 1667.25 × 5 % = 83.3625 → 83.36;
    // discount 133.36, net 2533.88. VAT 9 % of 949.99 = 85.4991 → 85.50; 21 % of 1583.89 =
    // 332.6169 → 332.62; VAT 418.12; total 2533.88 + 418.12 = 2952.00.
    const QJsonObject quote
        = parseObject(runOk(cli, { str("show"), str("quote"), s.quote, str("--json") }).out);
    CHECK(quote.value(str("number")).toString() == str("Q-2026-0001"));
    CHECK(quote.value(str("version")).toInt() == 1);
    CHECK(quote.value(str("status")).toString() == str("draft"));
    CHECK(quote.value(str("language")).toString() == str("lt"));
    const QJsonObject totals = quote.value(str("totals")).toObject();
    CHECK(totals.value(str("currency")).toString() == str("EUR"));
    CHECK(totals.value(str("subtotal")).toString() == str("2667.24"));
    CHECK(totals.value(str("discount")).toString() == str("133.36"));
    CHECK(totals.value(str("net")).toString() == str("2533.88"));
    CHECK(totals.value(str("vat")).toString() == str("418.12"));
    CHECK(totals.value(str("total")).toString() == str("2952.00"));
    CHECK(totals.value(str("needs_approval")).toBool() == false);

    const QJsonArray lines = totals.value(str("lines")).toArray();
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).toObject().value(str("id")).toString() == s.linenLine);
    CHECK(lines.at(0).toObject().value(str("gross")).toString() == str("1852.50"));
    CHECK(lines.at(0).toObject().value(str("discount")).toString() == str("185.25"));
    CHECK(lines.at(0).toObject().value(str("net")).toString() == str("1667.25"));
    CHECK(lines.at(1).toObject().value(str("net")).toString() == str("999.99"));

    const QJsonArray rows = totals.value(str("vat_rows")).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(str("rate")).toString() == str("9.00"));
    CHECK(rows.at(0).toObject().value(str("discount")).toString() == str("50.00"));
    CHECK(rows.at(0).toObject().value(str("base")).toString() == str("949.99"));
    CHECK(rows.at(0).toObject().value(str("vat")).toString() == str("85.50"));
    CHECK(rows.at(1).toObject().value(str("rate")).toString() == str("21.00"));
    CHECK(rows.at(1).toObject().value(str("discount")).toString() == str("83.36"));
    CHECK(rows.at(1).toObject().value(str("base")).toString() == str("1583.89"));
    CHECK(rows.at(1).toObject().value(str("vat")).toString() == str("332.62"));

    // The line took the price list's price, and the book its own.
    const QJsonObject line = cli.showJson(str("quote_line"), s.linenLine);
    CHECK(line.value(str("unit_price")).toString() == str("12.35"));
    CHECK(line.value(str("description")).toString() == str("Lininis audinys"));

    const QStringList text = runOk(cli, { str("show"), str("quote"), s.quote }).lines();
    CHECK(text.contains(str("subtotal: 2667.24 EUR")));
    CHECK(text.contains(str("discount: 133.36 EUR")));
    CHECK(text.contains(str("net: 2533.88 EUR")));
    CHECK(text.contains(str("vat: 418.12 EUR")));
    CHECK(text.contains(str("total: 2952.00 EUR")));
}

TEST_CASE("quote changes the sales rules forbid are refused and change nothing", "[cli][documents]")
{
    CliRunner cli;
    const Shop s = shop(cli);

    expectRefused(cli,
        { str("add"), str("quote_line"), str("quote_id=") + s.quote, str("product_id=") + s.linen,
            str("quantity=1"), str("discount=120") },
        1, { str("discount"), str("Line 3: the discount must be between 0 and 100 %.") });

    const QString silk = cli.add(str("product"),
        { str("name=Šilkas"), str("vat_rate=21"), str("price=50"), str("currency=PLN") });
    expectRefused(cli,
        { str("add"), str("quote_line"), str("quote_id=") + s.quote, str("product_id=") + silk }, 1,
        { str("unit_price"), str("“Šilkas” has no price in EUR") });

    expectRefused(cli, { str("set"), str("quote"), s.quote, str("status=accepted") }, 1,
        { str("status"), str("Q-2026-0001 v1 has not been sent yet") });

    // Above the team's threshold the quote waits for a manager.
    cli.add(str("setting"), { str("key=quote_approval_discount"), str("value=15") });
    cli.set(str("quote"), s.quote, { str("discount=20") });
    CHECK(cli.showJson(str("quote"), s.quote)
              .value(str("totals"))
              .toObject()
              .value(str("needs_approval"))
              .toBool());
    expectRefused(cli, { str("set"), str("quote"), s.quote, str("status=sent") }, 1,
        { str("status"), str("discount above what needs a manager's approval") });

    const QString petras
        = cli.add(str("user"), { str("name=Petras Jankus"), str("role=salesperson") });
    runOk(cli, { str("whoami"), str("--set"), petras });
    expectRefused(cli, { str("approve"), str("quote"), s.quote }, 1,
        { str("approved_by"), str("Only a manager can approve a quote's discount.") });

    runOk(cli, { str("whoami"), str("--set"), s.manager });
    runOk(cli, { str("approve"), str("quote"), s.quote });
    CHECK(cli.showJson(str("quote"), s.quote).value(str("approved_by")).toString() == s.manager);
    cli.set(str("quote"), s.quote, { str("status=sent") });
    CHECK(cli.showJson(str("quote"), s.quote)
              .value(str("sent_at"))
              .toString()
              .startsWith(str("2026-06-15T09:00")));

    expectRefused(cli,
        { str("add"), str("quote_line"), str("quote_id=") + s.quote, str("description=Siūlai"),
            str("unit_price=3") },
        1, { str("Q-2026-0001 v1 has been sent and cannot be changed") });
    expectRefused(cli, { str("rm"), str("quote_line"), s.linenLine }, 1,
        { str("Q-2026-0001 v1 has been sent") });
    CHECK(countOf(cli, "quote_line") == 2);
}

TEST_CASE("revise quote makes the next version a draft with the same figures", "[cli][documents]")
{
    CliRunner cli;
    const Shop s = shop(cli);
    cli.set(str("quote"), s.quote, { str("status=sent") });

    const CliResult revised = runOk(cli, { str("revise"), str("quote"), s.quote });
    const QString v2 = revised.text().trimmed();
    CHECK(isUuidV7AtPinnedTime(v2));
    CHECK(v2 != s.quote);

    const QJsonObject quote = cli.showJson(str("quote"), v2);
    CHECK(quote.value(str("number")).toString() == str("Q-2026-0001"));
    CHECK(quote.value(str("version")).toInt() == 2);
    CHECK(quote.value(str("status")).toString() == str("draft"));
    CHECK(quote.value(str("deal_id")).toString() == s.deal);
    CHECK(quote.value(str("totals")).toObject().value(str("total")).toString() == str("2952.00"));
    CHECK(quote.value(str("totals")).toObject().value(str("vat")).toString() == str("418.12"));
    CHECK(countOf(cli, "quote_line") == 4);
    CHECK(cli.showJson(str("quote"), s.quote).value(str("status")).toString() == str("sent"));

    // The draft takes changes again; the sent version keeps its figures.
    cli.add(str("quote_line"),
        { str("quote_id=") + v2, str("description=Siuvimas"), str("unit_price=100"),
            str("vat_rate=21") });
    CHECK(cli.showJson(str("quote"), s.quote)
              .value(str("totals"))
              .toObject()
              .value(str("total"))
              .toString()
        == str("2952.00"));
}

TEST_CASE("render quote keeps the PDF on the deal and can send it", "[cli][documents]")
{
    CliRunner cli;
    const Shop s = shop(cli);
    const QString pdf = cli.path(str("pasiulymas.pdf"));

    const CliResult r = runOk(cli, { str("render"), str("quote"), s.quote, str("--out"), pdf });
    const QString docId = r.text().trimmed();
    CHECK(isUuidV7AtPinnedTime(docId));
    CHECK(r.err.isEmpty());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(str("Q-2026-0001")));
    CHECK(text.contains(str("UAB Šilas")));
    CHECK(text.contains(str("Jonas Kazlauskas")));
    // The document's locale is the quote's language: Lithuanian grouping and decimal comma.
    CHECK(text.contains(str("2 952,00 EUR")));
    CHECK(text.contains(str("1 667,25")));

    const CliResult attachments = runOk(cli, { str("list"), str("attachment") });
    CHECK(listedIds(attachments) == QStringList { docId });
    CHECK(attachments.text().contains(str("Offer Q-2026-0001 v1.pdf")));
    const QJsonObject doc = cli.showJson(str("attachment"), docId);
    CHECK(doc.value(str("sent_at")).isNull());
    CHECK(cli.showJson(str("quote"), s.quote).value(str("status")).toString() == str("draft"));

    SECTION("--sent-to marks the quote sent and logs the e-mail")
    {
        const CliResult sent = runOk(cli,
            { str("render"), str("quote"), s.quote, str("--out"), cli.path(str("sent.pdf")),
                str("--sent-to"), str("jonas@silas.lt") });
        const QString sentId = sent.text().trimmed();
        CHECK(cli.showJson(str("quote"), s.quote).value(str("status")).toString() == str("sent"));
        CHECK(cli.showJson(str("attachment"), sentId).value(str("sent_to")).toString()
            == str("jonas@silas.lt"));
        const CliResult emails
            = runOk(cli, { str("list"), str("activity"), str("--where"), str("kind=email") });
        REQUIRE(listedIds(emails).size() == 1);
        CHECK(emails.text().contains(str("Sent “Offer Q-2026-0001 v1.pdf” to jonas@silas.lt")));
        CHECK(emails.text().contains(str("Jonas Kazlauskas")));
    }

    SECTION("an unknown template is refused by name")
    {
        expectRefused(cli,
            { str("render"), str("quote"), s.quote, str("--template"), str("nope"), str("--out"),
                cli.path(str("nope.pdf")) },
            1, { str("There is no document template \"nope\""), str("nope.lt.html") });
        CHECK(!QFile::exists(cli.path(str("nope.pdf"))));
    }

    SECTION("an output file in a missing folder is refused by name and nothing is kept")
    {
        const QString missing = cli.path(str("nėra/q.pdf"));
        expectRefused(cli, { str("render"), str("quote"), s.quote, str("--out"), missing }, 1,
            { str("Could not write ") + QDir::toNativeSeparators(missing) });
        CHECK(countOf(cli, "attachment") == 1);
    }

    SECTION("--sent-to while a manager's approval is missing sends and keeps nothing")
    {
        cli.add(str("setting"), { str("key=quote_approval_discount"), str("value=8") });
        const QString out = cli.path(str("unapproved.pdf"));
        expectRefused(cli,
            { str("render"), str("quote"), s.quote, str("--out"), out, str("--sent-to"),
                str("jonas@silas.lt") },
            1, { str("manager's approval") });
        CHECK(!QFile::exists(out));
        CHECK(countOf(cli, "attachment") == 1);
    }
}

TEST_CASE("render letter writes in the contact's language and notes empty merge fields",
    "[cli][documents]")
{
    CliRunner cli;
    cli.init({ str("--company"), str("Audiniai"), str("--user"), str("Ona Petrauskienė") });
    cli.add(str("setting"), { str("key=company_country"), str("value=LT") });
    const QString anna = cli.add(str("contact"),
        { str("first_name=Anna"), str("last_name=Nowak"), str("language=pl"),
            str("street=ul. Piotrkowska 1"), str("city=Łódź"), str("postcode=90-001"),
            str("country=PL") });
    const QString pdf = cli.path(str("list.pdf"));

    const CliResult r = runOk(cli,
        { str("render"), str("letter"), anna, str("--body"), str("Zapraszamy na targi w Kownie."),
            str("--out"), pdf });
    const QString docId = r.text().trimmed();
    CHECK(isUuidV7AtPinnedTime(docId));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(str("Szanowna Pani / Szanowny Panie,")));
    CHECK(text.contains(str("Zapraszamy na targi w Kownie.")));
    CHECK(text.contains(str("Z poważaniem,")));
    CHECK(text.contains(str("90-001 Łódź")));
    CHECK(text.contains(str("15.06.2026")));
    const QJsonObject doc = cli.showJson(str("attachment"), docId);
    CHECK(doc.value(str("record_id")).toString() == anna);
    CHECK(doc.value(str("entity")).toString() == str("contact"));

    // A user's own letter that names the company: Anna has none, so the user is told.
    QDir().mkpath(cli.path(str("templates")));
    writeFile(cli.path(str("templates/firmai.html")),
        str("<p>{{contact.salutation}}</p><p>Firma: {{company.name}}</p>{{{body}}}").toUtf8());
    const CliResult own = runOk(cli,
        { str("render"), str("letter"), anna, str("--template"), str("firmai"), str("--body"),
            str("Dzień dobry."), str("--out"), cli.path(str("firmai.pdf")) });
    CHECK(own.err.contains(str("note: no value for company.name")));
    CHECK(pdfText(cli.path(str("firmai.pdf"))).contains(str("Dzień dobry.")));
}

TEST_CASE("mailing to a saved segment: who gets it, CSV, labels and letters", "[cli][documents]")
{
    CliRunner cli;
    cli.init({ str("--company"), str("Audiniai"), str("--user"), str("Ona Petrauskienė") });
    cli.add(str("setting"), { str("key=company_country"), str("value=LT") });
    const QString silas = cli.add(str("company"), { str("name=UAB Šilas") });
    cli.add(str("contact"),
        { str("first_name=Jonas"), str("last_name=Kazlauskas"), str("company_id=") + silas,
            str("language=lt"), str("street=Gedimino pr. 1"), str("city=Vilnius"),
            str("postcode=01103"), str("country=LT"), str("consent_post=true"),
            str("status=active") });
    cli.add(str("contact"),
        { str("first_name=Rūta"), str("last_name=Jonaitė"), str("language=lt"),
            str("street=Laisvės al. 10"), str("city=Kaunas"), str("postcode=44280"),
            str("country=LT"), str("consent_post=true"), str("status=active") });
    cli.add(str("contact"),
        { str("first_name=Anna"), str("last_name=Nowak"), str("language=pl"),
            str("street=ul. Piotrkowska 1"), str("city=Łódź"), str("postcode=90-001"),
            str("country=PL"), str("consent_post=true"), str("status=active") });
    cli.add(str("contact"),
        { str("first_name=Bez"), str("last_name=Sutikimo"), str("street=A. Goštauto g. 2"),
            str("city=Vilnius"), str("postcode=01104"), str("country=LT"), str("status=active") });
    cli.add(str("contact"),
        { str("first_name=Be"), str("last_name=Adreso"), str("consent_post=true"),
            str("status=active") });
    // Not in the segment: an inactive contact, consent and address notwithstanding.
    cli.add(str("contact"),
        { str("first_name=Buvęs"), str("last_name=Klientas"), str("street=Pylimo g. 3"),
            str("city=Vilnius"), str("postcode=01105"), str("country=LT"), str("consent_post=true"),
            str("status=inactive") });
    cli.add(str("segment"),
        { str("name=Aktyvūs"), str("entity=contact"),
            str(R"(filter={"where":[["status","active"]]})") });

    const QString csv = cli.path(str("gavejai.csv"));
    const QString labels = cli.path(str("lipdukai.pdf"));
    const QString letters = cli.path(str("laiskai.pdf"));
    const CliResult r = runOk(cli,
        { str("mailing"), str("Aktyvūs"), str("--csv"), csv, str("--labels"), labels,
            str("--letters"), letters, str("--body"), str("Kviečiame į parodą.") });
    CHECK(r.lines()
        == QStringList { str("3 recipients"), str("1 left out: no postal consent"),
            str("1 left out: no complete address (Be Adreso)") });

    // The sender's country first, by postcode; the C locale's decimal point keeps the comma.
    CHECK(readFile(csv)
        == QByteArray(
            "\xEF\xBB\xBF"
            "Name,Company,Address line 1,Address line 2,Postcode,City,Country,Language\r\n"
            "Jonas Kazlauskas,UAB \xC5\xA0ilas,Gedimino pr. 1,,LT-01103,Vilnius,Lithuania,lt\r\n"
            "R\xC5\xABta Jonait\xC4\x97,,Laisv\xC4\x97s al. 10,,LT-44280,Kaunas,Lithuania,lt\r\n"
            "Anna Nowak,,ul. Piotrkowska 1,,90-001,\xC5\x81\xC3\xB3"
            "d\xC5\xBA,Poland,pl\r\n"));

    CHECK(pdfPages(labels) == 1);
    const QString labelText = pdfText(labels);
    CHECK(labelText.contains(str("LT-44280 Kaunas")));
    CHECK(!labelText.contains(str("Sutikimo")));

    CHECK(pdfPages(letters) == 3);
    const QString letterText = pdfText(letters);
    INFO(letterText.toStdString());
    CHECK(letterText.contains(str("Jonas Kazlauskas")));
    CHECK(letterText.contains(str("Rūta Jonaitė")));
    CHECK(letterText.contains(str("Anna Nowak")));
    CHECK(letterText.contains(str("Kviečiame į parodą.")));
    CHECK(!letterText.contains(str("Klientas")));

    SECTION("skipping used labels moves the rest onto a second sheet")
    {
        const QString more = cli.path(str("2x7.pdf"));
        runOk(cli,
            { str("mailing"), str("Aktyvūs"), str("--labels"), more, str("--sheet"), str("2x7"),
                str("--skip"), str("13") });
        CHECK(pdfPages(more) == 2);
    }

    SECTION("an unknown segment is refused by name")
    {
        expectRefused(cli, { str("mailing"), str("Niekas") }, 1, { str("Niekas") });
    }

    const QStringList sheets = runOk(cli, { str("mailing"), str("--sheets") }).lines();
    QStringList keys;
    for (const QString& line : sheets)
        keys << line.section(QLatin1Char('\t'), 0, 0);
    CHECK(keys.contains(str("3x8")));
    CHECK(keys.contains(str("2x7")));
    CHECK(sheets.filter(str("3x8\tA4, 3 × 8 labels")).size() == 1);
}

TEST_CASE("templates --export copies the shipped ones to edit, and own templates are used",
    "[cli][documents]")
{
    CliRunner cli;
    const Shop s = shop(cli);
    const QString folder = cli.path(str("templates"));

    const CliResult first = runOk(cli, { str("templates"), str("--export") });
    CHECK(first.lines().size() == 24);
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    CHECK(files.size() == 24);
    CHECK(files.contains(str("offer.lt.html")));
    CHECK(files.contains(str("letter.uk.html")));
    CHECK(files.contains(str("order.ro.html")));

    // The user's edit survives a second export.
    const QString offer = folder + str("/offer.lt.html");
    const QByteArray edited = str("<h1>Mūsų pasiūlymas {{quote.number}}</h1><p>Iš viso: "
                                  "{{totals.total}}</p>")
                                  .toUtf8();
    writeFile(offer, edited);
    const CliResult second = runOk(cli, { str("templates"), str("--export") });
    CHECK(!second.text().contains(str("offer.lt.html")));
    CHECK(readFile(offer) == edited);
    CHECK(QDir(folder).entryList(QDir::Files).size() == 24);

    runOk(cli, { str("render"), str("quote"), s.quote, str("--out"), cli.path(str("edited.pdf")) });
    const QString editedText = pdfText(cli.path(str("edited.pdf")));
    INFO(editedText.toStdString());
    CHECK(editedText.contains(str("Mūsų pasiūlymas Q-2026-0001")));
    CHECK(editedText.contains(str("2 952,00")));

    // A template of the user's own, by its base name.
    writeFile(folder + str("/trumpas.html"),
        str("<p>Trumpas pasiūlymas {{quote.number}} v{{quote.version}} – {{company.name}}: "
            "{{totals.total}}</p>")
            .toUtf8());
    const CliResult listed = runOk(cli, { str("templates") });
    CHECK(listed.lines().contains(str("trumpas")));
    const QString shortPdf = cli.path(str("trumpas.pdf"));
    runOk(cli,
        { str("render"), str("quote"), s.quote, str("--template"), str("trumpas"), str("--out"),
            shortPdf });
    const QString shortText = pdfText(shortPdf);
    INFO(shortText.toStdString());
    CHECK(shortText.contains(str("Trumpas pasiūlymas Q-2026-0001 v1 – UAB Šilas: 2 952,00")));
}
