#include "settings/SettingsDialog.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "common/ExitCodes.h"
#include "common/GuiSettings.h"
#include "common/Prompter.h"
#include "documents/Letterhead.h"
#include "firstrun/FirstRunDialog.h"
#include "services/FreeSlots.h"
#include "services/Reminders.h"
#include "settings/DocumentSettingsPage.h"
#include "store/AutoBackup.h"
#include "store/Database.h"
#include "store/Session.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace tandem {

namespace {

const QString kLanguageKey = QStringLiteral("language");
const QString kBackupFolderKey = QStringLiteral("backup_folder"); // this computer's (meta)
const QString kSyncFolderKey = QStringLiteral("sync_folder");

// The team-wide settings the Company tab edits, by their setting key.
const char* const kCompanyAddress = "company_address";
const char* const kCompanyVat = "company_vat_code";
const char* const kCompanyPhone = "company_phone";
const char* const kCompanyEmail = "company_email";
const char* const kCompanyWebsite = "company_website";

QString setting(Session& session, const char* key)
{
    return session.setting(QString::fromLatin1(key));
}

// A language as its speakers name it, so that anyone can find their own.
QString nativeName(const QString& code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

} // namespace

SettingsDialog::SettingsDialog(const UiContext& context, QWidget* parent)
    : QDialog(parent)
    , m_ctx(context)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(generalTab(), tr("General"));
    m_tabs->addTab(companyTab(), tr("Company"));
    m_tabs->addTab(hoursTab(), tr("Working hours"));
    m_tabs->addTab(syncTab(), tr("Sync and backups"));
    m_documents = new DocumentSettingsPage(m_ctx, this);
    m_tabs->addTab(m_documents, tr("Offers and documents"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    load();
    resize(600, 500);
}

QString SettingsDialog::savedLanguage()
{
    return GuiSettings().value(kLanguageKey).toString();
}

QWidget* SettingsDialog::generalTab()
{
    auto* page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(
        tr("As the system (%1)").arg(nativeName(QLocale::system().name().left(2))), QString());
    for (const QString& code : { QStringLiteral("en"), QStringLiteral("lt"), QStringLiteral("pl"),
             QStringLiteral("uk"), QStringLiteral("ro"), QStringLiteral("ru") })
        m_language->addItem(nativeName(code), code);
    m_currency = new QComboBox(page);
    m_currency->setAccessibleName(tr("Default currency"));
    FirstRunDialog::addCurrencies(m_currency);
    auto* currencyNote = new QLabel(
        tr("New deals, quotes and reports use it unless another is chosen. Amounts already "
           "entered keep their currency."),
        page);
    currencyNote->setWordWrap(true);
    currencyNote->setForegroundRole(QPalette::PlaceholderText);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Default &currency:"), m_currency);
    form->addRow(QString(), currencyNote);
    return page;
}

QWidget* SettingsDialog::companyTab()
{
    auto* page = new QWidget(this);
    auto line = [page](const QString& accessible) {
        auto* edit = new QLineEdit(page);
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_companyName = line(tr("Company name"));
    m_companyAddress = new QPlainTextEdit(page);
    m_companyAddress->setAccessibleName(tr("Address"));
    m_companyAddress->setTabChangesFocus(true);
    m_companyAddress->setFixedHeight(m_companyAddress->fontMetrics().lineSpacing() * 4 + 12);
    m_vatCode = line(tr("VAT code"));
    m_companyPhone = line(tr("Phone"));
    m_companyEmail = line(tr("E-mail"));
    m_companyWebsite = line(tr("Website"));
    m_logo = line(tr("Logo"));
    m_logo->setReadOnly(true);
    m_logoPreview = new QLabel(page);
    m_logoPreview->setFixedHeight(48);
    m_chooseLogo = new QPushButton(tr("Choose…"), page);
    m_removeLogo = new QPushButton(tr("Remove"), page);
    connect(m_chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = Prompter::openFileName(this, tr("Company logo"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!path.isEmpty()) {
            m_logo->setText(path);
            showLogo();
        }
    });
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logo->clear();
        showLogo();
    });
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(m_chooseLogo);
    logoRow->addWidget(m_removeLogo);
    auto* note = new QLabel(
        tr("The team's details for the documents it sends; shared with the whole team."), page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_companyName);
    form->addRow(tr("&Address:"), m_companyAddress);
    form->addRow(tr("&VAT code:"), m_vatCode);
    form->addRow(tr("&Phone:"), m_companyPhone);
    form->addRow(tr("&E-mail:"), m_companyEmail);
    form->addRow(tr("&Website:"), m_companyWebsite);
    // A row that is a layout gets no buddy by itself: without one, "&" would show.
    auto* logoLabel = new QLabel(tr("&Logo:"), page);
    logoLabel->setBuddy(m_chooseLogo);
    form->addRow(logoLabel, logoRow);
    form->addRow(QString(), m_logoPreview);
    form->addRow(QString(), note);
    return page;
}

QWidget* SettingsDialog::hoursTab()
{
    auto* page = new QWidget(this);
    m_dayStart = new QTimeEdit(page);
    m_dayStart->setAccessibleName(tr("Working day starts"));
    m_dayEnd = new QTimeEdit(page);
    m_dayEnd->setAccessibleName(tr("Working day ends"));
    for (QTimeEdit* edit : { m_dayStart, m_dayEnd })
        edit->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    auto* days = new QHBoxLayout;
    // In the locale's week order (Monday or Sunday first), stored by ISO number.
    const int first = QLocale().firstDayOfWeek();
    m_workdays.resize(7);
    for (int i = 0; i < 7; ++i) {
        const int iso = (first - 1 + i) % 7 + 1;
        auto* box = new QCheckBox(QLocale().dayName(iso, QLocale::ShortFormat), page);
        box->setAccessibleName(QLocale().dayName(iso, QLocale::LongFormat));
        m_workdays[iso - 1] = box;
        days->addWidget(box);
    }
    days->addStretch();
    m_reminder = new QSpinBox(page);
    m_reminder->setAccessibleName(tr("Remind before meetings and calls"));
    m_reminder->setRange(-1, 24 * 60);
    m_reminder->setSpecialValueText(tr("No reminder"));
    m_reminder->setSuffix(tr(" min"));
    auto* note
        = new QLabel(tr("Free times are looked for, and tasks due \"in the morning\" are reminded "
                        "of, within working hours. A meeting or call without its own reminder is "
                        "reminded of this long before it starts."),
            page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Day &starts:"), m_dayStart);
    form->addRow(tr("Day &ends:"), m_dayEnd);
    form->addRow(tr("Working days:"), days);
    form->addRow(tr("&Reminder:"), m_reminder);
    form->addRow(QString(), note);
    return page;
}

QWidget* SettingsDialog::syncTab()
{
    auto* page = new QWidget(this);
    m_passphrase = new QLineEdit(page);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Team passphrase"));
    m_passphraseRepeat = new QLineEdit(page);
    m_passphraseRepeat->setEchoMode(QLineEdit::Password);
    m_passphraseRepeat->setAccessibleName(tr("Team passphrase again"));
    m_passphraseState = new QLabel(page);
    m_passphraseState->setWordWrap(true);
    m_passphraseState->setForegroundRole(QPalette::PlaceholderText);
    auto folderRow = [this, page](QLineEdit*& edit, const QString& accessible) {
        edit = new QLineEdit(page);
        edit->setAccessibleName(accessible);
        auto* choose = new QPushButton(tr("Choose…"), page);
        connect(choose, &QPushButton::clicked, this,
            [this, &edit, accessible] { chooseFolder(edit, accessible); });
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(choose);
        return row;
    };
    auto* form = new QFormLayout(page);
    form->addRow(tr("Team &passphrase:"), m_passphrase);
    form->addRow(tr("&Again:"), m_passphraseRepeat);
    form->addRow(QString(), m_passphraseState);
    auto labelled = [page](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, page);
        label->setBuddy(buddy);
        return label;
    };
    QLayout* syncRow = folderRow(m_syncFolder, tr("Shared sync folder"));
    form->addRow(labelled(tr("&Shared sync folder:"), m_syncFolder), syncRow);
    QLayout* backupRow = folderRow(m_backupFolder, tr("Backup folder"));
    form->addRow(labelled(tr("&Backup folder:"), m_backupFolder), backupRow);
    m_backupKeep = new QSpinBox(page);
    m_backupKeep->setObjectName(QStringLiteral("backupKeep"));
    m_backupKeep->setRange(1, 999);
    m_backupDays = new QSpinBox(page);
    m_backupDays->setObjectName(QStringLiteral("backupDays"));
    m_backupDays->setRange(0, 365);
    auto* keepRow = new QHBoxLayout;
    //: Settings › Automatic backups: "Keep the newest [10] backups and one a day for [7] days"
    keepRow->addWidget(new QLabel(tr("Keep the newest"), page));
    keepRow->addWidget(m_backupKeep);
    keepRow->addWidget(new QLabel(tr("backups and one a day for"), page));
    keepRow->addWidget(m_backupDays);
    keepRow->addWidget(new QLabel(tr("days"), page));
    keepRow->addStretch(1);
    form->addRow(labelled(tr("Au&tomatic backups:"), m_backupKeep), keepRow);
    auto* backupNote = new QLabel(tr("Tandem backs up the database when it starts, once a day, "
                                     "and before every update, import, sync and restore; with no "
                                     "folder chosen they go to “backups” beside the database."),
        page);
    backupNote->setWordWrap(true);
    backupNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), backupNote);
    auto* note = new QLabel(tr("The passphrase and folders belong to this computer: each copy of "
                               "Tandem in the team sets them once."),
        page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    return page;
}

