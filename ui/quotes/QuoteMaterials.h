// "Materials sent with this offer": the sales materials attached to a quote, which its e-mail
// carries beside the PDF; added from the library, removed, and frozen once the quote is sent.
#pragma once

#include "common/UiContext.h"
#include "util/Result.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace tandem {

class QuoteMaterials : public QWidget {
    Q_OBJECT
public:
    explicit QuoteMaterials(const UiContext& context, QWidget* parent = nullptr);

    void setQuote(const QString& quoteId);
    // A sent quote's materials are what the customer got: shown, not changed.
    void setEditable(bool editable);

    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

    // The user's actions, each one undo step; false when cancelled or refused (said through
    // Prompter).
    bool addFromLibrary(); // picks through MaterialPicker
    bool attach(const QStringList& materialIds);
    bool removeSelected();

    // Writes the quote's materials into `folder` for an e-mail, named apart from `taken` (the
    // PDF's name): their paths.
    static Result<QStringList> writeFiles(
        Session& session, const QString& quoteId, const QString& folder, QStringList taken);

private:
    void refresh();

    UiContext m_ctx;
    QString m_quoteId;
    bool m_editable = true;
    QListWidget* m_list;
    QLabel* m_none;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace tandem
