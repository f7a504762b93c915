// One entity's screen: a filter box, the lazy list of records, New, and the form of the record
// picked in the list.
#pragma once

#include "common/UiContext.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace tandem {

class RecordForm;
class RecordListModel;

class RecordListView : public QWidget {
    Q_OBJECT
public:
    // `sortField`: the column the list is sorted by until the user picks another (empty: by name).
    RecordListView(const UiContext& context, const QString& entity, QWidget* parent = nullptr,
        const QString& sortField = {}, Qt::SortOrder order = Qt::AscendingOrder);
    ~RecordListView() override;

    // Selects the record in the list (clearing the filter or reading further pages if needed)
    // and shows it in the form. False when there is no such record.
    bool openRecord(const QString& id);
    void startNew(const QVariantMap& preset = {});
    bool save();
    void revert();
    // Asks first; the delete can be undone.
    void deleteCurrent();
    // Asks what to do with unsaved changes; false when the user wants to stay.
    bool confirmLeave();
    void setFilterText(const QString& text);
    // Puts a row (a filter bar) between the title row and the list.
    void addToolRow(QWidget* row);
    // For a list whose card says more than its rows (a campaign's figures, a territory's
    // companies): the card takes the larger share of the width, unless the user has set the split.
    void preferWideCard();

    RecordListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    RecordForm* form() const { return m_form; }
    QLineEdit* filterEdit() const { return m_filter; }

signals:
    void stateChanged(); // the form's record or dirty flag changed

private:
    void onCurrentRowChanged(const QModelIndex& current, const QModelIndex& previous);
    void selectRow(int row, bool centre = false);
    void reselect();
    void updateCount();
    void sizeColumns();
    void restoreLayout(const QString& sortField, Qt::SortOrder order);
    void saveLayout() const;
    QString settingsGroup() const;

    UiContext m_ctx;
    QString m_entity;
    RecordListModel* m_model;
    QLabel* m_count = nullptr;
    QLineEdit* m_filter = nullptr;
    QPushButton* m_new = nullptr;
    QTableView* m_table = nullptr;
    RecordForm* m_form = nullptr;
    QSplitter* m_splitter = nullptr;
    QTimer m_filterPause;
    bool m_columnsSized = false;
    bool m_splitRestored = false; // the user's own split, from the settings
    bool m_selecting = false; // the view itself is moving the selection
};

} // namespace tandem
