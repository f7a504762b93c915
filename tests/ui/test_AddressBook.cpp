// Import, export and the duplicates review on the Contacts and Companies screens: the dry-run
// report, the CSV mapping step, refusing a bad file until the user accepts a partial import, the
// duplicate check when a contact is created, and merging a pair field by field.
#include "UiTestSupport.h"

#include "common/Prompter.h"
#include "contacts/CsvColumnsView.h"
#include "contacts/DuplicatesDialog.h"
#include "contacts/ImportDialog.h"
#include "contacts/PartiesModule.h"
#include "records/FieldEditor.h"
#include "records/RecordForm.h"
#include "records/RecordListModel.h"
#include "records/RecordListView.h"
#include "store/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

qint64 count(RecordStore& rs, const QString& entity, const ListQuery& q = {})
{
    auto n = rs.count(entity, q);
    REQUIRE(n);
    return *n;
}

QStringList column(QTreeWidget* tree, int c)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(c);
    return out;
}

int rowOfField(QTableWidget* table, const QString& label)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == label)
            return r;
    }
    return -1;
}

} // namespace

TEST_CASE("Importing a vCard shows what will happen, then brings the contacts in", "[ui][import]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    addContact(rs, QStringLiteral("Gosia"), QStringLiteral("Żak"),
        { { QStringLiteral("email"), QStringLiteral("gosia.lz@gmail.com") } });

    ImportDialog dialog(f.context(), QStringLiteral("contact"),
        testData(QStringLiteral("vcard/google-3.0.vcf")), ExchangeFormat::VCard);
    CHECK(dialog.lastReport().created == 2);
    CHECK(dialog.lastReport().skipped == 1);
    CHECK(count(rs, QStringLiteral("contact")) == 1); // the preview wrote nothing
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("already here")));
    REQUIRE(dialog.rowsView()->topLevelItemCount() == 1);
    CHECK(dialog.rowsView()->topLevelItem(0)->text(2).contains(QStringLiteral("Gosia Żak")));
    CHECK(dialog.importButton()->isEnabled());
    CHECK_FALSE(dialog.skipInvalidBox()->isEnabled());

    // Filling in the existing contact instead of skipping it.
    dialog.setDuplicatePolicy(DuplicatePolicy::Update);
    CHECK(dialog.lastReport().updated == 1);
    CHECK(column(dialog.rowsView(), 2).first().contains(QStringLiteral("Fills in")));

    Prompter::answerNext(QMessageBox::Ok);
    REQUIRE(dialog.runImport());
    CHECK(count(rs, QStringLiteral("contact")) == 3);
    CHECK(Prompter::shown().last().text.contains(QStringLiteral("Imported")));
    CHECK(f.undoStack.undoText() == QStringLiteral("Import google-3.0.vcf"));
    ListQuery q;
    q.where << qMakePair(QStringLiteral("email"), QVariant(QStringLiteral("gosia.lz@gmail.com")));
    auto gosia = rs.list(QStringLiteral("contact"), q);
    REQUIRE(gosia->size() == 1);
    CHECK(gosia->first().text(QStringLiteral("title"))
        == QString::fromUtf8("Kierownik działu sprzedaży"));
}

TEST_CASE(
    "A CSV with a ragged row imports nothing until the user leaves the row out", "[ui][import]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    ImportDialog dialog(f.context(), QStringLiteral("company"),
        testData(QStringLiteral("csv/ragged.csv")), ExchangeFormat::Csv);
    CHECK(dialog.lastReport().created == 5);
    CHECK(column(dialog.rowsView(), 0).contains(QStringLiteral("7")));
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("problem")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK_FALSE(dialog.runImport());
    CHECK(count(rs, QStringLiteral("company")) == 0);

    dialog.skipInvalidBox()->setChecked(true);
    CHECK(dialog.importButton()->isEnabled());
    Prompter::answerNext(QMessageBox::Ok);
    REQUIRE(dialog.runImport());
    CHECK(count(rs, QStringLiteral("company")) == 5);

    // The whole import is one step of Edit › Undo.
    f.undoStack.undo();
    CHECK(count(rs, QStringLiteral("company")) == 0);
    f.undoStack.redo();
    CHECK(count(rs, QStringLiteral("company")) == 5);
}

