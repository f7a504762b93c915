// The documents made for a deal (offers, orders, contracts): who made each and when, to whom and
// when it was sent; open one or save a copy.
#pragma once

#include "common/UiContext.h"

#include <QWidget>
#include <functional>

class QPushButton;
class QTreeWidget;

namespace tandem {

class DealDocumentsView : public QWidget {
    Q_OBJECT
public:
    explicit DealDocumentsView(const UiContext& context, QWidget* parent = nullptr);

    void setDeal(const QString& dealId);
    QTreeWidget* list() const { return m_list; }
    void refresh();
    // Opens a file in the desktop's viewer; tests put their own here.
    void setOpener(std::function<void(const QString& path)> opener)
    {
        m_opener = std::move(opener);
    }
    // The current row's document: written to a temporary file and opened; its path.
    QString openCurrent();
    bool saveCurrentAs(); // asks for the file through Prompter

private:
    QByteArray currentContent(QString& name) const;

    UiContext m_ctx;
    QString m_dealId;
    std::function<void(const QString&)> m_opener;
    QTreeWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_saveAs;
};

} // namespace tandem
