// What the UI tests share: an initialised database with the context screens work in, and waiting.
#pragma once

#include "TestDatabase.h"
#include "common/DataEvents.h"
#include "common/UiContext.h"

#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

class QWidget;

namespace tandem::test {

struct UiFixture {
    UiFixture(); // also forgets what Prompter saw and was told in earlier tests

    std::unique_ptr<TestDatabase> db;
    DataEvents events;
    QUndoStack undoStack;

    UiContext context() { return { db->session(), events, undoStack }; }
    RecordStore& records() { return db->records(); }
};

// Runs the event loop until `done()` is true (false after `ms`).
bool waitFor(const std::function<bool()>& done, int ms = 3000);
// Shows the window and waits until it has the keyboard, as after a user's click.
bool showActive(QWidget& window);

// Types like a user at the keyboard, letters with diacritics included (QTest::keyClicks is ASCII
// only).
void typeText(QWidget* widget, const QString& text);

// The bytes of a file for a test: `head` (say "%PDF-1.4"), then bytes that differ from one size to
// the next, `size` in all.
QByteArray sampleFile(const char* head, int size);

QString addContact(
    RecordStore& rs, const QString& first, const QString& last, const QVariantMap& more = {});

} // namespace tandem::test
