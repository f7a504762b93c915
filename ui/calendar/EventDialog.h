// Creates or edits a meeting, call or task from the calendar: when, what, with whom, where, the
// reminder, who may see it and how it repeats. It only collects values; CalendarView writes them.
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QVariantMap>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace tandem {

class RecordStore;
class RecurrenceEditor;
class ReferenceCombo;
struct Record;

class EventDialog : public QDialog {
    Q_OBJECT
public:
    EventDialog(const RecordStore& store, QWidget* parent = nullptr);

    // A new entry over [start, end) for `ownerId`.
    void startNew(
        const QDateTime& start, const QDateTime& end, const QString& ownerId, bool allDay);
    // An existing activity; `occurrenceStart` is the occurrence that was opened in a series.
    void edit(const Record& activity, const QDateTime& occurrenceStart = {});

    // The fields to write (all of them for a new entry; for an edit, every field of the form).
    QVariantMap values() const;
    // Colleagues invited (participants); the owner is never among them.
    void setInvited(const QStringList& userIds);
    QStringList invited() const { return m_invited; }
    QToolButton* inviteButton() const { return m_invite; }
    bool isNew() const { return m_new; }
    // True after "Delete" was pressed (the dialog is then accepted).
    bool deleteRequested() const { return m_deleteRequested; }
    // True after "Done…" was pressed: the caller asks for the outcome.
    bool doneRequested() const { return m_doneRequested; }

    QLineEdit* subjectEdit() const { return m_subject; }
    QComboBox* kindCombo() const { return m_kind; }
    QDateTimeEdit* startEdit() const { return m_start; }
    QDateTimeEdit* endEdit() const { return m_end; }
    QComboBox* reminderCombo() const { return m_reminder; }
    RecurrenceEditor* recurrence() const { return m_repeat; }

    void accept() override;

private:
    void updateKind();
    void fillInviteMenu();
    void showInvited();

    bool m_new = true;
    bool m_deleteRequested = false;
    bool m_doneRequested = false;
    QString m_timeZone;
    QComboBox* m_kind;
    QLineEdit* m_subject;
    QCheckBox* m_allDay;
    QDateTimeEdit* m_start;
    QDateTimeEdit* m_end;
    QLabel* m_endLabel;
    QLineEdit* m_location;
    ReferenceCombo* m_owner;
    ReferenceCombo* m_contact;
    ReferenceCombo* m_company;
    ReferenceCombo* m_deal;
    QComboBox* m_reminder;
    QComboBox* m_priority;
    QCheckBox* m_private;
    QToolButton* m_invite;
    QLabel* m_invitedNames;
    QStringList m_invited;
    const RecordStore& m_store;
    RecurrenceEditor* m_repeat;
    QPlainTextEdit* m_notes;
    QLabel* m_error;
    QPushButton* m_delete;
    QPushButton* m_done;
};

} // namespace tandem
