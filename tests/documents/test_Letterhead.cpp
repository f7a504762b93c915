// The letterhead on the team's documents: made from the Company settings unless the letterhead
// setting overrides it, and a logo kept in the database (so every computer of the team prints
// it), an older logo file, or logo.png in the templates folder.
#include "TestDatabase.h"
#include "documents/Letterhead.h"
#include "documents/MergeContext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QImage filled(int width, int height, const QColor& colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

void set(Session& s, const char* key, const QString& value)
{
    REQUIRE(s.setSetting(QString::fromLatin1(key), value));
}

} // namespace

TEST_CASE("the letterhead is made from the company's details", "[letterhead]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    set(s, "company_name", QStringLiteral("UAB Medis"));
    set(s, "company_address", QStringLiteral("Gedimino pr. 1\n\n  LT-01103 Vilnius  "));
    set(s, "company_vat_code", QStringLiteral("LT100001234567"));
    set(s, "company_phone", QStringLiteral("+370 5 212 3456"));
    set(s, "company_email", QStringLiteral("info@medis.lt"));
    set(s, "company_website", QStringLiteral("medis.lt"));

    const auto head = MergeContext::letterhead(s, {});
    CHECK(head.organisation == QStringLiteral("UAB Medis"));
    CHECK(head.lines
        == QStringList { QStringLiteral("Gedimino pr. 1"), QStringLiteral("LT-01103 Vilnius"),
            QStringLiteral("LT100001234567 · +370 5 212 3456 · info@medis.lt · medis.lt") });
    CHECK(head.logo.isNull());
    // The templates' merge fields org.name and org.lines say the same.
    const QString contact = create(db->records(), QStringLiteral("contact"),
        { { "first_name", "Ona" }, { "last_name", "Petraitienė" } });
    const auto context = MergeContext::forContact(s, contact, QStringLiteral("lt"));
    REQUIRE(context);
    const QVariantMap org = context->value(QStringLiteral("org")).toMap();
    CHECK(org.value(QStringLiteral("name")).toString() == QStringLiteral("UAB Medis"));
    QStringList mergedLines;
    for (const QVariant& line : org.value(QStringLiteral("lines")).toList())
        mergedLines << line.toMap().value(QStringLiteral("text")).toString();
    CHECK(mergedLines == head.lines);

    SECTION("only the details that are given")
    {
        set(s, "company_vat_code", {});
        set(s, "company_email", {});
        CHECK(MergeContext::letterhead(s, {}).lines.last()
            == QStringLiteral("+370 5 212 3456 · medis.lt"));
        set(s, "company_phone", {});
        set(s, "company_website", {});
        CHECK(MergeContext::letterhead(s, {}).lines
            == QStringList {
                QStringLiteral("Gedimino pr. 1"), QStringLiteral("LT-01103 Vilnius") });
    }
    SECTION("the letterhead setting overrides them")
    {
        set(s, "letterhead", QStringLiteral("Medis, Vilnius\n\n  tel. 8 700 00000 "));
        CHECK(MergeContext::letterhead(s, {}).lines
            == QStringList {
                QStringLiteral("Medis, Vilnius"), QStringLiteral("tel. 8 700 00000") });
        set(s, "letterhead", QStringLiteral("\n  \n"));
        CHECK(MergeContext::letterhead(s, {}).lines.size() == 3); // blank: the company's again
    }
}

TEST_CASE("the logo is kept in the database for the whole team", "[letterhead]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    QTemporaryDir templates;
    REQUIRE(filled(60, 30, Qt::red).save(QDir(templates.path()).filePath("logo.png")));
    // Without a logo of the team's, the templates folder's.
    CHECK(MergeContext::letterhead(s, templates.path()).logo.pixelColor(0, 0) == QColor(Qt::red));

    REQUIRE(Letterheads::setCompanyLogo(s, filled(1600, 400, QColor(0x1f, 0x3a, 0x5f)),
        QStringLiteral("/home/ona/Medis logo.jpg")));
    const QString value = s.setting(QStringLiteral("company_logo"));
    REQUIRE(value.startsWith(QStringLiteral("attachment:")));
    const auto stored = db->records().get(QStringLiteral("attachment"), value.mid(11));
    REQUIRE(stored);
    const QByteArray png = stored->value(QStringLiteral("content")).toByteArray();
    CHECK(png.startsWith("\x89PNG"));
    CHECK(stored->text(QStringLiteral("name")) == QStringLiteral("Medis logo.png"));
    CHECK(stored->text(QStringLiteral("kind")) == QStringLiteral("photo"));
    CHECK(stored->text(QStringLiteral("mime_type")) == QStringLiteral("image/png"));
    CHECK(stored->value(QStringLiteral("size")).toLongLong() == png.size());
    CHECK(stored->text(QStringLiteral("sha256"))
        == QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    CHECK(stored->text(QStringLiteral("entity")).isEmpty());

    // Scaled down to 800 px wide, and printed instead of the templates folder's.
    const QImage logo = MergeContext::letterhead(s, templates.path()).logo;
    CHECK(logo.size() == QSize(800, 200));
    CHECK(logo.pixelColor(400, 100) == QColor(0x1f, 0x3a, 0x5f));
    const auto shown = Letterheads::companyLogo(s);
    CHECK(shown.name == QStringLiteral("Medis logo.png"));
    CHECK(shown.inDatabase);

    SECTION("a new logo replaces the old one")
    {
        REQUIRE(
            Letterheads::setCompanyLogo(s, filled(200, 100, Qt::green), QStringLiteral("b.png")));
        CHECK_FALSE(db->records().get(QStringLiteral("attachment"), value.mid(11)));
        CHECK(MergeContext::letterhead(s, {}).logo.size() == QSize(200, 100)); // not enlarged
    }
    SECTION("removing it clears the setting and the stored image")
    {
        REQUIRE(Letterheads::removeCompanyLogo(s));
        CHECK(s.setting(QStringLiteral("company_logo")).isEmpty());
        CHECK_FALSE(db->records().get(QStringLiteral("attachment"), value.mid(11)));
        CHECK(
            MergeContext::letterhead(s, templates.path()).logo.pixelColor(0, 0) == QColor(Qt::red));
    }
    SECTION("an image that cannot be read is refused, and the logo stays")
    {
        const auto refused = Letterheads::setCompanyLogo(s, QImage(), QStringLiteral("x.png"));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message == QStringLiteral("The logo is not an image."));
        CHECK(s.setting(QStringLiteral("company_logo")) == value);
    }
    SECTION("an attachment not on this computer yet: the templates folder's logo")
    {
        set(s, "company_logo", QStringLiteral("attachment:0123456789abcdef"));
        CHECK(
            MergeContext::letterhead(s, templates.path()).logo.pixelColor(0, 0) == QColor(Qt::red));
    }
}

TEST_CASE("an older logo setting naming a file still works where the file is", "[letterhead]")
{
    auto db = TestDatabase::initialised();
    Session& s = db->session();
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("logo.jpg"));
    REQUIRE(filled(90, 30, Qt::blue).save(file));
    set(s, "company_logo", file);
    CHECK(MergeContext::letterhead(s, {}).logo.size() == QSize(90, 30));
    CHECK_FALSE(Letterheads::companyLogo(s).inDatabase);

    set(s, "company_logo", QStringLiteral("/home/someone-else/logo.png")); // a colleague's path
    CHECK(MergeContext::letterhead(s, {}).logo.isNull());
}
