// A company's card: status and cataloguing, won revenue and open pipeline, its people as an org
// chart (reports-to tree, decision makers marked), its deals and stages, the group of companies it
// belongs to, and its timeline with quick logging.
#pragma once

#include "common/UiContext.h"
#include "records/RecordPage.h"

class QLabel;
class QListView;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace tandem {

class QuickLog;
class TimelineModel;
struct OrgChartNode;

class CompanyCardView : public RecordPage {
    Q_OBJECT
public:
    explicit CompanyCardView(const UiContext& context, QWidget* parent = nullptr);

    void showRecord(const QString& id) override;
    void refresh();

    QString recordId() const { return m_id; }
    QLabel* nameLabel() const { return m_name; }
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* detailsLabel() const { return m_details; }
    QTreeWidget* orgChart() const { return m_orgChart; }
    QTreeWidget* deals() const { return m_deals; }
    TimelineModel* timeline() const { return m_timeline; }
    QuickLog* quickLog() const { return m_quickLog; }
    QTabWidget* sections() const { return m_sections; }

signals:
    void editRequested();

private:
    void onRecordsChanged(const QString& entity, const QString& id);
    void addNode(QTreeWidgetItem* parent, const OrgChartNode& node);

    UiContext m_ctx;
    QString m_id;
    QLabel* m_avatar;
    QLabel* m_name;
    QLabel* m_chips;
    QLabel* m_totals;
    QLabel* m_details;
    QTabWidget* m_sections;
    QTreeWidget* m_orgChart;
    QTreeWidget* m_deals;
    QListView* m_timelineView;
    TimelineModel* m_timeline;
    QuickLog* m_quickLog;
};

} // namespace tandem
