#include "CliContext.h"

#include "domain/EntitySchema.h"
#include "store/FileSystemKind.h"
#include "store/Session.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace tandem::cli {

namespace {

// TANDEM_NOW pins the clock (ISO date-time) so scripts and tests get repeatable output.
std::unique_ptr<Clock> makeClock()
{
    const QString now = qEnvironmentVariable("TANDEM_NOW");
    if (!now.isEmpty()) {
        const QDateTime t = QDateTime::fromString(now, Qt::ISODate);
        if (t.isValid())
            return std::make_unique<FixedClock>(t, 1);
    }
    return std::make_unique<SystemClock>();
}

// A record id as Tandem makes them (a UUID), so not a name to look up.
bool looksLikeId(const QString& text)
{
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

} // namespace

Result<Args> Args::parse(
    const QStringList& args, const QStringList& valueOptions, const QStringList& flags)
{
    Args a;
    for (int i = 0; i < args.size(); ++i) {
        const QString& s = args.at(i);
        if (!s.startsWith(QLatin1String("--")) || s == QLatin1String("--")) {
            a.positional << s;
            continue;
        }
        const QString name = s.mid(2);
        if (flags.contains(name)) {
            a.m_flags << name;
        } else if (valueOptions.contains(name)) {
            if (i + 1 >= args.size())
                return makeError(
                    QCoreApplication::translate("Cli", "option --%1 needs a value").arg(name));
            a.m_values.insert(name, args.at(++i));
        } else {
            return makeError(QCoreApplication::translate("Cli", "unknown option --%1").arg(name));
        }
    }
    return a;
}

QString Args::value(const QString& name, const QString& fallback) const
{
    return m_values.contains(name) ? m_values.value(name) : fallback;
}

CliContext::CliContext(QString dbPath, QTextStream& out, QTextStream& err)
    : m_dbPath(std::move(dbPath))
    , m_out(out)
    , m_err(err)
    , m_clock(makeClock())
{
}

Result<Session*> CliContext::session(bool create)
{
    if (!m_session) {
        SessionOptions options;
        options.open.createIfMissing = create;
        options.idSeed = m_idSeed;
        auto s = Session::open(m_dbPath, *m_clock, options);
        if (!s) {
            Error e = s.error();
            if (!create && !QFileInfo::exists(m_dbPath))
                e.message += QLatin1Char(' ')
                    + QCoreApplication::translate(
                        "Cli", "Create it with 'tandem-cli init' or 'tandem-cli demo'.");
            return e;
        }
        m_session = std::move(s).value();
        // A script on a network share still runs, but is told once why it should not.
        if (const QString fs = networkFileSystem(m_dbPath); !fs.isEmpty())
            m_err << QStringLiteral("tandem-cli: warning: ") << networkShareWarning(m_dbPath, fs)
                  << Qt::endl;
    }
    return m_session.get();
}

void CliContext::discardDatabase()
{
    m_session.reset();
    for (const char* suffix : { "", "-wal", "-shm" })
        QFile::remove(m_dbPath + QLatin1String(suffix));
}

int CliContext::fail(const Error& error, const QString& context)
{
    m_err << QStringLiteral("tandem-cli: ")
          << (context.isEmpty() ? QString() : context + QLatin1String(": ")) << error.toString()
          << Qt::endl;
    return Failed;
}

int CliContext::fail(const QString& message)
{
    return fail(makeError(message));
}

int CliContext::usage(const QString& message)
{
    m_err << QStringLiteral("tandem-cli: ") << message << Qt::endl
          << QCoreApplication::translate("Cli", "Run 'tandem-cli --help' for the list of commands.")
          << Qt::endl;
    return Usage;
}

Result<QVariantMap> parseAssignments(const QStringList& assignments)
{
    QVariantMap values;
    for (const QString& a : assignments) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return makeError(
                QCoreApplication::translate("Cli", "'%1' is not of the form field=value").arg(a));
        const QString field = a.left(eq).trimmed();
        if (values.contains(field))
            return Error { QCoreApplication::translate("Cli", "given twice"), {}, 0, field };
        values.insert(field, a.mid(eq + 1));
    }
    return values;
}

