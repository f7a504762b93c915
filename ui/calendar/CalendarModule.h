// The Calendar sidebar entry: the calendar screen and its commands (new event, today, the views,
// finding a free slot with colleagues, dormant customers, iCalendar import and export).
#pragma once

#include "calendar/CalendarView.h"
#include "common/Module.h"
#include "common/UiContext.h"

#include <QObject>
#include <QPointer>

namespace tandem {

class CalendarView;

class CalendarModule : public QObject, public Module {
    Q_OBJECT
public:
    explicit CalendarModule(const UiContext& context, QObject* parent = nullptr);

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget* createWidget(QWidget* parent) override;
    QList<QAction*> actions() const override;
    QStringList entities() const override;
    bool open(const QString& entity, const QString& id) override;
    bool confirmClose() override;

    CalendarView* view() const { return m_view; }
    QAction* newEventAction() const { return m_new; }

private:
    UiContext m_ctx;
    QPointer<CalendarView> m_view;
    QAction* m_new;
    QAction* m_today;
    QAction* m_previous;
    QAction* m_next;
    QAction* m_freeSlot;
    QAction* m_dormant;
    QAction* m_import;
    QAction* m_export;
    QList<QAction*> m_actions;
};

} // namespace tandem
