// A customer's case at a glance, in front of its editable details: what it is about and for whom,
// where it stands against its deadlines (red when one passed, amber when it is near), how it was
// resolved and how satisfied the customer was, the moves (start, wait for the customer, resolve,
// close, reopen) and every step the case went through.
#pragma once

#include "common/UiContext.h"
#include "records/RecordPage.h"

#include <QVariantMap>

class QLabel;
class QPushButton;

namespace tandem {

class RecordHistoryView;

class CaseCardView : public RecordPage {
    Q_OBJECT
public:
    explicit CaseCardView(const UiContext& context, QWidget* parent = nullptr);

    void showRecord(const QString& id) override;
    QString caseId() const { return m_id; }

    QLabel* deadlinesLabel() const { return m_deadlines; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* outcomeLabel() const { return m_outcome; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* waitButton() const { return m_wait; }
    QPushButton* resolveButton() const { return m_resolve; }
    QPushButton* closeButton() const { return m_close; }
    QPushButton* reopenButton() const { return m_reopen; }
    RecordHistoryView* steps() const { return m_steps; }

    // One step of Edit › Undo; false (with a message shown) when refused.
    bool apply(const QVariantMap& changes, const QString& undoText);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void askResolve();

    UiContext m_ctx;
    QString m_id;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_facts;
    QLabel* m_deadlines;
    QLabel* m_description;
    QLabel* m_outcome;
    QPushButton* m_start;
    QPushButton* m_wait;
    QPushButton* m_resolve;
    QPushButton* m_close;
    QPushButton* m_reopen;
    QPushButton* m_edit;
    RecordHistoryView* m_steps;
};

} // namespace tandem
