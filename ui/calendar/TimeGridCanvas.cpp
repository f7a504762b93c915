#include "calendar/TimeGridCanvas.h"

#include "calendar/CalendarModel.h"
#include "calendar/DayLayout.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace tandem {

namespace {

constexpr qint64 kDay = 24 * 3600;

qint64 secsInDay(const CalendarModel& model, const QDateTime& utc, const QDate& day)
{
    const QDateTime local = model.toLocal(utc);
    if (local.date() < day)
        return 0;
    if (local.date() > day)
        return kDay;
    return local.time().msecsSinceStartOfDay() / 1000;
}

} // namespace

TimeGridCanvas::TimeGridCanvas(TimeGridView& view, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
{
    setMouseTracking(true);
    setMinimumHeight(24 * m_hourHeight);
    setFocusPolicy(Qt::ClickFocus);
    setAccessibleName(tr("Calendar hours"));
    connect(&view.model(), &CalendarModel::reloaded, this, [this] {
        // Laid out when painted if hidden now (the month or agenda is showing).
        m_boxes.clear();
        if (isVisible())
            relayout();
        update();
    });
}

QSize TimeGridCanvas::sizeHint() const
{
    return { 800, 24 * m_hourHeight };
}

double TimeGridCanvas::columnWidth() const
{
    const int n = qMax(1, int(m_view.columns().size()));
    return double(width() - kGutter) / n;
}

QPoint TimeGridCanvas::pointAt(int column, const QTime& time) const
{
    const int x = kGutter + int(columnWidth() * column + columnWidth() / 2);
    const int y = int(time.msecsSinceStartOfDay() / 1000 * m_hourHeight / 3600) + 1;
    return { x, y };
}

QRect TimeGridCanvas::boxOf(int row) const
{
    for (const Box& b : m_boxes) {
        if (b.row == row)
            return b.rect;
    }
    return {};
}

int TimeGridCanvas::columnAt(int x) const
{
    const int n = int(m_view.columns().size());
    if (n == 0)
        return -1;
    return std::clamp(int((x - kGutter) / columnWidth()), 0, n - 1);
}

qint64 TimeGridCanvas::secsAt(int y) const
{
    const qint64 raw = qint64(y) * 3600 / m_hourHeight;
    const qint64 snap = kSnapMinutes * 60;
    return std::clamp<qint64>((raw + snap / 2) / snap * snap, 0, kDay);
}

QDateTime TimeGridCanvas::timeOf(int column, qint64 secs) const
{
    const QList<GridColumn> cols = m_view.columns();
    const QDate day = cols.value(column).day;
    if (secs >= kDay)
        return m_view.model().toUtc(day.addDays(1), QTime(0, 0));
    return m_view.model().toUtc(day, QTime::fromMSecsSinceStartOfDay(int(secs * 1000)));
}

void TimeGridCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void TimeGridCanvas::relayout()
{
    m_boxes.clear();
    const CalendarModel& model = m_view.model();
    const QList<GridColumn> cols = m_view.columns();
    const double w = columnWidth();
    for (int c = 0; c < cols.size(); ++c) {
        const GridColumn& col = cols.at(c);
        QList<LaidOut> items;
        for (int row : model.rowsOn(col.day)) {
            const CalendarEntry& e = model.entry(row);
            if (e.allDay)
                continue;
            if (!col.userId.isEmpty() && model.columnUser(e) != col.userId)
                continue;
            LaidOut item;
            item.row = row;
            item.start = secsInDay(model, e.start, col.day);
            item.end = secsInDay(model, e.end, col.day);
            if (item.start >= kDay)
                continue;
            items << item;
        }
        for (const LaidOut& item : DayLayout::arrange(items)) {
            const qint64 end = qMax(item.end, item.start + 30 * 60);
            const double laneWidth = (w - 6) / item.lanes;
            const int x = kGutter + int(c * w + 2 + item.lane * laneWidth);
            const int y = int(item.start * m_hourHeight / 3600);
            const int h = qMax(14, int((qMin(end, kDay) - item.start) * m_hourHeight / 3600) - 1);
            m_boxes.push_back({ QRect(x, y, qMax(8, int(laneWidth) - 2), h), item.row, c });
        }
    }
}

int TimeGridCanvas::boxAt(const QPoint& pos) const
{
    for (int i = int(m_boxes.size()) - 1; i >= 0; --i) {
        if (m_boxes.at(i).rect.contains(pos))
            return i;
    }
    return -1;
}

void TimeGridCanvas::paintBox(QPainter& p, const Box& box, bool ghost) const
{
    const CalendarModel& model = m_view.model();
    const CalendarEntry& e = model.entry(box.row);
    QColor base = model.colourOf(e);
    // A colleague's private time reads as a plain grey block.
    QColor fill = e.hidden ? QColor(0xdd, 0xe0, 0xe4) : base.lighter(e.done ? 185 : 165);
    if (ghost)
        fill.setAlpha(150);
    QPainterPath path;
    path.addRoundedRect(QRectF(box.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    p.fillPath(path, fill);
    p.fillRect(QRect(box.rect.left(), box.rect.top() + 1, 4, box.rect.height() - 2), base);
    if (ghost) {
        p.setPen(QPen(base.darker(130), 1, Qt::DashLine));
        p.drawPath(path);
    }
    QRect text = box.rect.adjusted(8, 2, -3, -2);
    p.setPen(QColor(0x1f, 0x29, 0x33));
    QFont bold = font();
    bold.setBold(true);
    bold.setStrikeOut(e.done);
    QString title = model.titleOf(e);
    if (e.kind == QLatin1String("task"))
        title = (e.done ? QStringLiteral("☑ ") : QStringLiteral("☐ ")) + title;
    if (e.recurring)
        title += QStringLiteral(" ↻");
    const QLocale locale;
    const QString times = e.kind == QLatin1String("task")
        ? locale.toString(model.toLocal(e.start).time(), QLocale::ShortFormat)
        : locale.toString(model.toLocal(e.start).time(), QLocale::ShortFormat) + QStringLiteral("–")
            + locale.toString(model.toLocal(e.end).time(), QLocale::ShortFormat);
    const int lineHeight = fontMetrics().height();
    if (text.height() < lineHeight * 2) {
        p.setFont(bold);
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
            fontMetrics().elidedText(
                times + QLatin1Char(' ') + title, Qt::ElideRight, text.width()));
        p.setFont(font());
        return;
    }
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    p.setFont(small);
    p.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, times);
    text.setTop(text.top() + lineHeight);
    p.setFont(bold);
    p.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
    p.setFont(font());
    const int titleHeight = QFontMetrics(bold).boundingRect(text, Qt::TextWordWrap, title).height();
    if (!e.location.isEmpty() && text.height() > titleHeight + lineHeight) {
        text.setTop(text.top() + titleHeight);
        p.setPen(QColor(0x4a, 0x55, 0x60));
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
            fontMetrics().elidedText(e.location, Qt::ElideRight, text.width()));
    }
}

