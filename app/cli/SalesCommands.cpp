// tandem-cli convert, move, win, lose, reopen, qualify and checklist: the sales process; and the
// rules `add` and `set` keep for leads, deals and activities.
#include "CliContext.h"
#include "CliOutput.h"

#include "domain/FieldFormat.h"
#include "services/ActivityLog.h"
#include "services/Cases.h"
#include "services/DealFlow.h"
#include "services/LeadConversion.h"
#include "services/LeadIntake.h"
#include "services/LeadQualification.h"
#include "services/LostReasons.h"
#include "services/Playbooks.h"
#include "services/Quotes.h"
#include "store/Transaction.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <optional>

namespace tandem::cli {

namespace {

const QString kLead = QStringLiteral("lead");
const QString kDeal = QStringLiteral("deal");
const QString kStage = QStringLiteral("stage");

// A refusal from a service, said as the service says it (the field it names is for forms).
int refuse(CliContext& ctx, const Error& error)
{
    return ctx.fail(makeError(error.message));
}

// `COMMAND ENTITY ID`: the entity one of `entities`, exactly `extra` more positionals after the id
// (-1: any number).
bool hasTarget(const Args& args, const QStringList& entities, int extra = 0)
{
    if (args.positional.size() < 2 || !entities.contains(args.positional.at(0)))
        return false;
    return extra < 0 || args.positional.size() == 2 + extra;
}

// The open session and the record `COMMAND ENTITY ID` names (see hasTarget). When the database
// cannot be opened or there is no such record, that has been said and `exitCode` is not Ok.
struct Target {
    Session* session = nullptr;
    std::optional<Record> record;
    int exitCode = Ok;
};

Target openTarget(CliContext& ctx, const Args& args)
{
    Target t;
    auto s = ctx.session();
    if (!s) {
        t.exitCode = ctx.fail(s.error());
        return t;
    }
    t.session = *s;
    const QString entity = args.positional.at(0);
    const QString id = args.positional.at(1);
    t.record = t.session->records().get(entity, id);
    if (!t.record)
        t.exitCode = noSuchRecord(ctx, entity, id);
    return t;
}

// A stage by id (of any pipeline), or by name on the deal's pipeline, ignoring case and accents.
Result<QString> stageFor(Session& session, const Record& deal, const QString& text)
{
    const RecordStore& rs = session.records();
    if (const auto stage = rs.get(kStage, text.trimmed()))
        return stage->id;
    QString pipelineId = deal.text(QStringLiteral("pipeline_id"));
    if (pipelineId.isEmpty()) {
        if (const auto current = rs.get(kStage, deal.text(QStringLiteral("stage_id"))))
            pipelineId = current->text(QStringLiteral("pipeline_id"));
    }
    ListQuery q;
    q.where << qMakePair(QStringLiteral("pipeline_id"), QVariant(pipelineId));
    q.orderBy = QStringLiteral("position");
    auto stages = rs.list(kStage, q);
    if (!stages)
        return stages.error();
    const QString wanted = foldForSearch(text.simplified());
    QStringList names;
    for (const Record& s : *stages) {
        if (foldForSearch(rs.label(s)) == wanted)
            return s.id;
        names << rs.label(s);
    }
    return makeError(QCoreApplication::translate(
        "Cli", "the pipeline “%1” of “%2” has no stage “%3”; its stages are: %4")
                         .arg(rs.labelOf(QStringLiteral("pipeline"), pipelineId), rs.label(deal),
                             text, names.join(QStringLiteral(", "))));
}

// `add activity|task`: the rules of ActivityLog; a warning about a colleague's customer goes to
// stderr, and the activity is logged anyway.
Result<QString> createActivity(
    CliContext& ctx, Session& session, const QString& entity, const QVariantMap& values)
{
    auto logged = ActivityLog::create(session, entity, values);
    if (!logged)
        return logged.error();
    for (const QString& w : logged->warnings)
        ctx.err()
            << QStringLiteral("tandem-cli: ")
            << QCoreApplication::translate("Cli", "%1 Done anyway; the owner has been told.").arg(w)
            << Qt::endl;
    return logged->id;
}

} // namespace

Result<QString> createRecord(
    CliContext& ctx, Session& session, const QString& entity, const QVariantMap& values)
{
    if (entity == kLead)
        return LeadIntake::create(session, values);
    if (entity == kDeal)
        return DealFlow::create(session, values);
    if (entity == QLatin1String("activity") || entity == QLatin1String("task")) {
        // As in the window: what one plans is on one's own calendar unless an owner is given.
        QVariantMap owned = values;
        if (!owned.contains(QStringLiteral("owner_id")) && !session.currentUserId().isEmpty())
            owned.insert(QStringLiteral("owner_id"), session.currentUserId());
        return createActivity(ctx, session, entity, owned);
    }
    if (entity == QLatin1String("case"))
        return Cases::create(session, values);
    if (entity == QLatin1String("quote"))
        return Quotes::create(session, values);
    if (entity == QLatin1String("quote_line"))
        return Quotes::addLine(session, values);
    return session.records().create(entity, values);
}

Result<void> updateRecord(
    Session& session, const QString& entity, const QString& id, const QVariantMap& values)
{
    if (entity == kDeal
        && (values.contains(QStringLiteral("stage_id"))
            || values.contains(QStringLiteral("status")))) {
        if (!session.records().get(kDeal, id))
            return makeError(
                QCoreApplication::translate("Cli", "there is no %1 with id %2").arg(entity, id));
        return DealFlow::update(session, id, values);
    }
    if (entity == kLead && values.contains(QStringLiteral("status"))) {
        if (!session.records().get(kLead, id))
            return makeError(
                QCoreApplication::translate("Cli", "there is no %1 with id %2").arg(entity, id));
        return LeadQualification::update(session, id, values);
    }
    if (entity == QLatin1String("case")) {
        if (!session.records().get(entity, id))
            return makeError(
                QCoreApplication::translate("Cli", "there is no %1 with id %2").arg(entity, id));
        return Cases::update(session, id, values);
    }
    if (entity == QLatin1String("quote"))
        return Quotes::update(session, id, values);
    if (entity == QLatin1String("quote_line"))
        return Quotes::updateLine(session, id, values);
    return session.records().update(entity, id, values);
}

int runConvert(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments,
        { QStringLiteral("company"), QStringLiteral("contact"), QStringLiteral("title"),
            QStringLiteral("amount") },
        { QStringLiteral("json") });
    if (!args)
        return ctx.usage(args.error().message);
    if (!hasTarget(*args, { kLead }))
        return ctx.usage(QCoreApplication::translate("Cli",
            "usage: convert lead ID [--company ID] [--contact ID] [--title TEXT] "
            "[--amount DECIMAL] [--json]"));
    const QString leadId = args->positional.at(1);
    const Target target = openTarget(ctx, *args);
    if (target.exitCode != Ok)
        return target.exitCode;
    Session& session = *target.session;
    auto proposal = LeadConversion::propose(session, leadId);
    if (!proposal)
        return refuse(ctx, proposal.error());
    ConversionPlan plan = proposal->plan;
    // An empty --company or --contact makes a new one from the lead instead of the match found.
    if (args->has(QStringLiteral("company")))
        plan.companyId = args->value(QStringLiteral("company")).trimmed().toLower();
    if (args->has(QStringLiteral("contact")))
        plan.contactId = args->value(QStringLiteral("contact")).trimmed().toLower();
    if (args->has(QStringLiteral("title")))
        plan.dealTitle = args->value(QStringLiteral("title"));
    if (args->has(QStringLiteral("amount"))) {
        const FieldDef* amount = EntitySchema::find(kDeal)->field(QStringLiteral("amount"));
        auto value = parseFieldText(
            *amount, args->value(QStringLiteral("amount")), session.defaultCurrency());
        if (!value)
            return ctx.fail(value.error());
        plan.amount = value->isNull() ? std::nullopt : std::optional<qint64>(value->toLongLong());
    }
    auto converted = LeadConversion::convert(session, leadId, plan);
    if (!converted)
        return refuse(ctx, converted.error());
    if (args->has(QStringLiteral("json"))) {
        printJson(ctx.out(),
            QJsonDocument(QJsonObject { { QStringLiteral("deal_id"), converted->dealId },
                { QStringLiteral("company_id"), orNull(converted->companyId) },
                { QStringLiteral("contact_id"), orNull(converted->contactId) },
                { QStringLiteral("company_reused"), converted->companyReused },
                { QStringLiteral("contact_reused"), converted->contactReused },
                { QStringLiteral("activities_moved"), converted->activitiesMoved },
                { QStringLiteral("documents_moved"), converted->documentsMoved } }));
        return Ok;
    }
    ctx.out() << converted->dealId << Qt::endl;
    return Ok;
}

