// Bundles that must be refused: truncated, altered, foreign, encrypted for another team, newer.
#include "SyncPeers.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <catch2/catch.hpp>

using namespace tandem;
using tandem::test::create;
using tandem::test::SyncPeers;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("Damaged or foreign bundles are refused and change nothing", "[sync][faults]")
{
    SyncPeers peers(2);
    create(peers.at(0).records(), QStringLiteral("contact"), { { QStringLiteral("last_name"), QStringLiteral("Popescu") } });
    const QString dir = peers.at(1).dir();
    const QString good = dir + QStringLiteral("/good.tandem");
    REQUIRE(peers.sync(0).exportTo(good).ok());
    const QByteArray bytes = readFile(good);
    const QByteArray before = peers.dump(1);
    const qint64 logBefore = peers.at(1).session().changeLog().count();

    struct Case {
        const char* name;
        QByteArray bytes;
        const char* message;
    };
    QByteArray flipped = bytes;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x20);
    const QList<Case> cases {
        { "truncated", bytes.left(bytes.size() - 40), "damaged or truncated" },
        { "cut in the header", bytes.left(20), "damaged or truncated" },
        { "one bit flipped", flipped, "damaged or truncated" },
        { "not a bundle", QByteArray("name;phone\nOna;+370\n"), "not a Tandem sync bundle" },
        { "empty", QByteArray(), "not a Tandem sync bundle" },
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const QString path = dir + QStringLiteral("/bad.tandem");
        writeFile(path, c.bytes);
        auto r = peers.sync(1).importFile(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QString::fromLatin1(c.message)));
        CHECK(r.error().file == path);
    }
    CHECK(peers.dump(1) == before);
    CHECK(peers.at(1).session().changeLog().count() == logBefore);
    REQUIRE(peers.sync(1).importFile(good).ok()); // the intact file still imports
}

TEST_CASE("With a team passphrase, only the team's bundles open", "[sync][faults]")
{
    SyncPeers peers(3);
    create(peers.at(0).records(), QStringLiteral("company"), { { QStringLiteral("name"), QStringLiteral("UAB Slaptas") } });
    REQUIRE(peers.sync(0).setPassphrase(QStringLiteral("žalias obuolys 2026")));
    REQUIRE(peers.sync(1).setPassphrase(QStringLiteral("žalias obuolys 2026")));
    REQUIRE(peers.sync(2).setPassphrase(QStringLiteral("other team")));
    const QString path = peers.at(0).dir() + QStringLiteral("/sealed.tandem");
    REQUIRE(peers.sync(0).exportTo(path).ok());
    CHECK_FALSE(readFile(path).contains("Slaptas")); // the changes are not readable in the file

    const QByteArray before = peers.dump(2);
    auto foreign = peers.sync(2).importFile(path);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().message.contains(QStringLiteral("another team or was altered")));
    CHECK(peers.dump(2) == before);

    REQUIRE(peers.sync(2).setPassphrase(QString()));
    auto noKey = peers.sync(2).importFile(path);
    REQUIRE_FALSE(noKey.ok());
    CHECK(noKey.error().message.contains(QStringLiteral("set the passphrase")));

    auto team = peers.sync(1).importFile(path);
    REQUIRE(team.ok());
    CHECK(team->newChanges == 1);
    CHECK(peers.at(1).session().search().search(QStringLiteral("slaptas")).size() == 1);

    // A plain bundle is refused where the team requires its passphrase.
    REQUIRE(peers.sync(2).exportTo(path).ok());
    auto plain = peers.sync(1).importFile(path);
    REQUIRE_FALSE(plain.ok());
    CHECK(plain.error().message.contains(QStringLiteral("not encrypted")));
}

TEST_CASE("A bundle from a newer Tandem is refused with the version to update to", "[sync][faults]")
{
    SyncPeers peers(2);
    create(peers.at(0).records(), QStringLiteral("contact"), { { QStringLiteral("last_name"), QStringLiteral("Nowak") } });
    Bundle b = peers.sync(0).makeBundle();
    b.header.schemaVersion = 99;
    b.header.appVersion = QStringLiteral("7.2");
    const QByteArray before = peers.dump(1);
    auto r = peers.sync(1).importBundle(b, QStringLiteral("future.tandem"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("Update Tandem to version 7.2")));
    CHECK(peers.dump(1) == before);

    Bundle unknown = peers.sync(0).makeBundle();
    unknown.changes.last().entity = QStringLiteral("spaceship");
    auto u = peers.sync(1).importBundle(unknown, QStringLiteral("odd.tandem"));
    REQUIRE_FALSE(u.ok());
    CHECK(u.error().message.contains(QStringLiteral("unknown record type 'spaceship'")));
    CHECK(peers.dump(1) == before);
}

TEST_CASE("A shared folder: each copy writes its bundle and reads the others'", "[sync][folder]")
{
    SyncPeers peers(3);
    QTemporaryDir shared;
    create(peers.at(1).records(), QStringLiteral("contact"), { { QStringLiteral("last_name"), QStringLiteral("Ionescu") } });
    create(peers.at(2).records(), QStringLiteral("contact"), { { QStringLiteral("last_name"), QStringLiteral("Шевченко") } });
    REQUIRE(peers.sync(1).syncFolder(shared.path()).ok());
    REQUIRE(peers.sync(2).syncFolder(shared.path()).ok());
    // A sync tool is midway through writing a bundle: the half file is skipped, not fatal.
    const QByteArray whole = readFile(shared.filePath(peers.at(1).session().siteId() + QStringLiteral(".tandem")));
    writeFile(shared.filePath(QStringLiteral("site-z.tandem")), whole.left(whole.size() / 2));
    writeFile(shared.filePath(QStringLiteral(".syncthing.site-y.tandem.tmp")), QByteArray("partial"));

    auto r = peers.sync(0).syncFolder(shared.path());
    REQUIRE(r.ok());
    CHECK(r->imported == 2);
    REQUIRE(r->skipped.size() == 1);
    CHECK(r->skipped.first().contains(QStringLiteral("site-z.tandem")));
    CHECK(peers.at(0).session().search().search(QStringLiteral("ionesc")).size() == 1);
    CHECK(peers.at(0).session().search().search(QStringLiteral("шевч")).size() == 1);
    REQUIRE(peers.sync(1).syncFolder(shared.path()).ok());
    CHECK(peers.at(1).session().search().search(QStringLiteral("шевч")).size() == 1);
}
