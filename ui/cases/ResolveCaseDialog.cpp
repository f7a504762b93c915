#include "cases/ResolveCaseDialog.h"

#include "common/Prompter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tandem {

ResolveCaseDialog::ResolveCaseDialog(
    const QString& subject, const QString& resolution, QWidget* parent)
    : QDialog(parent)
    , m_resolution(new QPlainTextEdit(this))
    , m_score(new QComboBox(this))
    , m_comment(new QLineEdit(this))
{
    setWindowTitle(tr("Resolve case"));
    setObjectName(QStringLiteral("resolveCaseDialog"));
    auto* form = new QFormLayout(this);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(subject.toHtmlEscaped()), this);
    title->setWordWrap(true);
    form->addRow(title);
    m_resolution->setPlainText(resolution);
    m_resolution->setPlaceholderText(tr("What was done for the customer"));
    m_resolution->setAccessibleName(tr("Resolution"));
    m_resolution->setTabChangesFocus(true);
    form->addRow(tr("&Resolution:"), m_resolution);
    m_score->addItem(tr("Not asked"), QVariant());
    const QStringList words { tr("very dissatisfied"), tr("dissatisfied"), tr("neutral"),
        tr("satisfied"), tr("very satisfied") };
    for (int score = 5; score >= 1; --score)
        m_score->addItem(QStringLiteral("%1  %2 – %3")
                             .arg(QString(score, QChar(0x2605)))
                             .arg(score)
                             .arg(words.at(score - 1)),
            score);
    m_score->setAccessibleName(tr("Customer satisfaction"));
    form->addRow(tr("Customer &satisfaction:"), m_score);
    m_comment->setPlaceholderText(tr("What the customer said"));
    m_comment->setAccessibleName(tr("Satisfaction comment"));
    form->addRow(tr("C&omment:"), m_comment);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Resolve"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResolveCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResolveCaseDialog::reject);
    resize(460, 320);
}

QVariantMap ResolveCaseDialog::changes() const
{
    QVariantMap out { { QStringLiteral("status"), QStringLiteral("resolved") },
        { QStringLiteral("resolution"), m_resolution->toPlainText().trimmed() } };
    if (m_score->currentData().isValid()) {
        out.insert(QStringLiteral("satisfaction"), m_score->currentData().toInt());
        if (!m_comment->text().trimmed().isEmpty())
            out.insert(QStringLiteral("satisfaction_comment"), m_comment->text().trimmed());
    }
    return out;
}

void ResolveCaseDialog::accept()
{
    if (m_resolution->toPlainText().trimmed().isEmpty()) {
        Prompter::warning(
            this, windowTitle(), tr("Write down how the case was resolved before resolving it."));
        m_resolution->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace tandem
