// Merging duplicates: the survivor keeps every activity, deal, lead, contact point, tag and link
// of both, no e-mail address is lost, and the merge is in the change log — or nothing happens.
#include "ContactTestSupport.h"

#include "services/ChangeBatch.h"
#include "services/RecordMerge.h"
#include "store/CanonicalDump.h"
#include "store/Transaction.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

qint64 countWhere(RecordStore& rs, const char* entity, const char* field, const QString& id)
{
    ListQuery q;
    q.where << qMakePair(QLatin1String(field), QVariant(id));
    auto n = rs.count(QLatin1String(entity), q);
    REQUIRE(n);
    return *n;
}

QSet<QString> contactPointValues(RecordStore& rs, const QString& contactId)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("contact_id"), QVariant(contactId));
    auto rows = rs.list(QStringLiteral("contact_point"), q);
    REQUIRE(rows);
    QSet<QString> out;
    for (const Record& r : *rows)
        out.insert(
            r.text(QStringLiteral("kind")) + QLatin1Char(':') + r.text(QStringLiteral("value")));
    return out;
}

// Two records of the same Jonas, each with its own history of work.
struct Scenario {
    QString company, boss, keep, other, colleague, tagVip, tagPartner, document;
};

Scenario buildScenario(RecordStore& rs)
{
    Scenario s;
    s.company = create(
        rs, QStringLiteral("company"), { { QStringLiteral("name"), str("UAB Baltic Wood") } });
    s.boss = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), str("Rasa") },
            { QStringLiteral("last_name"), str("Vadovė") } });
    s.keep = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), str("Jonas") },
            { QStringLiteral("last_name"), str("Kazlauskas") },
            { QStringLiteral("email"), str("jonas@balticwood.lt") },
            { QStringLiteral("phone"), str("+370 612 34567") },
            { QStringLiteral("country"), str("LT") },
            { QStringLiteral("company_id"), s.company } });
    s.other = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), str("Jonas") },
            { QStringLiteral("last_name"), str("Kazlauskis") },
            { QStringLiteral("email"), str("j.kazlauskas@gmail.com") },
            { QStringLiteral("phone"), str("8 612 34567") }, // the same number, written nationally
            { QStringLiteral("mobile"), str("+370 699 11111") },
            { QStringLiteral("title"), str("Direktorius") },
            { QStringLiteral("city"), str("Kaunas") }, { QStringLiteral("reports_to_id"), s.boss },
            { QStringLiteral("company_id"), s.company } });
    s.colleague = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), str("Ona") },
            { QStringLiteral("reports_to_id"), s.other } });

    auto activity = [&](const char* kind, const char* subject, const QString& contactId) {
        return create(rs, QStringLiteral("activity"),
            { { QStringLiteral("kind"), str(kind) }, { QStringLiteral("subject"), str(subject) },
                { QStringLiteral("contact_id"), contactId } });
    };
    activity("call", "Intro call", s.keep);
    activity("meeting", "Site visit", s.keep);
    const QString meeting = activity("meeting", "Offer review", s.other);
    activity("note", "Prefers e-mail", s.other);
    activity("task", "Send price list", s.other);
    create(rs, QStringLiteral("participant"),
        { { QStringLiteral("activity_id"), meeting }, { QStringLiteral("contact_id"), s.other } });
    for (const QString& who : { s.keep, s.other, s.other })
        create(rs, QStringLiteral("deal"),
            { { QStringLiteral("title"), str("Oak flooring") },
                { QStringLiteral("contact_id"), who } });
    create(rs, QStringLiteral("lead"),
        { { QStringLiteral("title"), str("Terrace boards") },
            { QStringLiteral("contact_id"), s.other } });
    create(rs, QStringLiteral("case"),
        { { QStringLiteral("subject"), str("Warped plank") },
            { QStringLiteral("contact_id"), s.other } });
    create(rs, QStringLiteral("contact_point"),
        { { QStringLiteral("contact_id"), s.keep },
            { QStringLiteral("kind"), QStringLiteral("phone") },
            { QStringLiteral("value"), str("+370 5 2123456") } });
    create(rs, QStringLiteral("contact_point"),
        { { QStringLiteral("contact_id"), s.other },
            { QStringLiteral("kind"), QStringLiteral("email") },
            { QStringLiteral("value"), str("jonas@namai.lt") } });
    s.tagVip = create(rs, QStringLiteral("tag"), { { QStringLiteral("name"), str("VIP") } });
    s.tagPartner
        = create(rs, QStringLiteral("tag"), { { QStringLiteral("name"), str("Partner") } });
    for (const auto& [tag, who] : { std::pair { s.tagVip, s.keep }, std::pair { s.tagVip, s.other },
             std::pair { s.tagPartner, s.other } })
        create(rs, QStringLiteral("tagging"),
            { { QStringLiteral("tag_id"), tag },
                { QStringLiteral("entity"), QStringLiteral("contact") },
                { QStringLiteral("record_id"), who } });
    s.document = create(rs, QStringLiteral("attachment"),
        { { QStringLiteral("name"), str("contract.pdf") },
            { QStringLiteral("entity"), QStringLiteral("contact") },
            { QStringLiteral("record_id"), s.other } });
    return s;
}

} // namespace

