// The targets dialog: a month's targets per rep and team, edited in place in the reader's locale
// and saved together as one undoable step; unsaved edits are offered for saving before they go.
#include "UiTestSupport.h"

#include "common/Prompter.h"
#include "reports/TargetsDialog.h"
#include "services/Targets.h"
#include "store/Session.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

const QDate kJune(2026, 6, 1); // the test clock's month

struct Team {
    QString north, ona, jonas;
};

Team people(RecordStore& rs)
{
    Team t;
    t.north = create(rs, "team", { { "name", "North" } });
    t.ona = create(rs, "user", { { "name", "Ona" }, { "team_id", t.north } });
    t.jonas = create(rs, "user", { { "name", "Jonas" }, { "team_id", t.north } });
    create(rs, "user", { { "name", "Left" }, { "active", false } });
    return t;
}

QString cell(TargetsDialog& d, int row, int column)
{
    return d.table()->item(row, column)->text();
}

void type(TargetsDialog& d, int row, int column, const QString& text)
{
    d.table()->item(row, column)->setText(text);
}

const Target* targetOf(const QList<Target>& list, const QString& userId, const QString& teamId = {})
{
    for (const Target& t : list) {
        if (t.userId == userId && t.teamId == teamId)
            return &t;
    }
    return nullptr;
}

QList<Target> june(Session& s)
{
    auto list = Targets::monthTargets(s, kJune);
    REQUIRE(list.ok());
    return *list;
}

} // namespace

