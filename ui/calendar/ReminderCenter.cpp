#include "calendar/ReminderCenter.h"

#include "common/DataEvents.h"
#include "common/GuiSettings.h"
#include "common/Icons.h"
#include "records/FieldDisplay.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QLocale>
#include <QSystemTrayIcon>
#include <QWidget>

namespace tandem {

namespace {

constexpr qint64 kMaxSleepMs = 60 * 1000; // wake at least every minute
constexpr int kRecheckDelayMs = 200;
constexpr int kTrayLines = 5;
constexpr int kTrayShowMs = 15 * 1000;

bool affectsReminders(const QString& entity)
{
    static const QStringList kEntities { QStringLiteral("activity"), QStringLiteral("task"),
        QStringLiteral("contact"), QStringLiteral("company"), QStringLiteral("participant"),
        QStringLiteral("reminder_state"), QStringLiteral("setting"), QStringLiteral("user") };
    return entity.isEmpty() || kEntities.contains(entity);
}

QString toldTag(const Reminder& r)
{
    return r.key() + QLatin1Char('@') + QString::number(r.fireAt.toMSecsSinceEpoch());
}

} // namespace

ReminderCenter::ReminderCenter(const UiContext& context, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_clock(clock)
    , m_zone(QTimeZone::systemTimeZone())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may wake before the fire time
    connect(&m_timer, &QTimer::timeout, this, &ReminderCenter::check);
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(kRecheckDelayMs);
    connect(&m_recheck, &QTimer::timeout, this, &ReminderCenter::check);
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (affectsReminders(entity))
            m_recheck.start();
    });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(Icons::application(), this);
        m_tray->setToolTip(tr("Tandem"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderCenter::showDialog);
        connect(m_tray, &QSystemTrayIcon::activated, this, &ReminderCenter::showDialog);
        m_tray->show();
    }
}

ReminderCenter::~ReminderCenter()
{
    delete m_dialog.data();
}

QString ReminderCenter::lastSeenKey(const QString& userId)
{
    return QStringLiteral("reminders/lastSeen/") + userId;
}

void ReminderCenter::start()
{
    if (!m_startChecked)
        checkMissedOnStart();
    else
        check();
}

void ReminderCenter::setTrayEnabled(bool on)
{
    m_trayEnabled = on;
}

ReminderDialog* ReminderCenter::dialog()
{
    if (m_dialog)
        return m_dialog;
    m_dialog = new ReminderDialog(qobject_cast<QWidget*>(parent()));
    connect(m_dialog, &ReminderDialog::openRequested, this,
        [this](const Reminder& r) { emit openRecord(r.entity, r.recordId); });
    connect(m_dialog, &ReminderDialog::snoozeRequested, this, &ReminderCenter::snooze);
    connect(m_dialog, &ReminderDialog::dismissRequested, this, &ReminderCenter::dismiss);
    connect(m_dialog, &ReminderDialog::dismissAllRequested, this, &ReminderCenter::dismissAll);
    // The missed list is read once: closing the window puts it away.
    connect(m_dialog, &QDialog::finished, this, [this] {
        m_missed.clear();
        m_missedSince = {};
        m_missedUntil = {};
        refreshDialog();
    });
    refreshDialog();
    return m_dialog;
}

void ReminderCenter::showDialog()
{
    ReminderDialog* d = dialog();
    d->show();
    d->raise();
    d->activateWindow();
}

void ReminderCenter::checkMissedOnStart()
{
    m_startChecked = true;
    const QString user = m_ctx.session.currentUserId();
    const QDateTime now = m_clock.nowUtc();
    if (!user.isEmpty()) {
        const QDateTime last = QDateTime::fromString(
            GuiSettings().value(lastSeenKey(user)).toString(), Qt::ISODateWithMs);
        // What fired at the last check was shown then.
        if (last.isValid() && last < now) {
            m_missedSince = last.addMSecs(1);
            m_missedUntil = now;
        }
    }
    check();
    if (!m_missed.isEmpty())
        showDialog();
}

