// Runs the built tandem-cli as a user would, on a database in a temporary folder, clock pinned.
#pragma once

#include "TestData.h"
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace tandem::test {

// What TANDEM_NOW pins the CLI's clock to in every run.
inline constexpr const char* kCliNow = "2026-06-15T09:00:00Z";
// A well-formed id that no test database holds.
inline const QString kMissingId = QStringLiteral("01977000-0000-7000-8000-000000000000");

// Test text is written as users type it (Šarūnas, Łódź, Коваленко): UTF-8 literals.
inline QString str(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

struct CliResult {
    int exitCode = -1;
    QByteArray out; // raw stdout, for byte-for-byte comparisons
    QString err;

    QString text() const { return QString::fromUtf8(out); }
    // stdout split into lines, without the empty one after the last newline.
    QStringList lines() const;
};

class CliRunner {
public:
    // The database is <temporary folder>/tandem.db; no file is created until a command does.
    CliRunner();

    QString dbPath() const { return m_db; }
    // A path in the temporary folder (a second database, a backup, a stray file).
    QString path(const QString& name) const;
    // Later runs use this database instead.
    void useDatabase(const QString& path) { m_db = path; }

    // tandem-cli --db <database> args…, with TANDEM_NOW and LC_ALL=C.UTF-8 set; `env` adds to
    // or overrides that environment.
    CliResult run(const QStringList& args, const QMap<QString, QString>& env = {}) const;
    // The same without --db (for --help, --version and global options).
    CliResult runBare(const QStringList& args, const QMap<QString, QString>& env = {}) const;
    // The environment those runs get, for a test that starts tandem-cli itself.
    QProcessEnvironment environment(const QMap<QString, QString>& env = {}) const;

    // Shorthands that REQUIRE the command to succeed.
    void init(const QStringList& options = {}) const;
    QString add(const QString& entity, const QStringList& assignments) const;
    void set(const QString& entity, const QString& id, const QStringList& assignments) const;
    QJsonObject showJson(const QString& entity, const QString& id) const;
    QByteArray dump() const;

private:
    QTemporaryDir m_dir;
    QString m_db;
};

// Runs a command that must succeed (REQUIREs exit 0, showing its output when it does not).
CliResult runOk(
    const CliRunner& cli, const QStringList& args, const QMap<QString, QString>& env = {});

// Runs a command that must be refused and checks what a script relies on: the exit code (1 for
// errors, 2 for usage), every fragment on stderr, nothing on stdout, and a byte-identical
// `dump --canonical` before and after. The database must exist and be initialised.
CliResult expectRefused(
    const CliRunner& cli, const QStringList& args, int exitCode, const QStringList& fragments);

// JSON a command printed, REQUIRed to parse (the bytes shown when not).
QJsonDocument parseJson(const QByteArray& bytes);
// The environment that runs a command with the clock at `now` (ISO date-time, UTC).
QMap<QString, QString> at(const char* now);

// The first column of `list` output, below its header: the ids listed, in order.
QStringList listedIds(const CliResult& list);

// Files a database path left in its folder: the file itself and SQLite's -wal and -shm.
QStringList databaseFiles(const QString& dbPath);
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

// True when `id` is a lowercase UUID version 7 whose time is TANDEM_NOW (give or take a second).
bool isUuidV7AtPinnedTime(const QString& id);

} // namespace tandem::test

// Failed checks print Qt values as text, not as lists of characters or "{?}".
namespace Catch {
template <> struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& v) { return '"' + v.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& v)
    {
        return "{ " + v.join(QStringLiteral(", ")).toStdString() + " }";
    }
};
template <> struct StringMaker<QJsonValue> {
    static std::string convert(const QJsonValue& v)
    {
        return QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact).toStdString();
    }
};
} // namespace Catch
