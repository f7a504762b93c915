#include "campaigns/ResponseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

ResponseDialog::ResponseDialog(const QString& campaignName, QWidget* parent)
    : QDialog(parent)
    , m_first(new QLineEdit(this))
    , m_last(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_company(new QLineEdit(this))
    , m_jobTitle(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record response — %1").arg(campaignName));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Someone answered “%1”. They become a lead with a follow-up task "
                                "for its owner; a known contact is linked, not entered again.")
                                 .arg(campaignName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("First name:"), m_first);
    form->addRow(tr("Last name:"), m_last);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Company:"), m_company);
    form->addRow(tr("Job title:"), m_jobTitle);
    m_notes->setMaximumHeight(80);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("Asked about:"), m_notes);
    layout->addLayout(form);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : { m_first, m_last, m_email })
        connect(e, &QLineEdit::textChanged, this, &ResponseDialog::updateOk);
    updateOk();
    resize(440, sizeHint().height());
}

void ResponseDialog::updateOk()
{
    const bool named = !m_first->text().trimmed().isEmpty() || !m_last->text().trimmed().isEmpty()
        || !m_email->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(named);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(named ? QString() : tr("Give a name or an e-mail address."));
}

ResponseDraft ResponseDialog::draft() const
{
    ResponseDraft d;
    d.firstName = m_first->text();
    d.lastName = m_last->text();
    d.email = m_email->text();
    d.phone = m_phone->text();
    d.companyName = m_company->text();
    d.jobTitle = m_jobTitle->text();
    d.notes = m_notes->toPlainText();
    return d;
}

} // namespace tandem