TEST_CASE("A merged contact keeps the work and the addresses of both", "[merge]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const Scenario s = buildScenario(rs);
    REQUIRE(countWhere(rs, "activity", "contact_id", s.keep) == 2);
    REQUIRE(countWhere(rs, "activity", "contact_id", s.other) == 3);

    auto merged = RecordMerge::merge(db->session(), QStringLiteral("contact"), s.keep, s.other);
    REQUIRE(merged);
    CHECK(merged->keptId == s.keep);

    // Every record that pointed at either now points at the kept one.
    CHECK(countWhere(rs, "activity", "contact_id", s.keep) == 5);
    CHECK(countWhere(rs, "task", "contact_id", s.keep) == 1);
    CHECK(countWhere(rs, "deal", "contact_id", s.keep) == 3);
    CHECK(countWhere(rs, "lead", "contact_id", s.keep) == 1);
    CHECK(countWhere(rs, "case", "contact_id", s.keep) == 1);
    CHECK(countWhere(rs, "participant", "contact_id", s.keep) == 1);
    CHECK(countWhere(rs, "contact", "reports_to_id", s.keep) == 1);
    for (const char* entity :
        { "activity", "deal", "lead", "case", "participant", "contact_point" })
        CHECK(countWhere(rs, entity, "contact_id", s.other) == 0);
    CHECK(rs.get(QStringLiteral("contact"), s.colleague)->text(QStringLiteral("reports_to_id"))
        == s.keep);
    CHECK(rs.get(QStringLiteral("attachment"), s.document)->text(QStringLiteral("record_id"))
        == s.keep);
    // Both tags, the shared one once.
    CHECK(tagsOf(rs, s.keep) == QStringList { str("Partner"), str("VIP") }); // each once
    CHECK(countWhere(rs, "tagging", "record_id", s.keep) == 2);
    CHECK(tagsOf(rs, s.other).isEmpty());

    // Empty fields filled, filled ones kept; the other's different e-mail is a contact point now,
    // its phone (the same number) is not repeated.
    const Record keep = *rs.get(QStringLiteral("contact"), s.keep);
    CHECK(keep.text(QStringLiteral("last_name")) == str("Kazlauskas"));
    CHECK(keep.text(QStringLiteral("email")) == str("jonas@balticwood.lt"));
    CHECK(keep.text(QStringLiteral("title")) == str("Direktorius"));
    CHECK(keep.text(QStringLiteral("mobile")) == str("+370 699 11111"));
    CHECK(keep.text(QStringLiteral("city")) == str("Kaunas"));
    CHECK(keep.text(QStringLiteral("reports_to_id")) == s.boss);
    CHECK(contactPointValues(rs, s.keep)
        == QSet<QString> { str("phone:+370 5 2123456"), str("email:jonas@namai.lt"),
            str("email:j.kazlauskas@gmail.com") });
    CHECK(merged->addedContactPoints == 1);
    CHECK(merged->movedLinks == 12);

    // The other is a tombstone that names the survivor; its history and the merge stay readable.
    CHECK_FALSE(rs.get(QStringLiteral("contact"), s.other));
    const auto other = rs.get(QStringLiteral("contact"), s.other, true);
    REQUIRE(other);
    CHECK(other->deleted);
    CHECK(other->text(QStringLiteral("merged_into_id")) == s.keep);
    const auto history = rs.history(QStringLiteral("contact"), s.other);
    REQUIRE(history.size() >= 3);
    CHECK(std::any_of(history.begin(), history.end(), [](const HistoryEntry& h) {
        return h.op == ChangeOp::Create && h.field == QStringLiteral("email")
            && h.value == str("j.kazlauskas@gmail.com");
    }));
    CHECK(history.last().op == ChangeOp::Delete);
    const bool mergeLogged
        = std::any_of(history.begin(), history.end(), [&](const HistoryEntry& h) {
              return h.field == QStringLiteral("merged_into_id") && h.value == s.keep;
          });
    CHECK(mergeLogged);
    const auto keepHistory = rs.history(QStringLiteral("contact"), s.keep);
    CHECK(std::any_of(keepHistory.begin(), keepHistory.end(), [](const HistoryEntry& h) {
        return h.field == QStringLiteral("title") && h.value == str("Direktorius");
    }));
    // Re-pointed records carry the change in their own history, so sync sends it.
    const auto caseChanges = db->session().changeLog().forRecord(
        QStringLiteral("case"), rs.list(QStringLiteral("case"))->first().id);
    CHECK(caseChanges.last().field == QStringLiteral("contact_id"));
    CHECK(caseChanges.last().value.toString() == s.keep);
}

