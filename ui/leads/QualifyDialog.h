// The qualification step of a lead: the team's questions (need, budget, who decides, when), each
// with the answer heard; saving marks the lead qualified.
#pragma once

#include <QDialog>
#include <QList>

class QLineEdit;

namespace tandem {

class Session;
struct QualificationAnswer;

class QualifyDialog : public QDialog {
    Q_OBJECT
public:
    QualifyDialog(Session& session, const QString& leadId, QWidget* parent = nullptr);

    QList<QualificationAnswer> answers() const;
    QList<QLineEdit*> answerEdits() const { return m_edits; }

private:
    QStringList m_questions;
    QList<QLineEdit*> m_edits;
};

} // namespace tandem
