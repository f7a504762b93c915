// Asks why a deal or lead was lost: a reason from the team's list (or typed), and for deals the
// competitor who won it.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace tandem {

class Session;

class LoseDialog : public QDialog {
    Q_OBJECT
public:
    // `entity`: "deal" (offers competitors) or "lead"; `what` names the record in the heading.
    LoseDialog(
        Session& session, const QString& entity, const QString& what, QWidget* parent = nullptr);

    QString reason() const;
    QString competitorId() const; // empty: none chosen
    void setReason(const QString& reason);
    void setCompetitor(const QString& competitorId);
    QComboBox* reasonBox() const { return m_reason; }
    QComboBox* competitorBox() const { return m_competitor; }

private:
    void updateOk();

    QComboBox* m_reason;
    QComboBox* m_competitor = nullptr;
    QDialogButtonBox* m_buttons;
};

} // namespace tandem