TEST_CASE("The mapping step shows the columns matched to fields, and a column can be left out",
    "[ui][import]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Jonas Jonaitis") } });
    ImportDialog dialog(f.context(), QStringLiteral("company"),
        testData(QStringLiteral("csv/companies.csv")), ExchangeFormat::Csv);
    CsvColumnsView* columns = dialog.columns();
    REQUIRE(columns);
    QTableWidget* table = columns->table();
    REQUIRE(table->rowCount() == 9);
    CHECK(table->item(3, 0)->text() == QStringLiteral("City"));
    CHECK(table->item(3, 1)->text().startsWith(QStringLiteral("Vilnius · Kaunas")));
    CHECK(columns->targetPicker(3)->currentData().toString() == QStringLiteral("city"));
    CHECK(columns->encodingPicker()->currentText().contains(
        QStringLiteral("UTF-8"), Qt::CaseInsensitive));
    CHECK(columns->delimiterPicker()->currentData().toString() == QStringLiteral(","));
    CHECK(columns->unmatchedLabel()->text()
        == QStringLiteral("Every column with data goes into a field."));

    // The file writes its renewal dates the American way: at first its row is refused for it, and
    // the branch that names it as parent company with it.
    CHECK(dialog.lastReport().rejected == 2);
    CHECK(
        column(dialog.rowsView(), 2).join(QLatin1Char('|')).contains(QStringLiteral("6/30/2026")));
    REQUIRE(table->item(7, 0)->text() == QStringLiteral("Renewal date"));
    columns->targetPicker(7)->setCurrentIndex(0); // not imported
    columns->targetPicker(3)->setCurrentIndex(0);
    CHECK(columns->unmatchedLabel()->text().contains(QStringLiteral("City")));
    dialog.refresh();
    const int created = dialog.lastReport().created;
    INFO(dialog.summaryLabel()->text().toStdString()
        << " | " << column(dialog.rowsView(), 2).join(QStringLiteral(" | ")).toStdString());
    REQUIRE(created == 3);
    CHECK(dialog.lastReport().rejected == 0);
    Prompter::answerNext(QMessageBox::Ok);
    REQUIRE(dialog.runImport());
    auto companies = rs.list(QStringLiteral("company"));
    REQUIRE(companies->size() == created);
    for (const Record& c : *companies)
        CHECK(c.text(QStringLiteral("city")).isEmpty());
}

TEST_CASE("Saving a new contact that looks like an existing one asks first", "[ui][duplicates]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString existing = addContact(rs, QStringLiteral("Jonas"), QStringLiteral("Jonaitis"),
        { { QStringLiteral("email"), QStringLiteral("jonas@baltic.lt") } });
    PartiesModule module(f.context(), QStringLiteral("contact"));
    std::unique_ptr<QWidget> widget(module.createWidget(nullptr));
    RecordForm* form = module.view()->form();
    auto fill = [&] {
        module.view()->startNew();
        qobject_cast<QLineEdit*>(form->editor(QStringLiteral("first_name"))->input())
            ->setText(QStringLiteral("J."));
        qobject_cast<QLineEdit*>(form->editor(QStringLiteral("last_name"))->input())
            ->setText(QStringLiteral("Jonaitis"));
        qobject_cast<QLineEdit*>(form->editor(QStringLiteral("email"))->input())
            ->setText(QStringLiteral("JONAS@baltic.lt"));
    };
    fill();
    Prompter::answerNext(QMessageBox::Cancel);
    CHECK_FALSE(form->save());
    CHECK(Prompter::shown().last().title == QStringLiteral("Possible duplicate"));
    CHECK(Prompter::shown().last().text.contains(QStringLiteral("Jonas Jonaitis")));
    CHECK(count(rs, QStringLiteral("contact")) == 1);
    CHECK(form->isNew()); // the typing is still there

    Prompter::answerNext(QMessageBox::Open);
    CHECK_FALSE(form->save());
    CHECK(form->recordId() == existing);
    CHECK(count(rs, QStringLiteral("contact")) == 1);

    fill();
    Prompter::answerNext(QMessageBox::Save);
    CHECK(form->save());
    CHECK(count(rs, QStringLiteral("contact")) == 2);
}

