// The "Repeat" part of an event or task form: frequency, interval, weekdays, monthly day or nth
// weekday (from the start date), the end, and a sentence saying what was chosen.
#pragma once

#include "domain/Recurrence.h"

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace tandem {

class RecurrenceEditor : public QWidget {
    Q_OBJECT
public:
    explicit RecurrenceEditor(QWidget* parent = nullptr);

    // The RRULE value (no "RRULE:" prefix); empty for "Never". A rule loaded with setRRule that
    // these controls cannot show (BYSETPOS, several month days …) comes back unchanged until the
    // user edits it.
    QString rrule() const;
    void setRRule(const QString& rrule);
    // The event's first day: it names the monthly choices ("on day 15", "on the third Tuesday").
    void setStartDate(const QDate& date);
    QDate startDate() const { return m_start; }

signals:
    void changed(); // the user edited the rule, or a new start date changed its text

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Monthly { Day, NthWeekday, LastWeekday, LastDay };

    void buildWeekdays();
    void applyLocale();
    void refreshStartLabels();
    void refreshVisibility();
    void refreshDescription();
    void userEdited();
    RecurrenceRule editedRule() const;
    bool showRule(const RecurrenceRule& rule); // false: some part has no control
    void selectMonthly(Monthly kind);
    Monthly monthlyKind() const;

    QDate m_start;
    QString m_custom; // a loaded rule the controls cannot show, kept as it was
    QString m_error; // why a loaded rule could not be read
    bool m_loading = false;

    QFormLayout* m_form;
    QComboBox* m_frequency;
    QSpinBox* m_interval;
    QWidget* m_weekdayRow;
    QHBoxLayout* m_weekdayLayout;
    QToolButton* m_days[7] {}; // by Qt::DayOfWeek - 1
    QWidget* m_monthlyBox;
    QButtonGroup* m_monthlyGroup;
    QRadioButton* m_onDay;
    QRadioButton* m_onNth;
    QRadioButton* m_onLast;
    QRadioButton* m_onLastDay;
    QComboBox* m_end;
    QSpinBox* m_count;
    QDateEdit* m_until;
    QLabel* m_description;
};

} // namespace tandem
