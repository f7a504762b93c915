// The calendar's helpers for planning: the dormant-customer dialog proposes follow-up tasks as one
// undoable step, and the free-time finder offers the times when every chosen colleague is free.
#include "UiTestSupport.h"

#include "calendar/DormantDialog.h"
#include "calendar/FreeSlotDialog.h"
#include "records/RecordTableModel.h"
#include "records/RecordTableView.h"
#include "services/DormantRules.h"
#include "store/Session.h"

#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

const QDate kToday(2026, 6, 15); // the test clock's day, a Monday

QString wonCustomer(RecordStore& rs, const QString& name, const QString& owner, int daysAgo)
{
    const QString id = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), name },
            { QStringLiteral("status"), QStringLiteral("customer") },
            { QStringLiteral("owner_id"), owner } });
    create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Order") },
            { QStringLiteral("company_id"), id },
            { QStringLiteral("status"), QStringLiteral("won") },
            { QStringLiteral("won_at"),
                QDateTime(kToday.addDays(-daysAgo), QTime(12, 0), Qt::UTC) } });
    return id;
}

QString ruleNamed(Session& s, const char* name)
{
    auto rules = DormantRules::rules(s);
    REQUIRE(rules);
    for (const DormantRule& r : *rules) {
        if (r.name == QLatin1String(name))
            return r.id;
    }
    FAIL("no rule " << name);
    return {};
}

QStringList listed(QTreeWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out << list->topLevelItem(i)->text(0);
    return out;
}

QList<Record> tasksOf(RecordStore& rs, const QString& companyId)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("company_id"), QVariant(companyId));
    auto rows = rs.list(QStringLiteral("task"), q);
    REQUIRE(rows);
    return *rows;
}

} // namespace

TEST_CASE(
    "The dormant-customer dialog creates follow-up tasks as one undoable step", "[dormant-ui]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString jonas = create(
        rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Jonas") } });
    const QString alpha = wonCustomer(rs, QStringLiteral("Alpha"), jonas, 200);
    wonCustomer(rs, QStringLiteral("Beta"), jonas, 100);

    DormantDialog dialog(f.context());
    // The team's two starting rules are there to edit.
    REQUIRE(dialog.rules()->model()->rowCount() == 2);
    const QString rule = ruleNamed(f.db->session(), "No purchase in 6 months");
    dialog.rules()->selectId(rule);
    REQUIRE(dialog.currentRuleId() == rule);
    CHECK(dialog.letterEdit()->toPlainText().contains(QStringLiteral("{last_purchase}")));

    QTreeWidget* list = dialog.candidates();
    REQUIRE(listed(list) == QStringList { QStringLiteral("Alpha") });
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("Jonas"));
    CHECK(list->topLevelItem(0)->text(4) == QStringLiteral("200"));

    // Nothing ticked: nothing made.
    CHECK(dialog.createTasks() == 0);
    CHECK(f.undoStack.count() == 0);

    list->topLevelItem(0)->setCheckState(0, Qt::Checked);
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    const QList<Record> tasks = tasksOf(rs, alpha);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().text(QStringLiteral("owner_id")) == jonas);
    CHECK(tasks.first().text(QStringLiteral("subject"))
        == QStringLiteral("Offer something new to Alpha"));
    CHECK(dialog.summary()->text() == QStringLiteral("1 follow-up task(s) created."));
    CHECK(listed(list).isEmpty()); // Alpha has its open task now
    REQUIRE(f.undoStack.count() == 1);

    f.undoStack.undo();
    CHECK(tasksOf(rs, alpha).isEmpty());
    CHECK(listed(list) == QStringList { QStringLiteral("Alpha") });
    f.undoStack.redo();
    CHECK(tasksOf(rs, alpha).size() == 1);
    CHECK(listed(list).isEmpty());
}

TEST_CASE("A rule's letter is edited in the dialog and can be undone", "[dormant-ui]")
{
    UiFixture f;
    DormantDialog dialog(f.context());
    const QString rule = ruleNamed(f.db->session(), "No contact in 90 days");
    dialog.rules()->selectId(rule);
    const QString before = DormantRules::rule(f.db->session(), rule)->letterTemplate;

    dialog.letterEdit()->setPlainText(QStringLiteral("Hello {contact}, {owner}"));
    REQUIRE(dialog.saveLetter());
    CHECK(DormantRules::rule(f.db->session(), rule)->letterTemplate
        == QStringLiteral("Hello {contact}, {owner}"));
    REQUIRE(f.undoStack.count() == 1);
    f.undoStack.undo();
    CHECK(DormantRules::rule(f.db->session(), rule)->letterTemplate == before);
    CHECK(dialog.letterEdit()->toPlainText() == before);
}

TEST_CASE("The free-time finder offers only times when everyone ticked is free", "[freeslots-ui]")
{
    UiFixture f;
    Session& s = f.db->session();
    RecordStore& rs = f.records();
    REQUIRE(s.setSetting(QStringLiteral("work_day_start"), QStringLiteral("09:00")));
    REQUIRE(s.setSetting(QStringLiteral("work_day_end"), QStringLiteral("11:00")));
    const QString ana
        = create(rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Ana") } });
    const QString ben
        = create(rs, QStringLiteral("user"), { { QStringLiteral("name"), QStringLiteral("Ben") } });
    create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Left") },
            { QStringLiteral("active"), false } });
    const QTimeZone zone = QTimeZone::systemTimeZone();
    create(rs, QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("meeting") },
            { QStringLiteral("subject"), QStringLiteral("Ana's meeting") },
            { QStringLiteral("owner_id"), ana },
            { QStringLiteral("starts_at"), QDateTime(kToday, QTime(9, 0), zone) },
            { QStringLiteral("ends_at"), QDateTime(kToday, QTime(10, 0), zone) } });

    FreeSlotDialog dialog(s, { ana });
    QStringList people;
    for (int i = 0; i < dialog.users()->count(); ++i)
        people << dialog.users()->item(i)->text();
    CHECK(people
        == QStringList { QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Tester") });
    dialog.users()->item(1)->setCheckState(Qt::Checked);
    dialog.fromEdit()->setDate(kToday);
    dialog.toEdit()->setDate(kToday);
    dialog.durationBox()->setValue(60);

    REQUIRE(dialog.search() == 1);
    QTreeWidget* found = dialog.slotList();
    REQUIRE(found->topLevelItemCount() == 1);
    CHECK(
        found->topLevelItem(0)->text(1) == QLocale().toString(QTime(10, 0), QLocale::ShortFormat));

    QSignalSpy booked(&dialog, &FreeSlotDialog::bookSlot);
    found->setCurrentItem(found->topLevelItem(0));
    QTest::mouseClick(dialog.bookButton(), Qt::LeftButton);
    REQUIRE(booked.count() == 1);
    CHECK(booked.at(0).at(0).toDateTime() == QDateTime(kToday, QTime(10, 0), zone).toUTC());
    CHECK(booked.at(0).at(1).toDateTime() == QDateTime(kToday, QTime(11, 0), zone).toUTC());
    CHECK(booked.at(0).at(2).toStringList() == QStringList { ana, ben });
}
