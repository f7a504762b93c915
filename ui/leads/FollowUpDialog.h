// For the manager: leads whose first contact is overdue and that nobody has called, mailed or
// met yet, most overdue first; opening one shows the lead.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace tandem {

class DataEvents;
class Session;

class FollowUpDialog : public QDialog {
    Q_OBJECT
public:
    FollowUpDialog(Session& session, DataEvents& events, QWidget* parent = nullptr);

    void reload();
    QTreeWidget* list() const { return m_list; }
    QComboBox* ownerBox() const { return m_owner; }

private:
    Session& m_session;
    DataEvents& m_events;
    QComboBox* m_owner;
    QLabel* m_summary;
    QTreeWidget* m_list;
};

} // namespace tandem
