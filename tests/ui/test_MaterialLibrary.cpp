// The sales materials library on the Catalogue: files added several at once (all or nothing),
// found by name or tag, retagged, renamed, replaced, opened, removed and brought back by undo.
#include "UiTestSupport.h"

#include "catalogue/CatalogueModule.h"
#include "common/Prompter.h"
#include "documents/Materials.h"
#include "materials/MaterialLibraryView.h"
#include "materials/MaterialSearchBar.h"
#include "store/Session.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct Library : UiFixture {
    QTemporaryDir dir;

    QString file(const char* name, const QByteArray& content)
    {
        const QString path = dir.filePath(s(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }

    QString add(const char* name, const QByteArray& content, const char* tags)
    {
        auto id = Materials::add(db->session(), s(name), content, Materials::parseTags(s(tags)));
        REQUIRE(id);
        return *id;
    }
};

// The list's rows as "name|tags", top to bottom.
QStringList rows(const MaterialLibraryView& view)
{
    QStringList shown;
    for (int i = 0; i < view.list()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = view.list()->topLevelItem(i);
        shown << item->text(MaterialLibraryView::Name) + QLatin1Char('|')
                + item->text(MaterialLibraryView::Tags);
    }
    return shown;
}

QTreeWidgetItem* row(const MaterialLibraryView& view, const QString& name)
{
    for (int i = 0; i < view.list()->topLevelItemCount(); ++i) {
        if (view.list()->topLevelItem(i)->text(MaterialLibraryView::Name) == name)
            return view.list()->topLevelItem(i);
    }
    FAIL("no row " << name.toStdString());
    return nullptr;
}

void selectRows(MaterialLibraryView& view, const QStringList& names)
{
    view.list()->clearSelection();
    for (const QString& name : names)
        row(view, name)->setSelected(true);
}

void clearText(QLineEdit* edit)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
}

} // namespace

TEST_CASE("Files added together are kept all or none; a refused one is named", "[materials]")
{
    Library lib;
    MaterialLibraryView view(lib.context());
    CHECK(view.list()->topLevelItemCount() == 0);
    CHECK(view.hintLabel()->text().contains("Add files"));

    const QByteArray kainos = sampleFile("%PDF-1.4 kainos", 48000);
    const QByteArray prezentacja = sampleFile("PK prezentacja", 2500);
    const QString kainosPath = lib.file("Kainoraštis 2026.pdf", kainos);
    const QString prezentacjaPath = lib.file("Prezentacja firmy — Łódź.pptx", prezentacja);
    const QString emptyPath = lib.file("Tuščias lapas.pdf", {});

    QStringList chosen { kainosPath, emptyPath, prezentacjaPath };
    view.setFileChooser([&](QWidget*) { return chosen; });
    Prompter::answerNextText(s("Brochure; LT"));
    CHECK_FALSE(view.addFiles());
    REQUIRE_FALSE(Prompter::shown().isEmpty());
    const Prompter::Shown refusal = Prompter::shown().last();
    CHECK(refusal.kind == Prompter::Kind::Warning);
    CHECK(refusal.text.contains(s("Tuščias lapas.pdf")));
    CHECK(refusal.text.contains("None of the 3 files was added."));
    CHECK(view.list()->topLevelItemCount() == 0);
    CHECK(Materials::library(lib.db->session()).isEmpty());
    CHECK(lib.undoStack.count() == 0);

    chosen = { kainosPath, prezentacjaPath };
    Prompter::answerNextText(s("Brochure; LT"));
    REQUIRE(view.addFiles());
    CHECK(rows(view)
        == QStringList { s("Kainoraštis 2026.pdf|brochure, lt"),
            s("Prezentacja firmy — Łódź.pptx|brochure, lt") });
    const QTreeWidgetItem* first = row(view, s("Kainoraštis 2026.pdf"));
    CHECK(first->text(MaterialLibraryView::Size) == QLocale().formattedDataSize(48000));
    CHECK(first->text(MaterialLibraryView::AddedBy) == "Tester");
    CHECK_FALSE(first->text(MaterialLibraryView::Added).isEmpty());
    CHECK(view.selectedIds().size() == 2); // the files just added
    CHECK(view.hintLabel()->isHidden());

    // One step of undo takes the whole batch back, redo brings it again.
    REQUIRE(lib.undoStack.count() == 1);
    CHECK(lib.undoStack.undoText() == "Add 2 file(s) to the sales materials");
    lib.undoStack.undo();
    CHECK(view.list()->topLevelItemCount() == 0);
    lib.undoStack.redo();
    CHECK(view.list()->topLevelItemCount() == 2);

    SECTION("cancelling the tags question adds nothing")
    {
        chosen = { lib.file("Katalogas.pdf", sampleFile("%PDF katalogas", 900)) };
        Prompter::answerNextText(std::nullopt);
        CHECK_FALSE(view.addFiles());
        CHECK(view.list()->topLevelItemCount() == 2);
    }
    SECTION("files dropped from the file manager are added the same way")
    {
        const QString dropped
            = lib.file("Cennik hurtowy 2026.pdf", sampleFile("%PDF cennik", 1200));
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(dropped) });
        QWidget* target = view.list()->viewport();
        const QPoint at(20, 20);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        CHECK(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        Prompter::answerNextText(s("price list, pl"));
        QCoreApplication::sendEvent(target, &drop);
        CHECK(drop.isAccepted());
        REQUIRE(waitFor([&] { return view.list()->topLevelItemCount() == 3; }));
        CHECK(rows(view).contains(s("Cennik hurtowy 2026.pdf|pl, price list")));
    }
}

