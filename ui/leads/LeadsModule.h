// The Leads screen: the list and form of leads, new leads routed to their owner with a
// first-contact task, and the lead's way on: qualify, convert to a deal, mark lost, reopen; plus
// the manager's list of leads nobody has contacted in time.
#pragma once

#include "records/RecordsModule.h"
#include "util/Result.h"

#include <QVariantMap>

namespace tandem {

class ConvertLeadDialog;
class FollowUpDialog;
class LeadRulesDialog;
class LoseDialog;
class QualifyDialog;

class LeadsModule : public RecordsModule {
    Q_OBJECT
public:
    explicit LeadsModule(const UiContext& context, QObject* parent = nullptr);

    QWidget* createWidget(QWidget* parent) override;
    QList<QAction*> actions() const override;

    // Each opens its dialog (returned, already open, so tests can fill it in); accepting it
    // writes one undo step.
    QualifyDialog* qualify();
    ConvertLeadDialog* convert();
    LoseDialog* markLost();
    bool reopen();
    FollowUpDialog* showFollowUps();
    LeadRulesDialog* editRules();

    QAction* qualifyAction() const { return m_qualify; }
    QAction* convertAction() const { return m_convert; }
    QAction* lostAction() const { return m_lost; }
    QAction* reopenAction() const { return m_reopen; }
    QAction* followUpAction() const { return m_followUps; }
    QAction* rulesAction() const { return m_rules; }

private:
    QString currentLeadId() const;
    QString currentStatus() const;
    void updateLeadActions();
    bool run(const QString& text, const std::function<Result<void>()>& operation,
        const QString& failureTitle);

    UiContext m_context;
    QAction* m_separator;
    QAction* m_qualify;
    QAction* m_convert;
    QAction* m_lost;
    QAction* m_reopen;
    QAction* m_followUps;
    QAction* m_rules;
};

} // namespace tandem