void ReminderCenter::check()
{
    m_recheck.stop();
    const QString user = m_ctx.session.currentUserId();
    const QDateTime now = m_clock.nowUtc();
    const int before = int(m_due.size());
    if (user.isEmpty()) {
        m_due.clear();
        m_missed.clear();
    } else {
        m_due = Reminders::due(m_ctx.session, user, now, m_zone);
        m_missed = m_missedSince.isValid()
            ? Reminders::missed(m_ctx.session, user, m_missedSince, m_missedUntil, m_zone)
            : QList<Reminder>();
        if (m_startChecked)
            GuiSettings().setValue(lastSeenKey(user), now.toString(Qt::ISODateWithMs));
    }
    QList<Reminder> fresh;
    for (const Reminder& r : m_due) {
        const QString tag = toldTag(r);
        if (!m_told.contains(tag)) {
            m_told.insert(tag);
            fresh << r;
        }
    }
    refreshDialog();
    if (!fresh.isEmpty()) {
        notifyTray(fresh);
        showDialog();
    }
    if (before != m_due.size())
        emit dueChanged(int(m_due.size()));
    schedule(now, user);
}

void ReminderCenter::schedule(const QDateTime& now, const QString& userId)
{
    QDateTime wake = now.addMSecs(kMaxSleepMs);
    if (!userId.isEmpty()) {
        const QList<Reminder> next = Reminders::upcoming(m_ctx.session, userId, now, wake, m_zone);
        if (!next.isEmpty())
            wake = next.first().fireAt;
    }
    m_nextWake = wake;
    if (m_startChecked)
        m_timer.start(int(std::clamp(now.msecsTo(wake), qint64(0), kMaxSleepMs)));
}

void ReminderCenter::refreshDialog()
{
    if (m_dialog)
        m_dialog->setReminders(m_due, m_missed, m_missedSince);
}

void ReminderCenter::notifyTray(const QList<Reminder>& fresh)
{
    if (!m_tray || !m_trayEnabled || !QSystemTrayIcon::supportsMessages())
        return;
    QStringList lines;
    for (const Reminder& r : fresh.mid(0, kTrayLines)) {
        const QString when = r.allDay
            ? QLocale().toString(r.when.toLocalTime().date(), FieldDisplay::dateFormat())
            : QLocale().toString(r.when.toLocalTime(), FieldDisplay::dateTimeFormat());
        lines << tr("%1 — %2").arg(r.title, when);
    }
    if (fresh.size() > kTrayLines)
        lines << tr("… and %n more", nullptr, int(fresh.size() - kTrayLines));
    m_tray->showMessage(tr("%n reminder(s)", nullptr, int(fresh.size())),
        lines.join(QLatin1Char('\n')), QSystemTrayIcon::Information, kTrayShowMs);
}

void ReminderCenter::snooze(const QList<Reminder>& reminders, ReminderDialog::Snooze choice)
{
    const QString user = m_ctx.session.currentUserId();
    if (reminders.isEmpty() || user.isEmpty())
        return;
    const QDateTime now = m_clock.nowUtc();
    QDateTime until;
    switch (choice) {
    case ReminderDialog::Snooze::FiveMinutes:
        until = now.addSecs(5 * 60);
        break;
    case ReminderDialog::Snooze::FifteenMinutes:
        until = now.addSecs(15 * 60);
        break;
    case ReminderDialog::Snooze::OneHour:
        until = now.addSecs(60 * 60);
        break;
    case ReminderDialog::Snooze::TomorrowMorning:
        until = Reminders::nextMorning(m_ctx.session, now, m_zone);
        break;
    }
    written(Reminders::snooze(m_ctx.session, user, reminders, until));
}

void ReminderCenter::dismiss(const QList<Reminder>& reminders)
{
    const QString user = m_ctx.session.currentUserId();
    if (reminders.isEmpty() || user.isEmpty())
        return;
    written(Reminders::dismiss(m_ctx.session, user, reminders));
}

void ReminderCenter::dismissAll()
{
    dismiss(m_missed + m_due);
}

void ReminderCenter::written(const Result<void>& result)
{
    if (!result)
        m_ctx.events.notifyFailed(result.error().message);
    m_ctx.events.notifyChanged(QStringLiteral("reminder_state"));
    check();
}

} // namespace tandem
