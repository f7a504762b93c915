// The Repeat controls of an event or task form, read from and written to RRULE text.
#include "calendar/RecurrenceEditor.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace tandem {

namespace {

using Frequency = RecurrenceRule::Frequency;
constexpr int kNever = -1;

QString intervalSuffix(int frequency, int n)
{
    // Singular and plural apart, so English reads right even without its plural file loaded.
    switch (frequency) {
    case int(Frequency::Daily):
        return n == 1 ? RecurrenceEditor::tr(" day") : RecurrenceEditor::tr(" days", nullptr, n);
    case int(Frequency::Weekly):
        return n == 1 ? RecurrenceEditor::tr(" week") : RecurrenceEditor::tr(" weeks", nullptr, n);
    case int(Frequency::Monthly):
        return n == 1 ? RecurrenceEditor::tr(" month")
                      : RecurrenceEditor::tr(" months", nullptr, n);
    case int(Frequency::Yearly):
        return n == 1 ? RecurrenceEditor::tr(" year") : RecurrenceEditor::tr(" years", nullptr, n);
    }
    return {};
}

// RFC 5545 fills parts left out from the start date; the sentence shows them.
RecurrenceRule withStartDefaults(RecurrenceRule r, const QDate& start)
{
    if (!start.isValid() || !r.byDay.isEmpty() || !r.byMonthDay.isEmpty())
        return r;
    if (r.frequency == Frequency::Weekly)
        r.byDay = { { 0, Qt::DayOfWeek(start.dayOfWeek()) } };
    else if (r.frequency == Frequency::Monthly)
        r.byMonthDay = { start.day() };
    else if (r.frequency == Frequency::Yearly) {
        if (r.byMonth.isEmpty())
            r.byMonth = { start.month() };
        if (r.byMonth.size() == 1 && r.byMonth.first() == start.month())
            r.byMonthDay = { start.day() };
    }
    return r;
}

} // namespace

RecurrenceEditor::RecurrenceEditor(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_frequency(new QComboBox(this))
    , m_interval(new QSpinBox(this))
    , m_weekdayRow(new QWidget(this))
    , m_weekdayLayout(new QHBoxLayout(m_weekdayRow))
    , m_monthlyBox(new QWidget(this))
    , m_monthlyGroup(new QButtonGroup(this))
    , m_onDay(new QRadioButton(m_monthlyBox))
    , m_onNth(new QRadioButton(m_monthlyBox))
    , m_onLast(new QRadioButton(m_monthlyBox))
    , m_onLastDay(new QRadioButton(m_monthlyBox))
    , m_end(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_until(new QDateEdit(this))
    , m_description(new QLabel(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_frequency->setObjectName(QStringLiteral("frequency"));
    m_frequency->addItem(tr("Never"), kNever);
    m_frequency->addItem(tr("Daily"), int(Frequency::Daily));
    m_frequency->addItem(tr("Weekly"), int(Frequency::Weekly));
    m_frequency->addItem(tr("Monthly"), int(Frequency::Monthly));
    m_frequency->addItem(tr("Yearly"), int(Frequency::Yearly));
    m_form->addRow(tr("Repeat:"), m_frequency);

    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setRange(1, 999);
    m_interval->setPrefix(tr("every "));
    m_form->addRow(QString(), m_interval);

    m_weekdayLayout->setContentsMargins(0, 0, 0, 0);
    m_weekdayLayout->setSpacing(2);
    buildWeekdays();
    m_form->addRow(tr("On:"), m_weekdayRow);

    auto* monthly = new QVBoxLayout(m_monthlyBox);
    monthly->setContentsMargins(0, 0, 0, 0);
    const std::pair<QRadioButton*, Monthly> choices[]
        = { { m_onDay, Monthly::Day }, { m_onNth, Monthly::NthWeekday },
              { m_onLast, Monthly::LastWeekday }, { m_onLastDay, Monthly::LastDay } };
    const char* names[] = { "monthlyDay", "monthlyNth", "monthlyLast", "monthlyLastDay" };
    int i = 0;
    for (const auto& [button, kind] : choices) {
        button->setObjectName(QLatin1String(names[i++]));
        m_monthlyGroup->addButton(button, int(kind));
        monthly->addWidget(button);
    }
    m_onDay->setChecked(true);
    m_form->addRow(tr("On:"), m_monthlyBox);

    auto* endRow = new QWidget(this);
    auto* endLayout = new QHBoxLayout(endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    m_end->setObjectName(QStringLiteral("end"));
    m_end->addItem(tr("never"));
    m_end->addItem(tr("after"));
    m_end->addItem(tr("on date"));
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, 999);
    m_count->setValue(10);
    m_until->setObjectName(QStringLiteral("until"));
    m_until->setCalendarPopup(true);
    m_until->setDate(QDate(2000, 1, 1));
    endLayout->addWidget(m_end);
    endLayout->addWidget(m_count);
    endLayout->addWidget(m_until);
    endLayout->addStretch(1);
    m_form->addRow(tr("Ends:"), endRow);

    m_description->setObjectName(QStringLiteral("description"));
    m_description->setWordWrap(true);
    m_form->addRow(m_description);

    connect(m_frequency, &QComboBox::currentIndexChanged, this, [this] {
        const bool noDays = std::none_of(
            std::begin(m_days), std::end(m_days), [](QToolButton* b) { return b->isChecked(); });
        if (!m_loading && m_start.isValid() && noDays
            && m_frequency->currentData().toInt() == int(Frequency::Weekly)) {
            m_loading = true; // the start's weekday is a starting point, not a second edit
            m_days[m_start.dayOfWeek() - 1]->setChecked(true);
            m_loading = false;
        }
        userEdited();
    });
    connect(m_interval, &QSpinBox::valueChanged, this, &RecurrenceEditor::userEdited);
    connect(m_monthlyGroup, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            userEdited();
    });
    connect(m_end, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_loading && index == 2 && m_start.isValid() && m_until->date() < m_start) {
            m_loading = true;
            m_until->setDate(m_start.addMonths(3));
            m_loading = false;
        }
        userEdited();
    });
    connect(m_count, &QSpinBox::valueChanged, this, &RecurrenceEditor::userEdited);
    connect(m_until, &QDateEdit::dateChanged, this, &RecurrenceEditor::userEdited);

    applyLocale();
    refreshStartLabels();
    refreshVisibility();
    refreshDescription();
}

