// The generic record list: pages read lazily, sorting and filtering done by the store, and rows
// that follow every write, undo and redo.
#include "UiTestSupport.h"

#include "common/RecordCommands.h"
#include "records/RecordListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString cell(const RecordListModel& model, int row, const QString& field)
{
    return model.index(row, model.columnOf(field)).data().toString();
}

} // namespace

TEST_CASE("A long contact list is read a page at a time as the view scrolls", "[ui][list]")
{
    UiFixture f;
    for (int i = 0; i < 250; ++i)
        addContact(f.records(), QStringLiteral("Person"),
            QStringLiteral("Number %1").arg(i, 3, 10, QLatin1Char('0')));

    RecordListModel model(f.db->session(), &f.events, QStringLiteral("contact"));
    model.setPageSize(100);
    CHECK(model.totalCount() == 250);
    CHECK(model.rowCount() == 100);
    REQUIRE(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    CHECK(model.rowCount() == 200);
    CHECK(inserted.count() == 1);

    // The tester reads further pages itself, as a scrolling view would.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 250);
    CHECK_FALSE(model.canFetchMore({}));
    // Rows come in name order, across the page boundaries.
    CHECK(cell(model, 99, QStringLiteral("last_name")) == QStringLiteral("Number 099"));
    CHECK(cell(model, 100, QStringLiteral("last_name")) == QStringLiteral("Number 100"));
    CHECK(cell(model, 249, QStringLiteral("last_name")) == QStringLiteral("Number 249"));
}

TEST_CASE(
    "Columns have translated headers, company names and money in the user's currency", "[ui][list]")
{
    UiFixture f;
    const QString company = create(f.records(), QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("UAB Lodvila") } });
    create(f.records(), QStringLiteral("deal"),
        { { QStringLiteral("title"), QStringLiteral("Office chairs") },
            { QStringLiteral("company_id"), company },
            { QStringLiteral("amount"), QStringLiteral("1250.50") } });

    RecordListModel model(f.db->session(), &f.events, QStringLiteral("deal"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 1);
    CHECK(model
              .headerData(
                  model.columnOf(QStringLiteral("expected_close")), Qt::Horizontal, Qt::DisplayRole)
              .toString()
        == QStringLiteral("Expected close"));
    CHECK(cell(model, 0, QStringLiteral("company_id")) == QStringLiteral("UAB Lodvila"));
    CHECK(cell(model, 0, QStringLiteral("amount")) == QStringLiteral("€1,250.50"));
    const QModelIndex amount = model.index(0, model.columnOf(QStringLiteral("amount")));
    CHECK((amount.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight));
    CHECK(amount.data(RecordListModel::StoredValueRole).toLongLong() == 125050);

    SECTION("each deal in its own currency")
    {
        create(f.records(), QStringLiteral("deal"),
            { { QStringLiteral("title"), QStringLiteral("Warehouse racking") },
                { QStringLiteral("currency"), QStringLiteral("PLN") },
                { QStringLiteral("amount"), QStringLiteral("99.5") } });
        f.events.notifyChanged(QStringLiteral("deal"));
        REQUIRE(model.rowCount() == 2);
        CHECK(cell(model, 1, QStringLiteral("amount")) == QStringLiteral("zł\u00A099.50"));
    }
}

