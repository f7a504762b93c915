// The editor for one field of a record, chosen by its type: reads and writes stored values, so the
// form only compares and saves.
#pragma once

#include "domain/EntitySchema.h"
#include "util/Result.h"

#include <QObject>
#include <QVariant>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace tandem {

class DateField;
class RecordStore;
class ReferenceCombo;

class FieldEditor : public QObject {
    Q_OBJECT
public:
    FieldEditor(const FieldDef& field, const RecordStore& store, QWidget* parent);

    // Blobs (photos, files) have no editor here.
    static bool canEdit(const FieldDef& field);

    const FieldDef& field() const { return m_field; }
    // What goes into the form (an input, or the input with its currency or calendar button).
    QWidget* widget() const { return m_widget; }
    // The input itself: QLineEdit, QPlainTextEdit, QCheckBox, QComboBox or ReferenceCombo.
    QWidget* input() const;

    // Shows a stored value without counting as an edit.
    void setValue(const QVariant& stored, const QString& currency);
    // The value to store, parsed by core's rules; unchanged text gives back exactly what was set.
    Result<QVariant> value(const QString& currency) const;
    // The currency shown beside a money field.
    void setCurrency(const QString& currency);

signals:
    void edited();

private:
    void build(QWidget* parent);
    Error fieldError(const QString& message) const;

    const FieldDef& m_field;
    const RecordStore& m_store;
    QWidget* m_widget = nullptr;
    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QCheckBox* m_check = nullptr;
    QComboBox* m_combo = nullptr; // choices, or the currency codes
    ReferenceCombo* m_ref = nullptr;
    DateField* m_date = nullptr;
    QLabel* m_currency = nullptr;
    QVariant m_stored;
    QString m_shownText; // the text setValue() showed, to recognise "not edited"
};

} // namespace tandem
