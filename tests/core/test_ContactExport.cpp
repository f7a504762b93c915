// Contacts out to address-book cards: every field, contact point, tag, company and photo survives
// export followed by import into an empty database.
#include "ContactTestSupport.h"

#include "services/ContactExport.h"
#include "services/ContactImport.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

} // namespace

TEST_CASE(
    "Exported contacts imported into an empty database are the same contacts", "[import][export]")
{
    auto source = TestDatabase::initialised();
    RecordStore& rs = source->records();
    const QString tester = source->session().currentUserId();
    const QString company = create(
        rs, QStringLiteral("company"), { { QStringLiteral("name"), str("UAB Baltic Wood") } });
    const QString full = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), str("Šarūnas") },
            { QStringLiteral("last_name"), str("Kazlauskas") },
            { QStringLiteral("company_id"), company },
            { QStringLiteral("title"), str("Direktorius") },
            { QStringLiteral("department"), str("Pardavimai") },
            { QStringLiteral("email"), str("sarunas@balticwood.lt") },
            { QStringLiteral("phone"), str("+370 5 2123456") },
            { QStringLiteral("mobile"), str("+370 612 34567") },
            { QStringLiteral("street"), str("Gedimino pr. 1") },
            { QStringLiteral("city"), str("Vilnius") },
            { QStringLiteral("postcode"), str("01103") },
            { QStringLiteral("region"), str("Vilniaus apskr.") },
            { QStringLiteral("country"), str("LT") }, { QStringLiteral("language"), str("lt") },
            { QStringLiteral("birthday"), str("1980-05-17") },
            { QStringLiteral("notes"), str("Two lines,\nof notes") },
            { QStringLiteral("status"), str("active") }, { QStringLiteral("consent_email"), true },
            { QStringLiteral("consent_phone"), false },
            { QStringLiteral("next_contact_date"), str("2026-07-01") },
            { QStringLiteral("decision_maker"), true }, { QStringLiteral("owner_id"), tester } });
    auto point = [&](QVariantMap values) {
        values.insert(QStringLiteral("contact_id"), full);
        create(rs, QStringLiteral("contact_point"), values);
    };
    point({ { QStringLiteral("kind"), str("email") }, { QStringLiteral("label"), str("home") },
        { QStringLiteral("value"), str("sarunas@namai.lt") },
        { QStringLiteral("is_primary"), true } });
    point({ { QStringLiteral("kind"), str("phone") }, { QStringLiteral("label"), str("work,fax") },
        { QStringLiteral("value"), str("+370 5 2123457") } });
    point({ { QStringLiteral("kind"), str("web") }, { QStringLiteral("label"), str("work") },
        { QStringLiteral("value"), str("https://balticwood.lt") } });
    point({ { QStringLiteral("kind"), str("address") }, { QStringLiteral("label"), str("home") },
        { QStringLiteral("street"), str("Laisvės al. 10") },
        { QStringLiteral("city"), str("Kaunas") }, { QStringLiteral("country"), str("LT") },
        { QStringLiteral("value"), str("Laisvės al. 10, Kaunas") } });
    for (const char* name : { "VIP", "Partner" }) {
        const QString tag
            = create(rs, QStringLiteral("tag"), { { QStringLiteral("name"), str(name) } });
        create(rs, QStringLiteral("tagging"),
            { { QStringLiteral("tag_id"), tag },
                { QStringLiteral("entity"), QStringLiteral("contact") },
                { QStringLiteral("record_id"), full } });
    }
    const QByteArray jpeg("\xff\xd8\xff\xe0-pretend-jpeg");
    const QString photo = create(rs, QStringLiteral("attachment"),
        { { QStringLiteral("name"), str("photo.jpg") }, { QStringLiteral("kind"), str("photo") },
            { QStringLiteral("mime_type"), str("image/jpeg") }, { QStringLiteral("content"), jpeg },
            { QStringLiteral("entity"), QStringLiteral("contact") },
            { QStringLiteral("record_id"), full } });
    REQUIRE(rs.update(QStringLiteral("contact"), full, { { QStringLiteral("photo_id"), photo } }));
    const QString plain = create(
        rs, QStringLiteral("contact"), { { QStringLiteral("email"), str("info@namai.lt") } });

    CardReadResult exported;
    exported.cards
        = ContactExport::cards(source->session(), { full, plain, QStringLiteral("no-such-id") });
    REQUIRE(exported.cards.size() == 2);
    CHECK(exported.cards.first().uid == full);

    auto target = TestDatabase::initialised(QStringLiteral("site-b"));
    const ImportReport report
        = runImport(*target, exported, importOptions(DuplicatePolicy::Skip, false, false));
    REQUIRE(report.applied);
    CHECK(report.created == 2);
    RecordStore& ts = target->records();

    const QStringList compared { QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("title"), QStringLiteral("department"), QStringLiteral("email"),
        QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("street"),
        QStringLiteral("city"), QStringLiteral("postcode"), QStringLiteral("region"),
        QStringLiteral("country"), QStringLiteral("language"), QStringLiteral("birthday"),
        QStringLiteral("notes"), QStringLiteral("status"), QStringLiteral("consent_email"),
        QStringLiteral("consent_phone"), QStringLiteral("consent_post"),
        QStringLiteral("next_contact_date"), QStringLiteral("decision_maker") };
    for (const char* email : { "sarunas@balticwood.lt", "info@namai.lt" }) {
        INFO(email);
        const Record before = contactByEmail(rs, email);
        const Record after = contactByEmail(ts, email);
        for (const QString& f : compared) {
            INFO(f.toStdString());
            CHECK(after.value(f) == before.value(f));
        }
        auto labelOf
            = [](RecordStore& store, const Record& r, const char* entity, const char* field) {
                  return store.labelOf(QLatin1String(entity), r.text(QLatin1String(field)));
              };
        CHECK(labelOf(ts, after, "company", "company_id")
            == labelOf(rs, before, "company", "company_id"));
        CHECK(labelOf(ts, after, "user", "owner_id") == labelOf(rs, before, "user", "owner_id"));
        CHECK(tagsOf(ts, after.id) == tagsOf(rs, before.id));
        CHECK(pointsOf(ts, after.id) == pointsOf(rs, before.id));
        const auto photoBefore
            = rs.get(QStringLiteral("attachment"), before.text(QStringLiteral("photo_id")));
        const auto photoAfter
            = ts.get(QStringLiteral("attachment"), after.text(QStringLiteral("photo_id")));
        REQUIRE(bool(photoBefore) == bool(photoAfter));
        if (photoBefore) {
            CHECK(photoAfter->value(QStringLiteral("content"))
                == photoBefore->value(QStringLiteral("content")));
            CHECK(photoAfter->text(QStringLiteral("mime_type"))
                == photoBefore->text(QStringLiteral("mime_type")));
        }
    }
    CHECK(pointsOf(ts, contactByEmail(ts, "sarunas@balticwood.lt").id).size() == 4);
    CHECK(tagsOf(ts, contactByEmail(ts, "sarunas@balticwood.lt").id).size() == 2);
}
