// UUIDv7 ids and the hybrid logical clock: ordered, unique, and never going backwards.
#include "sync/Hlc.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace tandem;

TEST_CASE("Ids are version 7 UUIDs, unique and ordered by creation", "[ids]")
{
    FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC));
    IdGenerator ids(clock, 7);
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 5000; ++i) {
        if (i % 1000 == 0)
            clock.advanceMs(1);
        const QString id = ids.next();
        REQUIRE(IdGenerator::isValid(id));
        REQUIRE(id.at(14) == QLatin1Char('7'));
        REQUIRE(QStringLiteral("89ab").contains(id.at(19)));
        REQUIRE(id > previous);
        seen.insert(id);
        previous = id;
    }
    CHECK(seen.size() == 5000);
    // The first 48 bits are the Unix time in milliseconds.
    const qint64 ms = QStringView(previous).left(8).toLongLong(nullptr, 16) << 16
        | QStringView(previous).mid(9, 4).toLongLong(nullptr, 16);
    CHECK(ms >= clock.nowMs() - 5);
}

TEST_CASE("The same seed and clock give the same ids", "[ids]")
{
    FixedClock c1(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    FixedClock c2(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    IdGenerator a(c1, 99), b(c2, 99);
    for (int i = 0; i < 10; ++i)
        CHECK(a.next() == b.next());
}

TEST_CASE("The hybrid logical clock never goes backwards", "[hlc]")
{
    FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC));
    Hlc hlc(clock);
    const quint64 t1 = hlc.tick();
    const quint64 t2 = hlc.tick(); // same millisecond: the counter moves
    CHECK(t2 == t1 + 1);
    clock.advanceMs(-60000); // the laptop's clock is set back a minute
    const quint64 t3 = hlc.tick();
    CHECK(t3 > t2);

    const quint64 remote = Hlc::pack(clock.nowMs() + 3600000, 5); // a peer an hour ahead
    hlc.observe(remote);
    CHECK(hlc.tick() > remote);
    CHECK(Hlc::physicalMs(t1) == clock.nowMs() + 60000);
    CHECK(Hlc::toString(Hlc::pack(0, 3)) == QStringLiteral("1970-01-01T00:00:00.000Z#3"));
}
