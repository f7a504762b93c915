// Nobody's lead is forgotten: the follow-up guard lists leads past their first-contact date that
// nobody called, met or e-mailed; the ownership guard warns before working a colleague's customer.
#include "TestDatabase.h"

#include "services/FollowUpGuard.h"
#include "services/LeadIntake.h"
#include "services/Notifications.h"
#include "services/OwnershipGuard.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString user(RecordStore& rs, const QString& name, bool active = true)
{
    return create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), name }, { QStringLiteral("active"), active } });
}

QString newLead(TestDatabase& db, const QString& title, const QString& owner = {})
{
    QVariantMap values { { QStringLiteral("title"), title } };
    if (!owner.isEmpty())
        values.insert(QStringLiteral("owner_id"), owner);
    auto id = LeadIntake::create(db.session(), values);
    REQUIRE(id);
    return *id;
}

void logActivity(RecordStore& rs, const QString& leadId, const char* kind, bool done)
{
    create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QLatin1String(kind) },
            { QStringLiteral("subject"), QStringLiteral("Work") },
            { QStringLiteral("lead_id"), leadId }, { QStringLiteral("done"), done } });
}

QStringList titles(const QList<OverdueLead>& leads)
{
    QStringList out;
    for (const OverdueLead& l : leads)
        out << l.title;
    return out;
}

} // namespace

TEST_CASE("Overdue leads that nobody contacted are listed, most overdue first", "[leads][followup]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString me = db->session().currentUserId();
    const QString jonas = user(rs, QStringLiteral("Jonas Petraitis"));
    db->clock().set(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    const QString oldest = newLead(*db, QStringLiteral("Forgotten"), jonas); // due 06-03
    db->clock().set(QDateTime(QDate(2026, 6, 5), QTime(9, 0), Qt::UTC));
    const QString called = newLead(*db, QStringLiteral("Called"));
    const QString planned = newLead(*db, QStringLiteral("Only planned"));
    const QString noted = newLead(*db, QStringLiteral("Only a note"));
    const QString mailed = newLead(*db, QStringLiteral("E-mailed"));
    const QString lost = newLead(*db, QStringLiteral("Lost one"));
    const QString converted = newLead(*db, QStringLiteral("Converted one"));
    db->clock().set(QDateTime(QDate(2026, 6, 9), QTime(9, 0), Qt::UTC));
    newLead(*db, QStringLiteral("Not due yet")); // due 06-11

    logActivity(rs, called, "call", true);
    logActivity(rs, planned, "meeting", false); // planned, not held
    logActivity(rs, noted, "note", true); // a note is no contact
    logActivity(rs, mailed, "email", true);
    REQUIRE(rs.update(
        QStringLiteral("lead"), lost, { { QStringLiteral("status"), QStringLiteral("lost") } }));
    REQUIRE(rs.update(QStringLiteral("lead"), converted,
        { { QStringLiteral("status"), QStringLiteral("converted") } }));

    db->clock().set(QDateTime(QDate(2026, 6, 10), QTime(10, 0), Qt::UTC));
    const QList<OverdueLead> all = FollowUpGuard::overdue(db->session());
    CHECK(titles(all)
        == QStringList { QStringLiteral("Forgotten"), QStringLiteral("Only planned"),
            QStringLiteral("Only a note") });
    REQUIRE(all.size() == 3);
    CHECK(all.first().leadId == oldest);
    CHECK(all.first().ownerId == jonas);
    CHECK(all.first().ownerName == QStringLiteral("Jonas Petraitis"));
    CHECK(all.first().due.date() == QDate(2026, 6, 3));
    CHECK(all.first().daysOverdue == 7);
    CHECK(all.at(1).daysOverdue == 3);
    CHECK(all.at(1).leadId == planned);

    CHECK(titles(FollowUpGuard::overdue(db->session(), jonas))
        == QStringList { QStringLiteral("Forgotten") });
    CHECK(titles(FollowUpGuard::overdue(db->session(), me))
        == QStringList { QStringLiteral("Only planned"), QStringLiteral("Only a note") });

    // The call is made: the lead is off the list.
    logActivity(rs, oldest, "call", true);
    CHECK(titles(FollowUpGuard::overdue(db->session(), jonas)).isEmpty());
}

TEST_CASE(
    "Working a colleague's customer warns first and tells the owner once", "[leads][ownership]")
{
    auto db = TestDatabase::initialised();
    RecordStore& rs = db->records();
    const QString me = db->session().currentUserId();
    const QString jonas = user(rs, QStringLiteral("Jonas Petraitis"));
    const QString company = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("UAB Medis") },
            { QStringLiteral("owner_id"), jonas } });
    const QString contact = create(rs, QStringLiteral("contact"),
        { { QStringLiteral("first_name"), QStringLiteral("Ona") },
            { QStringLiteral("last_name"), QStringLiteral("Jonaitė") },
            { QStringLiteral("company_id"), company } });
    const QString deal = create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Terrace") },
            { QStringLiteral("owner_id"), jonas } });
    const QString mine = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("UAB Stalai") },
            { QStringLiteral("owner_id"), me } });

    CHECK(OwnershipGuard::warning(db->session(), QStringLiteral("company"), company, me)
        == QStringLiteral(
            "Jonas Petraitis owns UAB Medis. Agree with Jonas Petraitis before you work on it."));
    CHECK(OwnershipGuard::warning(db->session(), QStringLiteral("contact"), contact, me)
              .startsWith(
                  QStringLiteral("Jonas Petraitis owns UAB Medis, where Ona Jonaitė works.")));
    CHECK(OwnershipGuard::warning(db->session(), QStringLiteral("deal"), deal, me)
              .startsWith(QStringLiteral("Jonas Petraitis owns Terrace.")));
    // One's own records, and the owner's view of them, warn nobody.
    CHECK(OwnershipGuard::warning(db->session(), QStringLiteral("company"), mine, me).isEmpty());
    CHECK(OwnershipGuard::warning(db->session(), QStringLiteral("company"), company, jonas)
              .isEmpty());

    REQUIRE(OwnershipGuard::notifyOwner(db->session(), QStringLiteral("company"), company, me));
    REQUIRE(OwnershipGuard::notifyOwner(db->session(), QStringLiteral("company"), company, me));
    QList<Record> notes = Notifications::forUser(db->session(), jonas);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().text(QStringLiteral("kind")) == QStringLiteral("ownership"));
    CHECK(notes.first().text(QStringLiteral("text"))
        == QStringLiteral("Tester is working on UAB Medis, which you own."));
    CHECK(notes.first().text(QStringLiteral("record_id")) == company);
    // Once read, still not repeated.
    REQUIRE(Notifications::markRead(db->session(), notes.first().id));
    REQUIRE(OwnershipGuard::notifyOwner(db->session(), QStringLiteral("company"), company, me));
    CHECK(Notifications::forUser(db->session(), jonas, true).size() == 1);
    REQUIRE(OwnershipGuard::notifyOwner(db->session(), QStringLiteral("company"), mine, me));
    CHECK(Notifications::forUser(db->session(), me, true).isEmpty());

    SECTION("an owner who left is nobody to agree with")
    {
        REQUIRE(rs.update(QStringLiteral("user"), jonas, { { QStringLiteral("active"), false } }));
        CHECK(OwnershipGuard::warning(db->session(), QStringLiteral("deal"), deal, me).isEmpty());
        REQUIRE(OwnershipGuard::notifyOwner(db->session(), QStringLiteral("deal"), deal, me));
        CHECK(Notifications::forUser(db->session(), jonas, true).size() == 1);
    }
}
