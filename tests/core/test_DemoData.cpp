// Demo data: a realistic multilingual sales history, the same for the same seed, and only ever
// written into a new, empty database. One demo is generated per test case: it takes a while.
#include "TestDatabase.h"

#include "services/DemoData.h"
#include "store/CanonicalDump.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::TestDatabase;

namespace {

// The TestDatabase clock starts here and only moves 1 ms per reading.
const QDateTime kStart(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC);

std::unique_ptr<TestDatabase> demoDatabase(int contacts, quint64 seed, DemoStats* stats = nullptr)
{
    auto db = TestDatabase::initialised();
    DemoOptions options;
    options.contacts = contacts;
    options.seed = seed;
    auto result = generateDemo(db->session(), options);
    if (!result)
        FAIL(result.error().toString().toStdString());
    if (stats)
        *stats = *result;
    return db;
}

QList<Record> all(RecordStore& rs, const QString& entity)
{
    auto rows = rs.list(entity);
    REQUIRE(rows.ok());
    return *rows;
}

QString str(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

bool foundContact(Session& session, const QString& text)
{
    for (const SearchHit& hit : session.search().search(text)) {
        if (hit.entity == QLatin1String("contact"))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Demo data fills a new database with a multilingual sales history", "[demo]")
{
    DemoStats stats;
    auto db = demoDatabase(500, 1, &stats);
    RecordStore& rs = db->records();

    CHECK(stats.contacts == 500);
    CHECK(stats.companies == 100);
    CHECK(stats.leads == 100);
    CHECK(stats.deals == 250);
    // Five per contact, plus the calendar: meetings that repeat and three weeks around today.
    CHECK(stats.activities > 2500);
    CHECK(stats.activities < 2500 + 400);
    CHECK(stats.users == 4);
    CHECK(*rs.count(QStringLiteral("contact")) == 500);
    CHECK(*rs.count(QStringLiteral("company")) == 100);
    CHECK(*rs.count(QStringLiteral("lead")) == 100);
    CHECK(*rs.count(QStringLiteral("deal")) == 250);
    CHECK(*rs.count(QStringLiteral("activity")) == stats.activities);
    {
        // Each of the two teams meets on Mondays, with every member invited.
        ListQuery weekly;
        weekly.where << qMakePair(
            QStringLiteral("rrule"), QVariant(QStringLiteral("FREQ=WEEKLY;BYDAY=MO")));
        const auto mondays = rs.list(QStringLiteral("activity"), weekly);
        REQUIRE(mondays.ok());
        CHECK(mondays->size() == 2);
        ListQuery invited;
        invited.where << qMakePair(QStringLiteral("activity_id"), QVariant(mondays->first().id));
        CHECK(*rs.count(QStringLiteral("participant"), invited) >= 1);
    }
    CHECK(*rs.count(QStringLiteral("user")) == 5); // with the one who set the database up
    CHECK(*rs.count(QStringLiteral("team")) >= 2);
    CHECK(*rs.count(QStringLiteral("territory")) == 7);
    CHECK(*rs.count(QStringLiteral("product")) == 12);
    CHECK(*rs.count(QStringLiteral("competitor")) == 8);
    CHECK(*rs.count(QStringLiteral("campaign")) >= 3);
    CHECK_FALSE(db->session().context().trustReferences);

    // Companies are named the way each country names them.
    {
        QStringList legal;
        QSet<QString> countries;
        for (const Record& c : all(rs, QStringLiteral("company"))) {
            legal << c.text(QStringLiteral("legal_name"));
            countries << c.text(QStringLiteral("country"));
            CHECK(c.text(QStringLiteral("email")).contains(QLatin1Char('@')));
            CHECK_FALSE(c.text(QStringLiteral("owner_id")).isEmpty());
            CHECK_FALSE(c.text(QStringLiteral("territory_id")).isEmpty());
        }
        const QString joined = legal.join(QLatin1Char('\n'));
        for (const char* form : { "UAB „", "Sp. z o.o.", "ТОВ «", "S.R.L.", "ООО «", "Ltd" })
            CHECK(joined.contains(str(form)));
        CHECK(countries.size() == 7);
    }

    // Every contact has a name and a company, and people report to a colleague.
    {
        QHash<QString, QString> companyOf;
        const QList<Record> contacts = all(rs, QStringLiteral("contact"));
        for (const Record& c : contacts)
            companyOf.insert(c.id, c.text(QStringLiteral("company_id")));
        int reporting = 0;
        for (const Record& c : contacts) {
            INFO(c.text(QStringLiteral("first_name")).toStdString());
            CHECK_FALSE(c.text(QStringLiteral("first_name")).isEmpty());
            CHECK_FALSE(c.text(QStringLiteral("last_name")).isEmpty());
            CHECK(rs.get(QStringLiteral("company"), c.text(QStringLiteral("company_id"))));
            CHECK(c.text(QStringLiteral("email")).contains(QLatin1Char('@')));
            const QString boss = c.text(QStringLiteral("reports_to_id"));
            if (!boss.isEmpty()) {
                ++reporting;
                CHECK(companyOf.value(boss) == c.text(QStringLiteral("company_id")));
            }
        }
        CHECK(reporting > 250);
    }

    // Names are native, and surnames agree with the person.
    {
        Session& s = db->session();
        CHECK(foundContact(s, QStringLiteral("kazlausk")));
        CHECK(foundContact(s, str("Šarūnas Kazlauskas")));
        CHECK(foundContact(s, str("Łukasz Wójcik")));
        CHECK(foundContact(s, QStringLiteral("wojcik"))); // typed without Polish letters
        CHECK(foundContact(s, str("Олена Коваленко")));
        CHECK(foundContact(s, str("Ștefan Popescu")));
        CHECK(foundContact(s, str("Дмитрий Смирнов")));

        int lithuanianWomen = 0;
        for (const Record& c : all(rs, QStringLiteral("contact"))) {
            const QString first = c.text(QStringLiteral("first_name"));
            const QString last = c.text(QStringLiteral("last_name"));
            const QString language = c.text(QStringLiteral("language"));
            INFO((first + QLatin1Char(' ') + last).toStdString());
            if (language == QLatin1String("lt")) {
                // Lithuanian women's names end in -a or -ė, and so do their surnames.
                const bool woman = first.endsWith(QLatin1Char('a')) || first.endsWith(str("ė"));
                CHECK(last.endsWith(str("ė")) == woman);
                lithuanianWomen += woman ? 1 : 0;
                const QString mobile = c.text(QStringLiteral("mobile"));
                CHECK((mobile.isEmpty() || mobile.startsWith(QStringLiteral("+370 6"))));
            } else if (language == QLatin1String("pl")) {
                const bool woman = first.endsWith(QLatin1Char('a'));
                CHECK_FALSE(last.endsWith(QLatin1String(woman ? "ski" : "ska")));
                CHECK_FALSE(last.endsWith(QLatin1String(woman ? "cki" : "cka")));
            } else if (language == QLatin1String("ru")) {
                const bool woman = first.endsWith(str("а")) || first.endsWith(str("я"));
                for (const char* male : { "ов", "ев", "ёв", "ин", "ский" })
                    CHECK_FALSE((woman && last.endsWith(str(male))));
            } else if (language == QLatin1String("uk")) {
                CHECK(c.text(QStringLiteral("country")) == QStringLiteral("UA"));
                CHECK(c.text(QStringLiteral("email"))
                          .contains(QRegularExpression(
                              QStringLiteral("^[a-z.]+@[a-z-]+\\.ua\\.example$"))));
            }
        }
        CHECK(lithuanianWomen > 0);
    }

    // Deals are spread over the pipeline, won and lost ones with dates and reasons.
    {
        QSet<QString> reasons;
        for (const Record& r : all(rs, QStringLiteral("lost_reason")))
            reasons << r.text(QStringLiteral("name"));
        QSet<QString> stages;
        int won = 0, lost = 0, open = 0, withCompetitor = 0;
        for (const Record& d : all(rs, QStringLiteral("deal"))) {
            stages << d.text(QStringLiteral("stage_id"));
            CHECK(d.value(QStringLiteral("amount")).toLongLong() > 0);
            CHECK_FALSE(d.text(QStringLiteral("company_id")).isEmpty());
            const QString status = d.text(QStringLiteral("status"));
            if (status == QLatin1String("won")) {
                ++won;
                CHECK_FALSE(d.text(QStringLiteral("won_at")).isEmpty());
            } else if (status == QLatin1String("lost")) {
                ++lost;
                CHECK_FALSE(d.text(QStringLiteral("lost_at")).isEmpty());
                CHECK(reasons.contains(d.text(QStringLiteral("lost_reason"))));
            } else {
                ++open;
                CHECK(d.text(QStringLiteral("won_at")).isEmpty());
            }
            withCompetitor += d.text(QStringLiteral("competitor_id")).isEmpty() ? 0 : 1;
            const auto company
                = rs.get(QStringLiteral("company"), d.text(QStringLiteral("company_id")));
            REQUIRE(company);
            const QString country = company->text(QStringLiteral("country"));
            const QString currency = d.text(QStringLiteral("currency"));
            if (country == QLatin1String("PL"))
                CHECK(currency == QStringLiteral("PLN"));
            else if (country == QLatin1String("UA"))
                CHECK(currency == QStringLiteral("UAH"));
            else if (country == QLatin1String("LT"))
                CHECK(currency == QStringLiteral("EUR"));
        }
        CHECK(stages.size() >= 6);
        CHECK(open > won);
        CHECK(won > 0);
        CHECK(lost > 0);
        CHECK(withCompetitor > 0);
    }

    // Leads come from several sources; lost ones say why, converted ones lead to a deal.
    {
        QSet<QString> sources;
        int converted = 0, fromCampaigns = 0;
        for (const Record& l : all(rs, QStringLiteral("lead"))) {
            sources << l.text(QStringLiteral("source"));
            const QString status = l.text(QStringLiteral("status"));
            if (status == QLatin1String("lost"))
                CHECK_FALSE(l.text(QStringLiteral("lost_reason")).isEmpty());
            if (status == QLatin1String("converted")) {
                ++converted;
                const auto deal = rs.get(QStringLiteral("deal"), l.text(QStringLiteral("deal_id")));
                REQUIRE(deal);
                CHECK(deal->text(QStringLiteral("lead_id")) == l.id);
            }
            fromCampaigns += l.text(QStringLiteral("campaign_id")).isEmpty() ? 0 : 1;
        }
        CHECK(sources.size() >= 5);
        CHECK(converted > 0);
        CHECK(fromCampaigns > 0);
    }

    // Activities lie in the past, except open tasks and planned meetings and calls.
    {
        const QString now = kStart.toString(Qt::ISODateWithMs);
        int future = 0, done = 0;
        QSet<QString> kinds;
        for (const Record& a : all(rs, QStringLiteral("activity"))) {
            kinds << a.text(QStringLiteral("kind"));
            const QString latest = std::max({ a.text(QStringLiteral("starts_at")),
                a.text(QStringLiteral("ends_at")), a.text(QStringLiteral("due_at")) });
            REQUIRE_FALSE(latest.isEmpty());
            CHECK(latest > QStringLiteral("2024-06-01"));
            if (latest > now) {
                ++future;
                INFO(a.text(QStringLiteral("kind")).toStdString() + " " + latest.toStdString());
                CHECK((a.text(QStringLiteral("kind")) == QLatin1String("task")
                    || a.text(QStringLiteral("kind")) == QLatin1String("meeting")
                    || a.text(QStringLiteral("kind")) == QLatin1String("call")));
                CHECK_FALSE(a.value(QStringLiteral("done")).toBool());
            }
            done += a.value(QStringLiteral("done")).toBool() ? 1 : 0;
        }
        CHECK(kinds.size() == 5);
        CHECK(future > 0);
        CHECK(done > 1500);
    }
}

TEST_CASE("The same seed and clock give the same demo, another seed another one", "[demo]")
{
    const QByteArray first = canonicalDump(demoDatabase(200, 7)->records());
    const QByteArray again = canonicalDump(demoDatabase(200, 7)->records());
    const QByteArray other = canonicalDump(demoDatabase(200, 8)->records());
    CHECK(first.size() > 100000);
    CHECK(first == again);
    CHECK(first != other);
}

TEST_CASE("Demo data reports its progress", "[demo]")
{
    auto db = TestDatabase::initialised();
    QList<int> seen;
    DemoOptions options;
    options.contacts = 50;
    REQUIRE(generateDemo(db->session(), options, [&](int percent) { seen << percent; }).ok());
    REQUIRE(seen.size() > 10);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.last() == 100);
}

TEST_CASE("Demo data goes only into a new, set-up database", "[demo]")
{
    SECTION("a database that holds contacts is refused and left as it was")
    {
        auto db = TestDatabase::initialised();
        test::create(db->records(), QStringLiteral("contact"),
            { { QStringLiteral("first_name"), str("Rūta") },
                { QStringLiteral("last_name"), str("Kazlauskienė") } });
        auto result = generateDemo(db->session(), {});
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(QStringLiteral("already holds 1 contact")));
        CHECK(*db->records().count(QStringLiteral("contact")) == 1);
        CHECK(*db->records().count(QStringLiteral("company")) == 0);
        CHECK(*db->records().count(QStringLiteral("user")) == 1);
    }
    SECTION("a database nobody has set up is refused")
    {
        TestDatabase db;
        auto result = generateDemo(db.session(), {});
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(QStringLiteral("Set up the database")));
        CHECK(*db.records().count(QStringLiteral("contact")) == 0);
    }
}