TEST_CASE("The duplicates review merges a pair with the values the user ticks", "[ui][duplicates]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString a = addContact(rs, QStringLiteral("Rūta"), QStringLiteral("Jankauskaitė"),
        { { QStringLiteral("email"), QStringLiteral("ruta@linas.lt") },
            { QStringLiteral("phone"), QStringLiteral("+370 600 11111") },
            { QStringLiteral("title"), QStringLiteral("Buyer") } });
    const QString b = addContact(rs, QStringLiteral("Rūta"), QStringLiteral("Jankauskaite"),
        { { QStringLiteral("email"), QStringLiteral("ruta@linas.lt") },
            { QStringLiteral("phone"), QStringLiteral("+370 600 22222") },
            { QStringLiteral("city"), QStringLiteral("Kaunas") } });
    addContact(rs, QStringLiteral("Other"), QStringLiteral("Person"));
    const QString deal = create(rs, QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Linen order") },
            { QStringLiteral("contact_id"), b } });

    DuplicatesDialog dialog(f.context(), QStringLiteral("contact"));
    REQUIRE(dialog.pairsView()->topLevelItemCount() == 1);
    CHECK(dialog.pairsView()->topLevelItem(0)->text(3).contains(
        QStringLiteral("e-mail"), Qt::CaseInsensitive));
    const bool aFirst
        = dialog.pairsView()->topLevelItem(0)->text(1) == QString::fromUtf8("Rūta Jankauskaitė");
    dialog.setKept(aFirst ? 0 : 1);
    QTableWidget* table = dialog.comparison();
    const int phone = rowOfField(table, QStringLiteral("Phone"));
    REQUIRE(phone >= 0);
    const int otherColumn = aFirst ? 2 : 1;
    QTableWidgetItem* otherPhone = table->item(phone, otherColumn);
    REQUIRE(otherPhone->flags() & Qt::ItemIsUserCheckable);
    CHECK(otherPhone->checkState() == Qt::Unchecked);
    otherPhone->setCheckState(Qt::Checked);
    CHECK(table->item(phone, 3 - otherColumn)->checkState() == Qt::Unchecked);

    Prompter::answerNext(QMessageBox::Yes);
    REQUIRE(dialog.mergeSelected());
    CHECK(dialog.pairsView()->topLevelItemCount() == 0);
    CHECK(count(rs, QStringLiteral("contact")) == 2);
    const auto kept = rs.get(QStringLiteral("contact"), a);
    REQUIRE(kept);
    CHECK(kept->text(QStringLiteral("phone"))
              .remove(QLatin1Char(' '))
              .endsWith(QStringLiteral("22222")));
    CHECK(kept->text(QStringLiteral("title")) == QStringLiteral("Buyer"));
    CHECK(kept->text(QStringLiteral("city")) == QStringLiteral("Kaunas")); // filled from the other
    CHECK(rs.get(QStringLiteral("deal"), deal)->text(QStringLiteral("contact_id")) == a);
    CHECK_FALSE(rs.get(QStringLiteral("contact"), b));

    // Edit › Undo takes the merge back as one step; Redo merges again.
    REQUIRE(f.undoStack.count() == 1);
    CHECK(f.undoStack.undoText().startsWith(QStringLiteral("Merge ")));
    f.undoStack.undo();
    CHECK(rs.get(QStringLiteral("contact"), b));
    CHECK(rs.get(QStringLiteral("deal"), deal)->text(QStringLiteral("contact_id")) == b);
    CHECK(rs.get(QStringLiteral("contact"), a)->text(QStringLiteral("city")).isEmpty());
    CHECK(count(rs, QStringLiteral("contact")) == 3);
    f.undoStack.redo();
    CHECK_FALSE(rs.get(QStringLiteral("contact"), b));
    CHECK(rs.get(QStringLiteral("deal"), deal)->text(QStringLiteral("contact_id")) == a);
}