int runMove(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, {}, {});
    if (!args)
        return ctx.usage(args.error().message);
    if (!hasTarget(*args, { kDeal }, -1) || args->positional.size() < 3)
        return ctx.usage(QCoreApplication::translate("Cli", "usage: move deal ID STAGE"));
    // An unquoted stage name of several words is taken whole.
    const QString stageText = args->positional.mid(2).join(QLatin1Char(' '));
    const Target target = openTarget(ctx, *args);
    if (target.exitCode != Ok)
        return target.exitCode;
    const auto& deal = target.record;
    auto stageId = stageFor(*target.session, *deal, stageText);
    if (!stageId)
        return refuse(ctx, stageId.error());
    if (auto r = DealFlow::move(*target.session, deal->id, *stageId); !r)
        return refuse(ctx, r.error());
    return Ok;
}

int runWin(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, {}, {});
    if (!args)
        return ctx.usage(args.error().message);
    if (!hasTarget(*args, { kDeal }))
        return ctx.usage(QCoreApplication::translate("Cli", "usage: win deal ID"));
    const QString dealId = args->positional.at(1);
    const Target target = openTarget(ctx, *args);
    if (target.exitCode != Ok)
        return target.exitCode;
    if (auto r = DealFlow::win(*target.session, dealId); !r)
        return refuse(ctx, r.error());
    return Ok;
}

