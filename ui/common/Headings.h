// The large bold title a card or editor opens with (a deal, a case, a quote, a report).
#pragma once

class QLabel;

namespace tandem {

void makeHeading(QLabel* label, double scale = 1.4);

} // namespace tandem
