// The non-modal reminder window: what is due now and what fired while Tandem was closed, with
// Open, Snooze (a menu of delays), Dismiss and Dismiss all. ReminderCenter acts on its requests.
#pragma once

#include "services/Reminders.h"

#include <QDialog>
#include <QList>

class QLabel;
class QMenu;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tandem {

class ReminderDialog : public QDialog {
    Q_OBJECT
public:
    enum class Snooze { FiveMinutes, FifteenMinutes, OneHour, TomorrowMorning };

    explicit ReminderDialog(QWidget* parent = nullptr);

    // `missed` (since `since`) are listed in a group of their own; due ones also there are not
    // repeated under "Due now".
    void setReminders(const QList<Reminder>& due, const QList<Reminder>& missed = {},
        const QDateTime& since = {});
    // The reminders shown (missed first), and those selected (the current one when none is).
    QList<Reminder> shown() const;
    QList<Reminder> selected() const;
    // Selects the reminder with this key; false when it is not listed.
    bool select(const QString& key);

    QTreeWidget* list() const { return m_list; }
    QMenu* snoozeMenu() const { return m_snoozeMenu; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* snoozeButton() const { return m_snooze; }
    QPushButton* dismissButton() const { return m_dismiss; }
    QPushButton* dismissAllButton() const { return m_dismissAll; }
    // The snooze menu's action for `choice`.
    QAction* snoozeAction(Snooze choice) const;

signals:
    void openRequested(const Reminder& reminder);
    void snoozeRequested(const QList<Reminder>& reminders, ReminderDialog::Snooze choice);
    void dismissRequested(const QList<Reminder>& reminders);
    void dismissAllRequested();

private:
    QTreeWidgetItem* addItem(QTreeWidgetItem* group, const Reminder& r, int index);
    void updateButtons();

    QList<Reminder> m_reminders; // what the items' indexes refer to
    QLabel* m_summary;
    QTreeWidget* m_list;
    QMenu* m_snoozeMenu;
    QPushButton* m_open;
    QPushButton* m_snooze;
    QPushButton* m_dismiss;
    QPushButton* m_dismissAll;
    QList<QAction*> m_snoozeActions;
};

} // namespace tandem
