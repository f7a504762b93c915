#include "leads/LeadRulesDialog.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "common/Prompter.h"
#include "records/RecordTableModel.h"
#include "records/RecordTableView.h"
#include "services/LeadIntake.h"
#include "services/LeadQualification.h"
#include "store/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

LeadRulesDialog::LeadRulesDialog(const UiContext& context, QWidget* parent)
    : QDialog(parent)
    , m_ctx(context)
    , m_tabs(new QTabWidget(this))
    , m_routing(new RecordTableView(
          new RecordTableModel(context, QStringLiteral("routing_rule"),
              { QStringLiteral("name"), QStringLiteral("active"), QStringLiteral("match_source"),
                  QStringLiteral("match_industry"), QStringLiteral("match_territory_id"),
                  QStringLiteral("method"), QStringLiteral("user_id"), QStringLiteral("team_id") },
              this),
          tr("Rules, first match wins"), this))
    , m_reasons(
          new RecordTableView(new RecordTableModel(context, QStringLiteral("lost_reason"),
                                  { QStringLiteral("name"), QStringLiteral("applies_to") }, this),
              tr("Reasons offered when a lead or deal is lost"), this))
    , m_questions(new QPlainTextEdit(this))
    , m_days(new QSpinBox(this))
    , m_save(new QPushButton(tr("Save"), this))
{
    setObjectName(QStringLiteral("leadRulesDialog"));
    setWindowTitle(tr("How new leads are handled"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);

    auto* routing = new QWidget(m_tabs);
    auto* routingLayout = new QVBoxLayout(routing);
    routingLayout->addWidget(hint(tr("A new lead without an owner goes to the first active rule "
                                     "whose conditions it meets (empty conditions match any "
                                     "lead). “Each team member in turn” and “the team member "
                                     "with the fewest open leads” choose among the active users "
                                     "of the rule's team. The chosen owner is notified."),
        routing));
    routingLayout->addWidget(m_routing, 1);
    m_routing->setNewValues([this] {
        return QVariantMap { { QStringLiteral("name"), tr("New rule") },
            { QStringLiteral("active"), true },
            { QStringLiteral("method"), QStringLiteral("round_robin") } };
    });
    m_routing->model()->reload();
    m_tabs->addTab(routing, tr("&Routing"));

    auto* followUp = new QWidget(m_tabs);
    auto* followUpLayout = new QVBoxLayout(followUp);
    auto* form = new QFormLayout;
    m_days->setRange(0, 90);
    m_days->setObjectName(QStringLiteral("firstContactDays"));
    form->addRow(tr("First contact due within (days):"), m_days);
    followUpLayout->addLayout(form);
    followUpLayout->addWidget(hint(tr("Every new lead gets a first-contact task due this many "
                                      "days after it arrives; leads nobody contacted in time are "
                                      "listed under Leads › Waiting for first contact."),
        followUp));
    followUpLayout->addWidget(new QLabel(tr("&Qualification questions, one per line:"), followUp));
    static_cast<QLabel*>(followUpLayout->itemAt(followUpLayout->count() - 1)->widget())
        ->setBuddy(m_questions);
    followUpLayout->addWidget(m_questions, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    followUpLayout->addLayout(saveRow);
    m_tabs->addTab(followUp, tr("&Follow-up and qualification"));

    auto* reasons = new QWidget(m_tabs);
    auto* reasonsLayout = new QVBoxLayout(reasons);
    reasonsLayout->addWidget(m_reasons, 1);
    m_reasons->setNewValues([this] {
        return QVariantMap { { QStringLiteral("name"), tr("New reason") },
            { QStringLiteral("applies_to"), QStringLiteral("both") } };
    });
    m_reasons->model()->reload();
    m_tabs->addTab(reasons, tr("&Lost reasons"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &LeadRulesDialog::saveFollowUp);
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("setting"))
            loadFollowUp();
    });
    loadFollowUp();
    resize(980, 560);
}

void LeadRulesDialog::loadFollowUp()
{
    m_days->setValue(LeadIntake::firstContactDays(m_ctx.session));
    m_questions->setPlainText(LeadQualification::questions(m_ctx.session).join(QLatin1Char('\n')));
}

bool LeadRulesDialog::saveFollowUp()
{
    const int days = m_days->value();
    const QStringList questions = m_questions->toPlainText().split(QLatin1Char('\n'));
    const auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Change the follow-up rules"), [&]() -> Result<void> {
            if (days != LeadIntake::firstContactDays(m_ctx.session)) {
                if (auto w = LeadIntake::setFirstContactDays(m_ctx.session, days); !w)
                    return w;
            }
            if (questions.join(QLatin1Char('\n')).trimmed()
                != LeadQualification::questions(m_ctx.session).join(QLatin1Char('\n')))
                return LeadQualification::setQuestions(m_ctx.session, questions);
            return {};
        });
    if (!r)
        Prompter::warning(this, tr("Not saved"), r.error().message);
    return r.ok();
}

} // namespace tandem
