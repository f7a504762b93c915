// The filter row above the contact and company lists: owner, company, status, tag, industry,
// territory, "no contact for N days", consent, and saved segments that bring a filter back.
#pragma once

#include "common/UiContext.h"
#include "store/RecordStore.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QSpinBox;

namespace tandem {

class RecordListView;
class ReferenceCombo;

class ListFilterBar : public QWidget {
    Q_OBJECT
public:
    ListFilterBar(const UiContext& context, RecordListView& view, QWidget* parent = nullptr);

    // The conditions picked here plus the view's filter text: what a segment saves.
    ListQuery conditions() const;
    // Shows a saved segment's conditions (empty id: all records).
    bool applySegment(const QString& segmentId);
    // Asks for a name and saves the current conditions as a segment.
    bool saveSegment();
    void clear();

    QComboBox* segments() const { return m_segments; }
    QComboBox* owner() const { return m_owner; }
    QComboBox* status() const { return m_status; }
    QComboBox* tag() const { return m_tag; }
    QComboBox* industry() const { return m_industry; }
    QComboBox* territory() const { return m_territory; }
    QComboBox* consent() const { return m_consent; }
    QSpinBox* idleDays() const { return m_idleDays; }
    ReferenceCombo* company() const { return m_company; }

signals:
    void conditionsChanged();

private:
    // `spoken`: what a screen reader calls the box ("Owner"); `allText`: its no-filter item.
    QComboBox* addCombo(const QString& name, const QString& spoken, const QString& allText);
    void fillRecords(QComboBox* box, const QString& entity);
    void reloadChoices();
    void reloadSegments(const QString& select = {});
    void apply();
    void onRecordsChanged(const QString& entity, const QString& id);
    QString viaCompany(const char* field) const;

    UiContext m_ctx;
    RecordListView& m_view;
    QString m_entity;
    bool m_applying = false;
    QComboBox* m_segments = nullptr;
    QComboBox* m_owner = nullptr;
    ReferenceCombo* m_company = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_industry = nullptr;
    QComboBox* m_territory = nullptr;
    QComboBox* m_consent = nullptr;
    QSpinBox* m_idleDays = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_clear = nullptr;
};

} // namespace tandem
