#include "common/OutcomeDialog.h"

#include "common/BatchCommand.h"
#include "services/ActivityOutcome.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

OutcomeDialog::OutcomeDialog(const UiContext& context, const QString& activityId, QWidget* parent)
    : QDialog(parent)
    , m_ctx(context)
    , m_activityId(activityId)
    , m_outcome(new QLineEdit(this))
    , m_nextStep(new QLineEdit(this))
    , m_followUp(new QGroupBox(tr("Create a follow-up task"), this))
    , m_followUpSubject(new QLineEdit(m_followUp))
    , m_followUpDue(new QDateTimeEdit(m_followUp))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("outcomeDialog"));
    setWindowTitle(tr("How did it go?"));
    const auto activity = m_ctx.session.records().get(QStringLiteral("activity"), activityId);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        tr("How did “%1” go?").arg(activity ? m_ctx.session.records().label(*activity) : QString()),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    m_outcome->setPlaceholderText(tr("What happened"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_nextStep->setPlaceholderText(tr("What happens next"));
    m_nextStep->setAccessibleName(tr("Next step"));
    if (activity) {
        m_outcome->setText(activity->text(QStringLiteral("outcome")));
        m_nextStep->setText(activity->text(QStringLiteral("next_step")));
    }
    auto* quickRow = new QHBoxLayout;
    for (const QString& choice : { tr("Reached"), tr("No answer"), tr("Left a message"),
             tr("Meeting held"), tr("Postponed") }) {
        auto* button = new QPushButton(choice, this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, choice] {
            m_outcome->setText(choice);
            m_nextStep->setFocus();
        });
        quickRow->addWidget(button);
        m_quick << button;
    }
    quickRow->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(QString(), quickRow);
    form->addRow(tr("Next step"), m_nextStep);
    layout->addLayout(form);

    m_followUp->setCheckable(true);
    m_followUp->setChecked(false);
    m_followUpSubject->setPlaceholderText(tr("The next step"));
    m_followUpDue->setCalendarPopup(true);
    m_followUpDue->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    // Tomorrow at nine, in the user's own time.
    const QDateTime now = m_ctx.session.clock().nowUtc().toLocalTime();
    m_followUpDue->setDateTime(QDateTime(now.date().addDays(1), QTime(9, 0)));
    auto* followForm = new QFormLayout(m_followUp);
    followForm->addRow(tr("Task"), m_followUpSubject);
    followForm->addRow(tr("Due"), m_followUpDue);
    layout->addWidget(m_followUp);

    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Mark done"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OutcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString OutcomeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OutcomeDialog::accept()
{
    m_error->hide();
    std::optional<FollowUp> followUp;
    if (m_followUp->isChecked())
        followUp = FollowUp { m_followUpSubject->text().trimmed(),
            m_followUpDue->dateTime().toUTC(), {} };
    const QString label = m_ctx.session.records().labelOf(QStringLiteral("activity"), m_activityId);
    QString followUpId;
    const auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Log how “%1” went").arg(label), [&]() -> Result<void> {
            auto id = ActivityOutcome::complete(
                m_ctx.session, m_activityId, m_outcome->text(), m_nextStep->text(), followUp);
            if (!id)
                return id.error();
            followUpId = *id;
            return {};
        });
    if (!r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    m_followUpId = followUpId;
    emit completed(m_activityId, followUpId);
    QDialog::accept();
}

} // namespace tandem
