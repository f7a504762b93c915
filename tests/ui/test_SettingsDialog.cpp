// Edit › Settings…: what it shows is what is stored, a good change is saved (team-wide values as
// settings that sync, this computer's in its own place), and a wrong one is refused, naming it,
// with nothing saved.
#include "UiTestSupport.h"

#include "common/GuiSettings.h"
#include "common/Module.h"
#include "common/Prompter.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/ShortcutsDialog.h"
#include "settings/SettingsDialog.h"
#include "store/Database.h"
#include "store/Session.h"
#include "sync/SyncService.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

struct Fixture {
    UiFixture fx;
    Session& session = fx.db->session();

    Fixture()
    {
        GuiSettings().remove(QStringLiteral("language"));
        REQUIRE(session.setSetting(QStringLiteral("company_name"), QStringLiteral("UAB Medis")));
        REQUIRE(session.setSetting(QStringLiteral("work_day_start"), QStringLiteral("8:30")));
        REQUIRE(session.setSetting(QStringLiteral("work_days"), QStringLiteral("1,2,3,4,5")));
    }
    ~Fixture() { GuiSettings().remove(QStringLiteral("language")); }
};

} // namespace

TEST_CASE("Settings show what is stored and save what the user changed", "[ui][settings]")
{
    Fixture f;
    SettingsDialog dialog(f.fx.context());
    CHECK(dialog.companyNameEdit()->text() == QStringLiteral("UAB Medis"));
    CHECK(dialog.dayStartEdit()->time() == QTime(8, 30));
    CHECK(dialog.dayEndEdit()->time() == QTime(17, 0)); // the default when none is stored
    CHECK(dialog.workdayBox(1)->isChecked());
    CHECK_FALSE(dialog.workdayBox(6)->isChecked());
    CHECK(dialog.reminderBox()->value() == 15);
    CHECK(dialog.languageBox()->currentData().toString().isEmpty()); // as the system

    QTemporaryDir dir;
    const QString logo = dir.filePath(QStringLiteral("logo.png"));
    QImage image(120, 40, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    REQUIRE(image.save(logo));
    dialog.currencyBox()->setCurrentIndex(dialog.currencyBox()->findData(QStringLiteral("PLN")));
    dialog.companyAddressEdit()->setPlainText(QStringLiteral("Gedimino pr. 1\nVilnius"));
    dialog.vatCodeEdit()->setText(QStringLiteral("LT100001234567"));
    dialog.logoEdit()->setText(logo);
    dialog.dayEndEdit()->setTime(QTime(18, 0));
    dialog.workdayBox(6)->setChecked(true);
    dialog.reminderBox()->setValue(-1);
    dialog.passphraseEdit()->setText(QStringLiteral("žalias kalnas 42"));
    dialog.passphraseRepeatEdit()->setText(QStringLiteral("žalias kalnas 42"));
    dialog.backupFolderEdit()->setText(dir.path());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("lt")));
    Prompter::answerNext(QMessageBox::No); // restart later
    REQUIRE(dialog.apply());

    Session& s = f.session;
    CHECK(s.defaultCurrency() == QStringLiteral("PLN"));
    CHECK(
        s.setting(QStringLiteral("company_address")) == QStringLiteral("Gedimino pr. 1\nVilnius"));
    CHECK(s.setting(QStringLiteral("company_vat_code")) == QStringLiteral("LT100001234567"));
    CHECK(s.setting(QStringLiteral("company_logo")).startsWith(QStringLiteral("attachment:")));
    CHECK(s.setting(QStringLiteral("work_day_end")) == QStringLiteral("18:00"));
    CHECK(s.setting(QStringLiteral("work_days")) == QStringLiteral("1,2,3,4,5,6"));
    CHECK(s.setting(QStringLiteral("reminder_default_minutes")) == QStringLiteral("off"));
    CHECK(SyncService(s).passphrase() == QStringLiteral("žalias kalnas 42"));
    CHECK(s.database().meta(QStringLiteral("backup_folder")) == QDir::cleanPath(dir.path()));
    CHECK(SettingsDialog::savedLanguage() == QStringLiteral("lt"));
    REQUIRE(Prompter::shown().size() == 1);
    CHECK(Prompter::shown().first().text.contains(QStringLiteral("restart")));

    // Opened again, the dialog shows what was saved.
    SettingsDialog again(f.fx.context());
    CHECK(again.currencyBox()->currentData().toString() == QStringLiteral("PLN"));
    CHECK(again.reminderBox()->value() == -1);
    CHECK(again.workdayBox(6)->isChecked());
    CHECK(again.languageBox()->currentData().toString() == QStringLiteral("lt"));
    CHECK(again.passphraseEdit()->text().isEmpty()); // never shown back

    // The team's settings changed as one step of Edit › Undo.
    REQUIRE(f.fx.undoStack.count() == 1);
    f.fx.undoStack.undo();
    CHECK(s.setting(QStringLiteral("company_vat_code")).isEmpty());
    CHECK(s.setting(QStringLiteral("work_day_end")).isEmpty());
    CHECK(s.setting(QStringLiteral("work_day_start")) == QStringLiteral("8:30"));
}