TEST_CASE("Clicking a column header sorts by it in the store", "[ui][list]")
{
    UiFixture f;
    addContact(f.records(), QStringLiteral("Ona"), QStringLiteral("Petraitienė"),
        { { QStringLiteral("city"), QStringLiteral("Kaunas") } });
    addContact(f.records(), QStringLiteral("Tomasz"), QStringLiteral("Nowak"),
        { { QStringLiteral("city"), QStringLiteral("Łódź") } });
    addContact(f.records(), QStringLiteral("Andrii"), QStringLiteral("Shevchenko"),
        { { QStringLiteral("city"), QStringLiteral("Lviv") } });

    RecordListModel model(f.db->session(), &f.events, QStringLiteral("contact"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    CHECK(cell(model, 0, QStringLiteral("first_name")) == QStringLiteral("Andrii"));
    model.sort(model.columnOf(QStringLiteral("last_name")), Qt::DescendingOrder);
    CHECK(reset.count() == 1);
    CHECK(cell(model, 0, QStringLiteral("last_name")) == QStringLiteral("Shevchenko"));
    CHECK(cell(model, 1, QStringLiteral("last_name")) == QStringLiteral("Petraitienė"));
    CHECK(cell(model, 2, QStringLiteral("last_name")) == QStringLiteral("Nowak"));

    model.sort(-1); // no column: back to name order
    CHECK(cell(model, 0, QStringLiteral("first_name")) == QStringLiteral("Andrii"));
    CHECK(cell(model, 2, QStringLiteral("first_name")) == QStringLiteral("Tomasz"));
}

TEST_CASE("Typing in the filter narrows the list to matching names", "[ui][list]")
{
    UiFixture f;
    addContact(f.records(), QStringLiteral("Šarūnas"), QStringLiteral("Kazlauskas"));
    addContact(f.records(), QStringLiteral("Rūta"), QStringLiteral("Kazlauskienė"));
    addContact(f.records(), QStringLiteral("Tomasz"), QStringLiteral("Nowak"));

    RecordListModel model(f.db->session(), &f.events, QStringLiteral("contact"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy total(&model, &RecordListModel::totalCountChanged);

    model.setFilterText(QStringLiteral("kazl"));
    CHECK(model.rowCount() == 2);
    CHECK(model.totalCount() == 2);
    CHECK(total.count() == 1);
    CHECK(cell(model, 0, QStringLiteral("first_name")) == QStringLiteral("Rūta"));

    model.setFilterText(QStringLiteral("nobody"));
    CHECK(model.rowCount() == 0);
    model.setFilterText({});
    CHECK(model.rowCount() == 3);

    SECTION("an equality filter combines with it")
    {
        model.setWhere({ { QStringLiteral("last_name"), QStringLiteral("Nowak") } });
        CHECK(model.rowCount() == 1);
        CHECK(cell(model, 0, QStringLiteral("first_name")) == QStringLiteral("Tomasz"));
    }
}

TEST_CASE("A contact created through the undo stack appears in place, and undo takes it away",
    "[ui][list]")
{
    UiFixture f;
    addContact(f.records(), QStringLiteral("Agnė"), QStringLiteral("Vaitkutė"));
    addContact(f.records(), QStringLiteral("Tomasz"), QStringLiteral("Nowak"));
    RecordListModel model(f.db->session(), &f.events, QStringLiteral("contact"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const auto id
        = RecordCommands::create(f.undoStack, f.records(), f.events, QStringLiteral("contact"),
            { { QStringLiteral("first_name"), QStringLiteral("Ona") },
                { QStringLiteral("last_name"), QStringLiteral("Petraitienė") } });
    REQUIRE(id.ok());
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.first().at(1).toInt() == 1); // between Agnė and Tomasz
    CHECK(model.idAt(1) == *id);
    CHECK(model.totalCount() == 3);

    f.undoStack.undo();
    CHECK(removed.count() == 1);
    CHECK(model.rowCount() == 2);
    CHECK(model.rowOf(*id) == -1);

    f.undoStack.redo();
    CHECK(inserted.count() == 2);
    CHECK(model.rowOf(*id) == 1);
    CHECK(reset.count() == 0); // the view keeps its place
}

TEST_CASE("Renaming a company updates the contacts that show it", "[ui][list]")
{
    UiFixture f;
    const QString company = create(f.records(), QStringLiteral("company"),
        { { QStringLiteral("name"), QStringLiteral("UAB Lodvila") } });
    addContact(f.records(), QStringLiteral("Ona"), QStringLiteral("Petraitienė"),
        { { QStringLiteral("company_id"), company } });
    RecordListModel model(f.db->session(), &f.events, QStringLiteral("contact"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(cell(model, 0, QStringLiteral("company_id")) == QStringLiteral("UAB Lodvila"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    REQUIRE(RecordCommands::edit(f.undoStack, f.records(), f.events, QStringLiteral("company"),
        company, { { QStringLiteral("name"), QStringLiteral("UAB Lodvila Baldai") } }));
    CHECK(changed.count() == 1);
    CHECK(cell(model, 0, QStringLiteral("company_id")) == QStringLiteral("UAB Lodvila Baldai"));

    SECTION("an activity changing does not touch the contact list")
    {
        create(f.records(), QStringLiteral("activity"),
            { { QStringLiteral("kind"), QStringLiteral("call") } });
        f.events.notifyChanged(QStringLiteral("activity"));
        CHECK(changed.count() == 1);
    }
}