int runLose(CliContext& ctx, const QStringList& arguments)
{
    auto args
        = Args::parse(arguments, { QStringLiteral("reason"), QStringLiteral("competitor") }, {});
    const QString usage = QCoreApplication::translate("Cli",
        "usage: lose deal ID --reason TEXT [--competitor ID|NAME] | lose lead ID --reason TEXT");
    if (!args)
        return ctx.usage(args.error().message);
    if (!hasTarget(*args, { kDeal, kLead }) || !args->has(QStringLiteral("reason")))
        return ctx.usage(usage);
    const QString entity = args->positional.at(0);
    const QString id = args->positional.at(1);
    if (entity == kLead && args->has(QStringLiteral("competitor")))
        return ctx.usage(usage);
    const Target target = openTarget(ctx, *args);
    if (target.exitCode != Ok)
        return target.exitCode;
    Session& session = *target.session;
    const QString reason
        = LostReasons::canonical(session, entity, args->value(QStringLiteral("reason")));
    if (entity == kLead) {
        if (auto r = LeadQualification::lose(session, id, reason); !r)
            return refuse(ctx, r.error());
        return Ok;
    }
    QString competitorId;
    if (args->has(QStringLiteral("competitor"))) {
        auto c = resolveRecord(
            session, QStringLiteral("competitor"), args->value(QStringLiteral("competitor")));
        if (!c)
            return refuse(ctx, c.error());
        competitorId = *c;
    }
    if (auto r = DealFlow::lose(session, id, reason, competitorId); !r)
        return refuse(ctx, r.error());
    return Ok;
}

int runReopen(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, {}, {});
    if (!args)
        return ctx.usage(args.error().message);
    if (!hasTarget(*args, { kDeal, kLead }))
        return ctx.usage(QCoreApplication::translate("Cli", "usage: reopen deal|lead ID"));
    const QString entity = args->positional.at(0);
    const QString id = args->positional.at(1);
    const Target target = openTarget(ctx, *args);
    if (target.exitCode != Ok)
        return target.exitCode;
    Session& session = *target.session;
    const auto r
        = entity == kDeal ? DealFlow::reopen(session, id) : LeadQualification::reopen(session, id);
    if (!r)
        return refuse(ctx, r.error());
    return Ok;
}