void SettingsDialog::load()
{
    Session& s = m_ctx.session;
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));
    const int currency = m_currency->findData(s.defaultCurrency());
    if (currency < 0)
        m_currency->addItem(s.defaultCurrency(), s.defaultCurrency());
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(s.defaultCurrency())));

    m_companyName->setText(s.setting(QStringLiteral("company_name")));
    m_companyAddress->setPlainText(setting(s, kCompanyAddress));
    m_vatCode->setText(setting(s, kCompanyVat));
    m_companyPhone->setText(setting(s, kCompanyPhone));
    m_companyEmail->setText(setting(s, kCompanyEmail));
    m_companyWebsite->setText(setting(s, kCompanyWebsite));
    loadLogo();
    m_documents->load();

    // Read as the services that use them read them (defaults included).
    const WorkingHours hours = FreeSlots::workingHours(s);
    m_dayStart->setTime(hours.start);
    m_dayEnd->setTime(hours.end);
    for (int iso = 1; iso <= 7; ++iso)
        m_workdays.at(iso - 1)->setChecked(hours.workdays.contains(iso));
    m_reminder->setValue(Reminders::settings(s).defaultMinutes);

    const bool encrypted = !SyncService(s).passphrase().isEmpty();
    m_passphraseState->setText(encrypted
            ? tr("Bundles are encrypted. Type a new passphrase to change it; leave both fields "
                 "empty to keep it.")
            : tr("Bundles are not encrypted. Everyone in the team types the same passphrase "
                 "(at least 8 characters) to encrypt them."));
    m_syncFolder->setText(s.database().meta(kSyncFolderKey));
    m_backupFolder->setText(s.database().meta(kBackupFolderKey));
    const BackupRetention retention = AutoBackup::retention(s.database());
    m_backupKeep->setValue(retention.keep);
    m_backupDays->setValue(retention.days);
}