TEST_CASE("Wrong settings are refused, naming the problem, and nothing is saved", "[ui][settings]")
{
    Fixture f;
    SettingsDialog dialog(f.fx.context());
    dialog.vatCodeEdit()->setText(QStringLiteral("LT999")); // would be saved if the rest were right
    QString expected;
    SECTION("a working day that ends before it starts")
    {
        dialog.dayEndEdit()->setTime(QTime(8, 0));
        expected = QStringLiteral("The working day must end after it starts.");
        CHECK_FALSE(dialog.apply());
        CHECK(dialog.tabs()->currentIndex() == 2);
    }
    SECTION("passphrases that differ")
    {
        dialog.passphraseEdit()->setText(QStringLiteral("long enough 1"));
        dialog.passphraseRepeatEdit()->setText(QStringLiteral("long enough 2"));
        expected = QStringLiteral("The two passphrases differ.");
        CHECK_FALSE(dialog.apply());
        CHECK(dialog.tabs()->currentIndex() == 3);
        CHECK(SyncService(f.session).passphrase().isEmpty());
    }
    SECTION("a logo that is not an image")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logo.png"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not an image");
        file.close();
        dialog.logoEdit()->setText(path);
        expected = QStringLiteral("%1 is not an image Tandem can read.").arg(path);
        CHECK_FALSE(dialog.apply());
    }
    SECTION("a backup folder that does not exist")
    {
        dialog.backupFolderEdit()->setText(QStringLiteral("/nonexistent/backups"));
        expected = QStringLiteral("The folder /nonexistent/backups does not exist.");
        CHECK_FALSE(dialog.apply());
    }
    SECTION("no working day")
    {
        for (int day = 1; day <= 7; ++day)
            dialog.workdayBox(day)->setChecked(false);
        expected = QStringLiteral("Choose at least one working day.");
        CHECK_FALSE(dialog.apply());
    }
    REQUIRE(Prompter::shown().size() == 1);
    CHECK(Prompter::shown().first().kind == Prompter::Kind::Warning);
    CHECK(Prompter::shown().first().text == expected);
    CHECK(f.session.setting(QStringLiteral("company_vat_code")).isEmpty());
    CHECK(f.session.database().meta(QStringLiteral("backup_folder")).isEmpty());
}

