// The main window: a sidebar of modules, the global search, menus and the status bar. It only
// assembles; what a screen does lives in its module.
#pragma once

#include <QMainWindow>
#include <memory>
#include <vector>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoStack;

namespace tandem {

class DataEvents;
class GlobalSearch;
class Module;
class NotificationsButton;
class ReminderCenter;
class Session;
class SettingsDialog;
class ShortcutsDialog;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Switches to the module that shows `entity` and opens the record there.
    bool openRecord(const QString& entity, const QString& id);
    // A file handed over by the file manager or the command line: a .tandem bundle is merged
    // (Sync), a .vcf address book goes to the contacts import, a .ics calendar to the calendar
    // import. Anything else is refused with a message. False when nothing was started.
    bool openFile(const QString& path);
    // Edit › Settings… and Help › Keyboard shortcuts: a new dialog (deleted on close), not yet
    // shown.
    SettingsDialog* settingsDialog();
    ShortcutsDialog* shortcutsDialog();
    void showModule(const QString& key);

    Module* currentModule() const;
    Module* module(const QString& key) const;
    QList<Module*> modules() const;
    GlobalSearch* globalSearch() const { return m_search; }
    NotificationsButton* notifications() const { return m_notifications; }
    QUndoStack* undoStack() const { return m_undoStack; }
    DataEvents* events() const { return m_events; }
    // The window's commands by object name ("backupAction", "checkAction" …), for tests.
    QAction* action(const QString& objectName) const;

    // The automatic backups' news (BackupScheduler): a status-bar line, a warning when one
    // failed, and for a damaged file the offer to restore the latest sound backup.
    void showAutomaticBackup(const QString& path);
    void showBackupFailure(const QString& message);
    void offerRestore(const QStringList& problems);

signals:
    // A backup was restored: the database must be opened afresh (main() does, in a new window).
    void restartRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addModules();
    void buildMenus();
    void buildToolBar();
    void buildStatusBar();
    QAction* makeAction(const QString& objectName, const QString& text, const QString& icon,
        const QKeySequence& shortcut = {});
    void onModuleChanged(int row);
    void backUpDatabase();
    void checkDatabase();
    void restoreFromBackup();
    void restored(const QString& safety);
    void showAbout();
    void updateStatus();
    void restoreSettings();
    void saveSettings() const;

    Session& m_session;
    DataEvents* m_events;
    QUndoStack* m_undoStack;
    std::vector<std::unique_ptr<Module>> m_modules;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    GlobalSearch* m_search = nullptr;
    NotificationsButton* m_notifications = nullptr;
    ReminderCenter* m_reminders = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_moduleMarker = nullptr; // where the current module's commands go in the toolbar
    QMenu* m_moduleMenu = nullptr;
    QList<QAction*> m_moduleActions;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
};

} // namespace tandem