void SettingsDialog::loadLogo()
{
    const Letterheads::Logo logo = Letterheads::companyLogo(m_ctx.session);
    m_storedLogo = logo.image;
    m_logoInDatabase = logo.inDatabase;
    m_logoShown = logo.inDatabase && logo.name.isEmpty()
        ? tr("(the team's logo, not on this computer yet)")
        : logo.name;
    m_logo->setText(m_logoShown);
    showLogo();
}

void SettingsDialog::showLogo()
{
    const QString path = m_logo->text();
    const QImage image = path == m_logoShown ? m_storedLogo
        : path.isEmpty()                     ? QImage()
                                             : Letterheads::readImage(path);
    m_logoPreview->setPixmap(image.isNull()
            ? QPixmap()
            : QPixmap::fromImage(image.scaledToHeight(48, Qt::SmoothTransformation)));
}

void SettingsDialog::chooseFolder(QLineEdit* edit, const QString& caption)
{
    const QString dir = Prompter::existingDirectory(
        this, caption, edit->text().isEmpty() ? QDir::homePath() : edit->text());
    if (!dir.isEmpty())
        edit->setText(QDir::toNativeSeparators(dir));
}

bool SettingsDialog::apply()
{
    auto refuse = [this](int tab, QWidget* field, const QString& why) {
        m_tabs->setCurrentIndex(tab);
        field->setFocus();
        Prompter::warning(this, tr("Settings"), why);
        return false;
    };
    if (m_companyName->text().trimmed().isEmpty())
        return refuse(1, m_companyName, tr("The company name cannot be empty."));
    // The logo goes into the database, so that the whole team's documents carry it: a newly
    // chosen one, and one an older setting names as a file on this computer.
    const QString logoFile = m_logo->text();
    const bool removeLogo = logoFile.isEmpty() && logoFile != m_logoShown;
    QImage logo;
    if (logoFile != m_logoShown && !logoFile.isEmpty()) {
        logo = Letterheads::readImage(logoFile);
        if (logo.isNull())
            return refuse(1, m_logo, tr("%1 is not an image Tandem can read.").arg(logoFile));
    } else if (logoFile == m_logoShown && !m_logoInDatabase) {
        logo = m_storedLogo;
    }
    if (m_dayEnd->time() <= m_dayStart->time())
        return refuse(2, m_dayEnd, tr("The working day must end after it starts."));
    QStringList days;
    for (int iso = 1; iso <= 7; ++iso) {
        if (m_workdays.at(iso - 1)->isChecked())
            days << QString::number(iso);
    }
    if (days.isEmpty())
        return refuse(2, m_workdays.first(), tr("Choose at least one working day."));
    const QString passphrase = m_passphrase->text();
    if (passphrase != m_passphraseRepeat->text())
        return refuse(3, m_passphraseRepeat, tr("The two passphrases differ."));
    if (!passphrase.isEmpty() && passphrase.size() < 8)
        return refuse(3, m_passphrase, tr("A team passphrase needs at least 8 characters."));
    for (QLineEdit* folder : { m_syncFolder, m_backupFolder }) {
        const QString dir = folder->text().trimmed();
        if (!dir.isEmpty() && !QFileInfo(dir).isDir())
            return refuse(3, folder, tr("The folder %1 does not exist.").arg(dir));
    }

    Session& s = m_ctx.session;
    const QList<QPair<QString, QString>> team {
        { QStringLiteral("default_currency"), m_currency->currentData().toString() },
        { QStringLiteral("company_name"), m_companyName->text().trimmed() },
        { QString::fromLatin1(kCompanyAddress), m_companyAddress->toPlainText().trimmed() },
        { QString::fromLatin1(kCompanyVat), m_vatCode->text().trimmed() },
        { QString::fromLatin1(kCompanyPhone), m_companyPhone->text().trimmed() },
        { QString::fromLatin1(kCompanyEmail), m_companyEmail->text().trimmed() },
        { QString::fromLatin1(kCompanyWebsite), m_companyWebsite->text().trimmed() },
        { QStringLiteral("work_day_start"), m_dayStart->time().toString(QStringLiteral("H:mm")) },
        { QStringLiteral("work_day_end"), m_dayEnd->time().toString(QStringLiteral("H:mm")) },
        { QStringLiteral("work_days"), days.join(QLatin1Char(',')) },
        { QStringLiteral("reminder_default_minutes"),
            m_reminder->value() < 0 ? QStringLiteral("off")
                                    : QString::number(m_reminder->value()) },
    };
    // The team's values as one step of Edit › Undo, all saved or (on an error) none.
    int failedTab = 0;
    QWidget* failedField = m_language;
    auto saved = BatchCommands::run(
        m_ctx.undoStack, s, m_ctx.events, tr("Change settings"), [&]() -> Result<void> {
            // First what core may refuse (the number series), before anything else is written.
            if (auto r = m_documents->save(); !r) {
                failedTab = m_tabs->indexOf(m_documents);
                failedField = m_documents->errorField();
                return r;
            }
            for (const auto& [key, value] : team) {
                if (s.setting(key) == value)
                    continue; // unchanged values do not become changes to sync
                if (auto r = s.setSetting(key, value); !r)
                    return r;
            }
            if (!logo.isNull())
                return Letterheads::setCompanyLogo(s, logo, QFileInfo(logoFile).fileName());
            if (removeLogo)
                return Letterheads::removeCompanyLogo(s);
            return {};
        });
    if (!saved) {
        // A refusal by core is worded for the user; its field is known to the page.
        return refuse(failedTab, failedField ? failedField : m_language,
            failedTab == 0 ? saved.error().toString() : saved.error().message);
    }
    loadLogo();
    m_documents->load();
    if (!passphrase.isEmpty()) {
        if (auto r = SyncService(s).setPassphrase(passphrase); !r)
            return refuse(3, m_passphrase, r.error().toString());
    }
    (void)s.database().setMeta(kSyncFolderKey, QDir::cleanPath(m_syncFolder->text().trimmed()));
    (void)s.database().setMeta(kBackupFolderKey, QDir::cleanPath(m_backupFolder->text().trimmed()));
    (void)AutoBackup::setRetention(s.database(), { m_backupKeep->value(), m_backupDays->value() });
    m_ctx.events.notifyChanged(QStringLiteral("setting"));

    const QString language = m_language->currentData().toString();
    if (language != savedLanguage()) {
        GuiSettings().setValue(kLanguageKey, language);
        const auto answer = Prompter::question(this, tr("Language"),
            tr("Tandem shows the new language after a restart. Restart now?"));
        if (answer == QMessageBox::Yes) {
            // main() starts the new process once this one has let go of the database.
            QCoreApplication::exit(ExitCode::RestartApplication);
        }
    }
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace tandem
