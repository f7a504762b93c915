#include "calendar/EventDialog.h"

#include "calendar/RecurrenceEditor.h"
#include "domain/Record.h"
#include "records/ReferenceCombo.h"
#include "store/RecordStore.h"
#include "util/StoredTime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace tandem {

EventDialog::EventDialog(const RecordStore& store, QWidget* parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_allDay(new QCheckBox(tr("All day"), this))
    , m_start(new QDateTimeEdit(this))
    , m_end(new QDateTimeEdit(this))
    , m_endLabel(new QLabel(tr("Ends"), this))
    , m_location(new QLineEdit(this))
    , m_owner(new ReferenceCombo(store, QStringLiteral("user"), this))
    , m_contact(new ReferenceCombo(store, QStringLiteral("contact"), this))
    , m_company(new ReferenceCombo(store, QStringLiteral("company"), this))
    , m_deal(new ReferenceCombo(store, QStringLiteral("deal"), this))
    , m_reminder(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_private(new QCheckBox(tr("Private: colleagues see only that I am busy"), this))
    , m_invite(new QToolButton(this))
    , m_invitedNames(new QLabel(this))
    , m_store(store)
    , m_repeat(new RecurrenceEditor(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_delete(nullptr)
    , m_done(nullptr)
{
    setWindowTitle(tr("Event"));
    m_kind->addItem(tr("Meeting"), QStringLiteral("meeting"));
    m_kind->addItem(tr("Call"), QStringLiteral("call"));
    m_kind->addItem(tr("Task"), QStringLiteral("task"));
    m_kind->addItem(tr("E-mail"), QStringLiteral("email"));
    m_kind->addItem(tr("Note"), QStringLiteral("note"));
    m_subject->setPlaceholderText(tr("Presentation for …, call back …"));
    m_location->setPlaceholderText(tr("Address, room or video link"));
    const QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    m_start->setDisplayFormat(format);
    m_end->setDisplayFormat(format);
    m_start->setCalendarPopup(true);
    m_end->setCalendarPopup(true);
    m_reminder->addItem(tr("No reminder"), -1);
    m_reminder->addItem(tr("At the start"), 0);
    for (int minutes : { 5, 10, 15, 30 })
        m_reminder->addItem(tr("%n minute(s) before", "", minutes), minutes);
    m_reminder->addItem(tr("1 hour before"), 60);
    m_reminder->addItem(tr("2 hours before"), 120);
    m_reminder->addItem(tr("1 day before"), 24 * 60);
    m_priority->addItem(tr("Normal"), QStringLiteral("normal"));
    m_priority->addItem(tr("High"), QStringLiteral("high"));
    m_priority->addItem(tr("Low"), QStringLiteral("low"));
    m_invite->setText(tr("Invite…"));
    m_invite->setPopupMode(QToolButton::InstantPopup);
    m_invite->setMenu(new QMenu(m_invite));
    m_invite->setToolTip(tr("Colleagues who take part: it shows on their calendars too"));
    m_invitedNames->setWordWrap(true);
    connect(m_invite->menu(), &QMenu::aboutToShow, this, &EventDialog::fillInviteMenu);
    m_notes->setMaximumHeight(90);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_subject->setAccessibleName(tr("Subject"));
    m_start->setAccessibleName(tr("Starts"));
    m_end->setAccessibleName(tr("Ends"));

    auto* form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Subject"), m_subject);
    auto* when = new QHBoxLayout;
    when->addWidget(m_start, 1);
    when->addWidget(m_allDay);
    form->addRow(tr("Starts"), when);
    form->addRow(m_endLabel, m_end);
    form->addRow(m_repeat); // it has its own "Repeat:" label
    form->addRow(tr("Location"), m_location);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Contact"), m_contact);
    form->addRow(tr("Company"), m_company);
    form->addRow(tr("Deal"), m_deal);
    form->addRow(tr("Reminder"), m_reminder);
    form->addRow(tr("Priority"), m_priority);
    auto* invite = new QHBoxLayout;
    invite->addWidget(m_invite);
    invite->addWidget(m_invitedNames, 1);
    form->addRow(tr("Colleagues"), invite);
    form->addRow(QString(), m_private);
    form->addRow(tr("Notes"), m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_done = buttons->addButton(tr("Done…"), QDialogButtonBox::ActionRole);
    m_done->setToolTip(tr("Mark it done and record how it went"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        m_deleteRequested = true;
        QDialog::accept();
    });
    connect(m_done, &QPushButton::clicked, this, [this] {
        m_doneRequested = true;
        accept();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventDialog::updateKind);
    connect(m_allDay, &QCheckBox::toggled, this, &EventDialog::updateKind);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime& start) {
        m_repeat->setStartDate(start.date());
        if (m_end->dateTime() <= start)
            m_end->setDateTime(start.addSecs(3600));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void EventDialog::startNew(
    const QDateTime& start, const QDateTime& end, const QString& ownerId, bool allDay)
{
    m_new = true;
    setWindowTitle(tr("New event"));
    m_kind->setCurrentIndex(0);
    m_allDay->setChecked(allDay);
    m_start->setDateTime(start.toLocalTime());
    m_end->setDateTime((end > start ? end : start.addSecs(3600)).toLocalTime());
    m_owner->setCurrentId(ownerId);
    m_reminder->setCurrentIndex(m_reminder->findData(15));
    m_repeat->setStartDate(m_start->date());
    m_delete->hide();
    m_done->hide();
    updateKind();
    m_subject->setFocus();
}

void EventDialog::edit(const Record& a, const QDateTime& occurrenceStart)
{
    m_new = false;
    setWindowTitle(tr("Edit event"));
    const QString kind = a.text(QStringLiteral("kind"));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    m_subject->setText(a.text(QStringLiteral("subject")));
    m_allDay->setChecked(a.value(QStringLiteral("all_day")).toBool());
    const bool task
        = kind == QLatin1String("task") || a.text(QStringLiteral("starts_at")).isEmpty();
    const QDateTime seriesStart
        = StoredTime::parse(a.text(task ? QStringLiteral("due_at") : QStringLiteral("starts_at")));
    const QDateTime seriesEnd = StoredTime::parse(a.text(QStringLiteral("ends_at")));
    // An occurrence opens at its own time; the series keeps its first start unless it is moved.
    const QDateTime start = occurrenceStart.isValid() ? occurrenceStart : seriesStart;
    const qint64 duration = seriesEnd.isValid() ? seriesStart.secsTo(seriesEnd) : 3600;
    m_start->setDateTime(start.toLocalTime());
    m_end->setDateTime(start.addSecs(qMax<qint64>(duration, 0)).toLocalTime());
    m_location->setText(a.text(QStringLiteral("location")));
    m_owner->setCurrentId(a.text(QStringLiteral("owner_id")));
    m_contact->setCurrentId(a.text(QStringLiteral("contact_id")));
    m_company->setCurrentId(a.text(QStringLiteral("company_id")));
    m_deal->setCurrentId(a.text(QStringLiteral("deal_id")));
    const QVariant reminder = a.value(QStringLiteral("reminder_minutes"));
    // Unset: the team's default applies to meetings and calls (15 minutes unless changed).
    const int minutes = isEmptyValue(reminder) ? 15 : qMax(-1, reminder.toInt());
    const int ri = m_reminder->findData(minutes);
    if (ri < 0)
        m_reminder->addItem(tr("%n minute(s) before", "", minutes), minutes);
    m_reminder->setCurrentIndex(ri >= 0 ? ri : m_reminder->count() - 1);
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(a.text(QStringLiteral("priority")))));
    m_private->setChecked(a.text(QStringLiteral("visibility")) == QLatin1String("private"));
    m_repeat->setStartDate(m_start->date());
    m_repeat->setRRule(a.text(QStringLiteral("rrule")));
    m_timeZone = a.text(QStringLiteral("time_zone"));
    m_notes->setPlainText(a.text(QStringLiteral("notes")));
    m_delete->show();
    m_done->setVisible(!a.value(QStringLiteral("done")).toBool());
    updateKind();
}

void EventDialog::setInvited(const QStringList& userIds)
{
    m_invited = userIds;
    m_invited.removeAll(m_owner->currentId());
    m_invited.removeAll(QString());
    showInvited();
}

void EventDialog::showInvited()
{
    QStringList names;
    for (const QString& id : std::as_const(m_invited))
        names << m_store.labelOf(QStringLiteral("user"), id);
    m_invitedNames->setText(names.join(QStringLiteral(", ")));
}

void EventDialog::fillInviteMenu()
{
    QMenu* menu = m_invite->menu();
    menu->clear();
    ListQuery q;
    q.orderBy = QStringLiteral("name");
    const auto users = m_store.list(QStringLiteral("user"), q);
    if (!users)
        return;
    for (const Record& user : users.value()) {
        if (user.id == m_owner->currentId()
            || (!isEmptyValue(user.value(QStringLiteral("active")))
                && !user.value(QStringLiteral("active")).toBool()))
            continue;
        QAction* a = menu->addAction(user.text(QStringLiteral("name")));
        a->setCheckable(true);
        a->setChecked(m_invited.contains(user.id));
        const QString id = user.id;
        connect(a, &QAction::toggled, this, [this, id](bool on) {
            m_invited.removeAll(id);
            if (on)
                m_invited << id;
            showInvited();
        });
    }
}

void EventDialog::updateKind()
{
    const bool task = m_kind->currentData().toString() == QLatin1String("task");
    m_end->setVisible(!task);
    m_endLabel->setVisible(!task);
    m_priority->setEnabled(task);
    const QString format = m_allDay->isChecked() ? QLocale().dateFormat(QLocale::ShortFormat)
                                                 : QLocale().dateTimeFormat(QLocale::ShortFormat);
    m_start->setDisplayFormat(format);
    m_end->setDisplayFormat(format);
}

QVariantMap EventDialog::values() const
{
    QVariantMap v;
    const QString kind = m_kind->currentData().toString();
    const bool task = kind == QLatin1String("task");
    const bool allDay = m_allDay->isChecked();
    QDateTime start = m_start->dateTime();
    QDateTime end = m_end->dateTime();
    if (allDay) {
        start = QDateTime(start.date(), QTime(0, 0));
        end = QDateTime(qMax(end.date(), start.date()).addDays(1), QTime(0, 0));
    }
    v.insert(QStringLiteral("kind"), kind);
    v.insert(QStringLiteral("subject"), m_subject->text().trimmed());
    v.insert(QStringLiteral("all_day"), allDay);
    if (task) {
        v.insert(QStringLiteral("due_at"), StoredTime::format(start));
        v.insert(QStringLiteral("starts_at"), QVariant());
        v.insert(QStringLiteral("ends_at"), QVariant());
    } else {
        v.insert(QStringLiteral("starts_at"), StoredTime::format(start));
        v.insert(QStringLiteral("ends_at"), StoredTime::format(end));
        v.insert(QStringLiteral("due_at"), QVariant());
    }
    v.insert(QStringLiteral("location"), m_location->text().trimmed());
    v.insert(QStringLiteral("owner_id"), m_owner->currentId());
    v.insert(QStringLiteral("contact_id"), m_contact->currentId());
    v.insert(QStringLiteral("company_id"), m_company->currentId());
    v.insert(QStringLiteral("deal_id"), m_deal->currentId());
    const int reminder = m_reminder->currentData().toInt();
    // A negative value is "no reminder"; unset would mean the team's default for meetings.
    v.insert(QStringLiteral("reminder_minutes"), reminder);
    v.insert(QStringLiteral("priority"), task ? m_priority->currentData() : QVariant());
    v.insert(QStringLiteral("visibility"),
        m_private->isChecked() ? QStringLiteral("private") : QStringLiteral("team"));
    const QString rrule = m_repeat->rrule();
    v.insert(QStringLiteral("rrule"), rrule.isEmpty() ? QVariant() : QVariant(rrule));
    // A series counts in the zone it was made in, so 09:00 stays 09:00 after a DST switch.
    const QString zone
        = m_timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : m_timeZone;
    v.insert(QStringLiteral("time_zone"), rrule.isEmpty() ? QVariant() : QVariant(zone));
    v.insert(QStringLiteral("notes"), m_notes->toPlainText().trimmed());
    return v;
}

void EventDialog::accept()
{
    m_error->hide();
    const bool task = m_kind->currentData().toString() == QLatin1String("task");
    if (!task && !m_allDay->isChecked() && m_end->dateTime() < m_start->dateTime()) {
        m_error->setText(tr("The event ends before it starts."));
        m_error->show();
        m_doneRequested = false;
        return;
    }
    for (ReferenceCombo* combo : { m_owner, m_contact, m_company, m_deal }) {
        combo->settle();
        if (combo->hasUnknownText()) {
            m_error->setText(tr("“%1” is not a known record: pick one from the list or clear it.")
                                 .arg(combo->currentText()));
            m_error->show();
            m_doneRequested = false;
            return;
        }
    }
    QDialog::accept();
}

} // namespace tandem
