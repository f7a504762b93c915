#include "team/TerritoryCardView.h"

#include "common/BatchCommand.h"
#include "common/ChoiceLabels.h"
#include "common/DataEvents.h"
#include "common/Headings.h"
#include "common/Icons.h"
#include "services/Territories.h"
#include "store/Session.h"
#include "store/TerritoryQueries.h"
#include "team/ReassignDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

constexpr int kCompaniesShown = 500;

QString linked(const QString& entity, const QString& id, const QString& text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(entity, id, text.toHtmlEscaped());
}

} // namespace

TerritoryCardView::TerritoryCardView(const UiContext& context, QWidget* parent)
    : RecordPage(parent)
    , m_ctx(context)
    , m_title(new QLabel(this))
    , m_rule(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_note(new QLabel(this))
    , m_companies(new QTreeWidget(this))
    , m_assign(new QPushButton(
          Icons::get(QStringLiteral("companies")), tr("Assign companies by rules"), this))
    , m_reassign(new QPushButton(Icons::get(QStringLiteral("user")), tr("Reassign…"), this))
    , m_edit(new QPushButton(tr("Edit details"), this))
{
    setObjectName(QStringLiteral("territoryCard"));
    QVBoxLayout* layout = cardLayout(this, m_title);
    m_rule->setObjectName(QStringLiteral("territoryRule"));
    m_rule->setWordWrap(true);
    layout->addWidget(m_rule);
    makeFactsLabel(m_facts);
    layout->addWidget(m_facts);
    m_figures->setObjectName(QStringLiteral("territoryFigures"));
    QFont bold = m_figures->font();
    bold.setBold(true);
    m_figures->setFont(bold);
    layout->addWidget(m_figures);

    m_assign->setObjectName(QStringLiteral("assignByRules"));
    m_assign->setToolTip(tr("Give every company that has no territory yet the one its country, "
                            "region, city, postcode or industry falls in"));
    m_reassign->setObjectName(QStringLiteral("reassignTerritory"));
    m_reassign->setToolTip(
        tr("Hand this territory and its owner's open business in it to another salesperson"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_assign);
    buttons->addWidget(m_reassign);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    layout->addLayout(buttons);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);

    m_companies->setObjectName(QStringLiteral("territoryCompanies"));
    m_companies->setRootIsDecorated(false);
    m_companies->setAlternatingRowColors(true);
    m_companies->setUniformRowHeights(true);
    m_companies->setHeaderLabels({ tr("Company"), tr("City"), tr("Owner"), tr("Open deals") });
    // The name takes what the narrow form leaves; the other columns fit their text.
    m_companies->header()->setStretchLastSection(false);
    m_companies->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_companies->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_companies, 1);

    connect(m_assign, &QPushButton::clicked, this, [this] { assignByRules(); });
    connect(m_reassign, &QPushButton::clicked, this, [this] { askReassign(); });
    connect(m_edit, &QPushButton::clicked, this, &TerritoryCardView::editRequested);
    connect(m_companies, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        m_ctx.events.requestOpen(QStringLiteral("company"), item->data(0, Qt::UserRole).toString());
    });
    connect(m_facts, &QLabel::linkActivated, this, [this](const QString& link) {
        const qsizetype cut = link.indexOf(QLatin1Char(':'));
        m_ctx.events.requestOpen(link.left(cut), link.mid(cut + 1));
    });
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        static const QStringList shown { QStringLiteral("territory"), QStringLiteral("company"),
            QStringLiteral("deal"), QStringLiteral("lead"), QStringLiteral("user"),
            QStringLiteral("team") };
        if (!m_id.isEmpty() && isVisible() && shown.contains(entity))
            refresh();
    });
}

void TerritoryCardView::showRecord(const QString& id)
{
    m_id = id;
    refresh();
}

void TerritoryCardView::showEvent(QShowEvent* event)
{
    RecordPage::showEvent(event);
    refresh();
}