void RecurrenceEditor::buildWeekdays()
{
    for (int d = 0; d < 7; ++d) {
        auto* b = new QToolButton(m_weekdayRow);
        b->setObjectName(QStringLiteral("day%1").arg(d + 1));
        b->setCheckable(true);
        b->setAutoRaise(true);
        connect(b, &QToolButton::toggled, this, &RecurrenceEditor::userEdited);
        m_days[d] = b;
    }
}

void RecurrenceEditor::applyLocale()
{
    // Buttons in the order the user's calendar shows a week: Monday first, or Sunday in the US.
    const QLocale loc = locale();
    while (m_weekdayLayout->count() > 0)
        delete m_weekdayLayout->takeAt(0);
    const int first = int(loc.firstDayOfWeek());
    for (int i = 0; i < 7; ++i) {
        const int day = (first - 1 + i) % 7 + 1;
        QToolButton* b = m_days[day - 1];
        b->setText(loc.dayName(day, QLocale::ShortFormat));
        b->setToolTip(loc.dayName(day, QLocale::LongFormat));
        m_weekdayLayout->addWidget(b);
    }
    m_weekdayLayout->addStretch(1);
}

void RecurrenceEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LocaleChange) {
        applyLocale();
        refreshStartLabels();
        refreshDescription();
    }
}

void RecurrenceEditor::refreshStartLabels()
{
    const bool known = m_start.isValid();
    const int day = known ? m_start.day() : 0;
    const int last = known ? m_start.daysInMonth() : 0;
    const int nth = (day - 1) / 7 + 1;
    const auto weekday = Qt::DayOfWeek(known ? m_start.dayOfWeek() : 1);
    m_onDay->setText(known ? tr("on day %1").arg(day) : tr("on the same day each month"));
    m_onNth->setText(tr("on %1").arg(Recurrence::describeWeekday({ nth, weekday }, locale())));
    m_onLast->setText(tr("on %1").arg(Recurrence::describeWeekday({ -1, weekday }, locale())));
    m_onLastDay->setText(tr("on the last day of the month"));
    m_onNth->setVisible(known && nth <= 4);
    m_onLast->setVisible(known && day + 7 > last);
    m_onLastDay->setVisible(known && day == last);
    if (m_monthlyGroup->checkedButton() && m_monthlyGroup->checkedButton()->isHidden())
        m_onDay->setChecked(true);
}

void RecurrenceEditor::refreshVisibility()
{
    const int f = m_frequency->currentData().toInt();
    const bool repeats = f != kNever;
    m_form->setRowVisible(m_interval, repeats);
    m_form->setRowVisible(m_weekdayRow, f == int(Frequency::Weekly));
    m_form->setRowVisible(m_monthlyBox, f == int(Frequency::Monthly));
    m_form->setRowVisible(m_end->parentWidget(), repeats);
    m_interval->setSuffix(intervalSuffix(f, m_interval->value()));
    m_count->setSuffix(
        m_count->value() == 1 ? tr(" time") : tr(" times", nullptr, m_count->value()));
    m_count->setVisible(m_end->currentIndex() == 1);
    m_until->setVisible(m_end->currentIndex() == 2);
}

void RecurrenceEditor::refreshDescription()
{
    QString text;
    if (!m_error.isEmpty()) {
        text = tr("This repeat rule cannot be read: %1").arg(m_error);
    } else if (!m_custom.isEmpty()) {
        const auto rule = Recurrence::parse(m_custom);
        text = Recurrence::describe(withStartDefaults(rule.value(), m_start), locale());
    } else if (m_frequency->currentData().toInt() == kNever) {
        text = tr("Does not repeat");
    } else {
        text = Recurrence::describe(withStartDefaults(editedRule(), m_start), locale());
    }
    m_description->setText(text);
}

