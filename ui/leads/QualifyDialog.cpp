#include "leads/QualifyDialog.h"

#include "services/LeadQualification.h"
#include "store/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

QualifyDialog::QualifyDialog(Session& session, const QString& leadId, QWidget* parent)
    : QDialog(parent)
    , m_questions(LeadQualification::questions(session))
{
    setObjectName(QStringLiteral("qualifyDialog"));
    setWindowTitle(tr("Qualify lead"));
    const auto lead = session.records().get(QStringLiteral("lead"), leadId);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        tr("What did you learn from “%1”?").arg(lead ? session.records().label(*lead) : QString()),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    QHash<QString, QString> known;
    if (lead) {
        for (const QualificationAnswer& a : LeadQualification::answers(*lead))
            known.insert(a.question, a.answer);
    }
    auto* form = new QFormLayout;
    for (const QString& question : std::as_const(m_questions)) {
        auto* edit = new QLineEdit(known.value(question), this);
        edit->setMinimumWidth(320);
        m_edits << edit;
        auto* label = new QLabel(question, this);
        label->setWordWrap(true);
        form->addRow(label, edit);
    }
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark qualified"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QList<QualificationAnswer> QualifyDialog::answers() const
{
    QList<QualificationAnswer> out;
    for (int i = 0; i < m_questions.size(); ++i)
        out << QualificationAnswer { m_questions.at(i), m_edits.at(i)->text().trimmed() };
    return out;
}

} // namespace tandem
