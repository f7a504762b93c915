// The hours of a time grid: paints the working-hours shading, the events in their lanes and the
// line at the current time, and turns mouse drags into create, move and resize proposals.
#pragma once

#include "calendar/TimeGridView.h"

#include <QRect>
#include <QWidget>

namespace tandem {

class TimeGridCanvas : public QWidget {
    Q_OBJECT
public:
    static constexpr int kGutter = 64;
    static constexpr int kSnapMinutes = 15;

    TimeGridCanvas(TimeGridView& view, QWidget* parent);

    int hourHeight() const { return m_hourHeight; }
    QSize sizeHint() const override;
    // Where a time of a column is drawn (for tests and for scrolling).
    QPoint pointAt(int column, const QTime& time) const;
    // The drawn box of a model row (the first, if it spans days); empty when not drawn.
    QRect boxOf(int row) const;
    // Places the events again (after a reload or a change of columns).
    void relayout();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Box {
        QRect rect;
        int row;
        int column;
    };
    enum class DragMode { None, Create, Move, Resize };

    int columnAt(int x) const;
    qint64 secsAt(int y) const; // snapped
    double columnWidth() const;
    int boxAt(const QPoint& pos) const;
    void paintBox(class QPainter& p, const Box& box, bool ghost) const;
    QDateTime timeOf(int column, qint64 secs) const;

    TimeGridView& m_view;
    int m_hourHeight = 44;
    QList<Box> m_boxes;
    DragMode m_mode = DragMode::None;
    int m_dragBox = -1;
    QPoint m_pressPos;
    int m_pressColumn = -1;
    qint64 m_pressSecs = 0;
    int m_hoverColumn = -1;
    qint64 m_hoverSecs = 0;
    bool m_dragged = false;
};

} // namespace tandem
