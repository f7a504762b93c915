#include "deals/DealCardView.h"
#include "common/Headings.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "common/DealCommands.h"
#include "common/Icons.h"
#include "quotes/DealDocumentsView.h"
#include "quotes/DealQuotesView.h"
#include "quotes/QuoteEditor.h"
#include "records/FieldDisplay.h"
#include "services/Playbooks.h"
#include "store/BoardQuery.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

const QColor kDone(0x23, 0x91, 0x4a);
const QColor kCurrent(0x2b, 0x6c, 0xb0);
const QColor kOverdue(0xc0, 0x39, 0x2b);

} // namespace

DealCardView::DealCardView(const UiContext& context, QWidget* parent)
    : RecordPage(parent)
    , m_ctx(context)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_status(new QLabel(this))
    , m_path(new QLabel(this))
    , m_checklistTitle(new QLabel(this))
    , m_checklist(new QListWidget(this))
    , m_next(new QPushButton(Icons::get(QStringLiteral("next")), tr("Next stage"), this))
    , m_won(new QPushButton(Icons::get(QStringLiteral("won")), tr("Won"), this))
    , m_lost(new QPushButton(Icons::get(QStringLiteral("lost")), tr("Lost…"), this))
    , m_reopen(new QPushButton(Icons::get(QStringLiteral("reopen")), tr("Reopen"), this))
    , m_edit(new QPushButton(tr("Edit details"), this))
    , m_paperwork(new QTabWidget(this))
    , m_quotes(new DealQuotesView(context, this))
    , m_documents(new DealDocumentsView(context, this))
{
    setObjectName(QStringLiteral("dealCard"));
    QVBoxLayout* layout = cardLayout(this, m_title, m_status);
    makeFactsLabel(m_facts);
    layout->addWidget(m_facts);
    m_path->setObjectName(QStringLiteral("stagePath"));
    m_path->setTextFormat(Qt::RichText);
    m_path->setWordWrap(true);
    layout->addWidget(m_path);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { m_next, m_won, m_lost, m_reopen })
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    layout->addLayout(buttons);

    QFont bold = m_checklistTitle->font();
    bold.setBold(true);
    m_checklistTitle->setFont(bold);
    layout->addWidget(m_checklistTitle);
    m_checklist->setObjectName(QStringLiteral("dealChecklist"));
    m_checklist->setWordWrap(true);
    m_checklist->setAlternatingRowColors(true);
    layout->addWidget(m_checklist, 1);
    m_paperwork->setObjectName(QStringLiteral("dealPaperwork"));
    m_paperwork->addTab(m_quotes, tr("Quotes"));
    m_paperwork->addTab(m_documents, tr("Documents"));
    layout->addWidget(m_paperwork, 2);
    connect(m_quotes, &DealQuotesView::openRequested, this, &DealCardView::openQuote);
    connect(m_quotes, &DealQuotesView::failed, &m_ctx.events, &DataEvents::notifyFailed);

    connect(m_next, &QPushButton::clicked, this,
        [this] { DealCommands::move(m_ctx, { m_id }, m_nextStageId, this); });
    connect(
        m_won, &QPushButton::clicked, this, [this] { DealCommands::win(m_ctx, { m_id }, this); });
    connect(m_lost, &QPushButton::clicked, this,
        [this] { DealCommands::askLose(m_ctx, { m_id }, this); });
    connect(
        m_reopen, &QPushButton::clicked, this, [this] { DealCommands::reopen(m_ctx, m_id, this); });
    connect(m_edit, &QPushButton::clicked, this, &DealCardView::editRequested);
    connect(m_checklist, &QListWidget::itemChanged, this, &DealCardView::onItemChanged);
    connect(m_facts, &QLabel::linkActivated, this, [this](const QString& link) {
        const qsizetype cut = link.indexOf(QLatin1Char(':'));
        m_ctx.events.requestOpen(link.left(cut), link.mid(cut + 1));
    });
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (!m_id.isEmpty() && isVisible()
            && (entity == QLatin1String("deal") || entity == QLatin1String("activity")
                || entity == QLatin1String("task") || entity == QLatin1String("stage")
                || entity == QLatin1String("playbook_action")))
            refresh();
    });
}

void DealCardView::showRecord(const QString& id)
{
    m_id = id;
    m_quotes->setDeal(id);
    m_documents->setDeal(id);
    refresh();
}

QuoteEditor* DealCardView::openQuote(const QString& quoteId)
{
    if (!m_quoteEditor) {
        m_quoteEditor = new QuoteEditor(m_ctx, this);
        m_quoteEditor->setWindowFlag(Qt::Window);
        m_quoteEditor->resize(980, 680);
    }
    m_quoteEditor->setQuote(quoteId);
    m_quoteEditor->setWindowTitle(tr("Quote — %1").arg(m_title->text()));
    m_quoteEditor->show();
    m_quoteEditor->raise();
    return m_quoteEditor;
}

void DealCardView::showEvent(QShowEvent* event)
{
    RecordPage::showEvent(event);
    // Changes made while the card was hidden (another screen, sync) show now.
    refresh();
}

