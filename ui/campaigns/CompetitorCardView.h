// A competitor at a glance, in front of its editable details: name and website, what the team
// knows (strengths, weaknesses, price points, notes), the summary of deals lost to it, and those
// deals, newest first (double-click opens one; a wrongly named one can be taken off).
#pragma once

#include "common/UiContext.h"
#include "records/RecordPage.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace tandem {

class CompetitorCardView : public RecordPage {
    Q_OBJECT
public:
    explicit CompetitorCardView(const UiContext& context, QWidget* parent = nullptr);

    void showRecord(const QString& id) override;
    QString competitorId() const { return m_id; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* websiteLabel() const { return m_website; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* strengthsLabel() const { return m_strengths; }
    QLabel* weaknessesLabel() const { return m_weaknesses; }
    QLabel* pricesLabel() const { return m_prices; }
    QTableWidget* dealsTable() const { return m_deals; }
    // The deal shown in `row` of the table.
    QString dealIdAt(int row) const;
    // Takes the deal of `row` off this competitor (it was lost to another, or to none): one undo
    // step. False, with the refusal shown, when it cannot.
    bool unlinkDeal(int row);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void fillNotes(QLabel* label, const QString& text);
    void showMenu(const QPoint& pos);

    UiContext m_ctx;
    QString m_id;
    QLabel* m_title;
    QLabel* m_website;
    QPushButton* m_edit;
    QLabel* m_summary;
    QLabel* m_strengths;
    QLabel* m_weaknesses;
    QLabel* m_prices;
    QLabel* m_notesTitle;
    QLabel* m_notes;
    QLabel* m_dealsTitle;
    QTableWidget* m_deals;
};

} // namespace tandem
