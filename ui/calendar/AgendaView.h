// The agenda: the range's entries as a list grouped by day, with time, what, who and where —
// the view to print or read on a small screen.
#pragma once

#include <QTreeWidget>

namespace tandem {

class CalendarModel;

class AgendaView : public QTreeWidget {
    Q_OBJECT
public:
    explicit AgendaView(CalendarModel& model, QWidget* parent = nullptr);

    // The model row of an item (-1 for a day heading).
    static int rowOf(const QTreeWidgetItem* item);

signals:
    void editRequested(int row);
    void selected(int row);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Rebuilds now when shown, else when next shown (a hidden agenda costs nothing).
    void rebuild();
    void rebuildNow();
    CalendarModel& m_model;
    bool m_stale = true;
};

} // namespace tandem
