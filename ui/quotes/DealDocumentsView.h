// The documents made for a deal (offers, orders, contracts) and the sales materials attached to it:
// who made each and when, to whom and when it was sent; open one, save a copy, attach from the
// library.
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
    // Picks files from the sales materials library (MaterialPicker) and attaches copies.
    bool attachFromLibrary();
    // Attaches copies of these library files to the deal: one undo step; false when refused.
    bool attachMaterials(const QStringList& materialIds);

private:
    QString currentId() const;

    UiContext m_ctx;
    QString m_dealId;
    std::function<void(const QString&)> m_opener;
    QTreeWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_saveAs;
    QPushButton* m_attach;
};

} // namespace tandem
