#include "campaigns/CampaignCardView.h"

#include "campaigns/FigureTile.h"
#include "campaigns/ResponseDialog.h"
#include "common/BatchCommand.h"
#include "common/ChoiceLabels.h"
#include "common/DataEvents.h"
#include "common/Headings.h"
#include "common/Icons.h"
#include "common/Prompter.h"
#include "records/FieldDisplay.h"
#include "store/Session.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

const QString kCampaign = QStringLiteral("campaign");
const QColor kUntouched(0xc0, 0x6a, 0x00);
const QColor kGood(0x23, 0x91, 0x4a);
const QColor kBad(0xc0, 0x39, 0x2b);

enum Column { Name, Company, Owner, Received, Status, ColumnCount };

QString percentText(double v)
{
    return QLocale().toString(v, 'f', 1) + QStringLiteral(" %");
}

QString personName(const CampaignResponseRow& r)
{
    const QString name = (r.firstName + QLatin1Char(' ') + r.lastName).trimmed();
    if (!name.isEmpty())
        return name;
    return r.title.isEmpty() ? r.email : r.title;
}

} // namespace

CampaignCardView::CampaignCardView(const UiContext& context, QWidget* parent)
    : RecordPage(parent)
    , m_ctx(context)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_respond(new QPushButton(Icons::get(QStringLiteral("leads")), tr("Record response…"), this))
    , m_import(new QPushButton(Icons::get(QStringLiteral("import")), tr("Import attendees…"), this))
    , m_edit(new QPushButton(tr("Edit details"), this))
    , m_notice(new QLabel(this))
    , m_responsesTitle(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("campaignCard"));
    QVBoxLayout* layout = cardLayout(this, m_title, m_status);
    makeFactsLabel(m_facts);
    layout->addWidget(m_facts);

    const QList<std::pair<QString, QString>> tiles {
        { QStringLiteral("responses"), tr("Responses") },
        { QStringLiteral("untouched"), tr("Untouched") },
        { QStringLiteral("qualified"), tr("Qualified") },
        { QStringLiteral("won"), tr("Deals won") },
        { QStringLiteral("revenue"), tr("Revenue won") },
        { QStringLiteral("cost"), tr("Cost") },
        { QStringLiteral("cost_per_lead"), tr("Cost per lead") },
        { QStringLiteral("return"), tr("Return") },
    };
    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    for (int i = 0; i < tiles.size(); ++i) {
        auto* tile = new FigureTile(tiles.at(i).second, this);
        tile->setObjectName(QStringLiteral("tile_") + tiles.at(i).first);
        m_tiles.insert(tiles.at(i).first, tile);
        grid->addWidget(tile, i / 4, i % 4);
    }
    for (int c = 0; c < 4; ++c)
        grid->setColumnStretch(c, 1);
    layout->addLayout(grid);

    auto* buttons = new QHBoxLayout;
    m_respond->setToolTip(tr("Someone answered the campaign: make them a lead with a follow-up"));
    m_import->setToolTip(tr("Add a CSV list of attendees as responses, all or nothing"));
    buttons->addWidget(m_respond);
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    layout->addLayout(buttons);
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("campaignNotice"));
    m_notice->hide();
    layout->addWidget(m_notice);

    QFont bold = m_responsesTitle->font();
    bold.setBold(true);
    m_responsesTitle->setFont(bold);
    layout->addWidget(m_responsesTitle);
    m_table->setObjectName(QStringLiteral("campaignResponses"));
    m_table->setHorizontalHeaderLabels(
        { tr("Name"), tr("Company"), tr("Owner"), tr("Received"), tr("Status") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Names and companies share what the pane leaves; the short columns fit their contents.
    QHeaderView* header = m_table->horizontalHeader();
    for (int c = 0; c < ColumnCount; ++c)
        header->setSectionResizeMode(
            c, c <= Owner ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    connect(m_respond, &QPushButton::clicked, this, &CampaignCardView::openResponseDialog);
    connect(m_import, &QPushButton::clicked, this, &CampaignCardView::chooseAndImport);
    connect(m_edit, &QPushButton::clicked, this, &CampaignCardView::editRequested);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openRow(row); });
    connect(m_facts, &QLabel::linkActivated, this, [this](const QString& link) {
        const qsizetype cut = link.indexOf(QLatin1Char(':'));
        m_ctx.events.requestOpen(link.left(cut), link.mid(cut + 1));
    });
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (!m_id.isEmpty() && isVisible()
            && (entity == kCampaign || entity == QLatin1String("lead")
                || entity == QLatin1String("deal") || entity == QLatin1String("activity")
                || entity == QLatin1String("task") || entity == QLatin1String("user")))
            refresh();
    });
}