TEST_CASE("The search and the tag narrow the files shown", "[materials]")
{
    Library lib;
    lib.add("Kainoraštis 2026.pdf", sampleFile("%PDF kainos", 3000), "brochure, lt");
    lib.add("Cennik hurtowy 2026.pdf", sampleFile("%PDF cennik", 2000), "pl, price list");
    lib.add("Prezentacja firmy — Łódź.pptx", sampleFile("PK prez", 9000), "pl, presentation");
    lib.add("Price list 2026.pdf", sampleFile("%PDF price", 1500), "brochure, en");
    MaterialLibraryView view(lib.context());
    REQUIRE(view.list()->topLevelItemCount() == 4);
    QLineEdit* search = view.searchBar()->searchField();
    QComboBox* tag = view.searchBar()->tagChoice();
    // Every tag in use is offered, after "All tags".
    REQUIRE(tag->count() == 7);
    CHECK(tag->itemText(0) == "All tags");
    CHECK(tag->itemText(1) == "brochure");

    typeText(search, s("pri bro"));
    CHECK(rows(view) == QStringList { s("Price list 2026.pdf|brochure, en") });
    clearText(search);
    typeText(search, s("kainorastis"));
    CHECK(rows(view) == QStringList { s("Kainoraštis 2026.pdf|brochure, lt") });
    clearText(search);
    typeText(search, s("lodz"));
    CHECK(rows(view) == QStringList { s("Prezentacja firmy — Łódź.pptx|pl, presentation") });
    clearText(search);
    CHECK(view.list()->topLevelItemCount() == 4);

    tag->setCurrentIndex(tag->findText("pl"));
    CHECK(rows(view)
        == QStringList { s("Cennik hurtowy 2026.pdf|pl, price list"),
            s("Prezentacja firmy — Łódź.pptx|pl, presentation") });
    typeText(search, s("pri"));
    CHECK(rows(view) == QStringList { s("Cennik hurtowy 2026.pdf|pl, price list") });
    typeText(search, s("zzz"));
    CHECK(view.list()->topLevelItemCount() == 0);
    CHECK(view.hintLabel()->text() == "No file in the library matches the search.");
}

