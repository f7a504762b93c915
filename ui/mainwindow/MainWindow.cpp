#include "mainwindow/MainWindow.h"

#include "mainwindow/ShortcutsDialog.h"
#include "settings/SettingsDialog.h"

#include "activities/ActivitiesModule.h"
#include "calendar/CalendarFiles.h"
#include "calendar/CalendarModule.h"
#include "calendar/ReminderCenter.h"
#include "campaigns/MarketingModule.h"
#include "cases/CasesModule.h"
#include "catalogue/CatalogueModule.h"
#include "common/DataEvents.h"
#include "common/GlobalSearch.h"
#include "common/GuiSettings.h"
#include "common/Icons.h"
#include "common/NotificationsButton.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "contacts/ImportDialog.h"
#include "contacts/PartiesModule.h"
#include "deals/DealsModule.h"
#include "domain/EntitySchema.h"
#include "home/HomeModule.h"
#include "leads/LeadsModule.h"
#include "mailing/MailingDialog.h"
#include "pipeline/PipelineModule.h"
#include "records/RecordsModule.h"
#include "reports/ReportsModule.h"
#include "store/Backup.h"
#include "store/Integrity.h"
#include "store/Session.h"
#include "sync/SyncModule.h"
#include "tasks/TasksModule.h"
#include "team/TeamModule.h"
#include "util/Clock.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tandem {

namespace {

constexpr int kSearchWidth = 520;

QString sidebarStyle()
{
    return QStringLiteral(
        "#sidebarPanel { background: palette(alternate-base); border-right: 1px solid "
        "palette(mid); }"
        "QListWidget#sidebar { background: transparent; border: none; outline: 0; }"
        "QListWidget#sidebar::item { padding: 7px 10px; margin: 1px 8px; border-radius: 6px; }"
        "QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }"
        "QListWidget#sidebar::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }");
}

} // namespace

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_events(new DataEvents(this))
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    const QString company = session.setting(QStringLiteral("company_name"));
    setWindowTitle(company.isEmpty() ? tr("Tandem") : tr("%1 — Tandem").arg(company));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* panel = new QWidget(central);
    panel->setObjectName(QStringLiteral("sidebarPanel"));
    panel->setAttribute(Qt::WA_StyledBackground);
    panel->setStyleSheet(sidebarStyle());
    panel->setFixedWidth(210);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 14, 0, 10);
    panelLayout->setSpacing(2);
    auto* companyLabel = new QLabel(company, panel);
    QFont bold = companyLabel->font();
    bold.setBold(true);
    companyLabel->setFont(bold);
    companyLabel->setWordWrap(true);
    companyLabel->setContentsMargins(18, 0, 12, 0);
    auto* userLabel = new QLabel(
        session.records().labelOf(QStringLiteral("user"), session.currentUserId()), panel);
    userLabel->setForegroundRole(QPalette::PlaceholderText);
    userLabel->setContentsMargins(18, 0, 12, 10);
    m_sidebar = new QListWidget(panel);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panelLayout->addWidget(companyLabel);
    panelLayout->addWidget(userLabel);
    panelLayout->addWidget(m_sidebar, 1);

    m_stack = new QStackedWidget(central);
    layout->addWidget(panel);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    addModules();
    buildToolBar();
    buildMenus();
    buildStatusBar();

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onModuleChanged);
    connect(m_search, &GlobalSearch::openRequested, this, &MainWindow::openRecord);
    connect(m_events, &DataEvents::recordsChanged, this, &MainWindow::updateStatus);
    connect(m_events, &DataEvents::openRequested, this,
        [this](const QString& entity, const QString& id) { openRecord(entity, id); });
    connect(m_events, &DataEvents::newRequested, this,
        [this](const QString& entity, const QVariantMap& preset) {
            for (const auto& module : m_modules) {
                if (!module->entities().contains(entity))
                    continue;
                showModule(module->key());
                activateWindow();
                module->startNew(entity, preset);
                return;
            }
        });
    connect(m_events, &DataEvents::writeFailed, this,
        [this](const QString& message) { Prompter::warning(this, tr("Not done"), message); });

    // Reminders of meetings, due tasks and next-contact dates: checked once the window shows,
    // with what was missed while Tandem was closed.
    m_reminders
        = new ReminderCenter({ m_session, *m_events, *m_undoStack }, m_session.clock(), this);
    connect(m_reminders, &ReminderCenter::openRecord, m_events, &DataEvents::requestOpen);
    QTimer::singleShot(0, m_reminders, &ReminderCenter::start);

    restoreSettings();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::addModules()
{
    const UiContext context { m_session, *m_events, *m_undoStack };
    m_modules.push_back(std::make_unique<HomeModule>(context));
    m_modules.push_back(std::make_unique<PartiesModule>(context, QStringLiteral("contact")));
    m_modules.push_back(std::make_unique<PartiesModule>(context, QStringLiteral("company")));
    m_modules.push_back(std::make_unique<LeadsModule>(context));
    m_modules.push_back(std::make_unique<PipelineModule>(context));
    m_modules.push_back(std::make_unique<DealsModule>(context));
    m_modules.push_back(std::make_unique<CalendarModule>(context));
    m_modules.push_back(std::make_unique<TasksModule>(context));
    m_modules.push_back(std::make_unique<ActivitiesModule>(context));
    m_modules.push_back(std::make_unique<CasesModule>(context));
    m_modules.push_back(std::make_unique<CatalogueModule>(context));
    m_modules.push_back(std::make_unique<MarketingModule>(context));
    m_modules.push_back(std::make_unique<ReportsModule>(context));
    m_modules.push_back(std::make_unique<TeamModule>(context));
    m_modules.push_back(std::make_unique<SyncModule>(context));
    for (const auto& module : m_modules) {
        m_stack->addWidget(module->createWidget(m_stack));
        auto* item = new QListWidgetItem(module->icon(), module->title(), m_sidebar);
        item->setData(Qt::UserRole, module->key());
        item->setSizeHint(QSize(0, 38));
    }
}

