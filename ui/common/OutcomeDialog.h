// "How did it go?": when a call or meeting is done, its outcome (typed or a quick choice), the
// next step and, if wanted, a follow-up task; saving records them all as one undo step.
#pragma once

#include "common/UiContext.h"

#include <QDialog>
#include <QList>

class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tandem {

class OutcomeDialog : public QDialog {
    Q_OBJECT
public:
    OutcomeDialog(const UiContext& context, const QString& activityId, QWidget* parent = nullptr);

    QLineEdit* outcomeEdit() const { return m_outcome; }
    QLineEdit* nextStepEdit() const { return m_nextStep; }
    QList<QPushButton*> quickChoices() const { return m_quick; }
    QGroupBox* followUpBox() const { return m_followUp; }
    QLineEdit* followUpSubjectEdit() const { return m_followUpSubject; }
    QDateTimeEdit* followUpDueEdit() const { return m_followUpDue; }
    QString errorText() const;
    QString followUpTaskId() const { return m_followUpId; }

    // Records the outcome through ActivityOutcome::complete (an undo step); stays open with the
    // reason when it is refused.
    void accept() override;

signals:
    void completed(const QString& activityId, const QString& followUpTaskId);

private:
    UiContext m_ctx;
    QString m_activityId;
    QString m_followUpId;
    QLineEdit* m_outcome;
    QList<QPushButton*> m_quick;
    QLineEdit* m_nextStep;
    QGroupBox* m_followUp;
    QLineEdit* m_followUpSubject;
    QDateTimeEdit* m_followUpDue;
    QLabel* m_error;
};

} // namespace tandem
