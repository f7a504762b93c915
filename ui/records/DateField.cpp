#include "records/DateField.h"

#include "common/Icons.h"
#include "records/FieldDisplay.h"

#include <QCalendarWidget>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace tandem {

namespace {

QDateTime parseLocalDateTime(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, FieldDisplay::dateTimeFormat());
    if (!t.isValid())
        t = QLocale().toDateTime(text, QLocale::ShortFormat);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        // A date alone means the start of that day.
        QDate d = QDate::fromString(text, FieldDisplay::dateFormat());
        if (!d.isValid())
            d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0));
    }
    return t;
}

QDate parseDate(const QString& text)
{
    QDate d = QDate::fromString(text, FieldDisplay::dateFormat());
    if (!d.isValid())
        d = QLocale().toDate(text, QLocale::ShortFormat);
    if (!d.isValid())
        d = QDate::fromString(text, Qt::ISODate);
    return d;
}

} // namespace

DateField::DateField(Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(
        mode == Mode::Date ? FieldDisplay::dateFormat() : FieldDisplay::dateTimeFormat());
    m_button->setIcon(Icons::get(QStringLiteral("calendar")));
    m_button->setToolTip(tr("Pick a date"));
    m_button->setAutoRaise(true);
    m_button->setFocusPolicy(Qt::NoFocus);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &DateField::edited);
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
}

void DateField::setStoredValue(const QString& value)
{
    if (value.isEmpty()) {
        m_edit->clear();
    } else if (m_mode == Mode::Date) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        m_edit->setText(d.isValid() ? d.toString(FieldDisplay::dateFormat()) : value);
    } else {
        QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(value, Qt::ISODate);
        m_edit->setText(
            t.isValid() ? t.toLocalTime().toString(FieldDisplay::dateTimeFormat()) : value);
    }
}

Result<QVariant> DateField::storedValue() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return QVariant();
    if (m_mode == Mode::Date) {
        const QDate d = parseDate(text);
        if (!d.isValid())
            return makeError(
                tr("“%1” is not a date; write it as %2")
                    .arg(text, QDate(2026, 6, 15).toString(FieldDisplay::dateFormat())));
        return QVariant(d.toString(Qt::ISODate));
    }
    const QDateTime t = parseLocalDateTime(text);
    if (!t.isValid())
        return makeError(tr("“%1” is not a date and time; write it as %2")
                             .arg(text,
                                 QDateTime(QDate(2026, 6, 15), QTime(14, 30))
                                     .toString(FieldDisplay::dateTimeFormat())));
    return QVariant(t.toUTC().toString(Qt::ISODateWithMs));
}

void DateField::showCalendar()
{
    QMenu menu(this);
    auto* calendar = new QCalendarWidget(&menu);
    calendar->setGridVisible(false);
    const QString text = m_edit->text().trimmed();
    const QDate current = m_mode == Mode::Date ? parseDate(text) : parseLocalDateTime(text).date();
    if (current.isValid())
        calendar->setSelectedDate(current);
    auto* action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](const QDate& date) {
        pick(date);
        menu.close();
    });
    menu.exec(m_button->mapToGlobal(QPoint(0, m_button->height())));
}

void DateField::pick(const QDate& date)
{
    if (m_mode == Mode::Date) {
        m_edit->setText(date.toString(FieldDisplay::dateFormat()));
    } else {
        // Keep the time already there; a new meeting starts at nine.
        const QDateTime before = parseLocalDateTime(m_edit->text().trimmed());
        const QTime time = before.isValid() ? before.time() : QTime(9, 0);
        m_edit->setText(QDateTime(date, time).toString(FieldDisplay::dateTimeFormat()));
    }
    emit edited();
}

} // namespace tandem
