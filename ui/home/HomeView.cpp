#include "home/HomeView.h"

#include "common/DataEvents.h"
#include "home/DashboardSection.h"
#include "home/TargetPanel.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace tandem {

namespace {

const char* const kStyle = R"CSS(
QWidget#homePage { background: #f3f4f6; }
QWidget#dashboardSection, QWidget#targetPanel, QWidget#teamBox {
    background: #ffffff; border: 1px solid #e2e5ea; border-radius: 8px; }
QLabel#sectionHeading { font-size: 12pt; font-weight: 600; color: #1f2933; }
QLabel#sectionEmpty, QLabel#noTarget { color: #6b7280; }
QLabel#targetColumn { color: #6b7280; font-weight: 600; }
QLabel#greeting { font-size: 18pt; font-weight: 600; color: #1f2933; }
QLabel#todayDate { color: #6b7280; font-size: 11pt; }
QLabel#tileCount { font-size: 22pt; font-weight: 700; color: #1f2933; background: transparent; }
QLabel#tileCaption { color: #4b5563; background: transparent; }
QLabel#homeError { color: #b42318; }
QProgressBar { border: none; border-radius: 5px; background: #e8ebf0; min-height: 20px;
    color: #1f2933; }
QProgressBar::chunk { border-radius: 5px; background: #7cb0ee; }
QProgressBar[reached="true"]::chunk { background: #6cc08b; }
QPushButton#scopeButton { padding: 5px 16px; border: 1px solid #c5cbd3; background: #ffffff; }
QPushButton#scopeButton:checked { background: #2563eb; color: #ffffff; border-color: #2563eb; }
)CSS";

} // namespace

HomeView::HomeView(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_refreshSoon(new QTimer(this))
    , m_dayWatch(new QTimer(this))
{
    setObjectName(QStringLiteral("homeView"));
    setStyleSheet(QLatin1String(kStyle));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll);

    auto* page = new QWidget(m_scroll);
    page->setObjectName(QStringLiteral("homePage"));
    page->setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 18, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(buildHeader());
    m_error = new QLabel(page);
    m_error->setObjectName(QStringLiteral("homeError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(buildTiles());

    m_targets = new TargetPanel(page);
    layout->addWidget(m_targets);

    m_teamBox = new QWidget(page);
    m_teamBox->setObjectName(QStringLiteral("teamBox"));
    m_teamBox->setAttribute(Qt::WA_StyledBackground);
    auto* teamLayout = new QVBoxLayout(m_teamBox);
    teamLayout->setContentsMargins(14, 10, 14, 12);
    auto* teamHeading = new QLabel(tr("My team"), m_teamBox);
    teamHeading->setObjectName(QStringLiteral("sectionHeading"));
    teamLayout->addWidget(teamHeading);
    m_teamTable = new QTableWidget(m_teamBox);
    m_teamTable->setObjectName(QStringLiteral("teamTable"));
    m_teamTable->setColumnCount(8);
    m_teamTable->setHorizontalHeaderLabels(
        { tr("Member"), tr("Overdue"), tr("Today"), tr("Stalled"), tr("Closing this month"),
            tr("Past close"), tr("Untouched leads"), tr("Revenue vs target") });
    m_teamTable->verticalHeader()->hide();
    m_teamTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_teamTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_teamTable->setFrameShape(QFrame::NoFrame);
    m_teamTable->setShowGrid(false);
    m_teamTable->setAlternatingRowColors(true);
    // The names as wide as they need, the figures sharing the rest evenly.
    QHeaderView* header = m_teamTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(90);
    for (int c = 1; c < 8; ++c)
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    m_teamTable->horizontalHeaderItem(0)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    teamLayout->addWidget(m_teamTable);
    layout->addWidget(m_teamBox);

    m_overdue = new DashboardSection(DashboardSection::Kind::Tasks, tr("Overdue tasks"),
        tr("Nothing overdue. Well done!"), page);
    m_today = new DashboardSection(
        DashboardSection::Kind::Tasks, tr("Today's tasks"), tr("No more tasks due today."), page);
    m_stalled = new DashboardSection(
        DashboardSection::Kind::Deals, tr("Stalled deals"), tr("Every open deal is moving."), page);
    m_closing = new DashboardSection(DashboardSection::Kind::Deals, tr("Closing this month"),
        tr("No open deal is expected to close this month."), page);
    m_pastClose = new DashboardSection(DashboardSection::Kind::Deals,
        tr("Past their expected close"), tr("No deal is past its expected close."), page);
    m_leads = new DashboardSection(DashboardSection::Kind::Leads, tr("Untouched leads"),
        tr("Every lead has been contacted."), page);
    auto* grid = new QGridLayout;
    grid->setSpacing(16);
    // Tasks side by side; deals and leads, whose rows say more, across the whole width.
    grid->addWidget(m_overdue, 0, 0, Qt::AlignTop);
    grid->addWidget(m_today, 0, 1, Qt::AlignTop);
    grid->addWidget(m_stalled, 1, 0, 1, 2);
    grid->addWidget(m_closing, 2, 0, 1, 2);
    grid->addWidget(m_pastClose, 3, 0, 1, 2);
    grid->addWidget(m_leads, 4, 0, 1, 2);
    for (DashboardSection* section :
        { m_overdue, m_today, m_stalled, m_closing, m_pastClose, m_leads })
        connect(section, &DashboardSection::openRequested, &m_ctx.events, &DataEvents::requestOpen);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch();
    m_scroll->setWidget(page);

    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(150);
    connect(m_refreshSoon, &QTimer::timeout, this, &HomeView::refresh);
    // Read again after changes while shown; while another screen is shown, only when Home comes
    // back (a manager's figures take a moment on a large database: not after every save).
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this] {
        if (isVisible())
            m_refreshSoon->start();
        else
            m_stale = true;
    });
    // A new day makes yesterday's "today" overdue: look once a minute.
    m_dayWatch->setInterval(60 * 1000);
    connect(m_dayWatch, &QTimer::timeout, this, [this] {
        const QDate day
            = m_ctx.session.clock().nowUtc().toTimeZone(QTimeZone::systemTimeZone()).date();
        if (day != m_shownDay && isVisible())
            refresh();
        else if (day != m_shownDay)
            m_stale = true;
    });
    m_dayWatch->start();
    refresh();
}

QWidget* HomeView::buildHeader()
{
    auto* header = new QWidget(this);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto* texts = new QVBoxLayout;
    m_greeting = new QLabel(header);
    m_greeting->setObjectName(QStringLiteral("greeting"));
    m_date = new QLabel(header);
    m_date->setObjectName(QStringLiteral("todayDate"));
    texts->addWidget(m_greeting);
    texts->addWidget(m_date);
    row->addLayout(texts, 1);

    m_scope = new QWidget(header);
    m_scope->setObjectName(QStringLiteral("scopeSwitch"));
    auto* switchRow = new QHBoxLayout(m_scope);
    switchRow->setContentsMargins(0, 0, 0, 0);
    switchRow->setSpacing(0);
    m_me = new QPushButton(tr("Me"), m_scope);
    m_teamButton = new QPushButton(tr("My team"), m_scope);
    auto* group = new QButtonGroup(m_scope);
    for (QPushButton* b : { m_me, m_teamButton }) {
        b->setObjectName(QStringLiteral("scopeButton"));
        b->setCheckable(true);
        group->addButton(b);
        switchRow->addWidget(b);
    }
    m_me->setChecked(true);
    m_me->setToolTip(tr("What needs your attention"));
    m_teamButton->setToolTip(tr("What needs the attention of the people you lead"));
    connect(m_teamButton, &QPushButton::toggled, this, &HomeView::setTeamView);
    row->addWidget(m_scope, 0, Qt::AlignVCenter);
    return header;
}

QPushButton* HomeView::makeTile(Tile t, const QString& caption, const QString& colour)
{
    auto* tile = new QPushButton;
    tile->setObjectName(QStringLiteral("tile"));
    tile->setCursor(Qt::PointingHandCursor);
    tile->setMinimumHeight(78);
    tile->setStyleSheet(QStringLiteral("QPushButton#tile { background: #ffffff; border: 1px solid "
                                       "#e2e5ea; border-left: 5px solid %1; border-radius: 8px; }"
                                       "QPushButton#tile:hover { background: #f8fafc; }"
                                       "QPushButton#tile:focus { border-color: %1; }")
                            .arg(colour));
    auto* layout = new QVBoxLayout(tile);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(0);
    m_tileCounts[t] = new QLabel(tile);
    m_tileCounts[t]->setObjectName(QStringLiteral("tileCount"));
    auto* text = new QLabel(caption, tile);
    text->setObjectName(QStringLiteral("tileCaption"));
    for (QLabel* l : { m_tileCounts[t], text }) {
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
        layout->addWidget(l);
    }
    tile->setAccessibleName(caption);
    m_tiles[t] = tile;
    return tile;
}

QWidget* HomeView::buildTiles()
{
    auto* tiles = new QWidget(this);
    auto* row = new QHBoxLayout(tiles);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    const struct {
        Tile tile;
        QString caption;
        const char* colour;
    } kTiles[] = {
        { OverdueTile, tr("Overdue tasks"), "#e5484d" },
        { TodayTile, tr("Tasks today"), "#3b82f6" },
        { StalledTile, tr("Stalled deals"), "#f59e0b" },
        { ClosingTile, tr("Closing this month"), "#22a06b" },
        { LeadsTile, tr("Untouched leads"), "#8b5cf6" },
    };
    for (const auto& t : kTiles) {
        row->addWidget(makeTile(t.tile, t.caption, QLatin1String(t.colour)), 1);
    }
    connect(m_tiles[OverdueTile], &QPushButton::clicked, this, [this] { showSection(m_overdue); });
    connect(m_tiles[TodayTile], &QPushButton::clicked, this, [this] { showSection(m_today); });
    connect(m_tiles[StalledTile], &QPushButton::clicked, this, [this] { showSection(m_stalled); });
    connect(m_tiles[ClosingTile], &QPushButton::clicked, this, [this] { showSection(m_closing); });
    connect(m_tiles[LeadsTile], &QPushButton::clicked, this, [this] { showSection(m_leads); });
    return tiles;
}

void HomeView::showSection(DashboardSection* section)
{
    m_scroll->ensureWidgetVisible(section, 0, 24);
    section->focusList();
}

QString HomeView::tileCount(Tile t) const
{
    return m_tileCounts[t]->text();
}

void HomeView::setUserId(const QString& userId)
{
    m_userId = userId;
    refresh();
}

QString HomeView::userId() const
{
    return m_userId.isEmpty() ? m_ctx.session.currentUserId() : m_userId;
}

void HomeView::setTeamView(bool team)
{
    if (team == m_team)
        return;
    m_team = team;
    {
        const QSignalBlocker block(m_teamButton);
        m_teamButton->setChecked(team);
        m_me->setChecked(!team);
    }
    refresh();
}

void HomeView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void HomeView::refresh()
{
    m_refreshSoon->stop();
    m_stale = false;
    const QString user = userId();
    const bool manager = Dashboard::leadsAnyone(m_ctx.session, user);
    m_scope->setVisible(manager);
    if (!manager && m_team) {
        m_team = false;
        const QSignalBlocker block(m_teamButton);
        m_teamButton->setChecked(false);
        m_me->setChecked(true);
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime now = m_ctx.session.clock().nowUtc();
    auto data = m_team ? Dashboard::forTeam(m_ctx.session, user, now, zone)
                       : Dashboard::forUser(m_ctx.session, user, now, zone);
    m_error->setVisible(!data);
    if (!data) {
        m_error->setText(tr("The home screen could not be read: %1").arg(data.error().message));
        return;
    }
    m_data = *data;
    m_shownDay = m_data.today;

    const QLocale locale;
    const int hour = now.toTimeZone(zone).time().hour();
    const QString firstName = m_data.userName.section(QLatin1Char(' '), 0, 0);
    const QString hello = hour < 12 ? tr("Good morning, %1")
        : hour < 18                 ? tr("Good afternoon, %1")
                                    : tr("Good evening, %1");
    m_greeting->setText(m_team ? tr("%1's team").arg(m_data.userName) : hello.arg(firstName));
    m_date->setText(locale.toString(m_data.today, QLocale::LongFormat));

    const int counts[TileCount] = { int(m_data.overdueTasks.size()), int(m_data.todayTasks.size()),
        int(m_data.stalledDeals.size()), int(m_data.closingThisMonth.size()),
        int(m_data.untouchedLeads.size()) };
    for (int t = 0; t < TileCount; ++t)
        m_tileCounts[t]->setText(locale.toString(counts[t]));

    m_targets->setProgress(m_data.month, m_data.quarter);
    m_teamBox->setVisible(m_team);
    fillTeamTable();
    const bool owners = m_team;
    m_overdue->setItems(m_data.overdueTasks, owners, m_data.today);
    m_today->setItems(m_data.todayTasks, owners, m_data.today);
    m_stalled->setItems(m_data.stalledDeals, owners, m_data.today);
    m_closing->setItems(m_data.closingThisMonth, owners, m_data.today);
    m_pastClose->setItems(m_data.pastClose, owners, m_data.today);
    m_leads->setItems(m_data.untouchedLeads, owners, m_data.today);
}

void HomeView::fillTeamTable()
{
    m_teamTable->setRowCount(int(m_data.members.size()));
    const QLocale locale;
    for (int r = 0; r < m_data.members.size(); ++r) {
        const DashboardMember& m = m_data.members.at(r);
        const auto percent = m.revenuePercent();
        const QStringList cells { m.name, locale.toString(m.overdueTasks),
            locale.toString(m.todayTasks), locale.toString(m.stalledDeals),
            locale.toString(m.closingThisMonth), locale.toString(m.pastClose),
            locale.toString(m.untouchedLeads),
            percent ? tr("%1%").arg(*percent) : tr("no target set") };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignCenter);
            if (c == 1 && m.overdueTasks > 0)
                item->setForeground(QColor(0xb4, 0x23, 0x18));
            m_teamTable->setItem(r, c, item);
        }
        m_teamTable->item(r, 0)->setData(Qt::UserRole, m.userId);
    }
    m_teamTable->resizeRowsToContents();
    int height = m_teamTable->horizontalHeader()->sizeHint().height() + 4;
    for (int r = 0; r < m_teamTable->rowCount(); ++r)
        height += m_teamTable->rowHeight(r);
    m_teamTable->setFixedHeight(height);
}

} // namespace tandem
