// The large bold title a card or editor opens with (a deal, a case, a quote, a report), and the
// layout such a card starts from.
#pragma once

#include <Qt>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace tandem {

void makeHeading(QLabel* label, double scale = 1.4);

// The card's layout with its usual margins, its first row holding `title` made a wrapping heading
// and, on the right, `beside` (a status, an Edit button) when given.
QVBoxLayout* cardLayout(
    QWidget* card, QLabel* title, QWidget* beside = nullptr, Qt::Alignment besideAlignment = {});

// A label of facts in rich text whose links can be clicked ("Owner: <a>Ona</a> · Team: …").
void makeFactsLabel(QLabel* label);

} // namespace tandem
