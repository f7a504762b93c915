// Shipped and user document templates: every shipped one merges cleanly against a full context,
// the user's files win over shipped ones, and exporting the defaults never overwrites edits.
#include "documents/DocumentTemplates.h"
#include "documents/MergeTemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
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

std::optional<QVariant> lookup(const QList<QVariant>& scopes, const QString& name)
{
    const QStringList parts = name.split(QLatin1Char('.'));
    for (qsizetype i = scopes.size() - 1; i >= 0; --i) {
        QVariantMap map = scopes[i].toMap();
        if (!map.contains(parts.first()))
            continue;
        QVariant value = map.value(parts.first());
        for (qsizetype p = 1; p < parts.size(); ++p) {
            map = value.toMap();
            if (!map.contains(parts[p]))
                return std::nullopt;
            value = map.value(parts[p]);
        }
        return value;
    }
    return std::nullopt;
}

// Whether a field, inside its sections, names something the context has (a list section is
// checked against its first item): a typo in a template fails even where its section is hidden.
bool known(const QVariantMap& context, const MergeTemplate::Field& field)
{
    QList<QVariant> scopes { context };
    for (const QString& section : field.sections) {
        auto value = lookup(scopes, section);
        if (!value)
            return false;
        const QVariantList list = value->toList();
        scopes.append(list.isEmpty() ? *value : list.first());
    }
    return lookup(scopes, field.name).has_value();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("document kinds have keys and labels", "[templates]")
{
    CHECK(DocumentTemplates::kindKey(DocumentKind::OrderConfirmation) == "order");
    CHECK(DocumentTemplates::kindFromKey("contract") == DocumentKind::Contract);
    CHECK_FALSE(DocumentTemplates::kindFromKey("invoice").has_value());
    CHECK(DocumentTemplates::kindLabel(DocumentKind::OrderConfirmation) == "Order confirmation");
    CHECK(DocumentTemplates::languages() == QStringList { "en", "lt", "pl", "uk", "ro", "ru" });
}

TEST_CASE("every shipped template merges cleanly with a full context", "[templates]")
{
    const QVariantMap context = sampleContext();
    QTemporaryDir empty;
    int checked = 0;
    for (DocumentKind kind : DocumentTemplates::kinds()) {
        for (const QString& language : DocumentTemplates::languages()) {
            const QString key = DocumentTemplates::kindKey(kind);
            INFO(key.toStdString() << "." << language.toStdString());
            auto t = DocumentTemplates::load(empty.path(), key, language);
            REQUIRE(t.ok());
            CHECK(t->shipped);
            CHECK(t->language == language);
            CHECK(t->source == QStringLiteral(":/templates/%1.%2.html").arg(key, language));

            auto rendered = MergeTemplate::render(t->text, context, t->source);
            REQUIRE(rendered.ok());
            CHECK(rendered->missing.join(", ").toStdString() == "");
            CHECK(rendered->html.contains("Q-2026-0147") == (kind != DocumentKind::Letter));
            CHECK(rendered->html.contains("Jonas Petraitis"));
            CHECK(rendered->html.contains("Rūta Kazlauskienė"));
            CHECK_FALSE(rendered->html.contains("{{"));
            if (kind == DocumentKind::Letter)
                CHECK(rendered->html.contains("<p>Dėkojame už susitikimą"));
            else
                CHECK(rendered->html.contains("4 344,94"));

            auto fields = MergeTemplate::fields(t->text, t->source);
            REQUIRE(fields.ok());
            for (const MergeTemplate::Field& field : *fields) {
                INFO("line " << field.line << ": " << field.name.toStdString() << " in "
                             << field.sections.join('/').toStdString());
                CHECK(known(context, field));
            }
            ++checked;
        }
    }
    CHECK(checked == 24);
}

TEST_CASE("the shipped offer reads in its language", "[templates]")
{
    const QVariantMap context = sampleContext();
    const auto text = [&](const QString& language) {
        auto t = DocumentTemplates::load({}, "offer", language);
        REQUIRE(t.ok());
        return MergeTemplate::render(t->text, context, t->source)->html;
    };
    CHECK(text("en").contains("Commercial offer No. Q-2026-0147 (v2)"));
    CHECK(text("lt").contains("Komercinis pasiūlymas Nr. Q-2026-0147 (v2)"));
    CHECK(text("pl").contains("Oferta handlowa nr Q-2026-0147 (wersja 2)"));
    CHECK(text("uk").contains("Комерційна пропозиція № Q-2026-0147 (версія 2)"));
    CHECK(text("ro").contains("Ofertă comercială nr. Q-2026-0147 (versiunea 2)"));
    CHECK(text("ru").contains("Коммерческое предложение № Q-2026-0147 (версия 2)"));
    // The overall discount row shows only when there is a discount.
    QVariantMap noDiscount = context;
    QVariantMap totals = noDiscount["totals"].toMap();
    totals["discount"] = QString();
    noDiscount["totals"] = totals;
    auto t = DocumentTemplates::load({}, "offer", "en");
    REQUIRE(t.ok());
    CHECK(MergeTemplate::render(t->text, context, t->source)->html.contains("Discount (5 %)"));
    auto without = MergeTemplate::render(t->text, noDiscount, t->source);
    CHECK_FALSE(without->html.contains("Discount ("));
    CHECK(without->missing.isEmpty());
}

TEST_CASE("load() prefers the user's folder, then falls back by language", "[templates]")
{
    QTemporaryDir dir;
    const QString folder = dir.path();
    writeFile(folder + "/offer.lt.html", "mano pasiūlymas {{quote.number}}");
    writeFile(folder + "/offer.html", "my own offer");
    writeFile(folder + "/offer-short.pl.html", "krótka oferta");

    SECTION("NAME.LANG.html in the folder wins")
    {
        auto t = DocumentTemplates::load(folder, "offer", "lt");
        REQUIRE(t.ok());
        CHECK(t->text == "mano pasiūlymas {{quote.number}}");
        CHECK(t->source == folder + "/offer.lt.html");
        CHECK_FALSE(t->shipped);
    }
    SECTION("then NAME.html in the folder, for any language")
    {
        auto t = DocumentTemplates::load(folder, "offer", "pl");
        REQUIRE(t.ok());
        CHECK(t->text == "my own offer");
        CHECK(t->language == "pl");
    }
    SECTION("then the shipped one in that language, then the shipped English one")
    {
        auto ro = DocumentTemplates::load(folder, "letter", "ro");
        REQUIRE(ro.ok());
        CHECK(ro->shipped);
        CHECK(ro->source == ":/templates/letter.ro.html");
        CHECK(ro->text.contains("Cu stimă,"));
        auto de = DocumentTemplates::load(folder, "letter", "de");
        REQUIRE(de.ok());
        CHECK(de->source == ":/templates/letter.en.html");
        CHECK(de->language == "en");
    }
    SECTION("a user's own template by its name")
    {
        auto t = DocumentTemplates::load(folder, "offer-short", "pl");
        REQUIRE(t.ok());
        CHECK(t->text == "krótka oferta");
    }
    SECTION("an unknown name is an error naming the template and the folder")
    {
        auto t = DocumentTemplates::load(folder, "invoice", "lt");
        REQUIRE_FALSE(t.ok());
        CHECK(t.error().message
            == QStringLiteral("There is no document template \"invoice\": neither invoice.lt.html "
                              "nor invoice.html in %1, and none is shipped with Tandem.")
                   .arg(folder));
        CHECK_FALSE(DocumentTemplates::load(folder, "../offer", "lt").ok());
    }
    SECTION("available() lists shipped kinds and the user's own names, sorted")
    {
        CHECK(DocumentTemplates::available(folder)
            == QStringList { "contract", "letter", "offer", "offer-short", "order" });
    }
}

TEST_CASE("exportDefaults writes the shipped templates and keeps the user's edits", "[templates]")
{
    QTemporaryDir dir;
    const QString folder = dir.path() + "/templates";
    auto first = DocumentTemplates::exportDefaults(folder);
    REQUIRE(first.ok());
    CHECK(first->size() == 24);
    CHECK(first->contains(folder + "/contract.uk.html"));
    QFile shipped(":/templates/contract.uk.html");
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QFile copy(folder + "/contract.uk.html");
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == shipped.readAll());

    writeFile(folder + "/offer.pl.html", "moja oferta");
    QFile::remove(folder + "/letter.ru.html");
    auto second = DocumentTemplates::exportDefaults(folder);
    REQUIRE(second.ok());
    CHECK(*second == QStringList { folder + "/letter.ru.html" });
    auto t = DocumentTemplates::load(folder, "offer", "pl");
    REQUIRE(t.ok());
    CHECK(t->text == "moja oferta");
}
