// What a report is run for, above its table: a period (preset or dates), a comparison, the filters
// the report takes (owner, team, territory, pipeline, currency) and its own options.
#pragma once

#include "reports/ReportCatalog.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QSpinBox;

namespace tandem {

class Session;

class ReportParamsBar : public QWidget {
    Q_OBJECT
public:
    ReportParamsBar(Session& session, QWidget* parent = nullptr);

    // Shows the controls this report uses (keeping the period and filters already chosen).
    void setReport(const ReportDefinition& report);
    ReportParams params() const;
    // Fills the reference lists again (users, teams … may have changed).
    void reload();

    QComboBox* periodCombo() const { return m_period; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* compareCombo() const { return m_compare; }
    QComboBox* filterCombo(const QString& entity) const { return m_filters.value(entity); }
    QComboBox* currencyCombo() const { return m_currency; }
    QWidget* optionWidget(const QString& key) const { return m_optionWidgets.value(key); }

signals:
    void changed();

private:
    void applyPreset();
    QComboBox* referenceCombo(const QString& entity, const QString& allText);
    void fillReferences(QComboBox* combo, const QString& entity);

    Session& m_session;
    const ReportDefinition* m_report = nullptr;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_compare;
    QComboBox* m_currency;
    QHash<QString, QComboBox*> m_filters; // by entity: user, team, territory, pipeline
    QHash<QString, QLabel*> m_labels;
    QHBoxLayout* m_optionsRow;
    QHash<QString, QWidget*> m_optionWidgets;
    bool m_updating = false;
};

} // namespace tandem