TEST_CASE("Merge choices take the other's value and keep the replaced one reachable", "[merge]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const Scenario s = buildScenario(rs);

    auto merged = RecordMerge::merge(db->session(), QStringLiteral("contact"), s.keep, s.other,
        { { QStringLiteral("email"), QStringLiteral("other") },
            { QStringLiteral("last_name"), QStringLiteral("other") },
            { QStringLiteral("title"), QStringLiteral("keep") } });
    REQUIRE(merged);
    const Record keep = *rs.get(QStringLiteral("contact"), s.keep);
    CHECK(keep.text(QStringLiteral("email")) == str("j.kazlauskas@gmail.com"));
    CHECK(keep.text(QStringLiteral("last_name")) == str("Kazlauskis"));
    CHECK(keep.text(QStringLiteral("title")).isEmpty()); // "keep" keeps even an empty value
    CHECK(contactPointValues(rs, s.keep).contains(str("email:jonas@balticwood.lt")));
    CHECK_FALSE(contactPointValues(rs, s.keep).contains(str("email:j.kazlauskas@gmail.com")));
}

TEST_CASE("A contact that reported to its duplicate does not end up reporting to itself", "[merge]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString boss
        = create(rs, QStringLiteral("contact"), { { QStringLiteral("last_name"), str("Vadovė") } });
    const QString other = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("last_name"), str("Kazlauskas") },
            { QStringLiteral("reports_to_id"), boss } });
    const QString keep = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("last_name"), str("Kazlauskas") },
            { QStringLiteral("reports_to_id"), other } });
    REQUIRE(RecordMerge::merge(db->session(), QStringLiteral("contact"), keep, other));
    CHECK(rs.get(QStringLiteral("contact"), keep)->text(QStringLiteral("reports_to_id")) == boss);
}

