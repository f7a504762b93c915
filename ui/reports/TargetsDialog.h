// Targets for one month or quarter: every rep and team with their revenue (in the team's
// currency), new-deal and activity targets, edited in place and saved together as one undoable
// step.
#pragma once

#include "common/UiContext.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tandem {

class TargetsDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { NameColumn, RevenueColumn, DealsColumn, ActivitiesColumn };

    explicit TargetsDialog(const UiContext& context, QWidget* parent = nullptr);

    QComboBox* monthBox() const { return m_monthBox; }
    QSpinBox* yearBox() const { return m_yearBox; }
    QTableWidget* table() const { return m_table; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* status() const { return m_status; }

    QDate month() const { return m_month; } // the first day of the month or quarter shown
    QString period() const { return m_period; } // month | quarter
    // Shows another month; unsaved changes are offered to be saved first. False when the user
    // stayed (cancelled, or the save was refused).
    bool showMonth(const QDate& month);
    // The same for the month or quarter (`period`) holding `day`.
    bool showPeriod(const QDate& day, const QString& period);
    bool hasChanges() const;
    // Writes every changed row in one go (one transaction, one undo step). False, with a message,
    // when a figure cannot be read or the save was refused; then nothing is written.
    bool save();
    // The table's row of a rep (or, with an empty user id, a team); -1 when not listed.
    int rowOf(const QString& userId, const QString& teamId = {}) const;

    void reject() override;

private:
    void reload();
    void pickerChanged();
    // The period box and year show m_month and m_period.
    void showPicked();
    QString periodTitle() const; // "June 2026", "Q2 2026"
    void updateState();
    // Save, discard or stay: true when the changes were saved or may be dropped.
    bool settleChanges();

    UiContext m_ctx;
    QDate m_month;
    QString m_period = QStringLiteral("month");
    QComboBox* m_monthBox;
    QSpinBox* m_yearBox;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_save;
    bool m_loading = false;
};

} // namespace tandem
