// The Repeat controls of an event form: a stored RRULE is shown, edits give the right RRULE text,
// monthly choices follow the start date, and rules the controls cannot show are kept unchanged.
#include "TestData.h"
#include "calendar/RecurrenceEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace tandem;

namespace {

template <class T> T* child(QWidget& parent, const char* name)
{
    T* w = parent.findChild<T*>(QString::fromLatin1(name));
    if (!w)
        FAIL("no child " << name);
    return w;
}

QToolButton* dayButton(QWidget& editor, Qt::DayOfWeek day)
{
    return child<QToolButton>(editor, QStringLiteral("day%1").arg(int(day)).toLatin1().constData());
}

QString description(QWidget& editor)
{
    return child<QLabel>(editor, "description")->text();
}

} // namespace

TEST_CASE("A stored rule shows in the controls", "[recurrence-editor]")
{
    RecurrenceEditor editor;
    editor.setStartDate(QDate(2026, 6, 16)); // the third Tuesday of June
    QSignalSpy changed(&editor, &RecurrenceEditor::changed);

    editor.setRRule(QStringLiteral("FREQ=WEEKLY;COUNT=10;INTERVAL=2;BYDAY=MO,WE"));
    CHECK(child<QComboBox>(editor, "frequency")->currentText() == QStringLiteral("Weekly"));
    CHECK(child<QSpinBox>(editor, "interval")->value() == 2);
    CHECK(dayButton(editor, Qt::Monday)->isChecked());
    CHECK(dayButton(editor, Qt::Wednesday)->isChecked());
    CHECK_FALSE(dayButton(editor, Qt::Tuesday)->isChecked());
    CHECK(child<QComboBox>(editor, "end")->currentIndex() == 1);
    CHECK(child<QSpinBox>(editor, "count")->value() == 10);
    CHECK(description(editor) == QStringLiteral("Every 2 weeks on Monday and Wednesday, 10 times"));
    CHECK(changed.isEmpty()); // loading is not an edit

    editor.setRRule(QStringLiteral("FREQ=MONTHLY;BYDAY=3TU;UNTIL=20261231"));
    CHECK(child<QRadioButton>(editor, "monthlyNth")->isChecked());
    CHECK(child<QRadioButton>(editor, "monthlyNth")->text()
        == QStringLiteral("on the third Tuesday"));
    CHECK(child<QDateEdit>(editor, "until")->date() == QDate(2026, 12, 31));
    CHECK(description(editor)
        == QStringLiteral("Monthly on the third Tuesday, until Thursday, 31 December 2026"));

    editor.setRRule(QString());
    CHECK(editor.rrule().isEmpty());
    CHECK(description(editor) == QStringLiteral("Does not repeat"));
}

