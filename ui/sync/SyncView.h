// The sync screen: this copy, its peers, the shared folder, bundle files and conflicts to review.
#pragma once

#include "common/UiContext.h"
#include "sync/SyncScope.h"
#include "sync/SyncService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace tandem {

class ConflictModel;

class SyncView : public QWidget {
    Q_OBJECT
public:
    explicit SyncView(const UiContext& context, QWidget* parent = nullptr);

    void refresh();
    // The actions behind the buttons, callable from tests and menus.
    void syncFolderNow();
    void exportBundle();
    // Asks for a bundle (or takes `path`) and merges it.
    void importBundle(const QString& path = {});
    void chooseFolder();
    void setPassphrase();
    // What this copy holds: everything, or one owner's or territory's records (a field laptop).
    bool setScope(const SyncScope& scope);
    QComboBox* scopeBox() const { return m_scope; }
    QTreeWidget* peerList() const { return m_peers; }
    void resolveSelected(Resolution resolution);

    ConflictModel* conflictModel() const { return m_conflicts; }
    QTableView* conflictTable() const { return m_conflictTable; }
    QString statusText() const;

private:
    void afterImport(const QString& message);
    // " N pairs of contacts … look like the same person …", or nothing.
    QString duplicatesNote(const QStringList& contactsArrived) const;
    void showError(const Error& error);
    void fillScopes();
    // "everything", "Jonas Petraitis's records", "the territory Vilnius".
    QString scopeText(const SyncScope& scope) const;

    UiContext m_ctx;
    SyncService m_sync;
    QLabel* m_summary;
    QLabel* m_status;
    QLineEdit* m_folder;
    QPushButton* m_syncNow;
    QTreeWidget* m_peers;
    QComboBox* m_scope;
    ConflictModel* m_conflicts;
    QTableView* m_conflictTable;
    QPushButton* m_takeOther;
    QPushButton* m_keep;
};

} // namespace tandem
