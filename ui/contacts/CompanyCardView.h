// A company's card: status and cataloguing, won revenue and open pipeline, its people as an org
// chart (reports-to tree, decision makers marked), its deals and stages, the group of companies it
// belongs to, the documents made for it, and its timeline with quick logging.
#pragma once

#include "contacts/PartyCard.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace tandem {

class CompanyDocumentsView;
struct OrgChartNode;

class CompanyCardView : public PartyCard {
    Q_OBJECT
public:
    explicit CompanyCardView(const UiContext& context, QWidget* parent = nullptr);

    void refresh() override;

    QLabel* totalsLabel() const { return m_totals; }
    QTreeWidget* orgChart() const { return m_orgChart; }
    QTreeWidget* deals() const { return m_deals; }
    QTreeWidget* cases() const { return m_cases; }
    CompanyDocumentsView* documents() const { return m_documents; }
    QPushButton* newCaseButton() const { return m_newCase; }
    QTabWidget* sections() const { return m_sections; }

protected:
    void startLog(const QString& kind) override;

private:
    void addNode(QTreeWidgetItem* parent, const OrgChartNode& node);
    void showDeals(const QList<Record>& deals);
    void showCases();

    QLabel* m_totals;
    QTabWidget* m_sections;
    QTreeWidget* m_orgChart;
    QTreeWidget* m_deals;
    QTreeWidget* m_cases;
    CompanyDocumentsView* m_documents;
    QPushButton* m_newCase;
};

} // namespace tandem
