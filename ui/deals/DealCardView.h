// A deal at a glance, in front of its editable details: amount, company, owner and close date,
// the stages it has to go through with the current one marked, the current stage's playbook as a
// checklist to tick off, and the moves (next stage, won, lost, reopen).
#pragma once

#include "common/UiContext.h"
#include "records/RecordPage.h"

class QHBoxLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;

namespace tandem {

class DealDocumentsView;
class DealQuotesView;
class QuoteEditor;

class DealCardView : public RecordPage {
    Q_OBJECT
public:
    explicit DealCardView(const UiContext& context, QWidget* parent = nullptr);

    void showRecord(const QString& id) override;
    QString dealId() const { return m_id; }
    QListWidget* checklist() const { return m_checklist; }
    QLabel* stagePath() const { return m_path; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* wonButton() const { return m_won; }
    QPushButton* lostButton() const { return m_lost; }
    QPushButton* reopenButton() const { return m_reopen; }
    DealQuotesView* quotesView() const { return m_quotes; }
    DealDocumentsView* documentsView() const { return m_documents; }
    // The quote opened from the card, in a window of its own (made on first use).
    QuoteEditor* openQuote(const QString& quoteId);
    QuoteEditor* quoteEditor() const { return m_quoteEditor; }
    // Ticks or unticks a checklist item: its task is marked done (one undo step).
    bool setItemDone(int row, bool done);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void onItemChanged(QListWidgetItem* item);

    UiContext m_ctx;
    QString m_id;
    QString m_nextStageId;
    QLabel* m_title;
    QLabel* m_facts;
    QLabel* m_status;
    QLabel* m_path;
    QLabel* m_checklistTitle;
    QListWidget* m_checklist;
    QPushButton* m_next;
    QPushButton* m_won;
    QPushButton* m_lost;
    QPushButton* m_reopen;
    QPushButton* m_edit;
    QTabWidget* m_paperwork;
    DealQuotesView* m_quotes;
    DealDocumentsView* m_documents;
    QuoteEditor* m_quoteEditor = nullptr;
    bool m_filling = false;
};

} // namespace tandem
