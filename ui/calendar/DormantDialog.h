// "Dormant customers": the team's rules (editable) on the left, the customers the chosen rule finds
// on the right; ticked ones get a follow-up task with a drafted letter, as one undoable step.
#pragma once

#include "common/UiContext.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace tandem {

class RecordTableView;

class DormantDialog : public QDialog {
    Q_OBJECT
public:
    explicit DormantDialog(const UiContext& context, QWidget* parent = nullptr);

    RecordTableView* rules() const { return m_rules; }
    QPlainTextEdit* letterEdit() const { return m_letter; }
    QTreeWidget* candidates() const { return m_candidates; }
    QPushButton* createButton() const { return m_create; }
    QLabel* summary() const { return m_summary; }
    QString currentRuleId() const;

    // Reads the candidates of the current rule afresh (ticks are kept for companies still listed).
    void reloadCandidates();
    // Creates the follow-up tasks of the ticked companies; the number created (0 on refusal).
    int createTasks();
    // Writes the letter as shown into the current rule (one undo step when it changed).
    bool saveLetter();

private:
    void showRule(const QString& ruleId);

    UiContext m_ctx;
    RecordTableView* m_rules;
    QPlainTextEdit* m_letter;
    QPushButton* m_saveLetter;
    QTreeWidget* m_candidates;
    QLabel* m_summary;
    QPushButton* m_selectAll;
    QPushButton* m_create;
    QString m_shownRule;
    bool m_resetting = false;
};

} // namespace tandem
