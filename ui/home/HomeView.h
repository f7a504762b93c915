// The home screen: a greeting with the date, tiles counting what needs attention (each scrolls to
// its list), target progress, and the lists themselves; managers switch between "Me" and "My team",
// whose view adds a row per member. Refreshes after writes (coalesced) and when the day changes.
#pragma once

#include "common/UiContext.h"
#include "services/Dashboard.h"

#include <QList>
#include <QWidget>

class QAbstractButton;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QTimer;

namespace tandem {

class DashboardSection;
class TargetPanel;

class HomeView : public QWidget {
    Q_OBJECT
public:
    enum Tile { OverdueTile, TodayTile, StalledTile, ClosingTile, LeadsTile, TileCount };

    explicit HomeView(const UiContext& context, QWidget* parent = nullptr);

    // Whose home this is; empty: the session's current user (the default).
    void setUserId(const QString& userId);
    QString userId() const;
    // Shows the team's figures (only when the user leads anyone).
    void setTeamView(bool team);
    bool teamView() const { return m_team; }
    // Reads everything again now (a write coalesces into one refresh shortly after).
    void refresh();

    const DashboardData& data() const { return m_data; }
    QLabel* greeting() const { return m_greeting; }
    QWidget* scopeSwitch() const { return m_scope; }
    QPushButton* meButton() const { return m_me; }
    QPushButton* teamButton() const { return m_teamButton; }
    QPushButton* tile(Tile t) const { return m_tiles[t]; }
    QString tileCount(Tile t) const;
    DashboardSection* overdue() const { return m_overdue; }
    DashboardSection* today() const { return m_today; }
    DashboardSection* stalled() const { return m_stalled; }
    DashboardSection* closing() const { return m_closing; }
    DashboardSection* pastClose() const { return m_pastClose; }
    DashboardSection* leads() const { return m_leads; }
    TargetPanel* targets() const { return m_targets; }
    QTableWidget* teamTable() const { return m_teamTable; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildTiles();
    QPushButton* makeTile(Tile t, const QString& caption, const QString& colour);
    void fillTeamTable();
    void showSection(DashboardSection* section);

    UiContext m_ctx;
    QString m_userId;
    bool m_team = false;
    DashboardData m_data;
    QTimer* m_refreshSoon;
    QTimer* m_dayWatch;
    bool m_stale = false; // changed while hidden: read again when shown
    QDate m_shownDay;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_greeting = nullptr;
    QLabel* m_date = nullptr;
    QLabel* m_error = nullptr;
    QWidget* m_scope = nullptr;
    QPushButton* m_me = nullptr;
    QPushButton* m_teamButton = nullptr;
    QPushButton* m_tiles[TileCount] = {};
    QLabel* m_tileCounts[TileCount] = {};
    TargetPanel* m_targets = nullptr;
    QWidget* m_teamBox = nullptr;
    QTableWidget* m_teamTable = nullptr;
    DashboardSection* m_overdue = nullptr;
    DashboardSection* m_today = nullptr;
    DashboardSection* m_stalled = nullptr;
    DashboardSection* m_closing = nullptr;
    DashboardSection* m_pastClose = nullptr;
    DashboardSection* m_leads = nullptr;
};

} // namespace tandem
