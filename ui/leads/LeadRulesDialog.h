// How the team handles new leads: routing rules that choose the owner, how soon the first contact
// is due, the qualification questions, and the reasons a lead or deal can be lost. Each change is
// written at once and can be undone.
#pragma once

#include "common/UiContext.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace tandem {

class RecordTableView;

class LeadRulesDialog : public QDialog {
    Q_OBJECT
public:
    explicit LeadRulesDialog(const UiContext& context, QWidget* parent = nullptr);

    RecordTableView* routing() const { return m_routing; }
    RecordTableView* lostReasons() const { return m_reasons; }
    QPlainTextEdit* questionsEdit() const { return m_questions; }
    QSpinBox* daysBox() const { return m_days; }
    QTabWidget* tabs() const { return m_tabs; }
    // Writes the questions and the first-contact days as shown (one undo step each that changed).
    bool saveFollowUp();

private:
    void loadFollowUp();

    UiContext m_ctx;
    QTabWidget* m_tabs;
    RecordTableView* m_routing;
    RecordTableView* m_reasons;
    QPlainTextEdit* m_questions;
    QSpinBox* m_days;
    QPushButton* m_save;
};

} // namespace tandem