TEST_CASE("A merge that fails half-way changes nothing", "[merge]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const Scenario s = buildScenario(rs);
    const qint64 logBefore = db->session().changeLog().count();
    const Record keepBefore = *rs.get(QStringLiteral("contact"), s.keep);
    // The last step (marking the other as merged) fails, after everything else was written.
    REQUIRE(db->session().database().exec(QStringLiteral(
        "CREATE TRIGGER refuse_merge BEFORE UPDATE OF merged_into_id ON contact "
        "WHEN NEW.merged_into_id IS NOT NULL BEGIN SELECT RAISE(ABORT, 'disk full'); END")));

    auto merged = RecordMerge::merge(db->session(), QStringLiteral("contact"), s.keep, s.other);
    REQUIRE_FALSE(merged);
    CHECK(merged.error().message.contains(QStringLiteral("disk full")));

    CHECK(db->session().changeLog().count() == logBefore);
    CHECK(countWhere(rs, "activity", "contact_id", s.keep) == 2);
    CHECK(countWhere(rs, "activity", "contact_id", s.other) == 3);
    CHECK(countWhere(rs, "deal", "contact_id", s.other) == 2);
    CHECK(countWhere(rs, "contact", "reports_to_id", s.other) == 1);
    CHECK(tagsOf(rs, s.other) == QStringList { str("Partner"), str("VIP") });
    CHECK(contactPointValues(rs, s.keep) == QSet<QString> { str("phone:+370 5 2123456") });
    CHECK(rs.get(QStringLiteral("attachment"), s.document)->text(QStringLiteral("record_id"))
        == s.other);
    const Record keepAfter = *rs.get(QStringLiteral("contact"), s.keep);
    CHECK(keepAfter.fields == keepBefore.fields);
    const auto other = rs.get(QStringLiteral("contact"), s.other);
    REQUIRE(other);
    CHECK(other->text(QStringLiteral("merged_into_id")).isEmpty());

    // Once the cause is gone, the same merge goes through.
    REQUIRE(db->session().database().exec(QStringLiteral("DROP TRIGGER refuse_merge")));
    REQUIRE(RecordMerge::merge(db->session(), QStringLiteral("contact"), s.keep, s.other));
    CHECK(countWhere(rs, "activity", "contact_id", s.keep) == 5);
}

TEST_CASE("Merges that make no sense are refused with a reason", "[merge]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const Scenario s = buildScenario(rs);
    const qint64 logBefore = db->session().changeLog().count();
    auto refused = [&](const QString& entity, const QString& a, const QString& b,
                       const QMap<QString, QString>& choices = {}) {
        auto r = RecordMerge::merge(db->session(), entity, a, b, choices);
        REQUIRE_FALSE(r);
        return r.error();
    };
    CHECK(refused(QStringLiteral("contact"), s.keep, s.keep).message
        == QStringLiteral("a record cannot be merged with itself"));
    CHECK(refused(QStringLiteral("contact"), s.keep, s.company).message
        == QStringLiteral("a contact and a company cannot be merged"));
    CHECK(refused(QStringLiteral("deal"), s.keep, s.other)
              .message.contains(QStringLiteral("only contacts and companies")));
    const Error choice = refused(QStringLiteral("contact"), s.keep, s.other,
        { { QStringLiteral("merged_into_id"), QStringLiteral("other") } });
    CHECK(choice.field == QStringLiteral("merged_into_id"));
    CHECK(refused(QStringLiteral("contact"), s.keep, s.other,
              { { QStringLiteral("title"), QStringLiteral("both") } })
              .field
        == QStringLiteral("title"));

    REQUIRE(rs.remove(QStringLiteral("contact"), s.colleague));
    CHECK(refused(QStringLiteral("contact"), s.keep, s.colleague).message
        == str("Ona is deleted; restore it before merging"));
    CHECK(db->session().changeLog().count() == logBefore + 1); // only the delete above

    REQUIRE(RecordMerge::merge(db->session(), QStringLiteral("contact"), s.keep, s.other));
    CHECK(refused(QStringLiteral("contact"), s.boss, s.other).message
        == str("Jonas Kazlauskis was already merged into another record"));
}

