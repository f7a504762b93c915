// A deal's quotes: number, version, status, total and when each was sent; start a new one or open
// one in the quote editor.
#pragma once

#include "common/UiContext.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace tandem {

class DealQuotesView : public QWidget {
    Q_OBJECT
public:
    explicit DealQuotesView(const UiContext& context, QWidget* parent = nullptr);

    void setDeal(const QString& dealId);
    QTreeWidget* list() const { return m_list; }
    // A new draft for the deal (one undo step), then asked to be opened: its id.
    QString newQuote();
    void refresh();

signals:
    void openRequested(const QString& quoteId);
    void failed(const QString& message);

private:
    UiContext m_ctx;
    QString m_dealId;
    QTreeWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_open;
};

} // namespace tandem