int runQualify(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, { QStringLiteral("answer") }, {});
    const QString usage = QCoreApplication::translate(
        "Cli", "usage: qualify lead ID [--answer \"Question=answer\"]…");
    if (!args)
        return ctx.usage(args.error().message);
    if (!hasTarget(*args, { kLead }))
        return ctx.usage(usage);
    const QString leadId = args->positional.at(1);
    const Target target = openTarget(ctx, *args);
    if (target.exitCode != Ok)
        return target.exitCode;
    Session& session = *target.session;
    // The question is its text or its number in the team's list (1 = the first).
    const QStringList questions = LeadQualification::questions(session);
    QList<QualificationAnswer> answers;
    // Args keeps repeated values newest first.
    QStringList given = args->values(QStringLiteral("answer"));
    std::reverse(given.begin(), given.end());
    for (const QString& a : given) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.usage(usage);
        QString question = a.left(eq).trimmed();
        bool isNumber = false;
        const int n = question.toInt(&isNumber);
        if (isNumber) {
            if (n < 1 || n > questions.size())
                return ctx.fail(QCoreApplication::translate(
                    "Cli", "there is no question %1; the questions are numbered 1 to %2")
                                    .arg(n)
                                    .arg(questions.size()));
            question = questions.at(n - 1);
        } else {
            for (const QString& q : questions) {
                if (foldForSearch(q) == foldForSearch(question))
                    question = q;
            }
        }
        answers << QualificationAnswer { question, a.mid(eq + 1) };
    }
    if (auto r = LeadQualification::qualify(session, leadId, answers); !r)
        return refuse(ctx, r.error());
    return Ok;
}

int runChecklist(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, {}, { QStringLiteral("json") });
    if (!args)
        return ctx.usage(args.error().message);
    if (!hasTarget(*args, { kDeal }))
        return ctx.usage(QCoreApplication::translate("Cli", "usage: checklist deal ID [--json]"));
    const Target target = openTarget(ctx, *args);
    if (target.exitCode != Ok)
        return target.exitCode;
    const RecordStore& rs = target.session->records();
    const auto& deal = target.record;
    const QString stageId = deal->text(QStringLiteral("stage_id"));
    const QList<ChecklistItem> items = Playbooks::checklist(*target.session, deal->id);
    if (args->has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ChecklistItem& c : items)
            list.append(QJsonObject { { QStringLiteral("action_id"), c.actionId },
                { QStringLiteral("title"), c.title },
                { QStringLiteral("instructions"), orNull(c.instructions) },
                { QStringLiteral("template"), orNull(c.templateName) },
                { QStringLiteral("task_id"), orNull(c.taskId) }, { QStringLiteral("done"), c.done },
                { QStringLiteral("required"), c.required },
                { QStringLiteral("hard_deadline"), c.hardDeadline },
                { QStringLiteral("due"), orNull(timeText(c.due)) },
                { QStringLiteral("overdue"), c.overdue } });
        printJson(ctx.out(),
            QJsonDocument(QJsonObject { { QStringLiteral("deal_id"), deal->id },
                { QStringLiteral("stage_id"), orNull(stageId) },
                { QStringLiteral("stage"), orNull(rs.labelOf(kStage, stageId)) },
                { QStringLiteral("items"), list } }));
        return Ok;
    }
    ctx.out() << QCoreApplication::translate("Cli", "“%1” in stage “%2”:")
                     .arg(rs.label(*deal), rs.labelOf(kStage, stageId))
              << Qt::endl;
    for (const ChecklistItem& c : items) {
        QStringList notes;
        if (c.due.isValid())
            notes << QCoreApplication::translate("Cli", "due %1").arg(timeText(c.due));
        if (c.required)
            notes << QCoreApplication::translate("Cli", "required");
        if (c.hardDeadline)
            notes << QCoreApplication::translate("Cli", "hard deadline");
        if (c.overdue)
            notes << QCoreApplication::translate("Cli", "overdue");
        if (c.taskId.isEmpty())
            notes << QCoreApplication::translate("Cli", "does not apply");
        ctx.out() << (c.done ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) << c.title;
        if (!notes.isEmpty())
            ctx.out() << QStringLiteral(" (") << notes.join(QStringLiteral(", "))
                      << QLatin1Char(')');
        ctx.out() << Qt::endl;
    }
    return Ok;
}

} // namespace tandem::cli
