// The record form: edits saved through the undo stack, history, and errors next to the field.
#include "UiTestSupport.h"

#include "records/FieldEditor.h"
#include "records/RecordForm.h"
#include "records/RecordHistoryView.h"
#include "records/ReferenceCombo.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QLineEdit* lineEdit(RecordForm& form, const QString& field)
{
    FieldEditor* editor = form.editor(field);
    REQUIRE(editor);
    auto* edit = qobject_cast<QLineEdit*>(editor->input());
    REQUIRE(edit);
    return edit;
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

} // namespace

TEST_CASE("Changing a contact's job title saves it, shows it in history, and undo brings back the "
          "old one",
    "[ui][form]")
{
    UiFixture f;
    const QString id = addContact(f.records(), QStringLiteral("Šarūnas"),
        QStringLiteral("Kazlauskas"), { { QStringLiteral("title"), QStringLiteral("Buyer") } });
    RecordForm form(f.context(), QStringLiteral("contact"));
    form.showRecord(id);
    REQUIRE(showActive(form));
    CHECK(form.title() == QStringLiteral("Šarūnas Kazlauskas"));
    CHECK(form.history()->topLevelItemCount() == 3); // created with three fields
    CHECK_FALSE(form.saveButton()->isEnabled());
    const qint64 logBefore = f.db->session().changeLog().count();

    typeInto(lineEdit(form, QStringLiteral("title")), QStringLiteral("Sales director"));
    CHECK(form.isDirty());
    REQUIRE(form.saveButton()->isEnabled());
    QTest::mouseClick(form.saveButton(), Qt::LeftButton);

    INFO(form.errorText().toStdString());
    CHECK_FALSE(form.isDirty());
    CHECK(f.records().get(QStringLiteral("contact"), id)->text(QStringLiteral("title"))
        == QStringLiteral("Sales director"));
    // Only the changed field was written.
    CHECK(f.db->session().changeLog().count() == logBefore + 1);
    QTreeWidgetItem* newest = form.history()->topLevelItem(0);
    REQUIRE(newest);
    // The test clock's 15 June 2026, 09:00 UTC, in the local time zone and the British format.
    CHECK(newest->text(RecordHistoryView::WhenColumn)
        == QDateTime(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC)
               .toLocalTime()
               .toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    CHECK(newest->text(RecordHistoryView::FieldColumn) == QStringLiteral("Job title"));
    CHECK(newest->text(RecordHistoryView::ValueColumn) == QStringLiteral("Sales director"));
    CHECK(newest->text(RecordHistoryView::WhoColumn) == QStringLiteral("Tester"));

    REQUIRE(f.undoStack.count() == 1);
    f.undoStack.undo();
    CHECK(f.records().get(QStringLiteral("contact"), id)->text(QStringLiteral("title"))
        == QStringLiteral("Buyer"));
    CHECK(lineEdit(form, QStringLiteral("title"))->text() == QStringLiteral("Buyer"));
}

TEST_CASE("A bad e-mail address is refused next to the field and nothing is written", "[ui][form]")
{
    UiFixture f;
    const QString id = addContact(f.records(), QStringLiteral("Ona"), QStringLiteral("Petraitienė"),
        { { QStringLiteral("email"), QStringLiteral("ona@baltic.lt") } });
    RecordForm form(f.context(), QStringLiteral("contact"));
    form.showRecord(id);
    const qint64 logBefore = f.db->session().changeLog().count();

    typeInto(lineEdit(form, QStringLiteral("email")), QStringLiteral("ona at baltic"));
    typeInto(lineEdit(form, QStringLiteral("title")), QStringLiteral("CEO"));
    CHECK_FALSE(form.save());

    CHECK(form.fieldError(QStringLiteral("email")).startsWith(QStringLiteral("E-mail:")));
    CHECK(form.fieldError(QStringLiteral("email")).contains(QStringLiteral("ona at baltic")));
    CHECK(form.errorText().contains(QStringLiteral("E-mail")));
    CHECK(form.fieldError(QStringLiteral("title")).isEmpty());
    CHECK(form.isDirty()); // the user's typing is kept to correct
    const auto stored = f.records().get(QStringLiteral("contact"), id);
    CHECK(stored->text(QStringLiteral("email")) == QStringLiteral("ona@baltic.lt"));
    CHECK(stored->value(QStringLiteral("title")).isNull());
    CHECK(f.db->session().changeLog().count() == logBefore);
    CHECK(f.undoStack.count() == 0);

    SECTION("correcting it saves both fields and clears the error")
    {
        typeInto(lineEdit(form, QStringLiteral("email")), QStringLiteral("ona@baltic.lt"));
        REQUIRE(form.save());
        CHECK(form.fieldError(QStringLiteral("email")).isEmpty());
        CHECK(form.errorText().isEmpty());
        CHECK(f.records().get(QStringLiteral("contact"), id)->text(QStringLiteral("title"))
            == QStringLiteral("CEO"));
    }
}

TEST_CASE("A new contact is created from an empty form, owned by me", "[ui][form]")
{
    UiFixture f;
    const QString company = create(f.records(), QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("UAB Lodvila") } });
    RecordForm form(f.context(), QStringLiteral("contact"));
    QSignalSpy created(&form, &RecordForm::created);
    form.startNew();
    CHECK(form.isNew());
    CHECK(form.saveButton()->text() == QStringLiteral("Create"));

    typeInto(lineEdit(form, QStringLiteral("first_name")), QStringLiteral("Agnė"));
    typeInto(lineEdit(form, QStringLiteral("last_name")), QStringLiteral("Vaitkutė"));
    auto* companyCombo
        = qobject_cast<ReferenceCombo*>(form.editor(QStringLiteral("company_id"))->input());
    REQUIRE(companyCombo);
    typeText(companyCombo->lineEdit(), QStringLiteral("UAB Lodvila"));
    REQUIRE(form.save());

    REQUIRE(created.count() == 1);
    const QString id = created.first().first().toString();
    const auto stored = f.records().get(QStringLiteral("contact"), id);
    REQUIRE(stored);
    CHECK(f.records().label(*stored) == QStringLiteral("Agnė Vaitkutė"));
    CHECK(stored->text(QStringLiteral("company_id")) == company);
    CHECK(stored->text(QStringLiteral("owner_id")) == f.db->session().currentUserId());
    CHECK(form.recordId() == id);
    CHECK_FALSE(form.isNew());

    SECTION("undo takes it away again")
    {
        f.undoStack.undo();
        CHECK_FALSE(f.records().get(QStringLiteral("contact"), id));
        CHECK_FALSE(form.hasRecord());
    }
}

