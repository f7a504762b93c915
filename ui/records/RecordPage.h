// A page of a record's form that only shows the record (a contact's card, a company's overview).
#pragma once

#include <QWidget>

namespace tandem {

class RecordPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    // Empty id: nothing to show.
    virtual void showRecord(const QString& id) = 0;

signals:
    // The page's "Edit details": the form shows the record's fields.
    void editRequested();
};

} // namespace tandem
