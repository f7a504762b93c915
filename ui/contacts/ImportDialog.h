// Importing an address book (vCard or CSV) from the Contacts or Companies screen: for CSV the
// mapping step, then a dry run that lists what will be created, updated, skipped as already here
// and rejected, line by line; the import itself in one transaction once the user agrees.
#pragma once

#include "common/UiContext.h"
#include "services/AddressBookFiles.h"

#include <QDialog>
#include <QTimer>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace tandem {

class CsvColumnsView;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(const UiContext& context, const QString& entity, const QString& path,
        ExchangeFormat format, QWidget* parent = nullptr);

    // Runs the dry run again now (the dialog also does so shortly after every change).
    void refresh();
    // Imports for real; false (with the reason shown) when nothing was written.
    bool runImport();

    const ImportReport& lastReport() const { return m_report; }
    CsvColumnsView* columns() const { return m_columns; }
    QLabel* summaryLabel() const { return m_summary; }
    QTreeWidget* rowsView() const { return m_rows; }
    QPushButton* importButton() const { return m_import; }
    QCheckBox* skipInvalidBox() const { return m_skipInvalid; }
    void setDuplicatePolicy(DuplicatePolicy policy);

private:
    void readCsv();
    ImportRequest request(bool dryRun) const;
    void showReport();
    void showFailure(const Error& error);
    int problemCount() const;

    UiContext m_ctx;
    QString m_entity;
    QString m_path;
    ExchangeFormat m_format;
    ImportReport m_report;
    bool m_readable = false;
    QTimer m_debounce;
    CsvColumnsView* m_columns = nullptr;
    QButtonGroup* m_policy;
    QCheckBox* m_skipInvalid;
    QLabel* m_summary;
    QTreeWidget* m_rows;
    QPushButton* m_import;
    QPushButton* m_saveMapping = nullptr;
};

} // namespace tandem
