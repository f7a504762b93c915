#include "campaigns/FigureTile.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <cmath>

namespace tandem {

FigureTile::FigureTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_goal(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("figureTile"));
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // the grid shares the width
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(3);
    QPalette muted = m_caption->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_caption->setPalette(muted);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(6);
    m_bar->setRange(0, 100);
    m_bar->setMinimumWidth(16);
    m_goal->setPalette(muted);
    m_goal->setWordWrap(true);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_bar);
    layout->addWidget(m_goal);
    layout->addStretch(1);
    setGoal(std::nullopt);
}

void FigureTile::setValue(const QString& value, const QString& toolTip)
{
    m_value->setText(value);
    setToolTip(toolTip);
}

void FigureTile::setGoal(std::optional<double> percent, const QString& goalText)
{
    m_bar->setVisible(percent.has_value());
    m_bar->setValue(percent ? int(std::lround(std::min(*percent, 100.0))) : 0);
    m_goal->setText(goalText);
    m_goal->setVisible(!goalText.isEmpty());
}

QString FigureTile::value() const
{
    return m_value->text();
}

QString FigureTile::goalText() const
{
    return m_goal->text();
}

} // namespace tandem
