#include "calendar/MonthView.h"

#include "calendar/CalendarModel.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace tandem {

namespace {
constexpr int kWeeks = 6;
} // namespace

MonthView::MonthView(CalendarModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setMouseTracking(true);
    setAccessibleName(tr("Month"));
    connect(&m_model, &CalendarModel::reloaded, this, [this] {
        // Laid out when painted if hidden now.
        m_items.clear();
        if (isVisible())
            layoutItems();
        update();
    });
}

QDate MonthView::gridStart(const QDate& anyDay, Qt::DayOfWeek firstDayOfWeek)
{
    const QDate first(anyDay.year(), anyDay.month(), 1);
    const int back = (first.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
    return first.addDays(-back);
}

void MonthView::setMonth(const QDate& anyDay)
{
    m_month = QDate(anyDay.year(), anyDay.month(), 1);
    layoutItems();
    update();
}

void MonthView::setToday(const QDate& today)
{
    m_today = today;
    update();
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 8;
}

QRect MonthView::cellRect(const QDate& day) const
{
    const QDate start = m_model.firstDay();
    const qint64 i = start.daysTo(day);
    if (i < 0 || i >= kWeeks * 7)
        return {};
    const double w = width() / 7.0;
    const double h = (height() - headerHeight()) / double(kWeeks);
    const int col = int(i % 7);
    const int row = int(i / 7);
    return QRect(int(col * w), headerHeight() + int(row * h), int(w), int(h));
}

QRect MonthView::itemRect(int row, const QDate& day) const
{
    for (const Item& item : m_items) {
        if (item.row == row && item.day == day)
            return item.rect;
    }
    return {};
}

void MonthView::layoutItems()
{
    m_items.clear();
    const int line = fontMetrics().height() + 3;
    for (int i = 0; i < kWeeks * 7; ++i) {
        const QDate day = m_model.firstDay().addDays(i);
        const QRect cell = cellRect(day);
        if (cell.isEmpty())
            continue;
        const QList<int> rows = m_model.rowsOn(day);
        const int fits = qMax(0, (cell.height() - line - 4) / line);
        const int shown = rows.size() > fits ? qMax(0, fits - 1) : int(rows.size());
        int y = cell.top() + line + 2;
        for (int k = 0; k < shown; ++k) {
            m_items.push_back(
                { QRect(cell.left() + 3, y, cell.width() - 6, line - 1), rows.at(k), day });
            y += line;
        }
        if (shown < rows.size())
            m_items.push_back({ QRect(cell.left() + 3, y, cell.width() - 6, line - 1), -1, day });
    }
}

QDate MonthView::dayAt(const QPoint& pos) const
{
    if (pos.y() < headerHeight())
        return {};
    const double w = width() / 7.0;
    const double h = (height() - headerHeight()) / double(kWeeks);
    const int col = std::clamp(int(pos.x() / w), 0, 6);
    const int row = std::clamp(int((pos.y() - headerHeight()) / h), 0, kWeeks - 1);
    return m_model.firstDay().addDays(row * 7 + col);
}

int MonthView::itemAt(const QPoint& pos) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).rect.contains(pos))
            return i;
    }
    return -1;
}

