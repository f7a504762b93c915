#include "leads/LeadsModule.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "common/Icons.h"
#include "common/LoseDialog.h"
#include "common/Prompter.h"
#include "leads/ConvertLeadDialog.h"
#include "leads/FollowUpDialog.h"
#include "leads/LeadRulesDialog.h"
#include "leads/QualifyDialog.h"
#include "records/RecordForm.h"
#include "records/RecordListView.h"
#include "services/LeadIntake.h"
#include "services/LeadQualification.h"
#include "store/Session.h"

#include <QAction>
#include <QUndoStack>

namespace tandem {

LeadsModule::LeadsModule(const UiContext& context, QObject* parent)
    : RecordsModule(
        context, QStringLiteral("lead"), QStringLiteral("leads"), {}, Qt::AscendingOrder, parent)
    , m_context(context)
    , m_separator(new QAction(this))
    , m_qualify(new QAction(Icons::get(QStringLiteral("qualify")), tr("&Qualify…"), this))
    , m_convert(new QAction(Icons::get(QStringLiteral("convert")), tr("&Convert to deal…"), this))
    , m_lost(new QAction(Icons::get(QStringLiteral("lost")), tr("Mark &lost…"), this))
    , m_reopen(new QAction(Icons::get(QStringLiteral("reopen")), tr("Re&open"), this))
    , m_followUps(new QAction(
          Icons::get(QStringLiteral("activities")), tr("&Waiting for first contact…"), this))
    , m_rules(new QAction(Icons::get(QStringLiteral("filter")), tr("Lead &rules…"), this))
{
    m_separator->setSeparator(true);
    m_qualify->setObjectName(QStringLiteral("qualifyAction"));
    m_convert->setObjectName(QStringLiteral("convertAction"));
    m_lost->setObjectName(QStringLiteral("leadLostAction"));
    m_reopen->setObjectName(QStringLiteral("reopenAction"));
    m_followUps->setObjectName(QStringLiteral("followUpAction"));
    m_qualify->setToolTip(tr("Record the answers to the qualification questions"));
    m_convert->setToolTip(tr("Turn the lead into a deal with its company and contact"));
    m_lost->setToolTip(tr("The lead will not buy now: keep it with the reason"));
    m_reopen->setToolTip(tr("Work on a lost lead again"));
    m_followUps->setToolTip(tr("Leads whose first contact is overdue"));
    m_rules->setObjectName(QStringLiteral("leadRulesAction"));
    m_rules->setToolTip(
        tr("Routing rules, first-contact deadline, qualification questions and lost reasons"));
    connect(m_rules, &QAction::triggered, this, &LeadsModule::editRules);
    connect(m_qualify, &QAction::triggered, this, &LeadsModule::qualify);
    connect(m_convert, &QAction::triggered, this, &LeadsModule::convert);
    connect(m_lost, &QAction::triggered, this, &LeadsModule::markLost);
    connect(m_reopen, &QAction::triggered, this, &LeadsModule::reopen);
    connect(m_followUps, &QAction::triggered, this, &LeadsModule::showFollowUps);
    connect(&m_context.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("lead"))
            updateLeadActions();
    });
    updateLeadActions();
}

QWidget* LeadsModule::createWidget(QWidget* parent)
{
    const bool first = !view();
    QWidget* widget = RecordsModule::createWidget(parent);
    if (!first)
        return widget;
    // A lead typed into the form starts like every lead: routed, with its first-contact task.
    view()->form()->setCreator([this](const QVariantMap& values) {
        return BatchCommands::create(m_context.undoStack, m_context.session, m_context.events,
            tr("New lead"), [&] { return LeadIntake::create(m_context.session, values); });
    });
    // A status typed in the form follows the same rules as the Lost… and Reopen commands.
    view()->form()->setUpdater([this](const QString& id, const QVariantMap& changes) {
        return BatchCommands::run(m_context.undoStack, m_context.session, m_context.events,
            tr("Edit “%1”").arg(m_context.session.records().labelOf(QStringLiteral("lead"), id)),
            [&] { return LeadQualification::update(m_context.session, id, changes); });
    });
    connect(view(), &RecordListView::stateChanged, this, &LeadsModule::updateLeadActions);
    updateLeadActions();
    return widget;
}

QList<QAction*> LeadsModule::actions() const
{
    QList<QAction*> list = RecordsModule::actions();
    list << m_separator << m_qualify << m_convert << m_lost << m_reopen << m_followUps << m_rules;
    return list;
}

