#include "leads/ConvertLeadDialog.h"

#include "common/Prompter.h"
#include "records/FieldDisplay.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

namespace {

// First the match Tandem proposes, then the other look-alikes, then "a new one".
void fill(QComboBox* box, const QList<ConversionMatch>& matches, const QString& chosen,
    const QString& newText)
{
    for (const ConversionMatch& m : matches)
        box->addItem(
            QCoreApplication::translate("ConvertLeadDialog", "%1 (%2)").arg(m.label, m.reason),
            m.id);
    if (!newText.isEmpty())
        box->addItem(newText, QString());
    box->setCurrentIndex(qMax(0, box->findData(chosen)));
}

} // namespace

ConvertLeadDialog::ConvertLeadDialog(
    Session& session, const QString& leadId, const ConversionProposal& proposal, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_proposal(proposal)
    , m_company(new QComboBox(this))
    , m_contact(new QComboBox(this))
    , m_title(new QLineEdit(proposal.plan.dealTitle, this))
    , m_amount(new QLineEdit(this))
    , m_hasClose(new QCheckBox(tr("Expected to close on"), this))
    , m_close(new QDateEdit(this))
{
    setObjectName(QStringLiteral("convertLeadDialog"));
    setWindowTitle(tr("Convert lead to deal"));
    const auto lead = session.records().get(QStringLiteral("lead"), leadId);
    const QString companyName = lead ? lead->text(QStringLiteral("company_name")) : QString();
    const QString person = lead ? QStringList { lead->text(QStringLiteral("first_name")),
        lead->text(QStringLiteral("last_name")) }
                                      .join(QLatin1Char(' '))
                                      .trimmed()
                                : QString();
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("“%1” becomes a deal. Its calls, notes and documents go with "
                                  "it; the lead stays, marked converted.")
                                   .arg(lead ? session.records().label(*lead) : QString()),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* form = new QFormLayout;
    fill(m_company, proposal.companies, proposal.plan.companyId,
        companyName.isEmpty() ? tr("No company") : tr("New company “%1”").arg(companyName));
    fill(m_contact, proposal.contacts, proposal.plan.contactId,
        person.isEmpty() && (!lead || lead->text(QStringLiteral("email")).isEmpty())
            ? tr("No contact")
            : tr("New contact “%1”")
                  .arg(person.isEmpty() ? lead->text(QStringLiteral("email")) : person));
    m_company->setObjectName(QStringLiteral("companyChoice"));
    m_contact->setObjectName(QStringLiteral("contactChoice"));
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("C&ontact:"), m_contact);
    m_title->setPlaceholderText(tr("The lead's title"));
    form->addRow(tr("Deal &title:"), m_title);
    m_amount->setPlaceholderText(tr("Amount in %1 (optional)").arg(session.defaultCurrency()));
    form->addRow(tr("&Amount:"), m_amount);
    auto* closeRow = new QHBoxLayout;
    m_close->setCalendarPopup(true);
    m_close->setDisplayFormat(FieldDisplay::dateFormat());
    m_close->setDate(session.clock().nowUtc().date().addMonths(1));
    m_close->setEnabled(false);
    closeRow->addWidget(m_hasClose);
    closeRow->addWidget(m_close);
    closeRow->addStretch(1);
    form->addRow(QString(), closeRow);
    connect(m_hasClose, &QCheckBox::toggled, m_close, &QWidget::setEnabled);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Convert"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

ConversionPlan ConvertLeadDialog::plan() const
{
    ConversionPlan p = m_proposal.plan;
    p.companyId = m_company->currentData().toString();
    p.contactId = m_contact->currentData().toString();
    p.dealTitle = m_title->text().trimmed();
    p.amount = FieldDisplay::parseMoney(m_amount->text(), m_session.defaultCurrency());
    p.expectedClose = m_hasClose->isChecked() ? m_close->date().toString(Qt::ISODate) : QString();
    return p;
}

void ConvertLeadDialog::accept()
{
    if (!m_amount->text().trimmed().isEmpty()
        && !FieldDisplay::parseMoney(m_amount->text(), m_session.defaultCurrency())) {
        Prompter::warning(this, tr("Convert lead to deal"),
            tr("“%1” is not an amount. Type it like 12500 or 12 500,50, or leave it empty.")
                .arg(m_amount->text().trimmed()));
        m_amount->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace tandem
