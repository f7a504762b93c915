// Day, work-week and week views: hours down, days (and, side by side, users) across. Drag on
// empty time to create an event, drag an event to move it, drag its lower edge to resize it;
// the view only proposes — CalendarView writes the change as one undoable step.
#pragma once

#include <QDateTime>
#include <QWidget>

class QScrollArea;

namespace tandem {

class CalendarModel;
class TimeGridCanvas;
class TimeGridHeader;

struct GridColumn {
    QDate day;
    QString userId; // empty unless users are side by side
};

class TimeGridView : public QWidget {
    Q_OBJECT
public:
    explicit TimeGridView(CalendarModel& model, QWidget* parent = nullptr);

    // Each day split into one column per user of the model.
    void setSideBySide(bool on);
    bool sideBySide() const { return m_sideBySide; }
    void setWorkingHours(const QTime& start, const QTime& end);
    QTime workStart() const { return m_workStart; }
    QTime workEnd() const { return m_workEnd; }
    void setNow(const QDateTime& utc);
    QDateTime now() const { return m_now; }
    void scrollToTime(const QTime& time);

    QList<GridColumn> columns() const;
    CalendarModel& model() const { return m_model; }
    TimeGridCanvas* canvas() const { return m_canvas; }
    TimeGridHeader* header() const { return m_header; }

signals:
    void createRequested(
        const QDateTime& start, const QDateTime& end, const QString& userId, bool allDay);
    void moveRequested(int row, const QDateTime& start, const QDateTime& end);
    void editRequested(int row);
    void selected(int row);

private:
    CalendarModel& m_model;
    TimeGridHeader* m_header;
    QScrollArea* m_scroll;
    TimeGridCanvas* m_canvas;
    bool m_sideBySide = false;
    QTime m_workStart { 9, 0 };
    QTime m_workEnd { 17, 0 };
    QDateTime m_now;
};

// The all-day strip above the hours: day names, users when side by side, all-day entries.
class TimeGridHeader : public QWidget {
    Q_OBJECT
public:
    TimeGridHeader(TimeGridView& view, QWidget* parent);
    QSize sizeHint() const override;
    int gutter() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    int columnAt(int x) const;
    int allDayRows() const;
    TimeGridView& m_view;
};

} // namespace tandem