TEST_CASE("Tags are edited for one file or several, one undo step", "[materials]")
{
    Library lib;
    lib.add("Kainoraštis 2026.pdf", sampleFile("%PDF kainos", 3000), "brochure, lt");
    lib.add("Cennik hurtowy 2026.pdf", sampleFile("%PDF cennik", 2000), "pl, price list");
    lib.add("Prezentacja firmy — Łódź.pptx", sampleFile("PK prez", 9000), "pl, presentation");
    MaterialLibraryView view(lib.context());

    selectRows(view, { s("Kainoraštis 2026.pdf") });
    Prompter::answerNextText(s("brochure, LT, 2026"));
    REQUIRE(view.editTags());
    CHECK(Prompter::shown().last().text.contains(s("Kainoraštis 2026.pdf")));
    CHECK(row(view, s("Kainoraštis 2026.pdf"))->text(MaterialLibraryView::Tags)
        == "2026, brochure, lt");
    CHECK(view.searchBar()->tagChoice()->findText("2026") > 0);

    // The two Polish files share "pl": it is what the question shows; their own tags stay.
    selectRows(view, { s("Cennik hurtowy 2026.pdf"), s("Prezentacja firmy — Łódź.pptx") });
    Prompter::answerNextText(s("polska, 2026"));
    REQUIRE(view.editTags());
    CHECK(row(view, s("Cennik hurtowy 2026.pdf"))->text(MaterialLibraryView::Tags)
        == "2026, polska, price list");
    CHECK(row(view, s("Prezentacja firmy — Łódź.pptx"))->text(MaterialLibraryView::Tags)
        == "2026, polska, presentation");
    CHECK(view.searchBar()->tagChoice()->findText("pl") < 0); // no file has it any more

    lib.undoStack.undo();
    CHECK(row(view, s("Cennik hurtowy 2026.pdf"))->text(MaterialLibraryView::Tags)
        == "pl, price list");
    CHECK(row(view, s("Prezentacja firmy — Łódź.pptx"))->text(MaterialLibraryView::Tags)
        == "pl, presentation");
    CHECK(row(view, s("Kainoraštis 2026.pdf"))->text(MaterialLibraryView::Tags)
        == "2026, brochure, lt");
}

TEST_CASE("Removing a file asks first, and undo brings it back as it was", "[materials]")
{
    Library lib;
    const QByteArray content = sampleFile("%PDF kainos", 7000);
    const QString id = lib.add("Kainoraštis 2026.pdf", content, "brochure, lt");
    lib.add("Price list 2026.pdf", sampleFile("%PDF price", 1500), "brochure, en");
    MaterialLibraryView view(lib.context());
    selectRows(view, { s("Kainoraštis 2026.pdf") });

    Prompter::answerNext(QMessageBox::No);
    CHECK_FALSE(view.removeSelected());
    CHECK(view.list()->topLevelItemCount() == 2);

    Prompter::answerNext(QMessageBox::Yes);
    REQUIRE(view.removeSelected());
    CHECK(Prompter::shown().last().text.contains(s("Kainoraštis 2026.pdf")));
    CHECK(rows(view) == QStringList { s("Price list 2026.pdf|brochure, en") });

    lib.undoStack.undo();
    REQUIRE(view.list()->topLevelItemCount() == 2);
    CHECK(row(view, s("Kainoraštis 2026.pdf"))->text(MaterialLibraryView::Tags) == "brochure, lt");
    const auto back = Materials::content(lib.db->session(), id);
    REQUIRE(back);
    CHECK(*back == content);
}

TEST_CASE("Open hands the viewer the file's own bytes; rename and a new version", "[materials]")
{
    Library lib;
    const QByteArray content = sampleFile("%PDF kainos", 5000);
    const QString id = lib.add("Kainoraštis 2026.pdf", content, "brochure");
    MaterialLibraryView view(lib.context());
    QString opened;
    view.setOpener([&](const QString& path) { opened = path; });
    QTreeWidgetItem* item = row(view, s("Kainoraštis 2026.pdf"));
    view.list()->setCurrentItem(item);

    emit view.list()->itemActivated(item, 0); // a double-click
    REQUIRE_FALSE(opened.isEmpty());
    CHECK(QFileInfo(opened).fileName() == s("Kainoraštis 2026.pdf"));
    QFile file(opened);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == content);

    Prompter::answerNextText(s("Kainoraštis 2026 (didmena).pdf"));
    REQUIRE(view.renameCurrent());
    CHECK(rows(view) == QStringList { s("Kainoraštis 2026 (didmena).pdf|brochure") });

    // A new version keeps the name the team knows and the tags; the size follows the new file.
    const QByteArray v2 = sampleFile("%PDF kainos v2", 9000);
    Prompter::answerNextFile(lib.file("kainos_v2_final.pdf", v2));
    REQUIRE(view.replaceCurrent());
    CHECK(rows(view) == QStringList { s("Kainoraštis 2026 (didmena).pdf|brochure") });
    CHECK(view.list()->topLevelItem(0)->text(MaterialLibraryView::Size)
        == QLocale().formattedDataSize(9000));
    CHECK(*Materials::content(lib.db->session(), id) == v2);
    lib.undoStack.undo();
    CHECK(*Materials::content(lib.db->session(), id) == content);

    Prompter::answerNextFile(lib.file("empty.pdf", {}));
    CHECK_FALSE(view.replaceCurrent());
    CHECK(Prompter::shown().last().kind == Prompter::Kind::Warning);
    CHECK(Prompter::shown().last().text.contains("empty"));
    CHECK(*Materials::content(lib.db->session(), id) == content);
}

