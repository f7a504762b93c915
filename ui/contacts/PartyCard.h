// What the contact card and the company card share: the header (avatar, name, chips), the details
// table, Log call / Add note / Edit details with Ctrl+L and Ctrl+Shift+L, quick logging, the
// timeline (activating an entry opens its record), and refreshing when related records change.
#pragma once

#include "common/UiContext.h"
#include "records/RecordPage.h"

#include <QStringList>

class QLabel;
class QListView;
class QVBoxLayout;

namespace tandem {

class QuickLog;
class TimelineModel;
struct Record;

class PartyCard : public RecordPage {
    Q_OBJECT
public:
    void showRecord(const QString& id) override;
    // Reads the record again and shows it (nothing when it is gone).
    virtual void refresh() = 0;

    QString recordId() const { return m_id; }
    QLabel* nameLabel() const { return m_name; }
    QLabel* detailsLabel() const { return m_details; }
    QLabel* chipsLabel() const { return m_chips; }
    QuickLog* quickLog() const { return m_quickLog; }
    TimelineModel* timeline() const { return m_timeline; }
    QListView* timelineView() const { return m_timelineView; }

protected:
    // `entity`: "contact" or "company"; `related`: the entities whose changes refresh the card.
    PartyCard(const UiContext& context, const QString& entity, int avatarSize, QStringList related,
        QWidget* parent);

    // Top to bottom: the avatar beside the name, `headerRows` and the chips; `aboveDetails` (may
    // be null); the details; the buttons; the quick-log box. The caller adds its body below.
    QVBoxLayout* buildLayout(const QList<QWidget*>& headerRows, QWidget* aboveDetails);
    // Log call / Add note (the company card first brings its timeline tab forward).
    virtual void startLog(const QString& kind);
    // The name, the avatar (photo or initials) and the quick-log subject of the record shown;
    // with no record, empties the common parts.
    void showCommon(const Record* record, const QByteArray& photo, const QString& companyId = {});

    // A row of the details table, and the table around the rows.
    static QString row(const QString& label, const QString& html);
    static QString table(const QString& rows);
    // Street, postcode, city, region and country of `record`, joined with commas.
    static QString address(const Record& record);
    // The translated label of one of this card's entity's fields.
    QString fieldLabel(const char* field) const;

    UiContext m_ctx;
    QString m_entity;
    QString m_id;
    int m_avatarSize;
    QStringList m_related;
    QLabel* m_avatar;
    QLabel* m_name;
    QLabel* m_chips;
    QLabel* m_details;
    QuickLog* m_quickLog;
    TimelineModel* m_timeline;
    QListView* m_timelineView;

private:
    void onRecordsChanged(const QString& entity, const QString& id);
};

} // namespace tandem