TEST_CASE("Help › Keyboard shortcuts lists every command with a key, by menu and module",
    "[ui][settings]")
{
    UiFixture f;
    MainWindow window(f.db->session());
    ShortcutsDialog* dialog = window.shortcutsDialog();
    QTreeWidget* tree = dialog->tree();
    auto find = [&](const QString& command) -> QTreeWidgetItem* {
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
                QTreeWidgetItem* item = tree->topLevelItem(g)->child(i);
                if (item->text(0) == command && !item->isHidden() && !item->parent()->isHidden())
                    return item;
            }
        }
        return nullptr;
    };
    QTreeWidgetItem* findItem = find(QStringLiteral("Find…"));
    REQUIRE(findItem);
    CHECK(
        findItem->text(1) == QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText));
    CHECK(findItem->parent()->text(0) == QStringLiteral("Edit"));
    CHECK(find(QStringLiteral("Settings…")));
    CHECK(find(QStringLiteral("Keyboard shortcuts")));
    CHECK(find(QStringLiteral("Reminders…")));
    CHECK_FALSE(find(QStringLiteral("Back up database…"))); // no key: not listed
    // Every module's commands with a key are there, even those of modules not on screen.
    for (Module* module : window.modules()) {
        for (QAction* action : module->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            QString text = action->text();
            text.remove(QLatin1Char('&'));
            INFO(module->title().toStdString() << ": " << text.toStdString());
            CHECK(find(text));
        }
    }

    dialog->filterEdit()->setText(QStringLiteral("remind"));
    CHECK(find(QStringLiteral("Reminders…")));
    CHECK_FALSE(find(QStringLiteral("Find…")));
    dialog->close();
}

TEST_CASE("Screenshots of the settings and the shortcuts", "[.settings-shots]")
{
    // TANDEM_SCREENSHOT_DIR=dir xvfb-run -a tandem_ui_tests "[.settings-shots]"
    const QString out = qEnvironmentVariable("TANDEM_SCREENSHOT_DIR", QDir::tempPath());
    Fixture f;
    MainWindow window(f.fx.db->session());
    SettingsDialog* settings = window.settingsDialog();
    settings->show();
    for (int tab = 0; tab < settings->tabs()->count(); ++tab) {
        settings->tabs()->setCurrentIndex(tab);
        waitFor([] { return false; }, 100);
        CHECK(
            settings->grab().save(QDir(out).filePath(QStringLiteral("settings-%1.png").arg(tab))));
    }
    settings->close();
    ShortcutsDialog* keys = window.shortcutsDialog();
    keys->show();
    waitFor([] { return false; }, 100);
    CHECK(keys->grab().save(QDir(out).filePath(QStringLiteral("shortcuts.png"))));
    keys->close();
}

TEST_CASE("Every field on the main screens has a name a screen reader can say", "[ui][settings]")
{
    // A field is named by its accessible name, a label that is its buddy, or (for a text field)
    // the placeholder it shows; a button by its text or tooltip.
    UiFixture f;
    MainWindow window(f.db->session());
    window.resize(1400, 900);
    window.show();
    QStringList unnamed;
    auto check = [&](QWidget* root, const QString& where) {
        QSet<QWidget*> buddies;
        for (QLabel* label : root->findChildren<QLabel*>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus)
                continue;
            const bool field = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)
                || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w);
            const bool button = qobject_cast<QAbstractButton*>(w);
            if (!field && !button)
                continue;
            if (qobject_cast<QLineEdit*>(w)
                && (qobject_cast<QComboBox*>(w->parentWidget())
                    || qobject_cast<QAbstractSpinBox*>(w->parentWidget())))
                continue; // the editor inside a combo or spin box: the box has the name
            QString name = w->accessibleName();
            if (name.isEmpty() && buddies.contains(w))
                name = QStringLiteral("buddy");
            if (auto* line = qobject_cast<QLineEdit*>(w); line && name.isEmpty())
                name = line->placeholderText();
            if (auto* b = qobject_cast<QAbstractButton*>(w); b && name.isEmpty())
                name = b->text().isEmpty() ? b->toolTip() : b->text();
            if (name.trimmed().isEmpty())
                unnamed << QStringLiteral("%1: %2 %3")
                               .arg(where, QString::fromLatin1(w->metaObject()->className()),
                                   w->objectName());
        }
    };
    for (Module* module : window.modules()) {
        window.showModule(module->key());
        QCoreApplication::processEvents();
        check(&window, module->title());
    }
    unnamed.removeDuplicates();
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
}
