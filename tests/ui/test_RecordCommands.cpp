// Every edit in the window is an undo command over the store's write path.
#include "UiTestSupport.h"

#include "common/RecordCommands.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

TEST_CASE("Deleting a contact leaves a tombstone that undo restores", "[ui][undo]")
{
    UiFixture f;
    const QString id
        = addContact(f.records(), QStringLiteral("Ona"), QStringLiteral("Petraitienė"));
    QSignalSpy changed(&f.events, &DataEvents::recordsChanged);

    REQUIRE(
        RecordCommands::remove(f.undoStack, f.records(), f.events, QStringLiteral("contact"), id));
    CHECK_FALSE(f.records().get(QStringLiteral("contact"), id));
    CHECK(f.records().get(QStringLiteral("contact"), id, true)->deleted);
    CHECK(f.undoStack.undoText() == QStringLiteral("Delete Ona Petraitienė"));
    CHECK(changed.count() == 1);

    f.undoStack.undo();
    CHECK(f.records().get(QStringLiteral("contact"), id));
    CHECK(changed.count() == 2);
    f.undoStack.redo();
    CHECK_FALSE(f.records().get(QStringLiteral("contact"), id));
}

TEST_CASE("An edit undone and redone writes the change log each time", "[ui][undo]")
{
    UiFixture f;
    const QString id
        = addContact(f.records(), QStringLiteral("Ona"), QStringLiteral("Petraitienė"));
    REQUIRE(RecordCommands::edit(f.undoStack, f.records(), f.events, QStringLiteral("contact"), id,
        { { QStringLiteral("title"), QStringLiteral("Sales director") } }));
    CHECK(f.undoStack.count() == 1);
    f.undoStack.undo();
    CHECK(f.records().get(QStringLiteral("contact"), id)->value(QStringLiteral("title")).isNull());
    f.undoStack.redo();
    CHECK(f.records().get(QStringLiteral("contact"), id)->text(QStringLiteral("title"))
        == QStringLiteral("Sales director"));
    // Created, then set, cleared, set again: history tells the whole story.
    const auto history = f.records().history(QStringLiteral("contact"), id);
    int titleChanges = 0;
    for (const HistoryEntry& e : history)
        titleChanges += e.op == ChangeOp::Set && e.field == QStringLiteral("title");
    CHECK(titleChanges == 3);
}

TEST_CASE("A refused write goes nowhere near the undo stack", "[ui][undo]")
{
    UiFixture f;
    const QString id
        = addContact(f.records(), QStringLiteral("Ona"), QStringLiteral("Petraitienė"));
    const auto r
        = RecordCommands::edit(f.undoStack, f.records(), f.events, QStringLiteral("contact"), id,
            { { QStringLiteral("email"), QStringLiteral("not an address") } });
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("email"));
    CHECK(f.undoStack.count() == 0);
}

TEST_CASE("An undo the store refuses is reported, not lost", "[ui][undo]")
{
    UiFixture f;
    const QString id
        = addContact(f.records(), QStringLiteral("Ona"), QStringLiteral("Petraitienė"));
    REQUIRE(RecordCommands::edit(f.undoStack, f.records(), f.events, QStringLiteral("contact"), id,
        { { QStringLiteral("title"), QStringLiteral("CEO") } }));
    // Someone else deletes the contact meanwhile (a sync, the CLI).
    REQUIRE(f.records().remove(QStringLiteral("contact"), id));
    QSignalSpy failed(&f.events, &DataEvents::writeFailed);
    f.undoStack.undo();
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().first().toString().contains(id));
}
