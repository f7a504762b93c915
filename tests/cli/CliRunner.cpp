#include "CliRunner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace tandem::test {

namespace {

// Generous: `demo` writes thousands of records; everything else takes well under a second.
constexpr int kTimeoutMs = 120000;

QString describe(const QStringList& args, const CliResult& r)
{
    return QStringLiteral("tandem-cli %1\nexit %2\nstdout: %3\nstderr: %4")
        .arg(args.join(QLatin1Char(' ')))
        .arg(r.exitCode)
        .arg(r.text(), r.err);
}

} // namespace

QStringList CliResult::lines() const
{
    QStringList l = text().split(QLatin1Char('\n'));
    if (!l.isEmpty() && l.last().isEmpty())
        l.removeLast();
    return l;
}

CliRunner::CliRunner()
    : m_db(m_dir.filePath(QStringLiteral("tandem.db")))
{
    REQUIRE(m_dir.isValid());
}

QString CliRunner::path(const QString& name) const
{
    return m_dir.filePath(name);
}

CliResult CliRunner::run(const QStringList& args, const QMap<QString, QString>& env) const
{
    return runBare(QStringList { QStringLiteral("--db"), m_db } + args, env);
}

QProcessEnvironment CliRunner::environment(const QMap<QString, QString>& env) const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("TANDEM_NOW"), QString::fromLatin1(kCliNow));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    e.remove(QStringLiteral("LANGUAGE"));
    // Never the user's own database: a forgotten --db lands in a folder that does not exist.
    e.insert(
        QStringLiteral("TANDEM_DB"), m_dir.filePath(QStringLiteral("no-such-folder/default.db")));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    return e;
}

CliResult CliRunner::runBare(const QStringList& args, const QMap<QString, QString>& env) const
{
    QProcess p;
    p.setProcessEnvironment(environment(env));
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(TANDEM_CLI), args);
    REQUIRE(p.waitForStarted());
    const bool finished = p.waitForFinished(kTimeoutMs);
    if (!finished)
        p.kill();
    INFO("tandem-cli " << args.join(QLatin1Char(' ')).toStdString());
    REQUIRE(finished);
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    CliResult r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void CliRunner::init(const QStringList& options) const
{
    const QStringList args = QStringList { QStringLiteral("init") } + options;
    const CliResult r = run(args);
    INFO(describe(args, r).toStdString());
    REQUIRE(r.exitCode == 0);
}

QString CliRunner::add(const QString& entity, const QStringList& assignments) const
{
    const QStringList args = QStringList { QStringLiteral("add"), entity } + assignments;
    const CliResult r = run(args);
    INFO(describe(args, r).toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.lines().size() == 1);
    return r.lines().first();
}

void CliRunner::set(const QString& entity, const QString& id, const QStringList& assignments) const
{
    const QStringList args = QStringList { QStringLiteral("set"), entity, id } + assignments;
    const CliResult r = run(args);
    INFO(describe(args, r).toStdString());
    REQUIRE(r.exitCode == 0);
}

QJsonDocument parseJson(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    INFO(bytes.toStdString());
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

QMap<QString, QString> at(const char* now)
{
    return { { QStringLiteral("TANDEM_NOW"), QString::fromUtf8(now) } };
}

QJsonObject CliRunner::showJson(const QString& entity, const QString& id) const
{
    const QStringList args { QStringLiteral("show"), entity, id, QStringLiteral("--json") };
    const CliResult r = run(args);
    INFO(describe(args, r).toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = parseJson(r.out);
    REQUIRE(doc.isObject());
    return doc.object();
}

QByteArray CliRunner::dump() const
{
    const QStringList args { QStringLiteral("dump"), QStringLiteral("--canonical") };
    const CliResult r = run(args);
    INFO(describe(args, r).toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

CliResult runOk(const CliRunner& cli, const QStringList& args, const QMap<QString, QString>& env)
{
    const CliResult r = cli.run(args, env);
    INFO("tandem-cli " << args.join(QLatin1Char(' ')).toStdString() << "\nstdout: "
                       << r.text().toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

CliResult expectRefused(
    const CliRunner& cli, const QStringList& args, int exitCode, const QStringList& fragments)
{
    const QByteArray before = cli.dump();
    const CliResult r = cli.run(args);
    INFO(describe(args, r).toStdString());
    CHECK(r.exitCode == exitCode);
    CHECK(r.err.startsWith(QLatin1String("tandem-cli: ")));
    for (const QString& f : fragments) {
        INFO("expected on stderr: " << f.toStdString());
        CHECK(r.err.contains(f));
    }
    CHECK(r.out.isEmpty());
    CHECK(cli.dump() == before);
    return r;
}

QStringList listedIds(const CliResult& list)
{
    QStringList ids;
    for (const QString& line : list.lines().mid(1))
        ids << line.section(QLatin1Char('\t'), 0, 0);
    return ids;
}

QStringList databaseFiles(const QString& dbPath)
{
    const QFileInfo db(dbPath);
    return db.dir().entryList({ db.fileName() + QLatin1Char('*') }, QDir::Files, QDir::Name);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

bool isUuidV7AtPinnedTime(const QString& id)
{
    static const QRegularExpression re(QStringLiteral(
        "^([0-9a-f]{8})-([0-9a-f]{4})-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const auto m = re.match(id);
    if (!m.hasMatch())
        return false;
    const qint64 ms = (m.captured(1) + m.captured(2)).toLongLong(nullptr, 16);
    const qint64 now
        = QDateTime::fromString(QString::fromLatin1(kCliNow), Qt::ISODate).toMSecsSinceEpoch();
    return ms >= now && ms < now + 1000;
}

} // namespace tandem::test
