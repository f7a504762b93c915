#include "cases/CaseCardView.h"
#include "common/Headings.h"

#include "cases/ResolveCaseDialog.h"
#include "common/BatchCommand.h"
#include "common/CaseStyle.h"
#include "common/ChoiceLabels.h"
#include "common/DataEvents.h"
#include "common/Icons.h"
#include "common/Prompter.h"
#include "records/FieldDisplay.h"
#include "records/RecordHistoryView.h"
#include "services/CaseRules.h"
#include "services/Cases.h"
#include "store/Session.h"
#include "util/Clock.h"
#include "util/StoredTime.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

namespace {

QString link(const QString& entity, const QString& id, const QString& text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(entity, id, text.toHtmlEscaped());
}

QString when(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), FieldDisplay::dateTimeFormat());
}

} // namespace

CaseCardView::CaseCardView(const UiContext& context, QWidget* parent)
    : RecordPage(parent)
    , m_ctx(context)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_deadlines(new QLabel(this))
    , m_description(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_start(new QPushButton(Icons::get(QStringLiteral("next")), tr("Start work"), this))
    , m_wait(new QPushButton(tr("Waiting for customer"), this))
    , m_resolve(new QPushButton(Icons::get(QStringLiteral("check")), tr("Resolve…"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_reopen(new QPushButton(Icons::get(QStringLiteral("reopen")), tr("Reopen"), this))
    , m_edit(new QPushButton(tr("Edit details"), this))
    , m_steps(new RecordHistoryView(context.session.records(), this))
{
    setObjectName(QStringLiteral("caseCard"));
    QVBoxLayout* layout = cardLayout(this, m_title, m_status, Qt::AlignTop);
    for (QLabel* label : { m_facts, m_deadlines, m_description, m_outcome }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        layout->addWidget(label);
    }
    m_facts->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_deadlines->setObjectName(QStringLiteral("caseDeadlines"));
    m_outcome->setObjectName(QStringLiteral("caseOutcome"));
    m_status->setObjectName(QStringLiteral("caseStatus"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { m_start, m_wait, m_resolve, m_close, m_reopen })
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    layout->addLayout(buttons);

    auto* stepsTitle = new QLabel(tr("Steps"), this);
    QFont bold = stepsTitle->font();
    bold.setBold(true);
    stepsTitle->setFont(bold);
    layout->addWidget(stepsTitle);
    m_steps->setObjectName(QStringLiteral("caseSteps"));
    m_steps->setAccessibleName(tr("Steps of the case"));
    layout->addWidget(m_steps, 1);

    connect(m_start, &QPushButton::clicked, this, [this] {
        apply({ { QStringLiteral("status"), QStringLiteral("in_progress") } }, tr("start work"));
    });
    connect(m_wait, &QPushButton::clicked, this, [this] {
        apply({ { QStringLiteral("status"), QStringLiteral("waiting") } },
            tr("wait for the customer"));
    });
    connect(m_resolve, &QPushButton::clicked, this, &CaseCardView::askResolve);
    connect(m_close, &QPushButton::clicked, this, [this] {
        apply({ { QStringLiteral("status"), QStringLiteral("closed") } }, tr("close the case"));
    });
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        apply(
            { { QStringLiteral("status"), QStringLiteral("in_progress") } }, tr("reopen the case"));
    });
    connect(m_edit, &QPushButton::clicked, this, &CaseCardView::editRequested);
    connect(m_facts, &QLabel::linkActivated, this, [this](const QString& target) {
        const qsizetype cut = target.indexOf(QLatin1Char(':'));
        m_ctx.events.requestOpen(target.left(cut), target.mid(cut + 1));
    });
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (!m_id.isEmpty() && isVisible()
            && (entity == QLatin1String("case") || entity == QLatin1String("case_rule")))
            refresh();
    });
}

void CaseCardView::showRecord(const QString& id)
{
    m_id = id;
    refresh();
}

void CaseCardView::showEvent(QShowEvent* event)
{
    RecordPage::showEvent(event);
    refresh();
}

bool CaseCardView::apply(const QVariantMap& changes, const QString& undoText)
{
    auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events, undoText,
        [&] { return Cases::update(m_ctx.session, m_id, changes); });
    if (!r) {
        Prompter::warning(this, tr("Case"), r.error().message);
        return false;
    }
    refresh();
    return true;
}

void CaseCardView::askResolve()
{
    const auto c = m_ctx.session.records().get(QStringLiteral("case"), m_id);
    if (!c)
        return;
    ResolveCaseDialog dialog(
        c->text(QStringLiteral("subject")), c->text(QStringLiteral("resolution")), this);
    if (dialog.exec() == QDialog::Accepted)
        apply(dialog.changes(), tr("resolve the case"));
}

