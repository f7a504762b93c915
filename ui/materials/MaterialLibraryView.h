// The sales materials library on its Catalogue tab: brochures, presentations and price sheets kept
// once for the team, found by name or tag, added (several files or a drop), retagged, renamed,
// replaced by a new version, opened, saved and removed — each change one undo step.
#pragma once

#include "common/UiContext.h"
#include "util/Result.h"

#include <QStringList>
#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QTreeWidget;

namespace tandem {

class MaterialSearchBar;

class MaterialLibraryView : public QWidget {
    Q_OBJECT
public:
    enum Column { Name, Tags, Size, AddedBy, Added };
    // Opens a file in the desktop's viewer; tests put their own here.
    using Opener = std::function<void(const QString& path)>;
    // Asks which files to add (the desktop's file dialog); tests put their own here.
    using FileChooser = std::function<QStringList(QWidget* parent)>;

    explicit MaterialLibraryView(const UiContext& context, QWidget* parent = nullptr);

    MaterialSearchBar* searchBar() const { return m_searchBar; }
    QTreeWidget* list() const { return m_list; }
    QLabel* hintLabel() const { return m_hint; }
    void setOpener(Opener opener) { m_opener = std::move(opener); }
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    // The files selected in the list, and selecting some (false when none of them is shown).
    QStringList selectedIds() const;
    bool select(const QStringList& ids);
    void refresh();

    // The user's actions; false when cancelled or refused (the refusal shown through Prompter).
    bool addFiles(); // asks for the files, then for their tags
    // Adds the files with the tags asked once for them all: every file or none, one undo step.
    bool addPaths(const QStringList& paths);
    bool editTags(); // of every selected file
    bool renameCurrent();
    bool replaceCurrent(); // asks for the new version's file through Prompter
    QString openCurrent(); // the temporary file handed to the opener
    bool saveCopy(); // asks where through Prompter
    bool removeSelected(); // asks first

signals:
    void selectionChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* makeAction(const QString& text, const QString& name, std::function<void()> run);
    void updateActions();
    // Runs the writes as one undo step named `undoText`, all or nothing; a refusal is shown under
    // `title`.
    bool write(const QString& title, const QString& undoText,
        const std::function<Result<void>()>& operation, const QString& details = {});
    QString currentId() const;

    UiContext m_ctx;
    Opener m_opener;
    FileChooser m_chooser;
    MaterialSearchBar* m_searchBar;
    QTreeWidget* m_list;
    QLabel* m_hint;
    QAction* m_add;
    QAction* m_tags;
    QAction* m_rename;
    QAction* m_replace;
    QAction* m_open;
    QAction* m_save;
    QAction* m_remove;
};

} // namespace tandem