TEST_CASE("The library is a tab of the Catalogue; New adds files, Delete removes", "[materials]")
{
    Library lib;
    lib.add("Price list 2026.pdf", sampleFile("%PDF price", 1500), "brochure, en");
    CatalogueModule module(lib.context());
    QWidget* screen = module.createWidget(nullptr);
    std::unique_ptr<QWidget> owner(screen);
    MaterialLibraryView* view = module.materialLibrary();
    REQUIRE(view);
    const int tab = module.tabs()->indexOf(view);
    REQUIRE(tab >= 0);
    CHECK(module.tabs()->tabText(tab) == "Sales materials");
    module.tabs()->setCurrentIndex(tab);

    QAction* newAction = nullptr;
    QAction* saveAction = nullptr;
    QAction* deleteAction = nullptr;
    for (QAction* a : module.actions()) {
        if (a->objectName() == "newAction")
            newAction = a;
        else if (a->objectName() == "saveAction")
            saveAction = a;
        else if (a->objectName() == "deleteAction")
            deleteAction = a;
    }
    REQUIRE((newAction && saveAction && deleteAction));
    CHECK(newAction->isEnabled());
    CHECK_FALSE(saveAction->isEnabled());
    CHECK_FALSE(deleteAction->isEnabled());

    // Through the file dialog the window shows (Prompter), several files at once.
    Prompter::answerNextFiles({ lib.file("Katalogas.pdf", sampleFile("%PDF k", 800)) });
    Prompter::answerNextText(QString());
    newAction->trigger();
    CHECK(
        rows(*view) == QStringList { s("Katalogas.pdf|"), s("Price list 2026.pdf|brochure, en") });
    CHECK(deleteAction->isEnabled()); // the new file is selected

    Prompter::answerNext(QMessageBox::Yes);
    deleteAction->trigger();
    CHECK(rows(*view) == QStringList { s("Price list 2026.pdf|brochure, en") });
    CHECK_FALSE(deleteAction->isEnabled());
}

TEST_CASE("Screenshot of the sales materials library", "[.materials-shots]")
{
    Library lib;
    const QDir shots(qEnvironmentVariable("TANDEM_SCREENSHOT_DIR"));
    REQUIRE(shots.exists());
    lib.add(
        "Kainoraštis 2026 — didmena.pdf", sampleFile("%PDF", 412000), "brochure, lt, price list");
    lib.add("Cennik hurtowy 2026 (złoty).pdf", sampleFile("%PDF", 388000), "pl, price list");
    lib.add("Prezentacja firmy — Łódź.pptx", sampleFile("PK", 7340000), "pl, presentation");
    lib.add("Ąžuoliniai baldai — katalogas.pdf", sampleFile("%PDF", 2100000), "brochure, lt");
    lib.add("Gwarancja i serwis.pdf", sampleFile("%PDF", 96000), "pl, terms");
    CatalogueModule module(lib.context());
    std::unique_ptr<QWidget> screen(module.createWidget(nullptr));
    module.tabs()->setCurrentWidget(module.materialLibrary());
    screen->resize(980, 520);
    showActive(*screen);
    module.materialLibrary()->select(
        { module.materialLibrary()->list()->topLevelItem(1)->data(0, Qt::UserRole).toString() });
    QTest::qWait(200);
    REQUIRE(screen->grab().save(shots.filePath("materials-library.png")));
}