TEST_CASE("A company that does not exist is not accepted as a contact's company", "[ui][form]")
{
    UiFixture f;
    const QString id
        = addContact(f.records(), QStringLiteral("Ona"), QStringLiteral("Petraitienė"));
    RecordForm form(f.context(), QStringLiteral("contact"));
    form.showRecord(id);
    auto* companyCombo
        = qobject_cast<ReferenceCombo*>(form.editor(QStringLiteral("company_id"))->input());
    REQUIRE(companyCombo);
    typeText(companyCombo->lineEdit(), QStringLiteral("Nowhere Ltd"));
    CHECK_FALSE(form.save());
    CHECK(form.fieldError(QStringLiteral("company_id")).contains(QStringLiteral("Nowhere Ltd")));
    CHECK(f.records()
              .get(QStringLiteral("contact"), id)
              ->value(QStringLiteral("company_id"))
              .isNull());
}

TEST_CASE("A deal's amount is typed as the user writes it and stored in cents", "[ui][form]")
{
    UiFixture f;
    const QString id = create(f.records(), QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Office chairs") },
            { QStringLiteral("amount"), QStringLiteral("100") } });
    RecordForm form(f.context(), QStringLiteral("deal"));
    form.showRecord(id);
    CHECK(lineEdit(form, QStringLiteral("amount"))->text() == QStringLiteral("100.00"));

    typeInto(lineEdit(form, QStringLiteral("amount")), QStringLiteral("1250,5"));
    REQUIRE(form.save());
    CHECK(f.records().get(QStringLiteral("deal"), id)->value(QStringLiteral("amount")).toLongLong()
        == 125050);

    SECTION("more decimals than the currency has are refused, not rounded")
    {
        typeInto(lineEdit(form, QStringLiteral("amount")), QStringLiteral("99.999"));
        CHECK_FALSE(form.save());
        CHECK(form.fieldError(QStringLiteral("amount")).startsWith(QStringLiteral("Amount:")));
        CHECK(f.records()
                  .get(QStringLiteral("deal"), id)
                  ->value(QStringLiteral("amount"))
                  .toLongLong()
            == 125050);
    }
}

TEST_CASE("Opening a record and saving without edits writes nothing", "[ui][form]")
{
    UiFixture f;
    const QString id = create(f.records(), QStringLiteral("activity"),
        { { QStringLiteral("kind"), QStringLiteral("meeting") },
            { QStringLiteral("subject"), QStringLiteral("Demo at Lodvila") },
            { QStringLiteral("starts_at"), QStringLiteral("2026-06-16T07:30:15.250Z") },
            { QStringLiteral("done"), false } });
    RecordForm form(f.context(), QStringLiteral("activity"));
    form.showRecord(id);
    const qint64 logBefore = f.db->session().changeLog().count();
    // Seconds are not shown, so only a real edit may change them.
    REQUIRE(form.save());
    CHECK(f.db->session().changeLog().count() == logBefore);
    CHECK(f.undoStack.count() == 0);
}