TEST_CASE("The targets dialog edits a month's targets and saves them as one step", "[targets-ui]")
{
    UiFixture f;
    Session& s = f.db->session();
    const Team t = people(f.records());
    REQUIRE(Targets::setMonth(s, kJune, { TargetValues { t.ona, {}, 1250050, {}, 5, {} } }).ok());

    TargetsDialog dialog(f.context());
    CHECK(dialog.month() == kJune);
    CHECK(dialog.monthBox()->currentIndex() == 5);
    CHECK(dialog.yearBox()->value() == 2026);
    CHECK(dialog.table()->horizontalHeaderItem(TargetsDialog::RevenueColumn)->text()
        == "Revenue (EUR)");
    // Reps by name (Left has left and has no target), then the team.
    QStringList names;
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        names << cell(dialog, row, TargetsDialog::NameColumn);
    CHECK(names == QStringList { "Jonas", "Ona", "Tester", "North (team)" });
    const int ona = dialog.rowOf(t.ona);
    const int jonas = dialog.rowOf(t.jonas);
    const int north = dialog.rowOf({}, t.north);
    // Money as a British reader writes it, no grouping.
    CHECK(cell(dialog, ona, TargetsDialog::RevenueColumn) == "12500.50");
    CHECK(cell(dialog, ona, TargetsDialog::DealsColumn) == "5");
    CHECK(cell(dialog, jonas, TargetsDialog::RevenueColumn).isEmpty());
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    type(dialog, jonas, TargetsDialog::RevenueColumn, "€1,250.50");
    type(dialog, jonas, TargetsDialog::DealsColumn, "3");
    type(dialog, north, TargetsDialog::ActivitiesColumn, "40");
    type(dialog, ona, TargetsDialog::DealsColumn, ""); // cleared
    CHECK(dialog.hasChanges());
    REQUIRE(dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    CHECK(Prompter::shown().isEmpty());
    CHECK(dialog.status()->text() == "3 target(s) saved.");
    CHECK_FALSE(dialog.hasChanges());

    QList<Target> saved = june(s);
    REQUIRE(saved.size() == 3);
    REQUIRE(targetOf(saved, t.jonas));
    CHECK(targetOf(saved, t.jonas)->revenue == 125050);
    CHECK(targetOf(saved, t.jonas)->currency == "EUR");
    CHECK(targetOf(saved, t.jonas)->deals == 3);
    REQUIRE(targetOf(saved, {}, t.north));
    CHECK(targetOf(saved, {}, t.north)->activities == 40);
    CHECK_FALSE(targetOf(saved, {}, t.north)->revenue.has_value());
    REQUIRE(targetOf(saved, t.ona));
    CHECK(targetOf(saved, t.ona)->revenue == 1250050);
    CHECK_FALSE(targetOf(saved, t.ona)->deals.has_value());
    CHECK(cell(dialog, jonas, TargetsDialog::RevenueColumn) == "1250.50");

    // One undo step takes the whole save back, and the table follows.
    REQUIRE(f.undoStack.count() == 1);
    f.undoStack.undo();
    saved = june(s);
    REQUIRE(saved.size() == 1);
    CHECK(targetOf(saved, t.ona)->deals == 5);
    CHECK(cell(dialog, jonas, TargetsDialog::RevenueColumn).isEmpty());
    CHECK(cell(dialog, ona, TargetsDialog::DealsColumn) == "5");
}

TEST_CASE("A figure the dialog cannot read saves nothing", "[targets-ui]")
{
    UiFixture f;
    Session& s = f.db->session();
    const Team t = people(f.records());
    TargetsDialog dialog(f.context());
    type(dialog, dialog.rowOf(t.ona), TargetsDialog::RevenueColumn, "1000");
    type(dialog, dialog.rowOf(t.jonas), TargetsDialog::DealsColumn, "a few");
    CHECK_FALSE(dialog.save());
    REQUIRE(Prompter::shown().size() == 1);
    CHECK(Prompter::shown().first().kind == Prompter::Kind::Warning);
    CHECK(Prompter::shown().first().text.startsWith("Jonas: "));
    CHECK(june(s).isEmpty());
    CHECK(f.undoStack.count() == 0);
    CHECK(dialog.hasChanges()); // the edits stay for the user to correct
}

TEST_CASE("Another month is shown once unsaved targets are saved or dropped", "[targets-ui]")
{
    UiFixture f;
    Session& s = f.db->session();
    const Team t = people(f.records());
    // A PLN target stays in PLN when only its deal count changes.
    REQUIRE(Targets::setMonth(
        s, QDate(2026, 7, 1), { TargetValues { t.ona, {}, 900000, "PLN", 2, {} } })
                .ok());
    TargetsDialog dialog(f.context());
    const int ona = dialog.rowOf(t.ona);

    type(dialog, ona, TargetsDialog::RevenueColumn, "100");
    Prompter::answerNext(QMessageBox::Cancel);
    dialog.monthBox()->setCurrentIndex(6); // July: cancelled
    CHECK(dialog.month() == kJune);
    CHECK(dialog.monthBox()->currentIndex() == 5);
    CHECK(cell(dialog, ona, TargetsDialog::RevenueColumn) == "100");

    Prompter::answerNext(QMessageBox::Discard);
    dialog.monthBox()->setCurrentIndex(6);
    CHECK(dialog.month() == QDate(2026, 7, 1));
    CHECK(june(s).isEmpty());
    CHECK(cell(dialog, ona, TargetsDialog::RevenueColumn) == "9000.00 PLN");

    type(dialog, ona, TargetsDialog::DealsColumn, "4");
    Prompter::answerNext(QMessageBox::Save);
    dialog.yearBox()->setValue(2027); // July 2027, after saving July 2026
    CHECK(dialog.month() == QDate(2027, 7, 1));
    auto july = Targets::monthTargets(s, QDate(2026, 7, 1));
    REQUIRE(july.ok());
    REQUIRE(july->size() == 1);
    CHECK(july->first().revenue == 900000);
    CHECK(july->first().currency == "PLN");
    CHECK(july->first().deals == 4);
    CHECK(Prompter::unanswered().isEmpty());
}

TEST_CASE("The targets dialog sets a quarter's targets apart from its months'", "[targets-ui]")
{
    UiFixture f;
    Session& s = f.db->session();
    const Team t = people(f.records());
    REQUIRE(Targets::setMonth(s, kJune, { TargetValues { t.ona, {}, 1250050, {}, 5, {} } }).ok());

    TargetsDialog dialog(f.context());
    // The quarters follow the months: the second quarter holds June.
    const int q2 = dialog.monthBox()->findData(102);
    REQUIRE(q2 > 11);
    CHECK(dialog.monthBox()->itemText(q2) == "Q2 (April–June)");
    dialog.monthBox()->setCurrentIndex(q2);
    CHECK(dialog.period() == "quarter");
    CHECK(dialog.month() == QDate(2026, 4, 1));
    // June's month target is not the quarter's.
    const int ona = dialog.rowOf(t.ona);
    CHECK(cell(dialog, ona, TargetsDialog::RevenueColumn).isEmpty());

    type(dialog, ona, TargetsDialog::RevenueColumn, "36000");
    REQUIRE(dialog.save());
    auto quarter = Targets::periodTargets(s, QDate(2026, 5, 1), "quarter");
    REQUIRE(quarter.ok());
    REQUIRE(quarter->size() == 1);
    CHECK(quarter->first().userId == t.ona);
    CHECK(quarter->first().revenue == 3600000);
    CHECK(targetOf(june(s), t.ona)->revenue == 1250050);
    CHECK(f.undoStack.undoText() == "Set targets for Q2 2026");

    // Back to a month: June's own figures again.
    dialog.monthBox()->setCurrentIndex(5);
    CHECK(dialog.period() == "month");
    CHECK(cell(dialog, dialog.rowOf(t.ona), TargetsDialog::RevenueColumn) == "12500.50");
}
