#include "SyncPeers.h"

#include "store/CanonicalDump.h"

#include <catch2/catch.hpp>

namespace tandem::test {

SyncPeers::SyncPeers(int copies, qint64 skewMs)
{
    for (int i = 0; i < copies; ++i) {
        const QString site = QStringLiteral("site-%1").arg(QChar(QLatin1Char('a').unicode() + i));
        m_copies.push_back(i == 0 ? TestDatabase::initialised(site) : std::make_unique<TestDatabase>(site, 42 + quint64(i)));
        m_copies.back()->clock().advanceMs(skewMs * i);
        m_sync.push_back(std::make_unique<SyncService>(m_copies.back()->session()));
    }
    QStringList users;
    for (int i = 1; i < copies; ++i)
        users << create(at(0).records(), QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Rep %1").arg(i) } });
    for (int i = 1; i < copies; ++i) {
        send(0, i);
        REQUIRE(at(i).session().setCurrentUser(users.at(i - 1)));
    }
}

ImportStats SyncPeers::send(int from, int to)
{
    const Bundle b = sync(from).makeBundle(at(to).session().siteId());
    auto bytes = BundleFormat::encode(b);
    REQUIRE(bytes.ok());
    auto decoded = BundleFormat::decode(*bytes, {}, QStringLiteral("bundle"));
    REQUIRE(decoded.ok());
    auto r = sync(to).importBundle(*decoded);
    if (!r)
        FAIL(r.error().toString().toStdString());
    return *r;
}

void SyncPeers::exchangeAll()
{
    for (int round = 0; round < 2; ++round) {
        for (int from = 0; from < size(); ++from) {
            for (int to = 0; to < size(); ++to) {
                if (from != to)
                    send(from, to);
            }
        }
    }
}

QByteArray SyncPeers::dump(int i)
{
    return canonicalDump(at(i).records());
}

} // namespace tandem::test
