#include "tasks/TaskDialog.h"

#include "calendar/RecurrenceEditor.h"
#include "records/ReferenceCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tandem {

TaskDialog::TaskDialog(const RecordStore& store, Saver saver, QWidget* parent)
    : QDialog(parent)
    , m_saver(std::move(saver))
    , m_subject(new QLineEdit(this))
    , m_hasDue(new QCheckBox(tr("Due"), this))
    , m_due(new QDateTimeEdit(this))
    , m_allDay(new QCheckBox(tr("All day"), this))
    , m_priority(new QComboBox(this))
    , m_owner(new ReferenceCombo(store, QStringLiteral("user"), this))
    , m_contact(new ReferenceCombo(store, QStringLiteral("contact"), this))
    , m_company(new ReferenceCombo(store, QStringLiteral("company"), this))
    , m_deal(new ReferenceCombo(store, QStringLiteral("deal"), this))
    , m_repeat(new RecurrenceEditor(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("taskDialog"));
    setWindowTitle(tr("Task"));
    m_subject->setPlaceholderText(tr("Send the offer, call back …"));
    m_subject->setAccessibleName(tr("Subject"));
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("Due"));
    m_priority->addItem(tr("Normal"), QStringLiteral("normal"));
    m_priority->addItem(tr("High"), QStringLiteral("high"));
    m_priority->addItem(tr("Low"), QStringLiteral("low"));
    m_notes->setMaximumHeight(90);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Subject"), m_subject);
    auto* when = new QHBoxLayout;
    when->addWidget(m_hasDue);
    when->addWidget(m_due, 1);
    when->addWidget(m_allDay);
    form->addRow(tr("When"), when);
    form->addRow(tr("Priority"), m_priority);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Contact"), m_contact);
    form->addRow(tr("Company"), m_company);
    form->addRow(tr("Deal"), m_deal);
    form->addRow(tr("Repeat"), m_repeat);
    form->addRow(tr("Notes"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasDue, &QCheckBox::toggled, this, &TaskDialog::updateDue);
    connect(m_allDay, &QCheckBox::toggled, this, &TaskDialog::updateDue);
    connect(m_due, &QDateTimeEdit::dateTimeChanged, this,
        [this](const QDateTime& due) { m_repeat->setStartDate(due.date()); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    updateDue();
}

void TaskDialog::setDraft(const TaskDraft& d)
{
    m_subject->setText(d.subject);
    m_hasDue->setChecked(d.due.isValid());
    if (d.due.isValid())
        m_due->setDateTime(d.due.toLocalTime());
    m_allDay->setChecked(d.allDay);
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(d.priority)));
    m_owner->setCurrentId(d.ownerId);
    m_contact->setCurrentId(d.contactId);
    m_company->setCurrentId(d.companyId);
    m_deal->setCurrentId(d.dealId);
    m_repeat->setStartDate(m_due->date());
    m_repeat->setRRule(d.rrule);
    m_notes->setPlainText(d.notes);
    m_timeZone = d.timeZone;
    m_leadId = d.leadId;
    updateDue();
}

TaskDraft TaskDialog::draft() const
{
    TaskDraft d;
    d.subject = m_subject->text().trimmed();
    d.allDay = m_hasDue->isChecked() && m_allDay->isChecked();
    if (m_hasDue->isChecked()) {
        const QDateTime local = m_due->dateTime();
        d.due = (d.allDay ? QDateTime(local.date(), QTime(0, 0)) : local).toUTC();
    }
    d.priority = m_priority->currentData().toString();
    d.ownerId = m_owner->currentId();
    d.contactId = m_contact->currentId();
    d.companyId = m_company->currentId();
    d.dealId = m_deal->currentId();
    d.leadId = m_leadId;
    d.rrule = m_repeat->rrule();
    // A series repeats in the zone it was made in, so 09:00 stays 09:00 after a DST switch.
    if (!d.rrule.isEmpty())
        d.timeZone
            = m_timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : m_timeZone;
    d.notes = m_notes->toPlainText().trimmed();
    return d;
}

QString TaskDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TaskDialog::updateDue()
{
    m_due->setEnabled(m_hasDue->isChecked());
    m_allDay->setEnabled(m_hasDue->isChecked());
    m_due->setDisplayFormat(m_allDay->isChecked() ? QLocale().dateFormat(QLocale::ShortFormat)
                                                  : QLocale().dateTimeFormat(QLocale::ShortFormat));
}

void TaskDialog::accept()
{
    m_error->hide();
    for (ReferenceCombo* combo : { m_owner, m_contact, m_company, m_deal }) {
        combo->settle();
        if (combo->hasUnknownText()) {
            m_error->setText(tr("“%1” is not a known record: pick one from the list or clear it.")
                                 .arg(combo->currentText()));
            m_error->show();
            return;
        }
    }
    if (m_saver) {
        if (auto r = m_saver(draft()); !r) {
            m_error->setText(r.error().message);
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace tandem
