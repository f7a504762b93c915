// Cases › Deadline rules…: per priority, the working hours within which a case must be answered
// and resolved; the country whose public holidays are days off, and the team's own days off.
#pragma once

#include "common/UiContext.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace tandem {

class RecordTableView;

class CaseRulesDialog : public QDialog {
    Q_OBJECT
public:
    explicit CaseRulesDialog(const UiContext& context, QWidget* parent = nullptr);

    RecordTableView* rules() const { return m_rules; }
    RecordTableView* daysOff() const { return m_daysOff; }
    QComboBox* countryBox() const { return m_country; }
    // Saves the holiday country picked (one step of Edit › Undo).
    bool saveCountry();

private:
    void showHolidays();

    UiContext m_ctx;
    RecordTableView* m_rules;
    RecordTableView* m_daysOff;
    QComboBox* m_country;
    QLabel* m_holidays;
};

} // namespace tandem
