// Hands a territory to another salesperson: the new owner chosen among the active users, and what
// will move to them (open accounts, deals, leads, tasks) shown before it is confirmed.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace tandem {

class Session;

class ReassignDialog : public QDialog {
    Q_OBJECT
public:
    ReassignDialog(Session& session, const QString& territoryId, QWidget* parent = nullptr);

    QString territoryId() const { return m_territoryId; }
    QString newOwnerId() const; // empty: none chosen
    // Chooses the new owner by user id; false when they are not offered (inactive, the owner).
    bool setNewOwner(const QString& userId);
    QComboBox* ownerBox() const { return m_owner; }
    QLabel* previewLabel() const { return m_preview; }

private:
    void updatePreview();

    Session& m_session;
    QString m_territoryId;
    QComboBox* m_owner;
    QLabel* m_preview;
    QDialogButtonBox* m_buttons;
};

} // namespace tandem
