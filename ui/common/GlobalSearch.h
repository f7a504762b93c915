// The search box of the main window: hits appear in a popup as you type; Enter or a click opens
// one.
#pragma once

#include "store/SearchIndex.h"

#include <QLineEdit>
#include <QList>
#include <QStringList>
#include <QTimer>

class QListWidget;

namespace tandem {

class RecordStore;

class GlobalSearch : public QLineEdit {
    Q_OBJECT
public:
    explicit GlobalSearch(SearchIndex& index, QWidget* parent = nullptr);

    // Only hits of these entities are listed (those a module can open); empty lists all.
    void setOpenableEntities(const QStringList& entities);
    // With the records, a colleague found by a skill shows the skills that matched ("who knows
    // X?" answered in the popup).
    void setRecords(const RecordStore* records) { m_records = records; }
    // Ctrl+K: focus the box with its text selected, ready to type over.
    void activate();
    // Runs the search for the current text now (typing runs it after a short pause).
    void refreshHits();

    QList<SearchHit> hits() const { return m_hits; }
    bool isPopupVisible() const;
    QListWidget* popup() const { return m_popup; }

    static constexpr int kMaxHits = 12;

signals:
    void openRequested(const QString& entity, const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showPopup();
    void hidePopup();
    void moveSelection(int delta);
    void openRow(int row);

    QString detailOf(const SearchHit& hit, const QString& query) const;

    SearchIndex& m_index;
    const RecordStore* m_records = nullptr;
    QStringList m_entities;
    QList<SearchHit> m_hits;
    QListWidget* m_popup = nullptr;
    QTimer m_typingPause;
};

} // namespace tandem