void RecurrenceEditor::userEdited()
{
    if (m_loading)
        return;
    m_custom.clear();
    m_error.clear();
    refreshVisibility();
    refreshDescription();
    emit changed();
}

RecurrenceEditor::Monthly RecurrenceEditor::monthlyKind() const
{
    return Monthly(std::max(0, m_monthlyGroup->checkedId()));
}

void RecurrenceEditor::selectMonthly(Monthly kind)
{
    m_monthlyGroup->button(int(kind))->setChecked(true);
}

RecurrenceRule RecurrenceEditor::editedRule() const
{
    RecurrenceRule r;
    r.frequency = Frequency(std::max(0, m_frequency->currentData().toInt()));
    r.interval = m_interval->value();
    if (r.frequency == Frequency::Weekly) {
        for (int d = 0; d < 7; ++d) {
            if (m_days[d]->isChecked())
                r.byDay << WeekdayNum { 0, Qt::DayOfWeek(d + 1) };
        }
    } else if (r.frequency == Frequency::Monthly && m_start.isValid()) {
        const auto weekday = Qt::DayOfWeek(m_start.dayOfWeek());
        switch (monthlyKind()) {
        case Monthly::Day:
            r.byMonthDay = { m_start.day() };
            break;
        case Monthly::NthWeekday:
            r.byDay = { { (m_start.day() - 1) / 7 + 1, weekday } };
            break;
        case Monthly::LastWeekday:
            r.byDay = { { -1, weekday } };
            break;
        case Monthly::LastDay:
            r.byMonthDay = { -1 };
            break;
        }
    }
    if (m_end->currentIndex() == 1)
        r.count = m_count->value();
    else if (m_end->currentIndex() == 2)
        r.until = QDateTime(m_until->date(), QTime(23, 59, 59, 999), Qt::LocalTime);
    return r;
}

bool RecurrenceEditor::showRule(const RecurrenceRule& rule)
{
    m_frequency->setCurrentIndex(m_frequency->findData(int(rule.frequency)));
    m_interval->setValue(rule.interval);
    for (int d = 0; d < 7; ++d) {
        const bool on = rule.byDay.contains(WeekdayNum { 0, Qt::DayOfWeek(d + 1) })
            || (rule.frequency == Frequency::Weekly && rule.byDay.isEmpty() && m_start.isValid()
                && m_start.dayOfWeek() == d + 1);
        m_days[d]->setChecked(on);
    }
    if (rule.frequency == Frequency::Monthly) {
        if (rule.byMonthDay == QList<int> { -1 })
            selectMonthly(Monthly::LastDay);
        else if (rule.byDay.size() == 1 && rule.byDay.first().ordinal == -1)
            selectMonthly(Monthly::LastWeekday);
        else if (rule.byDay.size() == 1 && rule.byDay.first().ordinal > 0)
            selectMonthly(Monthly::NthWeekday);
        else
            selectMonthly(Monthly::Day);
    }
    m_end->setCurrentIndex(rule.count > 0 ? 1 : rule.until.isValid() ? 2 : 0);
    if (rule.count > 0)
        m_count->setValue(rule.count);
    if (rule.until.isValid()) {
        const bool floating = rule.until.timeSpec() == Qt::LocalTime;
        m_until->setDate(floating ? rule.until.date() : rule.until.toLocalTime().date());
    }
    // Shown exactly when the controls give back the same rule.
    return Recurrence::format(editedRule()) == Recurrence::format(rule);
}

QString RecurrenceEditor::rrule() const
{
    if (!m_custom.isEmpty())
        return m_custom;
    if (m_frequency->currentData().toInt() == kNever)
        return {};
    return Recurrence::format(editedRule());
}

void RecurrenceEditor::setRRule(const QString& text)
{
    m_loading = true;
    m_custom.clear();
    m_error.clear();
    if (text.trimmed().isEmpty()) {
        m_frequency->setCurrentIndex(0);
    } else if (auto rule = Recurrence::parse(text); !rule.ok()) {
        m_custom = text.trimmed(); // kept as it was: nothing is lost by opening the form
        m_error = rule.error().toString();
    } else if (!showRule(rule.value())) {
        m_custom = Recurrence::format(rule.value());
    }
    m_loading = false;
    refreshVisibility();
    refreshDescription();
}

void RecurrenceEditor::setStartDate(const QDate& date)
{
    if (date == m_start)
        return;
    const QString before = rrule();
    m_start = date;
    m_loading = true;
    refreshStartLabels();
    // A rule kept as it was may now fit the controls, named from this start date.
    if (!m_custom.isEmpty() && m_error.isEmpty()) {
        const auto rule = Recurrence::parse(m_custom);
        if (showRule(rule.value()))
            m_custom.clear();
    }
    m_loading = false;
    refreshVisibility();
    refreshDescription();
    if (rrule() != before)
        emit changed();
}

} // namespace tandem
