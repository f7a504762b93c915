// The month view: six weeks from the locale's first day of the week, each day with as many of
// its entries as fit and "+N more". Drag an entry to another day to move it there at the same
// time of day; double-click a day to open it in the day view.
#pragma once

#include <QDate>
#include <QRect>
#include <QWidget>

namespace tandem {

class CalendarModel;

class MonthView : public QWidget {
    Q_OBJECT
public:
    explicit MonthView(CalendarModel& model, QWidget* parent = nullptr);

    // The month shown (days of other months are greyed); the model holds the six weeks.
    void setMonth(const QDate& anyDay);
    QDate month() const { return m_month; }
    void setToday(const QDate& today);
    // The first day of the six weeks shown for a month, in the locale's week.
    static QDate gridStart(const QDate& anyDay, Qt::DayOfWeek firstDayOfWeek);
    QRect cellRect(const QDate& day) const;
    // Where an entry is drawn on a day (for tests); empty when not drawn.
    QRect itemRect(int row, const QDate& day) const;
    QSize sizeHint() const override { return { 900, 600 }; }

signals:
    void dayActivated(const QDate& day);
    void editRequested(int row);
    void moveRequested(int row, const QDateTime& start, const QDateTime& end);
    void selected(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Item {
        QRect rect;
        int row; // -1: the "+N more" line
        QDate day;
    };
    void layoutItems();
    QDate dayAt(const QPoint& pos) const;
    int itemAt(const QPoint& pos) const;
    int headerHeight() const;

    CalendarModel& m_model;
    QDate m_month;
    QDate m_today;
    QList<Item> m_items;
    int m_pressItem = -1;
    QPoint m_pressPos;
    QDate m_hoverDay;
    bool m_dragging = false;
};

} // namespace tandem
