// The home screen's target progress: revenue won, new deals and activities done against their
// targets, this month and this quarter, as bars; "No target set" where there is none.
#pragma once

#include "services/TargetProgress.h"

#include <QWidget>

class QGridLayout;

namespace tandem {

class TargetPanel : public QWidget {
    Q_OBJECT
public:
    explicit TargetPanel(QWidget* parent = nullptr);

    void setProgress(const TargetProgressRow& month, const TargetProgressRow& quarter);
    // The text shown for a figure: row 0 revenue, 1 new deals, 2 activities; column 0 this month,
    // 1 this quarter (for tests).
    QString figureText(int row, int column) const;

private:
    void setCell(int row, int column, const QString& done, const std::optional<qint64>& target,
        qint64 doneValue, const QString& targetText);

    QGridLayout* m_grid;
    QString m_texts[3][2];
};

} // namespace tandem
