#include "common/LoseDialog.h"

#include "services/LostReasons.h"
#include "store/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

LoseDialog::LoseDialog(
    Session& session, const QString& entity, const QString& what, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("loseDialog"));
    const bool deal = entity == QLatin1String("deal");
    setWindowTitle(deal ? tr("Deal lost") : tr("Lead lost"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        deal ? tr("Why was “%1” lost?").arg(what) : tr("Why was the lead “%1” lost?").arg(what),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* form = new QFormLayout;
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(LostReasons::names(session, entity));
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Pick or type a reason"));
    form->addRow(tr("&Reason:"), m_reason);
    if (deal) {
        m_competitor = new QComboBox(this);
        m_competitor->addItem(tr("None"), QString());
        ListQuery q;
        auto rows = session.records().list(QStringLiteral("competitor"), q);
        if (rows) {
            for (const Record& r : *rows)
                m_competitor->addItem(r.text(QStringLiteral("name")), r.id);
        }
        form->addRow(tr("Lost &to:"), m_competitor);
    }
    layout->addLayout(form);
    m_buttons->button(QDialogButtonBox::Ok)->setText(deal ? tr("Mark lost") : tr("Mark lead lost"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::editTextChanged, this, &LoseDialog::updateOk);
    updateOk();
    resize(420, sizeHint().height());
}

QString LoseDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

QString LoseDialog::competitorId() const
{
    return m_competitor ? m_competitor->currentData().toString() : QString();
}

void LoseDialog::setReason(const QString& reason)
{
    m_reason->setEditText(reason);
}

void LoseDialog::setCompetitor(const QString& competitorId)
{
    if (m_competitor)
        m_competitor->setCurrentIndex(qMax(0, m_competitor->findData(competitorId)));
}

void LoseDialog::updateOk()
{
    // The reason is what managers read later: no reason, no loss.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace tandem
