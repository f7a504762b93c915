// File › Restore from backup…: the automatic backups of this database (or any backup file), what
// each holds next to what is here now, and restoring the chosen one after a safety backup.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tandem {

class Session;

class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    explicit RestoreDialog(Session& session, QWidget* parent = nullptr);

    // After accept(): the backup that was restored and where the replaced data was saved.
    QString restoredFrom() const { return m_restoredFrom; }
    QString safetyBackup() const { return m_safety; }

    QTreeWidget* list() const { return m_list; }
    QLabel* preview() const { return m_preview; }
    QPushButton* restoreButton() const { return m_restore; }
    // Adds a backup file chosen elsewhere to the top of the list and selects it.
    void addFile(const QString& path);

private:
    void fill();
    void showSelected();
    void chooseFile();
    void restoreSelected();
    QString selectedPath() const;

    Session& m_session;
    QTreeWidget* m_list = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_restore = nullptr;
    QString m_restoredFrom;
    QString m_safety;
};

} // namespace tandem