void CampaignCardView::showRecord(const QString& id)
{
    if (id != m_id)
        m_notice->hide();
    m_id = id;
    refresh();
}

void CampaignCardView::showEvent(QShowEvent* event)
{
    RecordPage::showEvent(event);
    refresh(); // changes made while the card was hidden
}

void CampaignCardView::refresh()
{
    const auto campaign
        = m_id.isEmpty() ? std::nullopt : m_ctx.session.records().get(kCampaign, m_id);
    setEnabled(campaign.has_value());
    if (!campaign)
        return;
    fillHeader(*campaign);
    if (auto stats = Campaigns::stats(m_ctx.session, m_id))
        fillTiles(*stats);
    if (auto rows = Campaigns::responses(m_ctx.session, m_id))
        fillResponses(*rows);
}

void CampaignCardView::fillHeader(const Record& c)
{
    RecordStore& rs = m_ctx.session.records();
    m_title->setText(c.text(QStringLiteral("name")));
    const QString status = c.text(QStringLiteral("status"));
    m_status->setText(status.isEmpty() ? QString() : ChoiceLabels::text(status));
    m_status->setStyleSheet(
        QStringLiteral("QLabel { font-weight: bold; color: %1; }")
            .arg(status == QLatin1String("active") ? kGood.name() : QStringLiteral("gray")));
    QStringList facts;
    if (const QString kind = c.text(QStringLiteral("kind")); !kind.isEmpty())
        facts << QStringLiteral("<b>%1</b>").arg(ChoiceLabels::text(kind).toHtmlEscaped());
    const QDate from = QDate::fromString(c.text(QStringLiteral("starts_on")), Qt::ISODate);
    const QDate to = QDate::fromString(c.text(QStringLiteral("ends_on")), Qt::ISODate);
    auto day = [](const QDate& d) { return QLocale().toString(d, FieldDisplay::dateFormat()); };
    if (from.isValid() && to.isValid() && to != from)
        facts << tr("%1 – %2").arg(day(from), day(to)).toHtmlEscaped();
    else if (from.isValid())
        facts << day(from).toHtmlEscaped();
    if (const QString owner = c.text(QStringLiteral("owner_id")); !owner.isEmpty())
        facts << tr("owner %1").arg(rs.labelOf(QStringLiteral("user"), owner)).toHtmlEscaped();
    if (const QString segment = c.text(QStringLiteral("segment_id")); !segment.isEmpty())
        facts
            << tr("segment %1").arg(rs.labelOf(QStringLiteral("segment"), segment)).toHtmlEscaped();
    m_facts->setText(facts.join(QStringLiteral(" · ")));
}

void CampaignCardView::fillTiles(const CampaignStats& s)
{
    const QLocale locale;
    auto money = [&](qint64 v) { return FieldDisplay::money(v, s.currency, true); };
    FigureTile* responses = m_tiles.value(QStringLiteral("responses"));
    responses->setValue(locale.toString(s.responses));
    responses->setGoal(s.leadsProgress(),
        s.goalLeads
            ? tr("goal %1 · %2").arg(locale.toString(*s.goalLeads), percentText(*s.leadsProgress()))
            : QString());
    m_tiles.value(QStringLiteral("untouched"))
        ->setValue(
            locale.toString(s.untouched), tr("Responses nobody has called, met or written to yet"));
    m_tiles.value(QStringLiteral("untouched"))
        ->setStyleSheet(s.untouched > 0
                ? QStringLiteral("#tile_untouched QLabel { color: %1; }").arg(kUntouched.name())
                : QString());
    m_tiles.value(QStringLiteral("qualified"))->setValue(locale.toString(s.qualified));
    m_tiles.value(QStringLiteral("won"))
        ->setValue(tr("%1 of %2").arg(locale.toString(s.won), locale.toString(s.deals)),
            tr("Deals won of the deals the campaign brought"));
    FigureTile* revenue = m_tiles.value(QStringLiteral("revenue"));
    revenue->setValue(money(s.revenue));
    revenue->setGoal(s.revenueProgress(),
        s.goalRevenue
            ? tr("goal %1 · %2").arg(money(*s.goalRevenue), percentText(*s.revenueProgress()))
            : QString());
    FigureTile* cost = m_tiles.value(QStringLiteral("cost"));
    cost->setValue(s.cost ? money(*s.cost) : tr("—"));
    std::optional<double> spent;
    if (s.budget && *s.budget > 0)
        spent = 100.0 * double(s.cost.value_or(0)) / double(*s.budget);
    cost->setGoal(spent,
        s.budget ? tr("budget %1 · %2").arg(money(*s.budget), percentText(spent.value_or(0)))
                 : QString());
    m_tiles.value(QStringLiteral("cost_per_lead"))
        ->setValue(s.costPerLead ? money(*s.costPerLead) : tr("—"));
    FigureTile* ret = m_tiles.value(QStringLiteral("return"));
    ret->setValue(s.returnPercent ? percentText(*s.returnPercent) : tr("—"),
        tr("(revenue won − cost) ÷ cost"));
    ret->setStyleSheet(!s.returnPercent ? QString()
                                        : QStringLiteral("#tile_return QLabel { color: %1; }")
                                              .arg((*s.returnPercent >= 0 ? kGood : kBad).name()));
}

