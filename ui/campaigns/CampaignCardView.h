// A campaign at a glance, in front of its editable details: kind, dates, status and owner; its
// figures as tiles (responses and revenue against their goals, untouched responses, cost per lead,
// return); its responses, untouched ones marked; recording a response and importing attendees.
#pragma once

#include "campaigns/ResponseDialog.h"
#include "common/UiContext.h"
#include "domain/Record.h"
#include "records/RecordPage.h"
#include "services/Campaigns.h"

#include <QHash>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tandem {

class FigureTile;

class CampaignCardView : public RecordPage {
    Q_OBJECT
public:
    explicit CampaignCardView(const UiContext& context, QWidget* parent = nullptr);

    void showRecord(const QString& id) override;
    QString campaignId() const { return m_id; }

    // "responses", "untouched", "qualified", "won", "revenue", "cost", "cost_per_lead", "return".
    FigureTile* tile(const QString& key) const { return m_tiles.value(key); }
    QTableWidget* responsesTable() const { return m_table; }
    QPushButton* respondButton() const { return m_respond; }
    QPushButton* importButton() const { return m_import; }
    QLabel* notice() const { return m_notice; }
    // The dialog "Record response…" opened (null when none is open).
    ResponseDialog* responseDialog() const { return m_dialog; }

    // Opens "Record response…" (window-modal); OK records the response.
    void openResponseDialog();
    // Records a response as one undo step; the outcome is told in the notice line.
    Result<ResponseOutcome> recordResponse(const ResponseDraft& draft);
    // Asks for a CSV file (through Prompter) and imports it.
    void chooseAndImport();
    // Imports the attendees of `path` as one undo step and tells the counts, or the refusal.
    Result<AttendeeImport> importAttendees(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void fillHeader(const Record& campaign);
    void fillTiles(const CampaignStats& stats);
    void fillResponses(const QList<CampaignResponseRow>& rows);
    void openRow(int row);

    UiContext m_ctx;
    QString m_id;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_facts;
    QHash<QString, FigureTile*> m_tiles;
    QPushButton* m_respond;
    QPushButton* m_import;
    QPushButton* m_edit;
    QLabel* m_notice;
    QLabel* m_responsesTitle;
    QTableWidget* m_table;
    QPointer<ResponseDialog> m_dialog;
};

} // namespace tandem