TEST_CASE("Editing the controls writes the RRULE", "[recurrence-editor]")
{
    RecurrenceEditor editor;
    editor.setStartDate(QDate(2026, 7, 31)); // a Friday, the last day of July
    QSignalSpy changed(&editor, &RecurrenceEditor::changed);
    auto* frequency = child<QComboBox>(editor, "frequency");
    CHECK(editor.rrule().isEmpty());

    frequency->setCurrentIndex(frequency->findText(QStringLiteral("Weekly")));
    CHECK(editor.rrule() == QStringLiteral("FREQ=WEEKLY;BYDAY=FR")); // the start's weekday
    dayButton(editor, Qt::Monday)->click();
    CHECK(editor.rrule() == QStringLiteral("FREQ=WEEKLY;BYDAY=MO,FR"));
    child<QSpinBox>(editor, "interval")->setValue(3);
    CHECK(editor.rrule() == QStringLiteral("FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,FR"));
    CHECK(changed.size() >= 3);

    frequency->setCurrentIndex(frequency->findText(QStringLiteral("Monthly")));
    CHECK(editor.rrule() == QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=31"));
    CHECK(
        child<QRadioButton>(editor, "monthlyLast")->text() == QStringLiteral("on the last Friday"));
    CHECK(child<QRadioButton>(editor, "monthlyNth")->isHidden()); // the 31st is no "fifth Friday"
    child<QRadioButton>(editor, "monthlyLast")->click();
    CHECK(editor.rrule() == QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR"));
    child<QRadioButton>(editor, "monthlyLastDay")->click();
    CHECK(editor.rrule() == QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"));

    auto* end = child<QComboBox>(editor, "end");
    end->setCurrentIndex(1);
    child<QSpinBox>(editor, "count")->setValue(4);
    CHECK(editor.rrule() == QStringLiteral("FREQ=MONTHLY;COUNT=4;INTERVAL=3;BYMONTHDAY=-1"));
    CHECK(description(editor) == QStringLiteral("Every 3 months on the last day, 4 times"));
    end->setCurrentIndex(2);
    CHECK(child<QDateEdit>(editor, "until")->date() >= QDate(2026, 7, 31));
    child<QDateEdit>(editor, "until")->setDate(QDate(2027, 6, 30));
    CHECK(editor.rrule() == QStringLiteral("FREQ=MONTHLY;UNTIL=20270630;INTERVAL=3;BYMONTHDAY=-1"));

    frequency->setCurrentIndex(frequency->findText(QStringLiteral("Yearly")));
    child<QSpinBox>(editor, "interval")->setValue(1);
    end->setCurrentIndex(0);
    CHECK(editor.rrule() == QStringLiteral("FREQ=YEARLY"));
    CHECK(description(editor) == QStringLiteral("Yearly on 31 July"));
    frequency->setCurrentIndex(frequency->findText(QStringLiteral("Never")));
    CHECK(editor.rrule().isEmpty());
}

TEST_CASE("Monthly choices follow the event's start date", "[recurrence-editor]")
{
    RecurrenceEditor editor;
    editor.setStartDate(QDate(2026, 6, 15)); // the third Monday
    editor.setRRule(QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=15"));
    CHECK(child<QRadioButton>(editor, "monthlyDay")->text() == QStringLiteral("on day 15"));
    CHECK(child<QRadioButton>(editor, "monthlyLast")->isHidden());
    QSignalSpy changed(&editor, &RecurrenceEditor::changed);
    editor.setStartDate(QDate(2026, 6, 20)); // the event moved: the rule moves with it
    CHECK(editor.rrule() == QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=20"));
    CHECK(changed.size() == 1);

    // A rule read before the start date is known is kept, then shown once the date arrives.
    RecurrenceEditor later;
    later.setRRule(QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
    CHECK(later.rrule() == QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
    later.setStartDate(QDate(2026, 1, 13));
    CHECK(child<QRadioButton>(later, "monthlyNth")->isChecked());
    CHECK(later.rrule() == QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
}

TEST_CASE(
    "Rules round-trip, and ones without controls are kept as they were", "[recurrence-editor]")
{
    RecurrenceEditor editor;
    editor.setStartDate(QDate(2026, 1, 30)); // the last Friday of January
    const char* shown[] = {
        "FREQ=DAILY",
        "FREQ=DAILY;COUNT=5;INTERVAL=2",
        "FREQ=WEEKLY;UNTIL=20261231;BYDAY=TU,TH,SA",
        "FREQ=MONTHLY;BYDAY=-1FR",
        "FREQ=MONTHLY;COUNT=12;BYMONTHDAY=30",
        "FREQ=YEARLY;INTERVAL=2",
    };
    for (const char* text : shown) {
        INFO(text);
        editor.setRRule(QString::fromLatin1(text));
        CHECK(editor.rrule() == QString::fromLatin1(text));
        // A change and its undo through the controls give the same text back.
        auto* interval = child<QSpinBox>(editor, "interval");
        const int n = interval->value();
        interval->setValue(n + 1);
        interval->setValue(n);
        CHECK(editor.rrule() == QString::fromLatin1(text));
    }
    const char* kept[] = {
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=MONTHLY;BYMONTHDAY=1,15",
        "FREQ=DAILY;UNTIL=20261231T215959Z",
    };
    for (const char* text : kept) {
        INFO(text);
        editor.setRRule(QString::fromLatin1(text));
        CHECK(editor.rrule() == QString::fromLatin1(text));
    }
    editor.setRRule(QStringLiteral("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"));
    CHECK(description(editor) == QStringLiteral("Monthly on the last workday"));
    // An edit makes it the controls' rule: the nearest they can say, on the start's day.
    child<QSpinBox>(editor, "interval")->setValue(2);
    CHECK(editor.rrule() == QStringLiteral("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=30"));

    editor.setRRule(QStringLiteral("FREQ=SOMETIMES"));
    CHECK(editor.rrule() == QStringLiteral("FREQ=SOMETIMES"));
    CHECK(description(editor).contains(QStringLiteral("FREQ")));
}

TEST_CASE("Weekday buttons follow the locale's first day of the week", "[recurrence-editor]")
{
    RecurrenceEditor editor;
    const auto firstButton = [&] {
        auto* day = dayButton(editor, Qt::Monday);
        auto* row = day->parentWidget()->layout();
        return qobject_cast<QToolButton*>(row->itemAt(0)->widget());
    };
    editor.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(firstButton() == dayButton(editor, Qt::Monday));
    editor.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(firstButton() == dayButton(editor, Qt::Sunday));
    CHECK(firstButton()->text() == QStringLiteral("Sun"));
}
