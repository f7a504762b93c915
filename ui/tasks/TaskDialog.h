// The form of one task, new or existing: subject, due date and time, priority, owner, what it is
// for (contact, company, deal), how it repeats and notes. Saving hands the draft to a saver, and a
// refusal is shown in the dialog, which stays open.
#pragma once

#include "services/Tasks.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tandem {

class RecordStore;
class RecurrenceEditor;
class ReferenceCombo;

class TaskDialog : public QDialog {
    Q_OBJECT
public:
    using Saver = std::function<Result<void>(const TaskDraft& draft)>;

    TaskDialog(const RecordStore& store, Saver saver, QWidget* parent = nullptr);

    // Fills the form; a draft with no due date leaves "Due" unticked.
    void setDraft(const TaskDraft& draft);
    TaskDraft draft() const;

    QLineEdit* subjectEdit() const { return m_subject; }
    QCheckBox* dueCheck() const { return m_hasDue; }
    QDateTimeEdit* dueEdit() const { return m_due; }
    QComboBox* priorityCombo() const { return m_priority; }
    RecurrenceEditor* recurrence() const { return m_repeat; }
    QString errorText() const;

    void accept() override;

private:
    void updateDue();

    Saver m_saver;
    QString m_timeZone;
    QString m_leadId; // a lead the form has no field for, kept as it was
    QLineEdit* m_subject;
    QCheckBox* m_hasDue;
    QDateTimeEdit* m_due;
    QCheckBox* m_allDay;
    QComboBox* m_priority;
    ReferenceCombo* m_owner;
    ReferenceCombo* m_contact;
    ReferenceCombo* m_company;
    ReferenceCombo* m_deal;
    RecurrenceEditor* m_repeat;
    QPlainTextEdit* m_notes;
    QLabel* m_error;
};

} // namespace tandem
