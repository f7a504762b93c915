// A lazy table of one entity's records: pages come from RecordStore::list as the view scrolls,
// and sorting and filtering are done by SQL, so 100,000 rows cost what the screen shows.
#pragma once

#include <functional>

#include "domain/Record.h"
#include "store/RecordStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

namespace tandem {

class DataEvents;
class Session;
struct EntityDef;

class RecordListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the record's id
        StoredValueRole, // the value as stored (minor units, ISO dates, ids)
    };

    // `events` may be null (then the model refreshes only when told).
    RecordListModel(
        Session& session, DataEvents* events, const QString& entity, QObject* parent = nullptr);

    const EntityDef& definition() const { return *m_def; }
    QString entity() const;
    QString fieldAt(int column) const;
    int columnOf(const QString& field) const;

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    // Matches the label fields (names, titles), as ListQuery::text does.
    void setFilterText(const QString& text);
    QString filterText() const { return m_query.text; }
    // Equality filters, ANDed: {"status", "open"}.
    void setWhere(const QList<QPair<QString, QVariant>>& where);
    // Everything a filter bar or a segment sets besides the text: conditions, tag, idle days.
    void setConditions(const ListQuery& conditions);
    // The list's conditions including the text (not order or paging): what a segment saves.
    ListQuery conditions() const;
    // Orders by a field (empty: by name); what sort() uses for a column.
    void setOrder(const QString& field, Qt::SortOrder order);

    // Colours a whole row (Qt::ForegroundRole, Qt::BackgroundRole) from its record: an overdue
    // case in red. Returns an empty QVariant for the default.
    using RowStyle = std::function<QVariant(const Record& record, int role)>;
    void setRowStyle(RowStyle style) { m_rowStyle = std::move(style); }

    qint64 totalCount() const { return m_total; }
    QString idAt(int row) const;
    const Record* recordAt(int row) const;
    int rowOf(const QString& id) const; // -1 when not loaded (yet)
    QString lastError() const { return m_error; }

    // Re-reads what is loaded: rows that appeared or went away are inserted or removed, others
    // updated in place, so a view keeps its scroll position and selection.
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalCountChanged(qint64 total);
    void errorOccurred(const QString& message);

private:
    void reload();
    std::optional<qint64> readTotal();
    QList<Record> readRows(int offset, int limit);
    QString label(const QString& entity, const QString& id) const;
    bool affectedBy(const QString& entity) const;
    void onRecordsChanged(const QString& entity, const QString& id);

    Session& m_session;
    const EntityDef* m_def;
    QList<const FieldDef*> m_columns;
    ListQuery m_query;
    QList<Record> m_rows;
    qint64 m_total = 0;
    int m_pageSize = 200;
    QString m_error;
    // Labels of referenced records ("entity/id" → label), read once per record.
    mutable QHash<QString, QString> m_labels;
    RowStyle m_rowStyle;
};

} // namespace tandem
