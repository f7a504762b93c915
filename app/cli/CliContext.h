// What every tandem-cli command gets: its arguments, the database path, output streams, a session.
#pragma once

#include "store/Session.h"
#include "util/Clock.h"

#include <QStringList>
#include <QTextStream>
#include <memory>

namespace tandem::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// Arguments after the command name: positionals, `--flag`, `--option VALUE` (repeatable).
class Args {
public:
    // `valueOptions` take a value; `flags` do not. Anything else starting with -- is an error.
    static Result<Args> parse(
        const QStringList& args, const QStringList& valueOptions, const QStringList& flags);
    QStringList positional;
    bool has(const QString& name) const
    {
        return m_flags.contains(name) || m_values.contains(name);
    }
    QString value(const QString& name, const QString& fallback = {}) const;
    QStringList values(const QString& name) const { return m_values.values(name); }

private:
    QStringList m_flags;
    QMultiMap<QString, QString> m_values;
};

class CliContext {
public:
    CliContext(QString dbPath, QTextStream& out, QTextStream& err);

    QString dbPath() const { return m_dbPath; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return *m_clock; }

    // Opens the database; with create=false a missing file is an error that says to run init.
    Result<Session*> session(bool create = false);
    // Ids made by this run come from `seed` (demo data: same seed, same ids).
    void setIdSeed(quint64 seed) { m_idSeed = seed; }
    // Closes the database and deletes its files: a database whose set-up failed.
    void discardDatabase();
    // Prints "tandem-cli: message" on stderr and returns Failed.
    // `context` (an entity name) goes before the error's field: "contact: email: …".
    int fail(const Error& error, const QString& context = {});
    int fail(const QString& message);
    int usage(const QString& message);

private:
    QString m_dbPath;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Session> m_session;
    quint64 m_idSeed = 0;
};

// Reads field=value pairs; the value may hold '=' and be empty (which clears the field).
Result<QVariantMap> parseAssignments(const QStringList& assignments);

// The live record of `entity` that `nameOrId` names: its id, its label (name) with case and accents
// ignored, or the only one whose label holds it. None, or several, is an error saying so.
Result<QString> resolveRecord(Session& session, const QString& entity, const QString& nameOrId);
// --user NAME|ID, else the user this copy writes as: Ok with `userId` set, or the exit code after
// saying what is wrong.
int chooseUser(CliContext& ctx, Session& session, const Args& args, QString& userId);
// The reference fields of `values` given as names ("team_id=Vilnius") turned into ids.
Result<QVariantMap> resolveReferences(
    Session& session, const QString& entity, const QVariantMap& values);

// What `add` and `set` write through (SalesCommands.cpp): a lead or deal starts the way the sales
// process starts it, a deal's stage and status change only through DealFlow, and logging work on
// a lead or on a colleague's record has its consequences. Warnings go to ctx.err().
Result<QString> createRecord(
    CliContext& ctx, Session& session, const QString& entity, const QVariantMap& values);
Result<void> updateRecord(
    Session& session, const QString& entity, const QString& id, const QVariantMap& values);

int runInit(CliContext& ctx, const QStringList& args);
int runDemo(CliContext& ctx, const QStringList& args);
int runAdd(CliContext& ctx, const QStringList& args);
int runSet(CliContext& ctx, const QStringList& args);
int runRm(CliContext& ctx, const QStringList& args);
int runShow(CliContext& ctx, const QStringList& args);
int runList(CliContext& ctx, const QStringList& args);
int runSearch(CliContext& ctx, const QStringList& args);
int runHistory(CliContext& ctx, const QStringList& args);
int runDump(CliContext& ctx, const QStringList& args);
int runCheck(CliContext& ctx, const QStringList& args);
int runBackup(CliContext& ctx, const QStringList& args);
int runRestore(CliContext& ctx, const QStringList& args);
int runBackups(CliContext& ctx, const QStringList& args);
int runSync(CliContext& ctx, const QStringList& args);
int runImport(CliContext& ctx, const QStringList& args);
int runExport(CliContext& ctx, const QStringList& args);
int runDuplicates(CliContext& ctx, const QStringList& args);
int runMerge(CliContext& ctx, const QStringList& args);
int runWhoami(CliContext& ctx, const QStringList& args);
int runConvert(CliContext& ctx, const QStringList& args);
int runMove(CliContext& ctx, const QStringList& args);
int runWin(CliContext& ctx, const QStringList& args);
int runLose(CliContext& ctx, const QStringList& args);
int runReopen(CliContext& ctx, const QStringList& args);
int runQualify(CliContext& ctx, const QStringList& args);
int runChecklist(CliContext& ctx, const QStringList& args);
int runEscalate(CliContext& ctx, const QStringList& args);
int runOverdue(CliContext& ctx, const QStringList& args);
int runForecast(CliContext& ctx, const QStringList& args);
int runNotifications(CliContext& ctx, const QStringList& args);
// DocumentCommands.cpp
int runRender(CliContext& ctx, const QStringList& args);
int runApprove(CliContext& ctx, const QStringList& args);
int runRevise(CliContext& ctx, const QStringList& args);
int runMailing(CliContext& ctx, const QStringList& args);
int runTemplates(CliContext& ctx, const QStringList& args);
int runMaterials(CliContext& ctx, const QStringList& args);
int runMaterial(CliContext& ctx, const QStringList& args);
int runQuoteSeries(CliContext& ctx, const QStringList& args);

} // namespace tandem::cli
