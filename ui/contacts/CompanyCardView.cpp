#include "contacts/CompanyCardView.h"

#include "common/CaseStyle.h"
#include "common/ChoiceLabels.h"
#include "common/DataEvents.h"
#include "common/Icons.h"
#include "common/SearchHitDelegate.h"
#include "contacts/CardParts.h"
#include "contacts/CompanyDocumentsView.h"
#include "contacts/QuickLog.h"
#include "contacts/TimelineModel.h"
#include "domain/EntitySchema.h"
#include "records/FieldDisplay.h"
#include "services/CaseRules.h"
#include "services/Cases.h"
#include "services/CompanyOverview.h"
#include "store/Session.h"
#include "util/Clock.h"
#include "util/StoredTime.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

constexpr int kAvatarSize = 56;
constexpr int kIdRole = Qt::UserRole + 1;

QString totalsText(const QList<MoneyTotal>& totals)
{
    QStringList parts;
    for (const MoneyTotal& t : totals) {
        if (t.minorUnits != 0 || parts.isEmpty())
            parts << FieldDisplay::money(t.minorUnits, t.currency);
    }
    // The company's own currency comes first and shows even when it is zero; drop that zero when
    // other currencies have amounts.
    if (parts.size() > 1 && totals.first().minorUnits == 0)
        parts.removeFirst();
    return parts.join(QStringLiteral(" + "));
}

} // namespace

CompanyCardView::CompanyCardView(const UiContext& context, QWidget* parent)
    : PartyCard(context, QStringLiteral("company"), kAvatarSize,
        { QStringLiteral("company"), QStringLiteral("contact"), QStringLiteral("activity"),
            QStringLiteral("task"), QStringLiteral("deal"), QStringLiteral("quote"),
            QStringLiteral("attachment"), QStringLiteral("case") },
        parent)
    , m_totals(new QLabel(this))
    , m_sections(new QTabWidget(this))
    , m_orgChart(new QTreeWidget(m_sections))
    , m_deals(new QTreeWidget(m_sections))
    , m_cases(new QTreeWidget(m_sections))
    , m_documents(new CompanyDocumentsView(context, m_sections))
    , m_newCase(new QPushButton(Icons::get(QStringLiteral("add")), tr("New case…"), m_sections))
{
    setObjectName(QStringLiteral("companyCard"));
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setWordWrap(true);
    m_totals->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(alternate-base); border-radius: 6px; padding: 8px; }"));

    m_orgChart->setObjectName(QStringLiteral("orgChart"));
    m_orgChart->setHeaderLabels({ tr("Name"), tr("Job title"), tr("Department") });
    m_orgChart->setAlternatingRowColors(true);
    m_orgChart->header()->setStretchLastSection(true);
    m_deals->setObjectName(QStringLiteral("companyDeals"));
    m_deals->setHeaderLabels({ tr("Deal"), tr("Stage"), tr("Amount"), tr("Expected close") });
    m_deals->setRootIsDecorated(false);
    m_deals->setAlternatingRowColors(true);
    m_sections->setDocumentMode(true);
    m_sections->addTab(m_orgChart, Icons::get(QStringLiteral("contacts")), tr("People"));
    m_sections->addTab(m_deals, Icons::get(QStringLiteral("deals")), tr("Deals"));
    m_cases->setObjectName(QStringLiteral("companyCases"));
    m_cases->setHeaderLabels({ tr("Case"), tr("Kind"), tr("Status"), tr("Deadline"), tr("Owner") });
    m_cases->setRootIsDecorated(false);
    m_cases->setAlternatingRowColors(true);
    // The case list with its "New case…" above it, right-aligned.
    auto* casesPage = new QWidget(m_sections);
    auto* casesLayout = new QVBoxLayout(casesPage);
    casesLayout->setContentsMargins(0, 4, 0, 0);
    auto* casesBar = new QHBoxLayout;
    casesBar->addStretch(1);
    casesBar->addWidget(m_newCase);
    casesLayout->addLayout(casesBar);
    casesLayout->addWidget(m_cases, 1);
    m_sections->addTab(casesPage, Icons::get(QStringLiteral("cases")), tr("Cases"));
    m_sections->addTab(m_documents, Icons::get(QStringLiteral("record")), tr("Documents"));
    connect(m_documents, &CompanyDocumentsView::countChanged, this, [this](int count) {
        m_sections->setTabText(m_sections->indexOf(m_documents), tr("Documents (%1)").arg(count));
    });
    m_sections->addTab(m_timelineView, Icons::get(QStringLiteral("history")), tr("Timeline"));
    m_newCase->setObjectName(QStringLiteral("newCompanyCase"));
    connect(m_newCase, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            m_ctx.events.requestNew(
                QStringLiteral("case"), { { QStringLiteral("company_id"), m_id } });
    });
    connect(m_cases, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        m_ctx.events.requestOpen(QStringLiteral("case"), item->data(0, kIdRole).toString());
    });

    QVBoxLayout* layout = buildLayout({}, m_totals);
    layout->addWidget(m_sections, 1);

    connect(m_orgChart, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        m_ctx.events.requestOpen(QStringLiteral("contact"), item->data(0, kIdRole).toString());
    });
    connect(m_deals, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        m_ctx.events.requestOpen(QStringLiteral("deal"), item->data(0, kIdRole).toString());
    });
}

