// Who changed what, and when: one record's change log, newest first (date, user, field, value).
#pragma once

#include <QTreeWidget>

namespace tandem {

class RecordStore;

class RecordHistoryView : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, FieldColumn, ValueColumn };

    explicit RecordHistoryView(const RecordStore& store, QWidget* parent = nullptr);

    void setRecord(const QString& entity, const QString& id); // empty id: nothing to show
    void refresh();

private:
    const RecordStore& m_store;
    QString m_entity;
    QString m_id;
};

} // namespace tandem
