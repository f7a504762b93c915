// Reminders while Tandem runs: wakes at the next fire time (at least every minute), tells the user
// through the system tray and the reminder window, and lists what fired while Tandem was closed.
#pragma once

#include "calendar/ReminderDialog.h"
#include "common/UiContext.h"
#include "services/Reminders.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimeZone>
#include <QTimer>

class QSystemTrayIcon;

namespace tandem {

class Clock;

class ReminderCenter : public QObject {
    Q_OBJECT
public:
    // `parent` is normally the main window: the reminder window is its child.
    ReminderCenter(const UiContext& context, const Clock& clock, QObject* parent = nullptr);
    ~ReminderCenter() override;

    // Checks for missed reminders (unless done already) and starts the timer. Until then the
    // timer does not run (tests drive check()).
    void start();
    // Reads what is due now: new ones go to the tray and open the reminder window; the window's
    // list is refreshed; the timer is set for the next fire time.
    void check();
    // On start: what fired between the last time Tandem ran for this user and now, in the
    // reminder window. The first start remembers the time and shows nothing.
    void checkMissedOnStart();

    void snooze(const QList<Reminder>& reminders, ReminderDialog::Snooze choice);
    void dismiss(const QList<Reminder>& reminders);
    void dismissAll();
    void showDialog();

    QList<Reminder> due() const { return m_due; }
    QList<Reminder> missed() const { return m_missed; }
    ReminderDialog* dialog(); // made on first use
    QDateTime nextWake() const { return m_nextWake; } // UTC
    QSystemTrayIcon* trayIcon() const { return m_tray; } // null without a system tray
    // The user's local zone (the system's unless a test sets one).
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }
    // Tells the tray about new reminders (on by default; tests turn it off).
    void setTrayEnabled(bool on);

    // Where the last time Tandem ran for a user is kept in GuiSettings.
    static QString lastSeenKey(const QString& userId);

signals:
    void openRecord(const QString& entity, const QString& id);
    void dueChanged(int count);

private:
    void schedule(const QDateTime& now, const QString& userId);
    void refreshDialog();
    void notifyTray(const QList<Reminder>& fresh);
    void written(const Result<void>& result);

    UiContext m_ctx;
    const Clock& m_clock;
    QTimeZone m_zone;
    QTimer m_timer; // the next fire time, or a minute
    QTimer m_recheck; // coalesces bursts of data changes
    QPointer<ReminderDialog> m_dialog;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_trayEnabled = true;
    QList<Reminder> m_due;
    QList<Reminder> m_missed;
    QDateTime m_missedSince; // the missed list: fire times in [since, until)
    QDateTime m_missedUntil;
    bool m_startChecked = false; // the last-seen time is kept only after the missed check
    QSet<QString> m_told; // key + fire time of every reminder already announced
    QDateTime m_nextWake;
};

} // namespace tandem