void CompanyCardView::startLog(const QString& kind)
{
    m_sections->setCurrentWidget(m_timelineView);
    PartyCard::startLog(kind);
}

void CompanyCardView::addNode(QTreeWidgetItem* parent, const OrgChartNode& node)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_orgChart);
    item->setText(0, node.decisionMaker ? QStringLiteral("★ ") + node.name : node.name);
    item->setText(1, node.title);
    item->setText(2, node.department);
    item->setData(0, kIdRole, node.contactId);
    if (node.decisionMaker) {
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setToolTip(0, tr("Decision maker"));
    }
    for (const OrgChartNode& child : node.reports)
        addNode(item, child);
}

void CompanyCardView::refresh()
{
    RecordStore& rs = m_ctx.session.records();
    const auto company = m_id.isEmpty() ? std::nullopt : rs.get(QStringLiteral("company"), m_id);
    m_orgChart->clear();
    m_deals->clear();
    m_cases->clear();
    m_documents->setCompany(company ? m_id : QString());
    if (!company) {
        m_totals->clear();
        showCommon(nullptr, {});
        return;
    }
    showCommon(&*company, {});

    QStringList chips;
    for (const char* f : { "status", "loyalty_tier" }) {
        const QString v = company->text(QString::fromLatin1(f));
        if (!v.isEmpty() && v != QLatin1String("none"))
            chips << CardParts::chip(ChoiceLabels::text(v), QStringLiteral("#e3f1ea"));
    }
    if (!company->text(QStringLiteral("abc_class")).isEmpty())
        chips << CardParts::chip(tr("Class %1").arg(company->text(QStringLiteral("abc_class"))),
            QStringLiteral("#e3f1ea"));
    for (const char* f : { "segment", "industry" }) {
        if (!company->text(QString::fromLatin1(f)).isEmpty())
            chips << CardParts::chip(company->text(QString::fromLatin1(f)));
    }
    if (const QString t = company->text(QStringLiteral("territory_id")); !t.isEmpty())
        chips << CardParts::chip(rs.labelOf(QStringLiteral("territory"), t));
    m_chips->setText(chips.join(QStringLiteral("&nbsp; ")));

    const CompanyOverviewData overview = CompanyOverview::build(m_ctx.session, m_id);
    QString totals
        = tr("<b>Won revenue</b> %1 (%2 deals) &nbsp;&nbsp; <b>Open pipeline</b> %3 (%4 deals) "
             "&nbsp;&nbsp; <b>Lost</b> %5 deals")
              .arg(totalsText(overview.wonRevenue).toHtmlEscaped())
              .arg(overview.wonDeals)
              .arg(totalsText(overview.openPipeline).toHtmlEscaped())
              .arg(overview.openDeals)
              .arg(overview.lostDeals);
    const SatisfactionSummary satisfaction = Cases::satisfactionOfCompany(m_ctx.session, m_id);
    if (satisfaction.count > 0)
        totals += QStringLiteral(" &nbsp;&nbsp; ")
            + tr("<b>Satisfaction</b> %1 / 5 (%n case(s))", nullptr, satisfaction.count)
                  .arg(QLocale().toString(satisfaction.average, 'f', 1));
    m_totals->setText(totals);

    QString rows;
    if (!company->text(QStringLiteral("phone")).isEmpty())
        rows
            += row(fieldLabel("phone"), CardParts::telLink(company->text(QStringLiteral("phone"))));
    if (!company->text(QStringLiteral("email")).isEmpty())
        rows += row(
            fieldLabel("email"), CardParts::mailLink(company->text(QStringLiteral("email"))));
    if (!company->text(QStringLiteral("website")).isEmpty())
        rows += row(
            fieldLabel("website"), CardParts::webLink(company->text(QStringLiteral("website"))));
    if (const QString where = address(*company); !where.isEmpty())
        rows += row(tr("Address"), where.toHtmlEscaped());
    for (const char* f : { "reg_code", "vat_code" }) {
        if (!company->text(QString::fromLatin1(f)).isEmpty())
            rows += row(fieldLabel(f), company->text(QString::fromLatin1(f)).toHtmlEscaped());
    }
    if (overview.parent)
        rows += row(fieldLabel("parent_id"),
            CardParts::recordLink(
                QStringLiteral("company"), overview.parent->id, rs.label(*overview.parent)));
    if (!overview.children.isEmpty()) {
        QStringList links;
        for (const Record& child : overview.children)
            links << CardParts::recordLink(QStringLiteral("company"), child.id, rs.label(child));
        rows += row(tr("Subsidiaries"), links.join(QStringLiteral(", ")));
    }
    if (const QString owner = company->text(QStringLiteral("owner_id")); !owner.isEmpty())
        rows += row(
            fieldLabel("owner_id"), rs.labelOf(QStringLiteral("user"), owner).toHtmlEscaped());
    m_details->setText(table(rows));

    for (const OrgChartNode& node : overview.orgChart)
        addNode(nullptr, node);
    m_orgChart->expandAll();
    m_orgChart->resizeColumnToContents(0);
    m_orgChart->resizeColumnToContents(1);

    showDeals(overview.deals);

    m_sections->setTabText(0, tr("People (%1)").arg(overview.contactCount));
    m_sections->setTabText(1, tr("Deals (%1)").arg(overview.deals.size()));
    m_sections->setTabText(
        m_sections->indexOf(m_timelineView), tr("Timeline (%1)").arg(m_timeline->rowCount()));
    showCases();
}

