// Finding a time for a joint visit or a team meeting: pick colleagues, a length and some days,
// see when all of them are free within working hours, and book one of the times.
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QStringList>

class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace tandem {

class Session;

class FreeSlotDialog : public QDialog {
    Q_OBJECT
public:
    // `userIds`: who is ticked at first (typically the current user).
    explicit FreeSlotDialog(
        Session& session, const QStringList& userIds = {}, QWidget* parent = nullptr);

    QListWidget* users() const { return m_users; }
    QSpinBox* durationBox() const { return m_duration; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QTreeWidget* slotList() const { return m_slots; }
    QPushButton* bookButton() const { return m_book; }
    QStringList checkedUserIds() const;

    // Looks for free times with what the dialog shows; the number found.
    int search();
    // Books the selected time: emits bookSlot and accepts; false when nothing is selected.
    bool bookSelected();

signals:
    void bookSlot(const QDateTime& start, const QDateTime& end, const QStringList& userIds);

private:
    Session& m_session;
    QListWidget* m_users;
    QSpinBox* m_duration;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_find;
    QTreeWidget* m_slots;
    QLabel* m_summary;
    QPushButton* m_book;
    QStringList m_searchedUsers;
};

} // namespace tandem
