// The reminder window: a due meeting is listed, snoozing puts it away until the snooze ends,
// dismissing puts it away for good, and what fired while Tandem was closed is listed on start.
#include "UiTestSupport.h"

#include "calendar/ReminderCenter.h"
#include "calendar/ReminderDialog.h"
#include "common/GuiSettings.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimeZone>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QDateTime utcAt(int d, int h, int m)
{
    return QDateTime(QDate(2026, 6, d), QTime(h, m), QTimeZone::utc());
}

// The titles listed under each group, as "Group: title".
QStringList listed(ReminderDialog& dialog)
{
    QStringList out;
    QTreeWidget* list = dialog.list();
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            out << group->text(0).section(QLatin1Char(' '), 0, 0) + QStringLiteral(": ")
                    + group->child(i)->text(0);
    }
    return out;
}

QString meeting(RecordStore& rs, const QString& owner, const QString& subject,
    const QDateTime& start, int reminderMinutes)
{
    return create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("meeting") },
            { QStringLiteral("subject"), subject }, { QStringLiteral("owner_id"), owner },
            { QStringLiteral("starts_at"), start },
            { QStringLiteral("ends_at"), start.addSecs(3600) },
            { QStringLiteral("reminder_minutes"), reminderMinutes } });
}

} // namespace

TEST_CASE("A due meeting is listed; snoozed for 15 minutes it comes back, dismissed it does not",
    "[reminder-ui]")
{
    UiFixture f;
    const QString me = f.db->session().currentUserId();
    const QString id
        = meeting(f.records(), me, QStringLiteral("Offer review"), utcAt(16, 10, 0), 15);
    FixedClock clock(utcAt(16, 9, 50));
    ReminderCenter center(f.context(), clock);
    center.setTrayEnabled(false);
    center.setTimeZone(QTimeZone("Europe/Vilnius"));

    center.check();
    ReminderDialog& dialog = *center.dialog();
    CHECK(dialog.isVisible()); // a newly fired reminder brings the window up
    REQUIRE(listed(dialog) == QStringList { QStringLiteral("Due: Offer review") });
    CHECK(center.nextWake() == utcAt(16, 9, 51)); // nothing else fires: back in a minute

    SECTION("Open asks the window to show the meeting")
    {
        QSignalSpy opened(&center, &ReminderCenter::openRecord);
        REQUIRE(dialog.select(dialog.shown().first().key()));
        dialog.openButton()->click();
        REQUIRE(opened.count() == 1);
        CHECK(opened.first().at(0).toString() == QLatin1String("activity"));
        CHECK(opened.first().at(1).toString() == id);
    }
    SECTION("Snooze 15 minutes")
    {
        REQUIRE(dialog.select(dialog.shown().first().key()));
        dialog.snoozeAction(ReminderDialog::Snooze::FifteenMinutes)->trigger();
        CHECK(listed(dialog).isEmpty());

        clock.advanceMs(14 * 60 * 1000);
        center.check();
        CHECK(listed(dialog).isEmpty());
        CHECK(center.nextWake() == utcAt(16, 10, 5)); // the snooze ends within the minute
        clock.advanceMs(60 * 1000);
        center.check();
        REQUIRE(listed(dialog) == QStringList { QStringLiteral("Due: Offer review") });
        CHECK(dialog.list()->topLevelItem(0)->child(0)->text(3) == QLatin1String("Snoozed"));
    }
    SECTION("Dismiss")
    {
        REQUIRE(dialog.select(dialog.shown().first().key()));
        dialog.dismissButton()->click();
        CHECK(listed(dialog).isEmpty());
        clock.advanceMs(30 * 60 * 1000);
        center.check();
        CHECK(listed(dialog).isEmpty());
        CHECK(center.due().isEmpty());
    }
    SECTION("Dismiss all")
    {
        meeting(f.records(), me, QStringLiteral("Second one"), utcAt(16, 10, 0), 30);
        center.check();
        REQUIRE(listed(dialog).size() == 2);
        dialog.dismissAllButton()->click();
        CHECK(listed(dialog).isEmpty());
    }
}

TEST_CASE("What fired while Tandem was closed is listed on start", "[reminder-ui]")
{
    UiFixture f;
    const QString me = f.db->session().currentUserId();
    GuiSettings().remove(ReminderCenter::lastSeenKey(me));
    FixedClock clock(utcAt(15, 16, 0));
    {
        // The first start only remembers when Tandem last ran.
        ReminderCenter first(f.context(), clock);
        first.setTrayEnabled(false);
        first.checkMissedOnStart();
        CHECK(first.missed().isEmpty());
        CHECK(GuiSettings().value(ReminderCenter::lastSeenKey(me)).toString()
            == QLatin1String("2026-06-15T16:00:00.000Z"));
    }
    meeting(f.records(), me, QStringLiteral("Evening call"), utcAt(15, 18, 0), 15);
    create(f.records(), QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("task") },
            { QStringLiteral("subject"), QStringLiteral("Send the contract") },
            { QStringLiteral("owner_id"), me }, { QStringLiteral("due_at"), utcAt(16, 7, 0) } });
    meeting(f.records(), me, QStringLiteral("Later today"), utcAt(16, 12, 0), 15);

    clock.set(utcAt(16, 8, 0));
    ReminderCenter center(f.context(), clock);
    center.setTrayEnabled(false);
    center.checkMissedOnStart();
    ReminderDialog& dialog = *center.dialog();
    CHECK(dialog.isVisible());
    CHECK(listed(dialog)
        == QStringList {
            QStringLiteral("Missed: Evening call"), QStringLiteral("Missed: Send the contract") });
    CHECK(center.nextWake() == utcAt(16, 8, 1));

    // Dismissed, it leaves the missed list too; closing the window puts the list away.
    REQUIRE(dialog.select(center.missed().first().key()));
    dialog.dismissButton()->click();
    CHECK(listed(dialog) == QStringList { QStringLiteral("Missed: Send the contract") });
    dialog.close();
    CHECK(listed(dialog) == QStringList { QStringLiteral("Due: Send the contract") });
}
