// The mapping step of a CSV import: each column of the file with its first values and the field it
// goes into (auto-matched, changeable), and the file's encoding and delimiter.
#pragma once

#include "services/AddressBookFiles.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tandem {

class CsvColumnsView : public QWidget {
    Q_OBJECT
public:
    CsvColumnsView(const QString& entity, QWidget* parent = nullptr);

    // Shows the file as read; the combos start at the auto-matched targets.
    void setPreview(const AddressBookFiles::CsvPreview& preview);
    // The columns as the user mapped them, with the chosen encoding and delimiter.
    CsvMapping mapping() const;
    QString encoding() const;
    QChar delimiter() const;

    // The picker of column `column` (for tests).
    QComboBox* targetPicker(int column) const;
    QComboBox* encodingPicker() const { return m_encoding; }
    QComboBox* delimiterPicker() const { return m_delimiter; }
    QTableWidget* table() const { return m_table; }
    QLabel* unmatchedLabel() const { return m_unmatched; }

signals:
    void mappingChanged();
    // The user picked another encoding or delimiter: the file must be read again.
    void readingChanged();

private:
    void updateUnmatched();

    QString m_entity;
    CsvMapping m_mapping;
    QList<CsvTarget> m_targets;
    QList<bool> m_withData; // per column: some row has a value in it
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QLabel* m_unmatched;
    QTableWidget* m_table;
    bool m_filling = false;
};

} // namespace tandem