void CaseCardView::refresh()
{
    RecordStore& rs = m_ctx.session.records();
    const auto c = m_id.isEmpty() ? std::nullopt : rs.get(QStringLiteral("case"), m_id);
    setEnabled(c.has_value());
    m_steps->setRecord(QStringLiteral("case"), c ? m_id : QString());
    if (!c) {
        for (QLabel* label : { m_title, m_status, m_facts, m_deadlines, m_description, m_outcome })
            label->clear();
        return;
    }
    m_title->setText(c->text(QStringLiteral("subject")));
    const QString status = c->text(QStringLiteral("status")).isEmpty()
        ? QStringLiteral("new")
        : c->text(QStringLiteral("status"));
    m_status->setText(CaseStyle::chip(ChoiceLabels::text(status), CaseStyle::statusColour(status)));

    QStringList facts;
    if (!c->text(QStringLiteral("kind")).isEmpty())
        facts << QStringLiteral("<b>%1</b>")
                     .arg(ChoiceLabels::text(c->text(QStringLiteral("kind"))).toHtmlEscaped());
    if (!c->text(QStringLiteral("priority")).isEmpty())
        facts << tr("priority: %1")
                     .arg(ChoiceLabels::text(c->text(QStringLiteral("priority"))).toHtmlEscaped());
    for (const char* field : { "company_id", "contact_id", "deal_id", "product_id" }) {
        const QString id = c->text(QString::fromLatin1(field));
        if (id.isEmpty())
            continue;
        const QString entity = QString::fromLatin1(field).chopped(3);
        facts << link(entity, id, rs.labelOf(entity, id));
    }
    if (!c->text(QStringLiteral("channel")).isEmpty())
        facts << ChoiceLabels::text(c->text(QStringLiteral("channel"))).toHtmlEscaped();
    const QString owner = c->text(QStringLiteral("owner_id"));
    facts << (owner.isEmpty()
            ? tr("no owner")
            : tr("owner: %1").arg(rs.labelOf(QStringLiteral("user"), owner).toHtmlEscaped()));
    m_facts->setText(facts.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    // The deadlines, the one that matters coloured by where it stands now.
    const QDateTime now = m_ctx.session.clock().nowUtc();
    QDateTime next;
    bool responseDue = false;
    const CaseUrgency urgency
        = Cases::urgency(*c, now, CaseRules::calendar(m_ctx.session), &next, &responseDue);
    auto line = [&](const QString& label, const QString& dueField, const QString& doneField,
                    bool current) {
        const QDateTime due = StoredTime::parse(c->text(dueField));
        const QDateTime done = StoredTime::parse(c->text(doneField));
        if (!due.isValid() && !done.isValid())
            return QString();
        QString text = QStringLiteral("<b>%1</b> %2")
                           .arg(label.toHtmlEscaped(),
                               due.isValid() ? when(due).toHtmlEscaped() : tr("no deadline"));
        if (done.isValid()) {
            text += QStringLiteral(" — ")
                + (due.isValid() && done > due ? tr("done %1, late") : tr("done %1"))
                      .arg(when(done))
                      .toHtmlEscaped();
        } else if (current && urgency == CaseUrgency::Overdue) {
            text = QStringLiteral("<span style=\"color:%1\">%2 — %3</span>")
                       .arg(CaseStyle::overdueColour().name(), text, tr("overdue").toHtmlEscaped());
        } else if (current && urgency == CaseUrgency::Near) {
            text = QStringLiteral("<span style=\"color:%1\">%2 — %3</span>")
                       .arg(CaseStyle::nearColour().name(), text, tr("due soon").toHtmlEscaped());
        }
        return text;
    };
    QStringList deadlines;
    if (const QString s = line(tr("Respond by"), QStringLiteral("respond_by"),
            QStringLiteral("responded_at"), responseDue);
        !s.isEmpty())
        deadlines << s;
    if (const QString s = line(tr("Resolve by"), QStringLiteral("resolve_by"),
            QStringLiteral("resolved_at"), !responseDue);
        !s.isEmpty())
        deadlines << s;
    m_deadlines->setText(deadlines.join(QStringLiteral("<br>")));

    const QString description = c->text(QStringLiteral("description"));
    m_description->setText(
        description.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_description->setVisible(!description.isEmpty());

    QStringList outcome;
    if (!c->text(QStringLiteral("resolution")).isEmpty())
        outcome << QStringLiteral("<b>%1</b> %2")
                       .arg(tr("Resolution:").toHtmlEscaped(),
                           c->text(QStringLiteral("resolution")).toHtmlEscaped());
    const QVariant score = c->value(QStringLiteral("satisfaction"));
    if (!isEmptyValue(score)) {
        const int n = qBound(1, int(score.toLongLong()), 5);
        QString text = QStringLiteral("<b>%1</b> %2%3 %4/5")
                           .arg(tr("Satisfaction:").toHtmlEscaped(), QString(n, QChar(0x2605)),
                               QString(5 - n, QChar(0x2606)))
                           .arg(n);
        if (!c->text(QStringLiteral("satisfaction_comment")).isEmpty())
            text += QStringLiteral(" — “%1”").arg(
                c->text(QStringLiteral("satisfaction_comment")).toHtmlEscaped());
        outcome << text;
    }
    m_outcome->setText(outcome.join(QStringLiteral("<br>")));
    m_outcome->setVisible(!outcome.isEmpty());

    const bool done = status == QLatin1String("resolved") || status == QLatin1String("closed");
    m_start->setVisible(status == QLatin1String("new") || status == QLatin1String("waiting"));
    m_wait->setVisible(!done && status != QLatin1String("waiting"));
    m_resolve->setVisible(!done);
    m_close->setVisible(status == QLatin1String("resolved"));
    m_reopen->setVisible(done);
}

} // namespace tandem
