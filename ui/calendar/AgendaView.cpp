#include "calendar/AgendaView.h"

#include "calendar/CalendarModel.h"
#include "common/ChoiceLabels.h"

#include <QHeaderView>
#include <QLocale>

namespace tandem {

namespace {
constexpr int kRowRole = Qt::UserRole + 1;
} // namespace

AgendaView::AgendaView(CalendarModel& model, QWidget* parent)
    : QTreeWidget(parent)
    , m_model(model)
{
    setColumnCount(5);
    setHeaderLabels({ tr("Time"), tr("Subject"), tr("Kind"), tr("Owner"), tr("Location") });
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAccessibleName(tr("Agenda"));
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    header()->setSectionResizeMode(4, QHeaderView::Interactive);
    connect(&m_model, &CalendarModel::reloaded, this, &AgendaView::rebuild);
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (rowOf(item) >= 0)
            emit editRequested(rowOf(item));
    });
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && rowOf(item) >= 0)
            emit selected(rowOf(item));
    });
    rebuild();
}

int AgendaView::rowOf(const QTreeWidgetItem* item)
{
    const QVariant v = item ? item->data(0, kRowRole) : QVariant();
    return v.isValid() ? v.toInt() : -1;
}

void AgendaView::showEvent(QShowEvent* event)
{
    QTreeWidget::showEvent(event);
    if (m_stale)
        rebuildNow();
}

void AgendaView::rebuild()
{
    m_stale = true;
    if (isVisible())
        rebuildNow();
}

void AgendaView::rebuildNow()
{
    m_stale = false;
    clear();
    const QLocale locale;
    QFont bold = font();
    bold.setBold(true);
    for (int d = 0; d < m_model.dayCount(); ++d) {
        const QDate day = m_model.firstDay().addDays(d);
        const QList<int> rows = m_model.rowsOn(day);
        if (rows.isEmpty())
            continue;
        auto* heading = new QTreeWidgetItem(this);
        heading->setFirstColumnSpanned(true);
        heading->setText(0, locale.toString(day, QLocale::LongFormat));
        heading->setFont(0, bold);
        heading->setFlags(Qt::ItemIsEnabled);
        for (int row : rows) {
            const CalendarEntry& e = m_model.entry(row);
            auto* item = new QTreeWidgetItem(this);
            item->setData(0, kRowRole, row);
            QString when;
            if (e.allDay) {
                when = tr("All day");
            } else if (e.end > e.start) {
                when = locale.toString(m_model.toLocal(e.start).time(), QLocale::ShortFormat)
                    + QStringLiteral("–")
                    + locale.toString(m_model.toLocal(e.end).time(), QLocale::ShortFormat);
            } else {
                when = locale.toString(m_model.toLocal(e.start).time(), QLocale::ShortFormat);
            }
            item->setText(0, when);
            item->setText(1, m_model.titleOf(e));
            item->setText(2, ChoiceLabels::text(e.kind));
            item->setText(3, m_model.userName(m_model.columnUser(e)));
            item->setText(4, e.location);
            item->setForeground(1, m_model.colourOf(e).darker(130));
            if (e.done) {
                QFont strike = font();
                strike.setStrikeOut(true);
                item->setFont(1, strike);
            }
        }
    }
    for (int c = 0; c < 4; ++c)
        resizeColumnToContents(c);
    if (topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(this);
        none->setFirstColumnSpanned(true);
        none->setText(0, tr("Nothing planned in these days."));
        none->setFlags(Qt::ItemIsEnabled);
    }
}

} // namespace tandem