void TerritoryCardView::refresh()
{
    RecordStore& rs = m_ctx.session.records();
    const auto t = m_id.isEmpty() ? std::nullopt : rs.get(QStringLiteral("territory"), m_id);
    setEnabled(t.has_value());
    m_companies->clear();
    if (!t) {
        for (QLabel* l : { m_title, m_rule, m_facts, m_figures, m_note })
            l->clear();
        return;
    }
    m_title->setText(t->text(QStringLiteral("name")));
    const QString kind = t->text(QStringLiteral("kind"));
    m_rule->setText(kind.isEmpty()
            ? Territories::describe(*t)
            : tr("%1 · %2").arg(ChoiceLabels::text(kind), Territories::describe(*t)));

    QStringList facts;
    const QString owner = t->text(QStringLiteral("owner_id"));
    const QString team = t->text(QStringLiteral("team_id"));
    facts << tr("Owner: %1")
                 .arg(owner.isEmpty() ? tr("nobody yet")
                                      : linked(QStringLiteral("user"), owner,
                                          rs.labelOf(QStringLiteral("user"), owner)));
    if (!team.isEmpty())
        facts << tr("Team: %1")
                     .arg(linked(
                         QStringLiteral("team"), team, rs.labelOf(QStringLiteral("team"), team)));
    m_facts->setText(facts.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    auto figures = TerritoryQueries::figures(m_ctx.session.database());
    const TerritoryFigures f = figures ? figures->value(m_id) : TerritoryFigures {};
    m_figures->setText(tr("Companies: %1 · Open deals: %2 · Open leads: %3")
                           .arg(QLocale().toString(f.companies), QLocale().toString(f.openDeals),
                               QLocale().toString(f.openLeads)));
    m_note->setText(kind == QLatin1String("accounts")
            ? tr("Named accounts: put a company here by choosing this territory on it.")
            : tr("New companies that match the rule are placed here as they are created."));

    auto companies = TerritoryQueries::companies(m_ctx.session.database(), m_id, kCompaniesShown);
    if (!companies)
        return;
    QList<QTreeWidgetItem*> items;
    for (const TerritoryCompany& c : *companies) {
        auto* item = new QTreeWidgetItem({ c.name, c.city, c.ownerName,
            c.openDeals ? QLocale().toString(c.openDeals) : QString() });
        item->setData(0, Qt::UserRole, c.id);
        item->setIcon(0, Icons::get(QStringLiteral("companies")));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        items << item;
    }
    m_companies->addTopLevelItems(items);
}

int TerritoryCardView::assignByRules()
{
    int assigned = 0;
    auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Assign companies to territories"), [&]() -> Result<void> {
            auto n = Territories::assignByRules(m_ctx.session);
            if (!n)
                return n.error();
            assigned = *n;
            return {};
        });
    if (!r) {
        m_ctx.events.notifyFailed(r.error().message);
        return 0;
    }
    m_note->setText(assigned == 0
            ? tr("Every company the rules can place already has a territory.")
            : tr("Companies given a territory by the rules: %1 (Edit › Undo puts them back).")
                  .arg(QLocale().toString(assigned)));
    return assigned;
}

ReassignDialog* TerritoryCardView::askReassign()
{
    if (m_id.isEmpty())
        return nullptr;
    auto* dialog = new ReassignDialog(m_ctx.session, m_id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { reassignTo(dialog->newOwnerId()); });
    dialog->open();
    return dialog;
}

void TerritoryCardView::reassignTo(const QString& userId)
{
    const QString name = m_ctx.session.records().labelOf(QStringLiteral("territory"), m_id);
    auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Reassign territory “%1”").arg(name), [&]() -> Result<void> {
            auto done = Territories::reassign(m_ctx.session, m_id, userId);
            if (!done)
                return done.error();
            return {};
        });
    if (!r)
        m_ctx.events.notifyFailed(r.error().message);
}

} // namespace tandem
