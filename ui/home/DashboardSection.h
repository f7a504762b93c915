// One list on the home screen (overdue tasks, stalled deals, untouched leads…): a heading with its
// count and the items, each opened with a double-click or Enter; a friendly line when it is empty.
#pragma once

#include "services/Dashboard.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace tandem {

class DashboardSection : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Tasks, Deals, Leads };

    DashboardSection(
        Kind kind, const QString& title, const QString& emptyText, QWidget* parent = nullptr);

    // Shows the items; `withOwner` adds whose each one is (a team view).
    void setItems(const QList<DashboardItem>& items, bool withOwner, const QDate& today);
    QTreeWidget* list() const { return m_list; }
    int count() const { return m_count; }
    // Scrolled to by its tile: the first item becomes current and the list takes the focus.
    void focusList();

signals:
    void openRequested(const QString& entity, const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openItem(QTreeWidgetItem* item);
    QStringList cellsOf(const DashboardItem& item, const QDate& today) const;

    Kind m_kind;
    QString m_title;
    QLabel* m_heading;
    QLabel* m_empty;
    QTreeWidget* m_list;
    int m_count = 0;
};

} // namespace tandem
