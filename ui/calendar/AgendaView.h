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

private:
    void rebuild();
    CalendarModel& m_model;
};

} // namespace tandem
