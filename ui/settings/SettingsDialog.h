// Edit › Settings…: the language, the team's currency, company details and documents, working
// hours and reminders, and where sync and backups go. Team-wide values are settings records (they
// sync to the other copies); the language, backup folder and shared folder belong to this computer.
#pragma once

#include "common/UiContext.h"

#include <QDialog>
#include <QImage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace tandem {

class DocumentSettingsPage;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const UiContext& context, QWidget* parent = nullptr);

    // Checks and saves everything; false (with the reason shown, nothing saved) when a value is
    // wrong. Offers a restart when the language changed.
    bool apply();
    void accept() override;

    // The language this computer shows Tandem in ("lt"), empty: the system's.
    static QString savedLanguage();

    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* languageBox() const { return m_language; }
    QComboBox* currencyBox() const { return m_currency; }
    QLineEdit* companyNameEdit() const { return m_companyName; }
    QPlainTextEdit* companyAddressEdit() const { return m_companyAddress; }
    QLineEdit* vatCodeEdit() const { return m_vatCode; }
    QLineEdit* companyPhoneEdit() const { return m_companyPhone; }
    QLineEdit* companyEmailEdit() const { return m_companyEmail; }
    // The logo's name, or the file the user chose; Remove empties it.
    QLineEdit* logoEdit() const { return m_logo; }
    QPushButton* chooseLogoButton() const { return m_chooseLogo; }
    QPushButton* removeLogoButton() const { return m_removeLogo; }
    QLabel* logoPreview() const { return m_logoPreview; }
    DocumentSettingsPage* documentsPage() const { return m_documents; }
    QTimeEdit* dayStartEdit() const { return m_dayStart; }
    QTimeEdit* dayEndEdit() const { return m_dayEnd; }
    QCheckBox* workdayBox(int isoDay) const { return m_workdays.value(isoDay - 1); }
    QSpinBox* reminderBox() const { return m_reminder; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* passphraseRepeatEdit() const { return m_passphraseRepeat; }
    QLineEdit* syncFolderEdit() const { return m_syncFolder; }
    QLineEdit* backupFolderEdit() const { return m_backupFolder; }

private:
    QWidget* generalTab();
    QWidget* companyTab();
    QWidget* hoursTab();
    QWidget* syncTab();
    void load();
    void loadLogo();
    void showLogo();
    // `edit` gets the folder the user picks.
    void chooseFolder(QLineEdit* edit, const QString& caption);

    UiContext m_ctx;
    QTabWidget* m_tabs;
    QComboBox* m_language = nullptr;
    QComboBox* m_currency = nullptr;
    QLineEdit* m_companyName = nullptr;
    QPlainTextEdit* m_companyAddress = nullptr;
    QLineEdit* m_vatCode = nullptr;
    QLineEdit* m_companyPhone = nullptr;
    QLineEdit* m_companyEmail = nullptr;
    QLineEdit* m_companyWebsite = nullptr;
    QLineEdit* m_logo = nullptr;
    QPushButton* m_chooseLogo = nullptr;
    QPushButton* m_removeLogo = nullptr;
    QLabel* m_logoPreview = nullptr;
    // The stored logo as loaded: m_logo shows m_logoShown until the user chooses or removes one.
    QString m_logoShown;
    QImage m_storedLogo;
    bool m_logoInDatabase = false;
    DocumentSettingsPage* m_documents = nullptr;
    QTimeEdit* m_dayStart = nullptr;
    QTimeEdit* m_dayEnd = nullptr;
    QList<QCheckBox*> m_workdays; // Monday first
    QSpinBox* m_reminder = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_passphraseRepeat = nullptr;
    QLabel* m_passphraseState = nullptr;
    QLineEdit* m_syncFolder = nullptr;
    QLineEdit* m_backupFolder = nullptr;
    QSpinBox* m_backupKeep = nullptr;
    QSpinBox* m_backupDays = nullptr;
};

} // namespace tandem