QString LeadsModule::currentLeadId() const
{
    return view() && view()->form() ? view()->form()->recordId() : QString();
}

QString LeadsModule::currentStatus() const
{
    const QString id = currentLeadId();
    const auto lead
        = id.isEmpty() ? std::nullopt : m_context.session.records().get(QStringLiteral("lead"), id);
    return lead ? lead->text(QStringLiteral("status")) : QString();
}

void LeadsModule::updateLeadActions()
{
    const QString status = currentStatus();
    const bool open = !status.isEmpty() && status != QLatin1String("lost")
        && status != QLatin1String("converted");
    const bool has = !currentLeadId().isEmpty();
    m_qualify->setEnabled(has && open);
    m_convert->setEnabled(has && open);
    m_lost->setEnabled(has && open);
    m_reopen->setEnabled(has && status == QLatin1String("lost"));
}

bool LeadsModule::run(const QString& text, const std::function<Result<void>()>& operation,
    const QString& failureTitle)
{
    const auto r = BatchCommands::run(
        m_context.undoStack, m_context.session, m_context.events, text, operation);
    if (!r)
        Prompter::warning(view(), failureTitle, r.error().message);
    updateLeadActions();
    return r.ok();
}

QualifyDialog* LeadsModule::qualify()
{
    const QString id = currentLeadId();
    if (id.isEmpty() || !view()->confirmLeave())
        return nullptr;
    auto* dialog = new QualifyDialog(m_context.session, id, view());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const auto answers = dialog->answers();
        run(
            tr("Qualify “%1”").arg(m_context.session.records().labelOf(QStringLiteral("lead"), id)),
            [&] { return LeadQualification::qualify(m_context.session, id, answers); },
            tr("Not qualified"));
    });
    dialog->open();
    return dialog;
}

ConvertLeadDialog* LeadsModule::convert()
{
    const QString id = currentLeadId();
    if (id.isEmpty() || !view()->confirmLeave())
        return nullptr;
    auto proposal = LeadConversion::propose(m_context.session, id);
    if (!proposal) {
        Prompter::warning(view(), tr("Not converted"), proposal.error().message);
        return nullptr;
    }
    auto* dialog = new ConvertLeadDialog(m_context.session, id, *proposal, view());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const ConversionPlan plan = dialog->plan();
        ConversionResult result;
        const bool ok = run(
            tr("Convert “%1”").arg(m_context.session.records().labelOf(QStringLiteral("lead"), id)),
            [&]() -> Result<void> {
                auto converted = LeadConversion::convert(m_context.session, id, plan);
                if (!converted)
                    return converted.error();
                result = *converted;
                return {};
            },
            tr("Not converted"));
        if (!ok)
            return;
        const auto answer = Prompter::question(view(), tr("Lead converted"),
            tr("The deal “%1” is on the pipeline, with %n activity(ies) carried over. Open it now?",
                nullptr, result.activitiesMoved)
                .arg(m_context.session.records().labelOf(QStringLiteral("deal"), result.dealId)));
        if (answer == QMessageBox::Yes)
            m_context.events.requestOpen(QStringLiteral("deal"), result.dealId);
    });
    dialog->open();
    return dialog;
}

LoseDialog* LeadsModule::markLost()
{
    const QString id = currentLeadId();
    if (id.isEmpty() || !view()->confirmLeave())
        return nullptr;
    auto* dialog = new LoseDialog(m_context.session, QStringLiteral("lead"),
        m_context.session.records().labelOf(QStringLiteral("lead"), id), view());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const QString reason = dialog->reason();
        run(
            tr("Mark “%1” lost")
                .arg(m_context.session.records().labelOf(QStringLiteral("lead"), id)),
            [&] { return LeadQualification::lose(m_context.session, id, reason); },
            tr("Not marked lost"));
    });
    dialog->open();
    return dialog;
}

bool LeadsModule::reopen()
{
    const QString id = currentLeadId();
    if (id.isEmpty() || !view()->confirmLeave())
        return false;
    return run(
        tr("Reopen “%1”").arg(m_context.session.records().labelOf(QStringLiteral("lead"), id)),
        [&] { return LeadQualification::reopen(m_context.session, id); }, tr("Not reopened"));
}

FollowUpDialog* LeadsModule::showFollowUps()
{
    auto* dialog = new FollowUpDialog(m_context.session, m_context.events, view());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

LeadRulesDialog* LeadsModule::editRules()
{
    auto* dialog = new LeadRulesDialog(m_context, view());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace tandem
