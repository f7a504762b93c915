// The first start: a new database is set up empty, or filled with demo data, or left alone.
#include "UiTestSupport.h"

#include "common/Prompter.h"
#include "firstrun/FirstRunDialog.h"
#include "store/Session.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

template <class T> T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("Starting empty sets up the company, the user and the currency chosen", "[ui][firstrun]")
{
    TestDatabase db;
    REQUIRE_FALSE(db.session().isInitialised());
    FirstRunDialog dialog(db.session());
    REQUIRE(showActive(dialog));
    CHECK(child<QRadioButton>(dialog, "startEmpty")->isChecked());

    typeText(child<QLineEdit>(dialog, "companyName"), QStringLiteral("Meble Łódź Sp. z o.o."));
    typeText(child<QLineEdit>(dialog, "userName"), QStringLiteral("Katarzyna Kowalska"));
    auto* currency = child<QComboBox>(dialog, "currency");
    currency->setCurrentIndex(currency->findData(QStringLiteral("PLN")));
    CHECK(currency->currentText().startsWith(QStringLiteral("PLN")));
    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(db.session().isInitialised());
    CHECK(db.session().setting(QStringLiteral("company_name"))
        == QStringLiteral("Meble Łódź Sp. z o.o."));
    CHECK(db.session().defaultCurrency() == QStringLiteral("PLN"));
    CHECK(db.records().labelOf(QStringLiteral("user"), db.session().currentUserId())
        == QStringLiteral("Katarzyna Kowalska"));
    CHECK(*db.records().count(QStringLiteral("contact")) == 0);
}

TEST_CASE("Without a company name the dialog stays open and says what is missing", "[ui][firstrun]")
{
    TestDatabase db;
    FirstRunDialog dialog(db.session());
    REQUIRE(showActive(dialog));
    typeText(child<QLineEdit>(dialog, "userName"), QStringLiteral("Ana Popa"));
    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().contains(QStringLiteral("company")));
    CHECK_FALSE(db.session().isInitialised());
}

TEST_CASE("The currencies our users work in are offered", "[ui][firstrun]")
{
    const QStringList codes = FirstRunDialog::currencies();
    for (const char* code : { "EUR", "PLN", "UAH", "RON", "MDL", "USD", "GBP" })
        CHECK(codes.contains(QString::fromLatin1(code)));
}

TEST_CASE(
    "Exploring demo data leaves a full demo, or on failure an untouched database", "[ui][firstrun]")
{
    TestDatabase db;
    FirstRunDialog dialog(db.session());
    dialog.setDemoContacts(20);
    dialog.setChoice(FirstRunDialog::Choice::ExploreDemo);
    REQUIRE(showActive(dialog));
    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);

    if (dialog.result() == QDialog::Accepted) {
        CHECK(db.session().isInitialised());
        CHECK(*db.records().count(QStringLiteral("contact")) == 20);
        CHECK(dialog.errorText().isEmpty());
    } else {
        // All or nothing: the reason is shown and the user can still start empty.
        CHECK_FALSE(dialog.errorText().isEmpty());
        CHECK_FALSE(db.session().isInitialised());
        CHECK(*db.records().count(QStringLiteral("user")) == 0);
        CHECK(child<QPushButton>(dialog, "startButton")->isEnabled());
    }
}
