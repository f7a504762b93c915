// A territory at a glance, in front of its editable details: its rule in words, owner and team,
// how many companies, open deals and open leads it holds, its companies (double-click opens one),
// and the commands to place companies by the rules and to hand the territory to someone else.
#pragma once

#include "common/UiContext.h"
#include "records/RecordPage.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tandem {

class ReassignDialog;

class TerritoryCardView : public RecordPage {
    Q_OBJECT
public:
    explicit TerritoryCardView(const UiContext& context, QWidget* parent = nullptr);

    void showRecord(const QString& id) override;
    QString territoryId() const { return m_id; }
    QLabel* ruleLabel() const { return m_rule; }
    QLabel* figuresLabel() const { return m_figures; }
    QTreeWidget* companies() const { return m_companies; }
    QPushButton* assignButton() const { return m_assign; }
    QPushButton* reassignButton() const { return m_reassign; }

    // Places every company without a territory by the rules: one undo step. The number placed.
    int assignByRules();
    // Opens the dialog (not modal); accepting it reassigns as one undo step.
    ReassignDialog* askReassign();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void reassignTo(const QString& userId);

    UiContext m_ctx;
    QString m_id;
    QLabel* m_title;
    QLabel* m_rule;
    QLabel* m_facts;
    QLabel* m_figures;
    QLabel* m_note;
    QTreeWidget* m_companies;
    QPushButton* m_assign;
    QPushButton* m_reassign;
    QPushButton* m_edit;
};

} // namespace tandem