TEST_CASE("A pair marked as not duplicates is not proposed again", "[ui][duplicates]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    addContact(rs, QStringLiteral("Anna"), QStringLiteral("Kowalska"),
        { { QStringLiteral("phone"), QStringLiteral("+48 600 100 200") } });
    addContact(rs, QStringLiteral("A."), QStringLiteral("Kowalska"),
        { { QStringLiteral("phone"), QStringLiteral("600100200") },
            { QStringLiteral("country"), QStringLiteral("PL") } });
    {
        DuplicatesDialog dialog(f.context(), QStringLiteral("contact"));
        REQUIRE(dialog.pairsView()->topLevelItemCount() == 1);
        REQUIRE(dialog.dismissSelected());
        CHECK(dialog.pairsView()->topLevelItemCount() == 0);
        CHECK_FALSE(dialog.mergeButton()->isEnabled());
    }
    DuplicatesDialog again(f.context(), QStringLiteral("contact"));
    CHECK(again.pairsView()->topLevelItemCount() == 0);
    CHECK(again.summaryLabel()->text().contains(QStringLiteral("No likely duplicates")));
    CHECK(count(rs, QStringLiteral("contact")) == 2);
}

TEST_CASE("Export writes the contacts the filtered list shows", "[ui][export]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    addContact(rs, QStringLiteral("Ona"), QStringLiteral("Petraitė"),
        { { QStringLiteral("status"), QStringLiteral("active") } });
    addContact(rs, QStringLiteral("Petras"), QStringLiteral("Onaitis"),
        { { QStringLiteral("status"), QStringLiteral("inactive") } });
    addContact(rs, QStringLiteral("Іван"), QStringLiteral("Коваленко"),
        { { QStringLiteral("status"), QStringLiteral("active") } });
    PartiesModule module(f.context(), QStringLiteral("contact"));
    std::unique_ptr<QWidget> widget(module.createWidget(nullptr));
    ListQuery customers;
    customers.where << qMakePair(QStringLiteral("status"), QVariant(QStringLiteral("active")));
    module.view()->model()->setConditions(customers);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.vcf"));
    Prompter::answerNextFile(path);
    Prompter::answerNext(QMessageBox::Ok);
    CHECK(module.exportList() == 2);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.count(QStringLiteral("BEGIN:VCARD")) == 2);
    CHECK(text.contains(QStringLiteral("VERSION:3.0")));
    CHECK(text.contains(QString::fromUtf8("Коваленко")));
    CHECK_FALSE(text.contains(QStringLiteral("Onaitis")));
    CHECK(Prompter::shown().last().text.contains(QStringLiteral("customers.vcf")));

    // Cancelling the file dialog writes nothing.
    Prompter::answerNextFile(QString());
    CHECK(module.exportList() == -1);
}

TEST_CASE("Columns that are empty in every row are not listed as left out", "[ui][import]")
{
    UiFixture f;
    ImportDialog dialog(f.context(), QStringLiteral("contact"),
        testData(QStringLiteral("csv/google.csv")), ExchangeFormat::Csv);
    const QString left = dialog.columns()->unmatchedLabel()->text();
    CHECK(left.startsWith(QStringLiteral("Not imported unless you pick a field")));
    CHECK_FALSE(left.contains(QStringLiteral("Yomi Name"))); // no row has one
}

TEST_CASE("Saving a new company with a known registration code asks first", "[ui][duplicates]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString existing = create(rs, QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("Baltic Wood UAB") },
            { QStringLiteral("reg_code"), QStringLiteral("302123456") } });
    PartiesModule module(f.context(), QStringLiteral("company"));
    std::unique_ptr<QWidget> widget(module.createWidget(nullptr));
    RecordForm* form = module.view()->form();
    module.view()->startNew();
    qobject_cast<QLineEdit*>(form->editor(QStringLiteral("name"))->input())
        ->setText(QStringLiteral("Baltic Wood"));
    qobject_cast<QLineEdit*>(form->editor(QStringLiteral("reg_code"))->input())
        ->setText(QStringLiteral("302123456"));
    Prompter::answerNext(QMessageBox::Open);
    CHECK_FALSE(form->save());
    CHECK(Prompter::shown().last().text.contains(QStringLiteral("Baltic Wood UAB")));
    CHECK(form->recordId() == existing);
    CHECK(count(rs, QStringLiteral("company")) == 1);

    // Another name and code: no question.
    module.view()->startNew();
    qobject_cast<QLineEdit*>(form->editor(QStringLiteral("name"))->input())
        ->setText(QStringLiteral("Nordic Paper AB"));
    const int asked = int(Prompter::shown().size());
    CHECK(form->save());
    CHECK(Prompter::shown().size() == asked);
    CHECK(count(rs, QStringLiteral("company")) == 2);
}