void TimeGridCanvas::paintEvent(QPaintEvent*)
{
    if (m_boxes.isEmpty() && m_view.model().rowCount() > 0)
        relayout();
    QPainter p(this);
    const QList<GridColumn> cols = m_view.columns();
    const double w = columnWidth();
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const QColor offHours = dark ? base.lighter(115) : QColor(0xf3, 0xf4, 0xf6);
    const QColor line = dark ? base.lighter(160) : QColor(0xe1, 0xe4, 0xe8);
    const QColor halfLine = dark ? base.lighter(130) : QColor(0xf0, 0xf1, 0xf3);
    p.fillRect(rect(), offHours);
    const int workTop = m_view.workStart().msecsSinceStartOfDay() / 1000 * m_hourHeight / 3600;
    const int workBottom = m_view.workEnd().msecsSinceStartOfDay() / 1000 * m_hourHeight / 3600;
    const QDate today = m_view.model().toLocal(m_view.now()).date();
    for (int c = 0; c < cols.size(); ++c) {
        const int x = kGutter + int(c * w);
        const bool weekend = cols.at(c).day.dayOfWeek() >= 6;
        if (!weekend)
            p.fillRect(QRect(x, workTop, int(w), workBottom - workTop), base);
        if (cols.at(c).day == today)
            p.fillRect(QRect(x, 0, int(w), height()), QColor(255, 214, 102, dark ? 30 : 40));
    }
    const QLocale locale;
    for (int h = 0; h < 24; ++h) {
        const int y = h * m_hourHeight;
        p.setPen(line);
        p.drawLine(kGutter, y, width(), y);
        p.setPen(halfLine);
        p.drawLine(kGutter, y + m_hourHeight / 2, width(), y + m_hourHeight / 2);
        if (h > 0) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(QRect(0, y - 8, kGutter - 8, 16), Qt::AlignRight | Qt::AlignVCenter,
                locale.toString(QTime(h, 0), QLocale::ShortFormat));
        }
    }
    p.setPen(line);
    for (int c = 0; c <= cols.size(); ++c) {
        const int x = kGutter + int(c * w);
        const bool dayEdge = c == 0 || c == cols.size() || cols.at(c).day != cols.at(c - 1).day;
        p.setPen(dayEdge ? line.darker(115) : halfLine);
        p.drawLine(x, 0, x, height());
    }
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_boxes.size(); ++i) {
        if ((m_mode == DragMode::Move || m_mode == DragMode::Resize) && m_dragged && i == m_dragBox)
            continue;
        paintBox(p, m_boxes.at(i), false);
    }
    // What a drag would do.
    if (m_dragged && m_mode != DragMode::None) {
        if (m_mode == DragMode::Create) {
            const qint64 a = qMin(m_pressSecs, m_hoverSecs);
            const qint64 b
                = qMax(m_pressSecs, m_hoverSecs) + (m_hoverSecs == m_pressSecs ? 1800 : 0);
            const QRect r(kGutter + int(m_pressColumn * w) + 2, int(a * m_hourHeight / 3600),
                int(w) - 6, int((b - a) * m_hourHeight / 3600));
            p.fillRect(r, QColor(59, 130, 196, 70));
            p.setPen(QColor(59, 130, 196));
            p.drawRect(r.adjusted(0, 0, -1, -1));
            p.drawText(r.adjusted(6, 2, -2, -2), Qt::AlignLeft | Qt::AlignTop,
                locale.toString(
                    QTime::fromMSecsSinceStartOfDay(int(a * 1000)), QLocale::ShortFormat)
                    + QStringLiteral("–")
                    + locale.toString(
                        QTime::fromMSecsSinceStartOfDay(int(qMin<qint64>(b, kDay - 60) * 1000)),
                        QLocale::ShortFormat));
        } else if (m_dragBox >= 0) {
            Box ghost = m_boxes.at(m_dragBox);
            const int dy = int((m_hoverSecs - m_pressSecs) * m_hourHeight / 3600);
            if (m_mode == DragMode::Move) {
                ghost.rect.translate(int((m_hoverColumn - m_pressColumn) * w), dy);
                ghost.rect.setWidth(int(w) - 6);
            } else {
                ghost.rect.setBottom(
                    qMax(ghost.rect.top() + m_hourHeight / 4, ghost.rect.bottom() + dy));
            }
            paintBox(p, ghost, true);
        }
    }
    // The current time.
    for (int c = 0; c < cols.size(); ++c) {
        if (cols.at(c).day != today)
            continue;
        const int y = int(secsInDay(m_view.model(), m_view.now(), today) * m_hourHeight / 3600);
        const int x = kGutter + int(c * w);
        p.setPen(QPen(QColor(0xe0, 0x3c, 0x31), 2));
        p.drawLine(x, y, x + int(w), y);
        p.setBrush(QColor(0xe0, 0x3c, 0x31));
        p.drawEllipse(QPoint(x, y), 4, 4);
    }
}

void TimeGridCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_pressColumn = columnAt(pos.x());
    m_pressSecs = secsAt(pos.y());
    m_hoverColumn = m_pressColumn;
    m_hoverSecs = m_pressSecs;
    m_dragged = false;
    m_dragBox = boxAt(pos);
    if (m_dragBox >= 0) {
        const Box& box = m_boxes.at(m_dragBox);
        const CalendarEntry& e = m_view.model().entry(box.row);
        emit m_view.selected(box.row);
        if (e.hidden) {
            m_mode = DragMode::None;
            return;
        }
        m_pressColumn = box.column;
        m_hoverColumn = box.column;
        const bool edge = pos.y() >= box.rect.bottom() - 5 && e.kind != QLatin1String("task");
        m_mode = edge ? DragMode::Resize : DragMode::Move;
    } else if (pos.x() >= kGutter) {
        m_mode = DragMode::Create;
    } else {
        m_mode = DragMode::None;
    }
}

void TimeGridCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_mode == DragMode::None) {
        const int i = boxAt(pos);
        const bool edge = i >= 0 && pos.y() >= m_boxes.at(i).rect.bottom() - 5;
        setCursor(edge ? Qt::SizeVerCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_dragged && (pos - m_pressPos).manhattanLength() < 4)
        return;
    m_dragged = true;
    m_hoverColumn = m_mode == DragMode::Move ? columnAt(pos.x()) : m_pressColumn;
    m_hoverSecs = secsAt(pos.y());
    update();
}

void TimeGridCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_mode == DragMode::None) {
        m_mode = DragMode::None;
        return;
    }
    const DragMode mode = m_mode;
    m_mode = DragMode::None;
    const bool dragged = m_dragged;
    m_dragged = false;
    update();
    if (!dragged)
        return;
    const QList<GridColumn> cols = m_view.columns();
    if (mode == DragMode::Create) {
        const qint64 a = qMin(m_pressSecs, m_hoverSecs);
        qint64 b = qMax(m_pressSecs, m_hoverSecs);
        if (b - a < kSnapMinutes * 60)
            b = a + 30 * 60;
        emit m_view.createRequested(timeOf(m_pressColumn, a), timeOf(m_pressColumn, b),
            cols.value(m_pressColumn).userId, false);
        return;
    }
    if (m_dragBox < 0)
        return;
    const int row = m_boxes.at(m_dragBox).row;
    const CalendarEntry& e = m_view.model().entry(row);
    const qint64 delta = m_hoverSecs - m_pressSecs;
    if (mode == DragMode::Move) {
        const int days = int(cols.value(m_pressColumn).day.daysTo(cols.value(m_hoverColumn).day));
        if (days == 0 && delta == 0)
            return;
        // Whole days keep the wall time; the minutes are then added on that day.
        const QDateTime start
            = m_view.model().toLocal(e.start).addDays(days).addSecs(delta).toUTC();
        emit m_view.moveRequested(row, start, start.addSecs(e.durationSecs()));
    } else {
        QDateTime end = e.end.addSecs(delta);
        if (end < e.start.addSecs(kSnapMinutes * 60))
            end = e.start.addSecs(kSnapMinutes * 60);
        if (end != e.end)
            emit m_view.moveRequested(row, e.start, end);
    }
}

void TimeGridCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    m_mode = DragMode::None;
    const int i = boxAt(pos);
    if (i >= 0) {
        emit m_view.editRequested(m_boxes.at(i).row);
        return;
    }
    if (pos.x() < kGutter)
        return;
    const int column = columnAt(pos.x());
    const qint64 a = qMin<qint64>(secsAt(pos.y() - m_hourHeight / 4), kDay - 3600);
    emit m_view.createRequested(
        timeOf(column, a), timeOf(column, a + 3600), m_view.columns().value(column).userId, false);
}

} // namespace tandem
