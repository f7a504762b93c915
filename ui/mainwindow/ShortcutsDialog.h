// Help › Keyboard shortcuts: every command that has a key, grouped by the menu (or module) it
// belongs to, with a filter; read from the actions themselves, so it never goes stale.
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace tandem {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    // `groups`: a title ("File", "Contacts") and its actions; those without a key are left out.
    explicit ShortcutsDialog(
        const QList<QPair<QString, QList<QAction*>>>& groups, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* filterEdit() const { return m_filter; }

private:
    void filter(const QString& text);

    QTreeWidget* m_tree;
    QLineEdit* m_filter;
};

} // namespace tandem