void MonthView::paintEvent(QPaintEvent*)
{
    if (m_items.isEmpty() && m_model.rowCount() > 0)
        layoutItems();
    QPainter p(this);
    const QLocale locale;
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const QColor line = dark ? base.lighter(160) : QColor(0xdd, 0xe0, 0xe4);
    const QColor otherMonth = dark ? base.lighter(115) : QColor(0xf5, 0xf6, 0xf7);
    p.fillRect(rect(), base);
    const double w = width() / 7.0;
    for (int c = 0; c < 7; ++c) {
        const QDate day = m_model.firstDay().addDays(c);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(int(c * w), 0, int(w), headerHeight()), Qt::AlignCenter,
            locale.dayName(day.dayOfWeek(), QLocale::LongFormat));
    }
    for (int i = 0; i < kWeeks * 7; ++i) {
        const QDate day = m_model.firstDay().addDays(i);
        const QRect cell = cellRect(day);
        if (day.month() != m_month.month())
            p.fillRect(cell, otherMonth);
        if (m_dragging && day == m_hoverDay)
            p.fillRect(cell, QColor(59, 130, 196, 40));
        p.setPen(line);
        p.drawRect(cell.adjusted(0, 0, -1, -1));
        QFont f = font();
        const bool today = day == m_today;
        f.setBold(today);
        p.setFont(f);
        const QRect number(
            cell.left() + 4, cell.top() + 2, cell.width() - 8, fontMetrics().height());
        if (today) {
            p.setPen(QColor(0xe0, 0x3c, 0x31));
        } else {
            p.setPen(day.month() == m_month.month() ? palette().color(QPalette::Text)
                                                    : palette().color(QPalette::PlaceholderText));
        }
        const QString label = day.day() == 1 ? locale.toString(day.day()) + QLatin1Char(' ')
                + locale.monthName(day.month(), QLocale::ShortFormat)
                                             : locale.toString(day.day());
        p.drawText(number, Qt::AlignLeft | Qt::AlignVCenter, label);
        p.setFont(font());
    }
    for (const Item& item : m_items) {
        if (item.row < 0) {
            const int hidden = int(m_model.rowsOn(item.day).size())
                - int(std::count_if(m_items.cbegin(), m_items.cend(),
                    [&](const Item& other) { return other.day == item.day && other.row >= 0; }));
            p.setPen(palette().color(QPalette::Link));
            p.drawText(item.rect.adjusted(4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                tr("+%n more", "", hidden));
            continue;
        }
        const CalendarEntry& e = m_model.entry(item.row);
        const QColor colour = m_model.colourOf(e);
        QString text = m_model.titleOf(e);
        if (!e.allDay) {
            text = locale.toString(m_model.toLocal(e.start).time(), QLocale::ShortFormat)
                + QLatin1Char(' ') + text;
        }
        if (e.kind == QLatin1String("task"))
            text = (e.done ? QStringLiteral("☑ ") : QStringLiteral("☐ ")) + text;
        if (e.allDay) {
            p.fillRect(item.rect, colour.lighter(160));
            p.fillRect(QRect(item.rect.left(), item.rect.top(), 3, item.rect.height()), colour);
        } else {
            p.setBrush(colour);
            p.setPen(Qt::NoPen);
            p.setRenderHint(QPainter::Antialiasing);
            p.drawEllipse(QPoint(item.rect.left() + 5, item.rect.center().y()), 3, 3);
            p.setRenderHint(QPainter::Antialiasing, false);
        }
        QFont f = font();
        f.setStrikeOut(e.done);
        p.setFont(f);
        p.setPen(
            e.done ? palette().color(QPalette::PlaceholderText) : palette().color(QPalette::Text));
        p.drawText(item.rect.adjusted(12, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
            fontMetrics().elidedText(text, Qt::ElideRight, item.rect.width() - 14));
        p.setFont(font());
    }
}

void MonthView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutItems();
}

void MonthView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = event->position().toPoint();
    m_pressItem = itemAt(m_pressPos);
    m_dragging = false;
    if (m_pressItem >= 0 && m_items.at(m_pressItem).row >= 0)
        emit selected(m_items.at(m_pressItem).row);
}

void MonthView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressItem < 0 || m_items.at(m_pressItem).row < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < 6)
        return;
    if (m_model.entry(m_items.at(m_pressItem).row).hidden)
        return;
    m_dragging = true;
    m_hoverDay = dayAt(pos);
    update();
}

void MonthView::mouseReleaseEvent(QMouseEvent* event)
{
    const bool dragging = m_dragging;
    m_dragging = false;
    update();
    if (m_pressItem < 0 || event->button() != Qt::LeftButton)
        return;
    const Item item = m_items.at(m_pressItem);
    m_pressItem = -1;
    if (item.row < 0) {
        emit dayActivated(item.day);
        return;
    }
    if (!dragging)
        return;
    const QDate target = dayAt(event->position().toPoint());
    const int days = int(item.day.daysTo(target));
    if (!target.isValid() || days == 0)
        return;
    const CalendarEntry& e = m_model.entry(item.row);
    const QDateTime start = m_model.toLocal(e.start).addDays(days).toUTC();
    emit moveRequested(item.row, start, start.addSecs(e.durationSecs()));
}

void MonthView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const int i = itemAt(pos);
    if (i >= 0 && m_items.at(i).row >= 0) {
        emit editRequested(m_items.at(i).row);
        return;
    }
    const QDate day = dayAt(pos);
    if (day.isValid())
        emit dayActivated(day);
}

} // namespace tandem
