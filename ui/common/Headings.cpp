#include "common/Headings.h"

#include <QLabel>

namespace tandem {

void makeHeading(QLabel* label, double scale)
{
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * scale);
    big.setBold(true);
    label->setFont(big);
}

} // namespace tandem
