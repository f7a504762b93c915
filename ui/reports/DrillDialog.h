// The records behind one report figure, listed; double-clicking one opens it in its module.
#pragma once

#include "reports/ReportTable.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace tandem {

class ReportTableModel;
class Session;

class DrillDialog : public QDialog {
    Q_OBJECT
public:
    // `what` says which figure: "Won · Price too high".
    DrillDialog(Session& session, const QString& what, const QString& entity,
        const QStringList& ids, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    ReportTableModel* model() const { return m_model; }

signals:
    void openRecord(const QString& entity, const QString& id);

private:
    QTableView* m_view;
    ReportTableModel* m_model;
    QString m_entity;
};

} // namespace tandem
