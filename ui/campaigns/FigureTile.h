// One figure of a card as a tile: what it is, the figure large, and optionally a bar of how far it
// is towards its goal.
#pragma once

#include <QFrame>
#include <optional>

class QLabel;
class QProgressBar;

namespace tandem {

class FigureTile : public QFrame {
    Q_OBJECT
public:
    explicit FigureTile(const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& toolTip = {});
    // `percent` of the goal reached (none: no goal, the bar hides); `goalText` under the bar.
    void setGoal(std::optional<double> percent, const QString& goalText = {});
    QString value() const;
    QString goalText() const;
    QProgressBar* bar() const { return m_bar; }

private:
    QLabel* m_caption;
    QLabel* m_value;
    QProgressBar* m_bar;
    QLabel* m_goal;
};

} // namespace tandem
