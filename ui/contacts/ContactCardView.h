// A contact's card: photo or initials, name, job and company, click-to-call and click-to-mail
// details, tags, consent, and the timeline of everything that happened, with quick logging.
#pragma once

#include "common/UiContext.h"
#include "records/RecordPage.h"

class QLabel;
class QListView;
class QPushButton;

namespace tandem {

class QuickLog;
class TimelineModel;

class ContactCardView : public RecordPage {
    Q_OBJECT
public:
    explicit ContactCardView(const UiContext& context, QWidget* parent = nullptr);

    void showRecord(const QString& id) override;
    void refresh();

    QString recordId() const { return m_id; }
    QLabel* nameLabel() const { return m_name; }
    QLabel* detailsLabel() const { return m_details; }
    QLabel* roleLabel() const { return m_role; }
    QLabel* chipsLabel() const { return m_chips; }
    QuickLog* quickLog() const { return m_quickLog; }
    TimelineModel* timeline() const { return m_timeline; }
    QListView* timelineView() const { return m_timelineView; }

signals:
    void editRequested();

private:
    void onRecordsChanged(const QString& entity, const QString& id);
    QString detailsHtml(const struct Record& contact) const;
    QString chipsHtml(const struct Record& contact) const;

    UiContext m_ctx;
    QString m_id;
    QLabel* m_avatar;
    QLabel* m_name;
    QLabel* m_role;
    QLabel* m_chips;
    QLabel* m_details;
    QuickLog* m_quickLog;
    TimelineModel* m_timeline;
    QListView* m_timelineView;
    QLabel* m_timelineHeading;
};

} // namespace tandem
