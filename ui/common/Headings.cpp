#include "common/Headings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tandem {

void makeHeading(QLabel* label, double scale)
{
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * scale);
    big.setBold(true);
    label->setFont(big);
}

QVBoxLayout* cardLayout(
    QWidget* card, QLabel* title, QWidget* beside, Qt::Alignment besideAlignment)
{
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);
    makeHeading(title);
    title->setWordWrap(true);
    auto* head = new QHBoxLayout;
    head->addWidget(title, 1);
    if (beside)
        head->addWidget(beside, 0, besideAlignment);
    layout->addLayout(head);
    return layout;
}

void makeFactsLabel(QLabel* label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
}

} // namespace tandem
