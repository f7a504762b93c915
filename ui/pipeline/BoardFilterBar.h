// The row above the board: whose deals (owner, team, territory), how big, closing by when, and a
// text that finds a deal or its company.
#pragma once

#include "store/BoardQuery.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace tandem {

class Session;

class BoardFilterBar : public QWidget {
    Q_OBJECT
public:
    BoardFilterBar(Session& session, QWidget* parent = nullptr);

    // The filter as set (pipeline left empty: the board fills it in).
    DealFilter filter() const;
    void reloadChoices(); // users, teams or territories changed
    void clearFilters();

    QComboBox* ownerBox() const { return m_owner; }
    QComboBox* teamBox() const { return m_team; }
    QComboBox* territoryBox() const { return m_territory; }
    QLineEdit* minAmountEdit() const { return m_minAmount; }
    QCheckBox* closeByCheck() const { return m_closeBy; }
    QDateEdit* closeByEdit() const { return m_closeDate; }
    QLineEdit* textEdit() const { return m_text; }

signals:
    void filterChanged();

private:
    void fill(QComboBox* box, const QString& entity, const QString& allText);

    Session& m_session;
    QComboBox* m_owner;
    QComboBox* m_team;
    QComboBox* m_territory;
    QLineEdit* m_minAmount;
    QCheckBox* m_closeBy;
    QDateEdit* m_closeDate;
    QLineEdit* m_text;
    QToolButton* m_clear;
    QTimer m_typing;
};

} // namespace tandem