Result<QString> resolveRecord(Session& session, const QString& entity, const QString& nameOrId)
{
    const QString given = nameOrId.trimmed();
    const RecordStore& rs = session.records();
    if (!given.isEmpty() && rs.get(entity, given.toLower()))
        return given.toLower();
    const EntityDef* def = EntitySchema::find(entity);
    if (!def)
        return makeError(QCoreApplication::translate("Cli", "unknown entity %1").arg(entity));
    if (looksLikeId(given))
        return makeError(
            QCoreApplication::translate("Cli", "there is no %1 with id %2").arg(entity, given));
    const QString what = QCoreApplication::translate("Entity", def->singular).toLower();
    if (given.isEmpty())
        return makeError(QCoreApplication::translate("Cli", "name a %1").arg(what));
    // The database's own filter finds the name as typed; accents typed otherwise need them all.
    ListQuery query;
    query.text = given;
    auto pool = rs.list(entity, query);
    if (pool && pool->isEmpty())
        pool = rs.list(entity);
    if (!pool)
        return pool.error();
    const QString folded = foldForSearch(given.simplified());
    QStringList exact;
    QStringList partIds;
    QStringList partNames;
    for (const Record& r : std::as_const(*pool)) {
        const QString label = rs.label(r);
        const QString name = foldForSearch(label);
        if (name == folded)
            exact << r.id;
        else if (name.contains(folded)) {
            partIds << r.id;
            partNames << label;
        }
    }
    if (exact.size() == 1)
        return exact.first();
    if (exact.size() > 1)
        return makeError(
            QCoreApplication::translate("Cli", "%1 %2 are named “%3”: give the id")
                .arg(exact.size())
                .arg(QCoreApplication::translate("Entity", def->plural).toLower(), given));
    if (partIds.size() == 1)
        return partIds.first();
    if (partIds.isEmpty())
        return makeError(QCoreApplication::translate("Cli", "there is no %1 called or with id “%2”")
                             .arg(what, given));
    partNames.sort(Qt::CaseInsensitive);
    if (partNames.size() > 10)
        partNames = partNames.mid(0, 10) << QStringLiteral("…");
    return makeError(QCoreApplication::translate("Cli", "“%1” could be any of: %2")
                         .arg(given, partNames.join(QStringLiteral(", "))));
}

Result<QVariantMap> resolveReferences(
    Session& session, const QString& entity, const QVariantMap& values)
{
    const EntityDef* def = EntitySchema::find(entity);
    if (!def)
        return values; // the write refuses an unknown entity with its own message
    QVariantMap out = values;
    for (const FieldDef& f : def->fields) {
        const QString given = values.value(f.name).toString();
        if (f.type != FieldType::Ref || given.isEmpty() || looksLikeId(given))
            continue; // an id: the write itself says when there is no such record
        auto id = resolveRecord(session, f.refEntity, given);
        if (!id)
            return makeError(QStringLiteral("%1: %2").arg(f.name, id.error().message));
        out.insert(f.name, *id);
    }
    return out;
}

int chooseUser(CliContext& ctx, Session& session, const Args& args, QString& userId)
{
    const QString user = QStringLiteral("user");
    userId = session.currentUserId();
    if (args.has(user)) {
        auto id = resolveRecord(session, user, args.value(user));
        if (!id)
            return ctx.fail(id.error());
        userId = *id;
    }
    if (userId.isEmpty())
        return ctx.fail(QCoreApplication::translate("Cli",
            "no user chosen on this copy: give --user NAME|ID, or pick one with 'whoami --set "
            "USER_ID'"));
    return Ok;
}

} // namespace tandem::cli