void DealCardView::refresh()
{
    RecordStore& rs = m_ctx.session.records();
    const auto deal = m_id.isEmpty() ? std::nullopt : rs.get(QStringLiteral("deal"), m_id);
    setEnabled(deal.has_value());
    if (!deal)
        return;
    m_title->setText(deal->text(QStringLiteral("title")));

    QStringList facts;
    const QVariant amount = deal->value(QStringLiteral("amount"));
    if (!isEmptyValue(amount))
        facts << QStringLiteral("<b>%1</b>")
                     .arg(FieldDisplay::money(amount.toLongLong(), rs.currencyOf(*deal))
                              .toHtmlEscaped());
    const QString company = deal->text(QStringLiteral("company_id"));
    if (!company.isEmpty())
        facts << QStringLiteral("<a href=\"company:%1\">%2</a>")
                     .arg(company, rs.labelOf(QStringLiteral("company"), company).toHtmlEscaped());
    const QString contact = deal->text(QStringLiteral("contact_id"));
    if (!contact.isEmpty())
        facts << QStringLiteral("<a href=\"contact:%1\">%2</a>")
                     .arg(contact, rs.labelOf(QStringLiteral("contact"), contact).toHtmlEscaped());
    const QString owner = deal->text(QStringLiteral("owner_id"));
    if (!owner.isEmpty())
        facts << tr("owner %1").arg(rs.labelOf(QStringLiteral("user"), owner)).toHtmlEscaped();
    const QDate close
        = QDate::fromString(deal->text(QStringLiteral("expected_close")), Qt::ISODate);
    if (close.isValid())
        facts << tr("expected to close %1")
                     .arg(QLocale().toString(close, FieldDisplay::dateFormat()))
                     .toHtmlEscaped();
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    const QString status = deal->text(QStringLiteral("status"));
    const bool open = status.isEmpty() || status == QLatin1String("open");
    if (status == QLatin1String("won"))
        m_status->setText(tr("Won"));
    else if (status == QLatin1String("lost"))
        m_status->setText(tr("Lost: %1").arg(deal->text(QStringLiteral("lost_reason"))));
    else
        m_status->setText({});
    m_status->setStyleSheet(
        QStringLiteral("QLabel { font-weight: bold; color: %1; }")
            .arg(status == QLatin1String("lost") ? kOverdue.name() : kDone.name()));

    // The pipeline's working stages: passed ones green, the current one filled.
    const QString stageId = deal->text(QStringLiteral("stage_id"));
    m_nextStageId.clear();
    auto stages
        = BoardQuery::stages(m_ctx.session.database(), deal->text(QStringLiteral("pipeline_id")));
    QStringList path;
    if (stages) {
        int current = -1;
        for (int i = 0; i < stages->size(); ++i) {
            if (stages->at(i).id == stageId)
                current = i;
        }
        for (int i = 0; i < stages->size(); ++i) {
            const BoardStage& st = stages->at(i);
            if (st.kind == QLatin1String("lost"))
                continue;
            const QString name
                = st.name.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
            if (i == current)
                path << QStringLiteral(
                    "<span style=\"background:%1; color:white;\">&nbsp;%2&nbsp;</span>")
                            .arg(kCurrent.name(), name);
            else
                path << QStringLiteral("<span style=\"color:%1;\">%2%3</span>")
                            .arg((current >= 0 && i < current ? kDone : QColor(Qt::gray)).name(),
                                current >= 0 && i < current ? QStringLiteral("✓&nbsp;") : QString(),
                                name);
            if (open && current >= 0 && i == current + 1 && st.kind == QLatin1String("open"))
                m_nextStageId = st.id;
        }
    }
    m_path->setText(path.join(QStringLiteral(" &nbsp;›&nbsp; ")));

    m_next->setVisible(open);
    m_next->setEnabled(!m_nextStageId.isEmpty());
    m_won->setVisible(open);
    m_lost->setVisible(open);
    m_reopen->setVisible(!open);

    m_filling = true;
    m_checklist->clear();
    const QList<ChecklistItem> items = Playbooks::checklist(m_ctx.session, m_id);
    m_checklistTitle->setText(items.isEmpty()
            ? tr("No playbook actions in this stage")
            : tr("Playbook of “%1”").arg(rs.labelOf(QStringLiteral("stage"), stageId)));
    for (const ChecklistItem& c : items) {
        QStringList line { c.title };
        if (c.required)
            line.first() += QLatin1Char(' ') + tr("(required)");
        if (c.due.isValid())
            line << (c.done     ? tr("was due %1")
                    : c.overdue ? tr("overdue since %1")
                                : tr("due %1"))
                        .arg(QLocale().toString(
                            c.due.toLocalTime(), FieldDisplay::dateTimeFormat()));
        auto* item = new QListWidgetItem(line.join(QStringLiteral(" — ")), m_checklist);
        item->setData(Qt::UserRole, c.actionId);
        item->setData(Qt::UserRole + 1, c.title);
        item->setToolTip(c.instructions);
        if (!c.applies) {
            item->setFlags(Qt::ItemIsEnabled);
            item->setText(tr("%1 — not needed for this deal").arg(c.title));
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(c.done ? Qt::Checked : Qt::Unchecked);
        }
        if (c.overdue && !c.done)
            item->setForeground(kOverdue);
    }
    m_filling = false;
}

bool DealCardView::setItemDone(int row, bool done)
{
    QListWidgetItem* item = m_checklist->item(row);
    if (!item || !(item->flags() & Qt::ItemIsUserCheckable))
        return false;
    item->setCheckState(done ? Qt::Checked : Qt::Unchecked);
    return true;
}

void DealCardView::onItemChanged(QListWidgetItem* item)
{
    if (m_filling)
        return;
    const QString actionId = item->data(Qt::UserRole).toString();
    const bool done = item->checkState() == Qt::Checked;
    const auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        done ? tr("Tick “%1”").arg(item->data(Qt::UserRole + 1).toString())
             : tr("Untick “%1”").arg(item->data(Qt::UserRole + 1).toString()),
        [&] { return Playbooks::setDone(m_ctx.session, m_id, actionId, done); });
    if (!r)
        m_ctx.events.notifyFailed(r.error().message);
    refresh();
}

} // namespace tandem
