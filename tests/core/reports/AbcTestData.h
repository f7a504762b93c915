// The customers of March 2026 for the ABC tests, worked out by hand (EUR, minor units):
//   Alpha  Jonas's, team Vilnius: 4000.00 (won 03-15, entered in February) + 2000.00 (03-02)
//          = 6000.00; a 9000.00 won deal of Alpha's was removed: not counted
//   Beta   Ona's:   2000.00; also a 5000.00 PLN deal (left out, with a note) and a lost one
//   Gamma  Ona's, territory North: 1000.00, won 2026-03-01T00:00:00.000 (the first instant)
//   Delta  Ona's:   600.00, won 2026-03-31T23:59:59.999 (the last instant)
//   Eps    Ona's:   400.00; and 9999.00 won 2026-04-01T00:00:00.000 (the day after: out)
//   a won deal of 700.00 without a company (left out, with a note); Omega: a prospect
// Total 10000.00. In February Alpha won 3000.00 (the only customer then).
#pragma once

#include "TestDatabase.h"

#include <QDateTime>
#include <QTimeZone>

namespace tandem::test {

struct AbcCustomersData {
    explicit AbcCustomersData(TestDatabase& db)
        : rs(db.records())
    {
        team = create(
            rs, QStringLiteral("team"), { { QStringLiteral("name"), QStringLiteral("Vilnius") } });
        jonas = create(rs, QStringLiteral("user"),
            { { QStringLiteral("name"), QStringLiteral("Jonas") },
                { QStringLiteral("team_id"), team } });
        ona = create(
            rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Ona") } });
        north = create(rs, QStringLiteral("territory"),
            { { QStringLiteral("name"), QStringLiteral("North") } });
        alpha = company(QStringLiteral("Alpha"), jonas);
        beta = company(QStringLiteral("Beta"), ona);
        gamma = company(QStringLiteral("Gamma"), ona, north);
        delta = company(QStringLiteral("Delta"), ona);
        eps = company(QStringLiteral("Eps"), ona);
        omega = company(QStringLiteral("Omega"), ona);

        db.clock().set(QDateTime(QDate(2026, 2, 10), QTime(9, 0), QTimeZone::utc()));
        alpha1 = deal(alpha, jonas, 400000, at(2026, 3, 15, 10, 0));
        db.clock().set(QDateTime(QDate(2026, 6, 15), QTime(9, 0), QTimeZone::utc()));
        alpha2 = deal(alpha, jonas, 200000, at(2026, 3, 2, 12, 0));
        const QString removed = deal(alpha, jonas, 900000, at(2026, 3, 20, 12, 0));
        REQUIRE(rs.remove(QStringLiteral("deal"), removed));
        alphaFeb = deal(alpha, jonas, 300000, at(2026, 2, 20, 12, 0));
        betaDeal = deal(beta, ona, 200000, at(2026, 3, 10, 12, 0));
        deal(beta, ona, 500000, at(2026, 3, 11, 12, 0), QStringLiteral("PLN"));
        create(rs, QStringLiteral("deal"),
            { { QStringLiteral("title"), QStringLiteral("Lost") },
                { QStringLiteral("company_id"), beta },
                { QStringLiteral("status"), QStringLiteral("lost") },
                { QStringLiteral("amount"), 800000 },
                { QStringLiteral("lost_at"), at(2026, 3, 12, 12, 0) } });
        gammaDeal = deal(gamma, ona, 100000, at(2026, 3, 1, 0, 0));
        deltaDeal = deal(delta, ona, 60000,
            QDateTime(QDate(2026, 3, 31), QTime(23, 59, 59, 999), QTimeZone::utc()));
        epsDeal = deal(eps, ona, 40000, at(2026, 3, 25, 12, 0));
        deal(eps, ona, 999900, at(2026, 4, 1, 0, 0));
        deal({}, ona, 70000, at(2026, 3, 5, 12, 0));
    }

    static QDateTime at(int y, int m, int d, int h, int min)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
    }

    QString company(const QString& name, const QString& owner, const QString& territory = {})
    {
        QVariantMap v { { QStringLiteral("name"), name }, { QStringLiteral("owner_id"), owner } };
        if (!territory.isEmpty())
            v.insert(QStringLiteral("territory_id"), territory);
        return create(rs, QStringLiteral("company"), v);
    }

    QString deal(const QString& companyId, const QString& owner, qint64 amount,
        const QDateTime& wonAt, const QString& currency = QStringLiteral("EUR"))
    {
        QVariantMap v { { QStringLiteral("title"), QStringLiteral("Order") },
            { QStringLiteral("owner_id"), owner },
            { QStringLiteral("status"), QStringLiteral("won") },
            { QStringLiteral("amount"), amount }, { QStringLiteral("currency"), currency },
            { QStringLiteral("won_at"), wonAt } };
        if (!companyId.isEmpty())
            v.insert(QStringLiteral("company_id"), companyId);
        return create(rs, QStringLiteral("deal"), v);
    }

    RecordStore& rs;
    QString team, jonas, ona, north;
    QString alpha, beta, gamma, delta, eps, omega;
    QString alpha1, alpha2, alphaFeb, betaDeal, gammaDeal, deltaDeal, epsDeal;
};

} // namespace tandem::test
