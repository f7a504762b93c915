// The calendar screen: a toolbar (today, back, forward, the period, day / work week / week /
// month / agenda, colour by kind or owner, whose calendars, side by side) over the chosen view.
// Every change it makes — create, move, resize, edit, delete — is one step on the undo stack.
#pragma once

#include "common/UiContext.h"

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace tandem {

class AgendaView;
class CalendarModel;
class MonthView;
class TimeGridView;
struct CalendarEntry;

class CalendarView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Day, WorkWeek, Week, Month, Agenda };

    explicit CalendarView(const UiContext& context, QWidget* parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setDate(const QDate& day);
    QDate date() const { return m_date; }
    void goToday();
    void step(int direction); // -1 back, +1 forward, by the view's period
    void setUsers(const QStringList& userIds);
    void setSideBySide(bool on);
    void setColourByOwner(bool byOwner);

    // Opens the new-event dialog for [start, end) (the current hour when invalid).
    void createEvent(const QDateTime& start = {}, const QDateTime& end = {},
        const QString& userId = {}, bool allDay = false);
    // A meeting at a free slot found for several colleagues: they are invited as participants.
    void createMeeting(const QDateTime& start, const QDateTime& end, const QStringList& userIds);
    // The activities on screen (each once), for an export.
    QStringList shownActivityIds() const;
    // The writes behind the views' proposals; public so that tests drive them without a mouse.
    bool moveEntry(int row, const QDateTime& start, const QDateTime& end);
    void editEntry(int row);
    // The entry picked last in any view (-1: none).
    int selectedRow() const { return m_selected; }
    // Opens an activity: shows its day and selects it.
    bool showActivity(const QString& activityId);

    CalendarModel* model() const { return m_model; }
    TimeGridView* grid() const { return m_grid; }
    MonthView* month() const { return m_month; }
    AgendaView* agenda() const { return m_agenda; }
    QLabel* periodLabel() const { return m_period; }

signals:
    // A done call or meeting: the module asks for its outcome.
    void outcomeRequested(const QString& activityId);

private:
    void create(const QDateTime& start, const QDateTime& end, const QString& userId, bool allDay,
        const QStringList& participants);
    void refreshRange();
    QToolButton* usersButton();
    void fillUsersMenu();
    QString periodText() const;
    void deleteEntry(const CalendarEntry& entry);

    UiContext m_ctx;
    CalendarModel* m_model;
    TimeGridView* m_grid;
    MonthView* m_month;
    AgendaView* m_agenda;
    QStackedWidget* m_stack;
    QLabel* m_period;
    QButtonGroup* m_modes;
    QComboBox* m_colourBy;
    QCheckBox* m_sideBySide;
    QToolButton* m_users;
    QTimer* m_clockTimer;
    Mode m_mode = Mode::WorkWeek;
    QDate m_date;
    int m_selected = -1;
};

} // namespace tandem
