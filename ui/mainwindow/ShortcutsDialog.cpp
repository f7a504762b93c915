#include "mainwindow/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

// "&Find…" as the menu shows it: "Find…".
QString plainText(const QString& text)
{
    QString out = text;
    out.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    out.remove(QLatin1Char('&'));
    out.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return out;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(
    const QList<QPair<QString, QList<QAction*>>>& groups, QWidget* parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
    , m_filter(new QLineEdit(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_filter->setPlaceholderText(tr("Find a command or a key"));
    m_filter->setAccessibleName(tr("Find a command or a key"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Command"), tr("Keys") });
    m_tree->setRootIsDecorated(false);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    QSet<QAction*> listed; // an action shown in a menu and a toolbar is listed once
    for (const auto& [title, actions] : groups) {
        QTreeWidgetItem* group = nullptr;
        for (QAction* action : actions) {
            if (!action || action->shortcuts().isEmpty() || listed.contains(action))
                continue;
            listed.insert(action);
            if (!group) {
                group = new QTreeWidgetItem(m_tree, { plainText(title) });
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
                group->setFirstColumnSpanned(true);
            }
            QStringList keys;
            for (const QKeySequence& key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            auto* item = new QTreeWidgetItem(
                group, { plainText(action->text()), keys.join(QStringLiteral(", ")) });
            item->setIcon(0, action->icon());
            item->setToolTip(0, action->toolTip());
        }
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(520, 560);
}

void ShortcutsDialog::filter(const QString& text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool match = needle.isEmpty()
                || item->text(0).contains(needle, Qt::CaseInsensitive)
                || item->text(1).contains(needle, Qt::CaseInsensitive)
                || group->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace tandem