TEST_CASE("Merging companies moves their people and deals", "[merge]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString keep = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), str("Okna Sp. z o.o.") },
            { QStringLiteral("vat_code"), str("PL1234563218") } });
    const QString other = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), str("OKNA Polska") }, { QStringLiteral("city"), str("Łódź") },
            { QStringLiteral("parent_id"), keep } });
    const QString branch = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), str("Okna Kraków") }, { QStringLiteral("parent_id"), other } });
    for (const char* name : { "Anna", "Piotr" })
        create(rs, QStringLiteral("contact"),
            { { QStringLiteral("first_name"), str(name) },
                { QStringLiteral("company_id"), other } });
    create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), str("Zofia") }, { QStringLiteral("company_id"), keep } });
    create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), str("Windows") }, { QStringLiteral("company_id"), other } });
    create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), str("call") }, { QStringLiteral("company_id"), other } });

    REQUIRE(RecordMerge::merge(db->session(), QStringLiteral("company"), keep, other));
    CHECK(countWhere(rs, "contact", "company_id", keep) == 3);
    CHECK(countWhere(rs, "deal", "company_id", keep) == 1);
    CHECK(countWhere(rs, "activity", "company_id", keep) == 1);
    CHECK(rs.get(QStringLiteral("company"), branch)->text(QStringLiteral("parent_id")) == keep);
    const Record kept = *rs.get(QStringLiteral("company"), keep);
    CHECK(kept.text(QStringLiteral("city")) == str("Łódź"));
    CHECK(kept.text(QStringLiteral("parent_id")).isEmpty()); // not its own parent
    CHECK(rs.get(QStringLiteral("company"), other, true)->text(QStringLiteral("merged_into_id"))
        == keep);
}

TEST_CASE(
    "A merge can be undone and redone as new changes, leaving the data as it was", "[merge][undo]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    Session& session = db->session();
    const QString company = create(
        rs, QStringLiteral("company"), { { QStringLiteral("name"), str("Linų audiniai") } });
    const QString keep = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), str("Rūta") },
            { QStringLiteral("last_name"), str("Jankauskaitė") },
            { QStringLiteral("email"), QStringLiteral("ruta@linas.lt") },
            { QStringLiteral("company_id"), company } });
    const QString other = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), str("Ruta") },
            { QStringLiteral("last_name"), str("Jankauskaite") },
            { QStringLiteral("email"), QStringLiteral("ruta.j@gmail.com") },
            { QStringLiteral("city"), QStringLiteral("Kaunas") },
            { QStringLiteral("phone"), QStringLiteral("+370 612 34567") } });
    const QString deal = create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Linen") },
            { QStringLiteral("contact_id"), other } });
    const QString vip
        = create(rs, QStringLiteral("tag"), { { QStringLiteral("name"), QStringLiteral("VIP") } });
    create(rs, QStringLiteral("tagging"),
        { { QStringLiteral("tag_id"), vip },
            { QStringLiteral("entity"), QStringLiteral("contact") },
            { QStringLiteral("record_id"), other } });

    const QByteArray before = canonicalDump(rs);
    const VersionVector vector = session.changeLog().vector();
    REQUIRE(RecordMerge::merge(session, QStringLiteral("contact"), keep, other));
    const QByteArray merged = canonicalDump(rs);
    const QList<Change> batch = ChangeBatch::since(session, vector);
    CHECK(batch.size() > 3);
    REQUIRE(merged != before);

    REQUIRE(ChangeBatch::revert(session, batch));
    CHECK(canonicalDump(rs) == before);
    CHECK(rs.get(QStringLiteral("deal"), deal)->text(QStringLiteral("contact_id")) == other);
    CHECK(tagsOf(rs, other) == QStringList { QStringLiteral("VIP") });
    CHECK(pointsOf(rs, keep).isEmpty());

    REQUIRE(ChangeBatch::reapply(session, batch));
    CHECK(canonicalDump(rs) == merged);
    CHECK_FALSE(rs.get(QStringLiteral("contact"), other));
}