QAction* MainWindow::makeAction(const QString& objectName, const QString& text, const QString& icon,
    const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!icon.isEmpty())
        action->setIcon(Icons::get(icon));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

void MainWindow::buildToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_moduleMarker = m_toolBar->addSeparator();

    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(Icons::get(QStringLiteral("undo")));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(Icons::get(QStringLiteral("redo")));
    redo->setShortcut(QKeySequence::Redo);
    m_toolBar->addAction(undo);
    m_toolBar->addAction(redo);

    auto spacer = [this] {
        auto* w = new QWidget(m_toolBar);
        w->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        return w;
    };
    m_toolBar->addWidget(spacer());
    m_search = new GlobalSearch(m_session.search(), m_toolBar);
    m_search->setFixedWidth(kSearchWidth);
    QStringList entities;
    for (const auto& module : m_modules)
        entities += module->entities();
    m_search->setOpenableEntities(entities);
    m_search->setRecords(&m_session.records());
    m_toolBar->addWidget(m_search);
    m_toolBar->addWidget(spacer());
    m_notifications = new NotificationsButton({ m_session, *m_events, *m_undoStack }, m_toolBar);
    m_toolBar->addWidget(m_notifications);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* mailing = makeAction(
        QStringLiteral("mailingAction"), tr("&Mail merge and labels…"), QStringLiteral("print"));
    connect(mailing, &QAction::triggered, this, [this] {
        auto* dialog = new MailingDialog({ m_session, *m_events, *m_undoStack }, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    file->addAction(mailing);
    file->addSeparator();
    QAction* backup = makeAction(
        QStringLiteral("backupAction"), tr("&Back up database…"), QStringLiteral("backup"));
    connect(backup, &QAction::triggered, this, &MainWindow::backUpDatabase);
    file->addAction(backup);
    QAction* restore = makeAction(
        QStringLiteral("restoreAction"), tr("&Restore from backup…"), QStringLiteral("revert"));
    connect(restore, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    file->addAction(restore);
    file->addSeparator();
    QAction* quit = makeAction(QStringLiteral("quitAction"), tr("&Quit"), {}, QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("undoAction")));
    edit->addAction(action(QStringLiteral("redoAction")));
    edit->addSeparator();
    QAction* find = makeAction(QStringLiteral("findAction"), tr("&Find…"), QStringLiteral("search"),
        QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(find, &QAction::triggered, m_search, &GlobalSearch::activate);
    edit->addAction(find);
    edit->addSeparator();
    QAction* settings = makeAction(QStringLiteral("settingsAction"), tr("&Settings…"), {},
        QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, [this] { settingsDialog()->open(); });
    edit->addAction(settings);

    m_moduleMenu = menuBar()->addMenu(QString());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < int(m_modules.size()); ++i) {
        Module* module = m_modules.at(i).get();
        QAction* show = makeAction(QStringLiteral("show_") + module->key(), module->title(), {},
            i < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)) : QKeySequence());
        show->setIcon(module->icon());
        connect(show, &QAction::triggered, this, [this, i] { m_sidebar->setCurrentRow(i); });
        view->addAction(show);
    }

    view->addSeparator();
    QAction* reminders = makeAction(QStringLiteral("remindersAction"), tr("&Reminders…"),
        QStringLiteral("bell"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(reminders, &QAction::triggered, this, [this] {
        if (m_reminders)
            m_reminders->showDialog();
    });
    view->addAction(reminders);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = makeAction(QStringLiteral("shortcutsAction"), tr("&Keyboard shortcuts"), {},
        QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(keys, &QAction::triggered, this, [this] { shortcutsDialog()->show(); });
    help->addAction(keys);
    QAction* check = makeAction(
        QStringLiteral("checkAction"), tr("&Check database…"), QStringLiteral("check"));
    connect(check, &QAction::triggered, this, &MainWindow::checkDatabase);
    help->addAction(check);
    help->addSeparator();
    QAction* about
        = makeAction(QStringLiteral("aboutAction"), tr("&About Tandem"), QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    help->addAction(about);
}

void MainWindow::buildStatusBar()
{
    m_pathLabel = new QLabel(statusBar());
    QString path = QDir::cleanPath(QFileInfo(m_session.database().path()).absoluteFilePath());
    // "~/.local/share/tandem/tandem.db" reads better than the full home path.
    const QString home = QDir::homePath();
    if (path.startsWith(home + QLatin1Char('/')))
        path = QLatin1Char('~') + path.mid(home.size());
    m_pathLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(path)));
    m_pathLabel->setToolTip(QDir::toNativeSeparators(m_session.database().path()));
    m_countsLabel = new QLabel(statusBar());
    m_countsLabel->setObjectName(QStringLiteral("recordCounts"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
}

QAction* MainWindow::action(const QString& objectName) const
{
    return findChild<QAction*>(objectName);
}

Module* MainWindow::currentModule() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < int(m_modules.size()) ? m_modules.at(row).get() : nullptr;
}

Module* MainWindow::module(const QString& key) const
{
    for (const auto& module : m_modules) {
        if (module->key() == key)
            return module.get();
    }
    return nullptr;
}

QList<Module*> MainWindow::modules() const
{
    QList<Module*> list;
    for (const auto& module : m_modules)
        list << module.get();
    return list;
}

SettingsDialog* MainWindow::settingsDialog()
{
    auto* dialog = new SettingsDialog({ m_session, *m_events, *m_undoStack }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

ShortcutsDialog* MainWindow::shortcutsDialog()
{
    // The menus as they stand, then each module's own commands (not all are in a menu at once).
    QList<QPair<QString, QList<QAction*>>> groups;
    for (QAction* top : menuBar()->actions()) {
        if (top->menu() && top->menu() != m_moduleMenu)
            groups.append({ top->text(), top->menu()->actions() });
    }
    for (const auto& module : m_modules)
        groups.append({ module->title(), module->actions() });
    auto* dialog = new ShortcutsDialog(groups, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

bool MainWindow::openFile(const QString& path)
{
    const QFileInfo file(path);
    const QString suffix = file.suffix().toLower();
    if (!file.isFile()) {
        Prompter::warning(this, tr("Open file"), tr("%1 does not exist.").arg(path));
        return false;
    }
    if (suffix == QLatin1String("tandem")) {
        showModule(QStringLiteral("sync"));
        auto* sync = dynamic_cast<SyncModule*>(module(QStringLiteral("sync")));
        if (!sync || !sync->view())
            return false;
        sync->view()->importBundle(file.absoluteFilePath());
        return true;
    }
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard")) {
        showModule(QStringLiteral("contact"));
        auto* contacts = dynamic_cast<PartiesModule*>(module(QStringLiteral("contact")));
        ImportDialog* dialog = contacts ? contacts->importFile(file.absoluteFilePath()) : nullptr;
        if (!dialog)
            return false;
        dialog->open();
        return true;
    }
    if (suffix == QLatin1String("ics")) {
        showModule(QStringLiteral("calendar"));
        const UiContext context { m_session, *m_events, *m_undoStack };
        CalendarFiles::importFile(this, context, file.absoluteFilePath());
        return true;
    }
    Prompter::warning(this, tr("Open file"),
        tr("Tandem cannot open %1: it opens Tandem bundles (.tandem), address books (.vcf) and "
           "calendars (.ics).")
            .arg(file.fileName()));
    return false;
}

void MainWindow::showModule(const QString& key)
{
    for (int i = 0; i < int(m_modules.size()); ++i) {
        if (m_modules.at(i)->key() == key)
            m_sidebar->setCurrentRow(i);
    }
}

void MainWindow::onModuleChanged(int row)
{
    if (row < 0 || row >= int(m_modules.size()))
        return;
    Module* module = m_modules.at(row).get();
    m_stack->setCurrentIndex(row);
    // The module's commands sit in the toolbar and in a menu named after it while it is shown.
    for (QAction* a : std::as_const(m_moduleActions))
        m_toolBar->removeAction(a);
    m_moduleMenu->clear();
    m_moduleActions = module->actions();
    m_toolBar->insertActions(m_moduleMarker, m_moduleActions);
    m_moduleMenu->addActions(m_moduleActions);
    m_moduleMenu->setTitle(module->title());
}

bool MainWindow::openRecord(const QString& entity, const QString& id)
{
    for (const auto& module : m_modules) {
        if (!module->entities().contains(entity))
            continue;
        showModule(module->key());
        activateWindow();
        return module->open(entity, id);
    }
    return false;
}

void MainWindow::showAbout()
{
    Prompter::about(this, tr("About Tandem"),
        tr("<h3>Tandem %1</h3>"
           "<p>A desktop CRM for small sales teams: contacts, companies, leads, deals and "
           "activities, on your own computer, working with or without a network.</p>"
           "<p>Database: %2</p>"
           "<p>Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QStringLiteral(TANDEM_VERSION),
                QDir::toNativeSeparators(m_session.database().path()).toHtmlEscaped()));
}

void MainWindow::updateStatus()
{
    QStringList parts;
    for (const auto& module : m_modules) {
        for (const QString& entity : module->entities()) {
            const auto count = m_session.records().count(entity);
            // A module of several lists (the catalogue) names each by its records' plural.
            const EntityDef* def
                = module->entities().size() > 1 ? EntitySchema::find(entity) : nullptr;
            if (count)
                //: In the status bar: "Contacts 2,000"
                parts << tr("%1 %2").arg(
                    def ? def->translatedPlural() : module->title(), QLocale().toString(*count));
        }
    }
    m_countsLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

void MainWindow::restoreSettings()
{
    GuiSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1320, 820);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    const QString key = settings.value(QStringLiteral("module")).toString();
    settings.endGroup();
    m_sidebar->setCurrentRow(0);
    if (module(key))
        showModule(key);
}

void MainWindow::saveSettings() const
{
    GuiSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    if (const Module* module = currentModule())
        settings.setValue(QStringLiteral("module"), module->key());
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (const auto& module : m_modules) {
        if (!module->confirmClose()) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    event->accept();
}

} // namespace tandem