void CompanyCardView::showDeals(const QList<Record>& deals)
{
    RecordStore& rs = m_ctx.session.records();
    for (const Record& deal : deals) {
        auto* item = new QTreeWidgetItem(m_deals);
        item->setText(0, deal.text(QStringLiteral("title")));
        const QString status = deal.text(QStringLiteral("status"));
        item->setText(1,
            status == QLatin1String("won") || status == QLatin1String("lost")
                ? ChoiceLabels::text(status)
                : rs.labelOf(QStringLiteral("stage"), deal.text(QStringLiteral("stage_id"))));
        if (!deal.value(QStringLiteral("amount")).isNull())
            item->setText(2,
                FieldDisplay::money(
                    deal.value(QStringLiteral("amount")).toLongLong(), rs.currencyOf(deal)));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        const QDate close
            = QDate::fromString(deal.text(QStringLiteral("expected_close")), Qt::ISODate);
        if (close.isValid())
            item->setText(3, close.toString(FieldDisplay::dateFormat()));
        item->setData(0, kIdRole, deal.id);
        if (status == QLatin1String("lost"))
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, QColor(0x9c, 0xa3, 0xaf));
    }
    for (int c = 0; c < 3; ++c)
        m_deals->resizeColumnToContents(c);
}

void CompanyCardView::showCases()
{
    // Open cases first, the most pressing on top; then the rest, newest first.
    RecordStore& rs = m_ctx.session.records();
    ListQuery q;
    q.where << qMakePair(QStringLiteral("company_id"), QVariant(m_id));
    q.orderBy = QStringLiteral("created_at");
    q.descending = true;
    auto list = rs.list(QStringLiteral("case"), q);
    if (!list)
        return;
    const QDateTime now = m_ctx.session.clock().nowUtc();
    const WorkCalendar calendar = CaseRules::calendar(m_ctx.session);
    struct Row {
        const Record* record;
        CaseUrgency urgency;
        QDateTime deadline;
        bool open;
    };
    QList<Row> rows;
    int open = 0;
    for (const Record& c : *list) {
        Row row { &c, CaseUrgency::None, {}, false };
        const QString status = c.text(QStringLiteral("status"));
        row.open = status != QLatin1String("resolved") && status != QLatin1String("closed");
        row.urgency = Cases::urgency(c, now, calendar, &row.deadline);
        open += row.open ? 1 : 0;
        rows << row;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.open != b.open)
            return a.open;
        if (a.urgency != b.urgency)
            return int(a.urgency) > int(b.urgency);
        return false;
    });
    for (const Row& row : rows) {
        const Record& c = *row.record;
        auto* item = new QTreeWidgetItem(m_cases);
        item->setText(0, c.text(QStringLiteral("subject")));
        item->setText(1, ChoiceLabels::text(c.text(QStringLiteral("kind"))));
        item->setText(2,
            ChoiceLabels::text(c.text(QStringLiteral("status")).isEmpty()
                    ? QStringLiteral("new")
                    : c.text(QStringLiteral("status"))));
        const QDateTime shown
            = row.open ? row.deadline : StoredTime::parse(c.text(QStringLiteral("resolved_at")));
        if (shown.isValid())
            item->setText(
                3, QLocale().toString(shown.toLocalTime(), FieldDisplay::dateTimeFormat()));
        item->setText(4, rs.labelOf(QStringLiteral("user"), c.text(QStringLiteral("owner_id"))));
        item->setData(0, kIdRole, c.id);
        const QVariant colour
            = row.open ? CaseStyle::foreground(row.urgency) : QVariant(QColor(0x9c, 0xa3, 0xaf));
        if (colour.isValid())
            for (int col = 0; col < 5; ++col)
                item->setForeground(col, colour.value<QColor>());
    }
    for (int col = 0; col < m_cases->columnCount(); ++col)
        m_cases->resizeColumnToContents(col);
    m_sections->setTabText(2, tr("Cases (%1 open)").arg(open));
}

} // namespace tandem
