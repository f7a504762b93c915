// A date (or date and time) typed in the user's format or picked from a calendar; empty is "none".
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QVariant>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace tandem {

class DateField : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Date, DateTime };
    explicit DateField(Mode mode, QWidget* parent = nullptr);

    // The stored form: "2026-06-15" for a date, UTC ISO 8601 for a date and time; empty: none.
    void setStoredValue(const QString& value);
    // Null when empty; an error when the text is not a date.
    Result<QVariant> storedValue() const;
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    void edited();

private:
    void pick(const QDate& date);
    void showCalendar();

    Mode m_mode;
    QLineEdit* m_edit;
    QToolButton* m_button;
};

} // namespace tandem
