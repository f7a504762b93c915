#include "calendar/TimeGridView.h"

#include "calendar/CalendarModel.h"
#include "calendar/TimeGridCanvas.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace tandem {

namespace {
constexpr int kDayRow = 22;
constexpr int kUserRow = 18;
constexpr int kAllDayRow = 20;
} // namespace

TimeGridView::TimeGridView(CalendarModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_header(nullptr)
    , m_scroll(new QScrollArea(this))
    , m_canvas(nullptr)
{
    m_header = new TimeGridHeader(*this, this);
    m_canvas = new TimeGridCanvas(*this, m_scroll);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);
    connect(&m_model, &CalendarModel::reloaded, this, [this] {
        m_header->updateGeometry();
        m_header->update();
    });
}

void TimeGridView::setSideBySide(bool on)
{
    m_sideBySide = on;
    m_canvas->relayout();
    m_canvas->update();
    m_header->updateGeometry();
    m_header->update();
}

void TimeGridView::setWorkingHours(const QTime& start, const QTime& end)
{
    m_workStart = start;
    m_workEnd = end;
    m_canvas->update();
}

void TimeGridView::setNow(const QDateTime& utc)
{
    m_now = utc;
    m_canvas->update();
}

void TimeGridView::scrollToTime(const QTime& time)
{
    const int y = time.msecsSinceStartOfDay() / 1000 * m_canvas->hourHeight() / 3600;
    m_scroll->verticalScrollBar()->setValue(qMax(0, y - m_canvas->hourHeight() / 2));
}

QList<GridColumn> TimeGridView::columns() const
{
    QList<GridColumn> out;
    const QStringList users = m_sideBySide ? m_model.users() : QStringList();
    for (int d = 0; d < m_model.dayCount(); ++d) {
        const QDate day = m_model.firstDay().addDays(d);
        if (users.size() < 2) {
            out.push_back({ day, {} });
            continue;
        }
        for (const QString& user : users)
            out.push_back({ day, user });
    }
    return out;
}

TimeGridHeader::TimeGridHeader(TimeGridView& view, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
{
    setAccessibleName(tr("Days and all-day events"));
}

int TimeGridHeader::gutter() const
{
    return TimeGridCanvas::kGutter;
}

int TimeGridHeader::allDayRows() const
{
    int most = 0;
    const CalendarModel& model = m_view.model();
    for (const GridColumn& col : m_view.columns()) {
        int n = 0;
        for (int row : model.rowsOn(col.day)) {
            const CalendarEntry& e = model.entry(row);
            if (e.allDay && (col.userId.isEmpty() || model.columnUser(e) == col.userId))
                ++n;
        }
        most = qMax(most, n);
    }
    return qMin(most, 4);
}

QSize TimeGridHeader::sizeHint() const
{
    const bool users = m_view.columns().size() > m_view.model().dayCount();
    return { 800, kDayRow + (users ? kUserRow : 0) + 4 + qMax(1, allDayRows()) * kAllDayRow };
}

int TimeGridHeader::columnAt(int x) const
{
    const int n = int(m_view.columns().size());
    const double w = double(m_view.canvas()->width() - gutter()) / qMax(1, n);
    return std::clamp(int((x - gutter()) / w), 0, qMax(0, n - 1));
}

void TimeGridHeader::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QList<GridColumn> cols = m_view.columns();
    const CalendarModel& model = m_view.model();
    const int canvasWidth = m_view.canvas()->width();
    const double w = double(canvasWidth - gutter()) / qMax(1, int(cols.size()));
    const bool users = cols.size() > model.dayCount();
    const QDate today = model.toLocal(m_view.now()).date();
    const QLocale locale;
    p.fillRect(rect(), palette().color(QPalette::Window));
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRect(0, height() - kAllDayRow - 2, gutter() - 8, kAllDayRow),
        Qt::AlignRight | Qt::AlignVCenter, tr("All day"));
    for (int c = 0; c < cols.size(); ++c) {
        const GridColumn& col = cols.at(c);
        const int x = gutter() + int(c * w);
        const bool firstOfDay = c == 0 || cols.at(c - 1).day != col.day;
        if (firstOfDay) {
            const int span = users ? int(model.users().size()) : 1;
            QFont f = font();
            f.setBold(col.day == today);
            p.setFont(f);
            p.setPen(col.day == today ? QColor(0xe0, 0x3c, 0x31) : palette().color(QPalette::Text));
            p.drawText(QRect(x, 2, int(w * span), kDayRow), Qt::AlignCenter,
                locale.dayName(col.day.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
                    + locale.toString(col.day.day()));
            p.setFont(font());
            p.setPen(palette().color(QPalette::Mid));
            p.drawLine(x, 0, x, height());
        }
        int y = kDayRow + 2;
        if (users) {
            p.setPen(model.userColour(col.userId));
            QFont f = font();
            f.setPointSizeF(f.pointSizeF() * 0.85);
            p.setFont(f);
            p.drawText(QRect(x + 2, y, int(w) - 4, kUserRow), Qt::AlignCenter,
                fontMetrics().elidedText(model.userName(col.userId), Qt::ElideRight, int(w) - 4));
            p.setFont(font());
            y += kUserRow;
        }
        int shown = 0;
        for (int row : model.rowsOn(col.day)) {
            const CalendarEntry& e = model.entry(row);
            if (!e.allDay || (!col.userId.isEmpty() && model.columnUser(e) != col.userId))
                continue;
            if (shown == 4)
                break;
            const QRect r(x + 2, y + shown * kAllDayRow + 1, int(w) - 4, kAllDayRow - 2);
            p.fillRect(r, model.colourOf(e).lighter(160));
            p.fillRect(QRect(r.left(), r.top(), 3, r.height()), model.colourOf(e));
            p.setPen(QColor(0x1f, 0x29, 0x33));
            p.drawText(r.adjusted(6, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                fontMetrics().elidedText(model.titleOf(e), Qt::ElideRight, r.width() - 8));
            ++shown;
        }
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(0, height() - 1, width(), height() - 1);
}

void TimeGridHeader::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int c = columnAt(event->position().toPoint().x());
    const QList<GridColumn> cols = m_view.columns();
    if (c < 0 || c >= cols.size())
        return;
    const QDate day = cols.at(c).day;
    emit m_view.createRequested(m_view.model().toUtc(day, QTime(0, 0)),
        m_view.model().toUtc(day.addDays(1), QTime(0, 0)), cols.at(c).userId, true);
}

} // namespace tandem