void CampaignCardView::fillResponses(const QList<CampaignResponseRow>& rows)
{
    m_responsesTitle->setText(
        rows.isEmpty() ? tr("No responses yet") : tr("Responses (%1)").arg(rows.size()));
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const CampaignResponseRow& r = rows.at(i);
        const QDateTime received = QDateTime::fromString(r.createdAt, Qt::ISODateWithMs);
        const QStringList cells { personName(r), r.companyName, r.ownerName,
            received.isValid()
                ? QLocale().toString(received.toLocalTime().date(), FieldDisplay::dateFormat())
                : QString(),
            r.untouched ? tr("%1 · untouched").arg(ChoiceLabels::text(r.status))
                        : ChoiceLabels::text(r.status) };
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, r.leadId);
            if (r.untouched && c == Status) {
                item->setForeground(kUntouched);
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setToolTip(tr("Nobody has called, met or written to them yet"));
            }
            m_table->setItem(i, c, item);
        }
    }
}

void CampaignCardView::openRow(int row)
{
    if (const QTableWidgetItem* item = m_table->item(row, 0))
        m_ctx.events.requestOpen(QStringLiteral("lead"), item->data(Qt::UserRole).toString());
}

void CampaignCardView::openResponseDialog()
{
    if (m_id.isEmpty())
        return;
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new ResponseDialog(m_title->text(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog)
            (void)recordResponse(m_dialog->draft()); // the outcome is shown on the card
    });
    m_dialog->show();
}

Result<ResponseOutcome> CampaignCardView::recordResponse(const ResponseDraft& draft)
{
    ResponseOutcome outcome;
    const QString campaign = m_title->text();
    auto id = BatchCommands::create(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Response to “%1”").arg(campaign), [&]() -> Result<QString> {
            auto r = Campaigns::recordResponse(m_ctx.session, m_id, draft);
            if (!r)
                return r.error();
            outcome = *r;
            return r->leadId;
        });
    if (!id) {
        Prompter::warning(this, tr("Record response"),
            tr("The response was not recorded: %1").arg(id.error().message));
        return id.error();
    }
    m_notice->setText(outcome.message);
    m_notice->show();
    refresh();
    return outcome;
}

void CampaignCardView::chooseAndImport()
{
    if (m_id.isEmpty())
        return;
    const QString path
        = Prompter::openFileName(this, tr("Import attendees of “%1”").arg(m_title->text()), {},
            tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        (void)importAttendees(path); // told in a message and on the card
}

Result<AttendeeImport> CampaignCardView::importAttendees(const QString& path)
{
    AttendeeImport result;
    const QString file = QFileInfo(path).fileName();
    auto done = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Import attendees from %1").arg(file), [&]() -> Result<void> {
            auto r = Campaigns::importAttendees(m_ctx.session, m_id, path);
            if (!r)
                return r.error();
            result = *r;
            return {};
        });
    if (!done) {
        m_notice->setText(tr("Nothing was imported: %1").arg(done.error().toString()));
        m_notice->show();
        Prompter::warning(this, tr("Import attendees"),
            tr("Nothing was imported from %1:\n%2").arg(file, done.error().toString()));
        return done.error();
    }
    QStringList lines { tr(
        "%1: %2 new lead(s), %3 of them linked to existing contacts; %4 skipped.")
                            .arg(file)
                            .arg(result.created)
                            .arg(result.matched)
                            .arg(result.skipped) };
    for (const SkippedAttendee& s : result.skippedRows)
        lines << tr("Line %1: %2 — %3").arg(s.line).arg(s.label, s.reason);
    m_notice->setText(lines.join(QLatin1Char('\n')));
    m_notice->show();
    Prompter::information(this, tr("Import attendees"), lines.join(QLatin1Char('\n')));
    refresh();
    return result;
}

} // namespace tandem
