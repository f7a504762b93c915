// Turning a lead into a deal: which company and contact it belongs to (an existing one Tandem
// found, or new ones made from the lead), and the deal's title, amount and close date.
#pragma once

#include "services/LeadConversion.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLineEdit;

namespace tandem {

class Session;

class ConvertLeadDialog : public QDialog {
    Q_OBJECT
public:
    ConvertLeadDialog(Session& session, const QString& leadId, const ConversionProposal& proposal,
        QWidget* parent = nullptr);

    // The plan as the user left it (amount empty or unreadable: none).
    ConversionPlan plan() const;
    QComboBox* companyBox() const { return m_company; }
    QComboBox* contactBox() const { return m_contact; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* amountEdit() const { return m_amount; }
    // Refuses an amount it cannot read (says so) instead of converting without it.
    void accept() override;

private:
    Session& m_session;
    ConversionProposal m_proposal;
    QComboBox* m_company;
    QComboBox* m_contact;
    QLineEdit* m_title;
    QLineEdit* m_amount;
    QCheckBox* m_hasClose;
    QDateEdit* m_close;
};

} // namespace tandem
