// "Record response…": who answered the campaign (name, e-mail, phone, company, job title and what
// they asked), as a ResponseDraft.
#pragma once

#include "services/Campaigns.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace tandem {

class ResponseDialog : public QDialog {
    Q_OBJECT
public:
    explicit ResponseDialog(const QString& campaignName, QWidget* parent = nullptr);

    ResponseDraft draft() const;
    QLineEdit* firstNameEdit() const { return m_first; }
    QLineEdit* lastNameEdit() const { return m_last; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* companyEdit() const { return m_company; }
    QLineEdit* jobTitleEdit() const { return m_jobTitle; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateOk();

    QLineEdit* m_first;
    QLineEdit* m_last;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_company;
    QLineEdit* m_jobTitle;
    QPlainTextEdit* m_notes;
    QDialogButtonBox* m_buttons;
};

} // namespace tandem
