// The documents kept for a company, its deals and its people (offers, orders, contracts, letters):
// what each was made for, who made it and when, to whom it was sent; a filter, Open, Save a copy.
#pragma once

#include "common/UiContext.h"
#include "quotes/AttachmentFiles.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tandem {

class CompanyDocumentsView : public QWidget {
    Q_OBJECT
public:
    enum Column { Name, For, MadeBy, Made, SentTo, Sent };

    explicit CompanyDocumentsView(const UiContext& context, QWidget* parent = nullptr);

    // Shows the company's documents (nothing for an empty id); the same company is not read again,
    // the view follows the changes itself.
    void setCompany(const QString& companyId);
    void refresh();
    // All the company's documents, the filter aside.
    int count() const { return m_count; }

    QTreeWidget* list() const { return m_list; }
    QLineEdit* filterEdit() const { return m_filter; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* saveButton() const { return m_saveAs; }
    void setOpener(AttachmentFiles::Opener opener) { m_opener = std::move(opener); }

    // The current row's document, written to a temporary file and opened; its path.
    QString openCurrent();
    bool saveCurrentAs(); // asks for the file through Prompter

signals:
    void countChanged(int count); // after each reading

private:
    void applyFilter();
    void updateButtons();
    QString currentId() const;

    UiContext m_ctx;
    QString m_companyId;
    int m_count = 0;
    AttachmentFiles::Opener m_opener;
    QLineEdit* m_filter;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_open;
    QPushButton* m_saveAs;
};

} // namespace tandem
