// The Cases screen: customers' complaints, service requests, questions and deliveries. The list
// shows the open ones first by their resolution deadline, overdue rows in red and near ones in
// amber; a filter picks open, needing attention, mine or all. Each case's card stands in front of
// its details; new cases get their deadlines from the rules of their priority.
#pragma once

#include "records/RecordsModule.h"
#include "services/WorkingTime.h"
#include "util/Result.h"

#include <QPointer>
#include <QVariantMap>

class QComboBox;

namespace tandem {

class CaseCardView;
class CaseRulesDialog;

class CasesModule : public RecordsModule {
    Q_OBJECT
public:
    enum Filter { OpenCases, NeedingAttention, MyOpenCases, AllCases };

    explicit CasesModule(const UiContext& context, QObject* parent = nullptr);

    QWidget* createWidget(QWidget* parent) override;
    bool open(const QString& entity, const QString& id) override;
    QList<QAction*> actions() const override;
    // Cases › Deadline rules… (made on first use, kept for the window's life).
    CaseRulesDialog* rulesDialog();
    CaseCardView* card() const { return m_card; }
    QComboBox* filterBox() const { return m_filter; }
    void setFilter(Filter filter);

private:
    Result<QString> create(const QVariantMap& values);
    Result<void> update(const QString& id, const QVariantMap& changes);
    void applyFilter();

    UiContext m_context;
    CaseCardView* m_card = nullptr;
    QComboBox* m_filter = nullptr;
    QAction* m_separator;
    QAction* m_rules;
    QPointer<CaseRulesDialog> m_rulesDialog;
    WorkCalendar m_calendar; // for the row colours, read again after a minute
    QDateTime m_calendarReadAt;
};

} // namespace tandem
