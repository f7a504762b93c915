#include "services/Workspace.h"

#include "store/Session.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace tandem {

namespace {

struct StageSeed {
    const char* name;
    int probability;
    const char* kind;
    int stallDays;
    const char* action;
    const char* instructions;
    int deadlineDays;
};

// The six-stage sales process our first users described, with one playbook action each.
const StageSeed kStages[] = {
    { QT_TRANSLATE_NOOP("Workspace", "Introduction"), 10, "open", 14,
        QT_TRANSLATE_NOOP("Workspace", "First call or meeting"),
        QT_TRANSLATE_NOOP("Workspace", "Introduce the company and learn who decides."), 3 },
    { QT_TRANSLATE_NOOP("Workspace", "Qualification"), 20, "open", 21,
        QT_TRANSLATE_NOOP("Workspace", "Qualify needs and budget"),
        QT_TRANSLATE_NOOP("Workspace", "Confirm need, budget, decision maker and timing."), 7 },
    { QT_TRANSLATE_NOOP("Workspace", "Proposal"), 40, "open", 21,
        QT_TRANSLATE_NOOP("Workspace", "Send the offer"),
        QT_TRANSLATE_NOOP("Workspace", "Prepare and send the offer from the offer template."), 5 },
    { QT_TRANSLATE_NOOP("Workspace", "Negotiation"), 60, "open", 30,
        QT_TRANSLATE_NOOP("Workspace", "Agree terms"),
        QT_TRANSLATE_NOOP("Workspace", "Follow up the offer and agree price and terms."), 10 },
    { QT_TRANSLATE_NOOP("Workspace", "Contract and invoicing"), 90, "open", 14,
        QT_TRANSLATE_NOOP("Workspace", "Sign the contract and invoice"),
        QT_TRANSLATE_NOOP("Workspace", "Send the contract for signature and issue the invoice."),
        5 },
    { QT_TRANSLATE_NOOP("Workspace", "Handover to delivery"), 100, "won", 0,
        QT_TRANSLATE_NOOP("Workspace", "Hand over to delivery and support"),
        QT_TRANSLATE_NOOP("Workspace", "Introduce the delivery team and agree the start date."),
        3 },
};

const char* const kLostReasons[] = {
    QT_TRANSLATE_NOOP("Workspace", "Price too high"),
    QT_TRANSLATE_NOOP("Workspace", "Chose a competitor"),
    QT_TRANSLATE_NOOP("Workspace", "No budget"),
    QT_TRANSLATE_NOOP("Workspace", "No decision"),
    QT_TRANSLATE_NOOP("Workspace", "Not followed up in time"),
    QT_TRANSLATE_NOOP("Workspace", "Product does not fit"),
};

} // namespace

QString Workspace::defaultDatabasePath()
{
    const QString env = qEnvironmentVariable("TANDEM_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("tandem.db"));
}

Result<QString> Workspace::initialise(Session& session, const WorkspaceSetup& setup)
{
    if (session.isInitialised())
        return makeError(
            QCoreApplication::translate("Workspace", "This database is already set up for %1.")
                .arg(session.setting(QStringLiteral("company_name"))));
    if (setup.companyName.trimmed().isEmpty())
        return Error { QCoreApplication::translate("Workspace", "Enter your company's name."), {},
            0, QStringLiteral("company") };
    if (setup.userName.trimmed().isEmpty())
        return Error { QCoreApplication::translate("Workspace", "Enter your name."), {}, 0,
            QStringLiteral("user") };
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
    if (!code.match(setup.currency).hasMatch())
        return Error { QCoreApplication::translate(
                           "Workspace", "'%1' is not a currency code such as EUR or PLN.")
                           .arg(setup.currency),
            {}, 0, QStringLiteral("currency") };

    RecordStore& rs = session.records();
    Transaction tx(session.database());
    if (auto r = session.setSetting(QStringLiteral("company_name"), setup.companyName.trimmed());
        !r)
        return r.error();
    if (auto r = session.setSetting(QStringLiteral("default_currency"), setup.currency.toUpper());
        !r)
        return r.error();
    auto user = rs.create(QStringLiteral("user"),
        { { QStringLiteral("name"), setup.userName.trimmed() },
            { QStringLiteral("role"), QStringLiteral("manager") },
            { QStringLiteral("active"), true } });
    if (!user)
        return user.error();
    if (auto r = session.setCurrentUser(*user); !r)
        return r.error();

    auto pipeline = rs.create(QStringLiteral("pipeline"),
        { { QStringLiteral("name"), QCoreApplication::translate("Workspace", "New business") },
            { QStringLiteral("position"), 0 }, { QStringLiteral("is_default"), true } });
    if (!pipeline)
        return pipeline.error();
    int position = 0;
    for (const StageSeed& s : kStages) {
        auto stage = rs.create(QStringLiteral("stage"),
            { { QStringLiteral("pipeline_id"), *pipeline },
                { QStringLiteral("name"), QCoreApplication::translate("Workspace", s.name) },
                { QStringLiteral("position"), position },
                { QStringLiteral("probability"), s.probability },
                { QStringLiteral("kind"), QString::fromLatin1(s.kind) },
                { QStringLiteral("stall_days"), s.stallDays } });
        if (!stage)
            return stage.error();
        auto action = rs.create(QStringLiteral("playbook_action"),
            { { QStringLiteral("stage_id"), *stage },
                { QStringLiteral("title"), QCoreApplication::translate("Workspace", s.action) },
                { QStringLiteral("instructions"),
                    QCoreApplication::translate("Workspace", s.instructions) },
                { QStringLiteral("deadline_days"), s.deadlineDays },
                { QStringLiteral("position"), 0 } });
        if (!action)
            return action.error();
        ++position;
    }
    auto lost = rs.create(QStringLiteral("stage"),
        { { QStringLiteral("pipeline_id"), *pipeline },
            { QStringLiteral("name"), QCoreApplication::translate("Workspace", "Lost") },
            { QStringLiteral("position"), position }, { QStringLiteral("probability"), 0 },
            { QStringLiteral("kind"), QStringLiteral("lost") } });
    if (!lost)
        return lost.error();
    int reasonPosition = 0;
    for (const char* reason : kLostReasons) {
        auto r = rs.create(QStringLiteral("lost_reason"),
            { { QStringLiteral("name"), QCoreApplication::translate("Workspace", reason) },
                { QStringLiteral("applies_to"), QStringLiteral("both") },
                { QStringLiteral("position"), reasonPosition++ } });
        if (!r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return *user;
}

QString Workspace::defaultPipelineId(Session& session)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("is_default"), QVariant(true));
    q.limit = 1;
    auto rows = session.records().list(QStringLiteral("pipeline"), q);
    return rows && !rows->isEmpty() ? rows->first().id : QString();
}

} // namespace tandem
