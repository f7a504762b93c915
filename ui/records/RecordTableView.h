// A RecordTableModel with its buttons: add, remove (asks first), move up and down.
#pragma once

#include <QVariantMap>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace tandem {

class RecordTableModel;

class RecordTableView : public QWidget {
    Q_OBJECT
public:
    // `newValues` gives a new record's first values (a name the user can then change).
    RecordTableView(RecordTableModel* model, const QString& title, QWidget* parent = nullptr);

    void setNewValues(std::function<QVariantMap()> newValues)
    {
        m_newValues = std::move(newValues);
    }
    RecordTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString currentId() const;
    void selectId(const QString& id);
    bool addRecord();
    bool removeCurrent(); // asks first
    bool moveCurrent(int delta);

signals:
    void currentChanged(const QString& id);

private:
    void updateButtons();

    RecordTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    std::function<QVariantMap()> m_newValues;
};

} // namespace tandem
