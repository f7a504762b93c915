// A contact's or company's timeline as a list model: one row per activity, deal, offer, document,
// case or field change, newest first, painted by SearchHitDelegate (title, detail, date · who).
#pragma once

#include "services/Timeline.h"

#include <QAbstractListModel>

namespace tandem {

class Session;

class TimelineModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit TimelineModel(Session& session, QObject* parent = nullptr);

    // Reads the timeline afresh (empty id: none).
    void load(const QString& entity, const QString& id);
    void reload() { load(m_entity, m_id); }
    QString entity() const { return m_entity; }
    QString recordId() const { return m_id; }
    const TimelineItem& item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QString title(const TimelineItem& item) const;
    QString detail(const TimelineItem& item) const;
    QString stamp(const TimelineItem& item) const;

    Session& m_session;
    QString m_entity;
    QString m_id;
    QList<TimelineItem> m_items;
};

} // namespace tandem
