// Picks a product from the catalogue for a quote: type part of its name or code, choose a row.
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace tandem {

class Session;

class ProductPicker : public QDialog {
    Q_OBJECT
public:
    explicit ProductPicker(Session& session, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QListWidget* list() const { return m_list; }
    // The product of the current row; empty when none.
    QString chosenId() const;

private:
    void refill();

    Session& m_session;
    QLineEdit* m_search;
    QListWidget* m_list;
};

} // namespace tandem
