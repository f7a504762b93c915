#include "home/TargetPanel.h"

#include "domain/FieldFormat.h"
#include "services/Dashboard.h"

#include <QGridLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QLocale>
#include <QProgressBar>

namespace tandem {

namespace {

QString money(qint64 minor, const QString& currency)
{
    return formatScaled(minor, currencyMinorDigits(currency), QLocale(), false) + QLatin1Char(' ')
        + currency;
}

} // namespace

TargetPanel::TargetPanel(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("targetPanel"));
    setAttribute(Qt::WA_StyledBackground);
    m_grid->setContentsMargins(14, 10, 14, 12);
    m_grid->setHorizontalSpacing(16);
    auto* heading = new QLabel(tr("Targets"), this);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    m_grid->addWidget(heading, 0, 0);
    const QStringList columns { tr("This month"), tr("This quarter") };
    for (int c = 0; c < 2; ++c) {
        auto* label = new QLabel(columns.at(c), this);
        label->setObjectName(QStringLiteral("targetColumn"));
        m_grid->addWidget(label, 0, c + 1);
        m_grid->setColumnStretch(c + 1, 1);
    }
    const QStringList rows { tr("Revenue won"), tr("New deals"), tr("Activities done") };
    for (int r = 0; r < 3; ++r)
        m_grid->addWidget(new QLabel(rows.at(r), this), r + 1, 0);
}

QString TargetPanel::figureText(int row, int column) const
{
    return m_texts[row][column];
}

void TargetPanel::setCell(int row, int column, const QString& done,
    const std::optional<qint64>& target, qint64 doneValue, const QString& targetText)
{
    if (QLayoutItem* old = m_grid->itemAtPosition(row + 1, column + 1)) {
        QWidget* w = old->widget();
        m_grid->removeItem(old);
        delete old;
        delete w;
    }
    QWidget* cell = nullptr;
    if (target) {
        const int percent = Dashboard::percentOf(doneValue, *target);
        auto* bar = new QProgressBar(this);
        bar->setRange(0, 100);
        bar->setValue(qBound(0, percent, 100));
        m_texts[row][column] = tr("%1 of %2 · %3%").arg(done, targetText).arg(percent);
        bar->setFormat(m_texts[row][column]);
        bar->setTextVisible(true);
        bar->setAlignment(Qt::AlignCenter);
        bar->setProperty("reached", percent >= 100);
        cell = bar;
    } else {
        m_texts[row][column] = tr("%1 · no target set").arg(done);
        auto* label = new QLabel(m_texts[row][column], this);
        label->setObjectName(QStringLiteral("noTarget"));
        cell = label;
    }
    m_grid->addWidget(cell, row + 1, column + 1);
}

void TargetPanel::setProgress(const TargetProgressRow& month, const TargetProgressRow& quarter)
{
    const TargetProgressRow* periods[2] = { &month, &quarter };
    for (int c = 0; c < 2; ++c) {
        const TargetProgressRow& p = *periods[c];
        const QLocale locale;
        setCell(0, c, money(p.revenueWon, p.currency), p.revenueTarget, p.revenueWon,
            p.revenueTarget ? money(*p.revenueTarget, p.currency) : QString());
        if (p.wonInOtherCurrencies > 0) {
            // Deals won in another currency are not summed into the target's: say they exist.
            m_texts[0][c] += tr(" · +%n won in other currencies", "", p.wonInOtherCurrencies);
            QWidget* cell = m_grid->itemAtPosition(1, c + 1)->widget();
            if (auto* bar = qobject_cast<QProgressBar*>(cell))
                bar->setFormat(m_texts[0][c]);
            else if (auto* label = qobject_cast<QLabel*>(cell))
                label->setText(m_texts[0][c]);
        }
        setCell(1, c, locale.toString(p.newDeals), p.dealsTarget, p.newDeals,
            p.dealsTarget ? locale.toString(*p.dealsTarget) : QString());
        setCell(2, c, locale.toString(p.activitiesDone), p.activitiesTarget, p.activitiesDone,
            p.activitiesTarget ? locale.toString(*p.activitiesTarget) : QString());
    }
}

} // namespace tandem
