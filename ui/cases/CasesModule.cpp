#include "cases/CasesModule.h"

#include "cases/CaseCardView.h"
#include "cases/CaseRulesDialog.h"
#include "common/BatchCommand.h"
#include "common/CaseStyle.h"
#include "common/DataEvents.h"
#include "common/Icons.h"
#include "records/RecordForm.h"
#include "records/RecordListModel.h"
#include "records/RecordListView.h"
#include "services/Cases.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QWidget>

namespace tandem {

namespace {

const QStringList kOpenStatuses { QStringLiteral("new"), QStringLiteral("in_progress"),
    QStringLiteral("waiting") };

} // namespace

CasesModule::CasesModule(const UiContext& context, QObject* parent)
    : RecordsModule(context, QStringLiteral("case"), QStringLiteral("cases"),
        QStringLiteral("resolve_by"), Qt::AscendingOrder, parent)
    , m_context(context)
    , m_separator(new QAction(this))
    , m_rules(new QAction(Icons::get(QStringLiteral("filter")), tr("Deadline &rules…"), this))
{
    m_separator->setSeparator(true);
    m_rules->setObjectName(QStringLiteral("caseRulesAction"));
    m_rules->setToolTip(tr("How soon cases must be answered and resolved, and the days off"));
    connect(m_rules, &QAction::triggered, this, [this] {
        CaseRulesDialog* dialog = rulesDialog();
        dialog->show();
        dialog->raise();
    });
}

QList<QAction*> CasesModule::actions() const
{
    QList<QAction*> list = RecordsModule::actions();
    list << m_separator << m_rules;
    return list;
}

CaseRulesDialog* CasesModule::rulesDialog()
{
    if (!m_rulesDialog)
        m_rulesDialog = new CaseRulesDialog(m_context, view());
    return m_rulesDialog;
}

QWidget* CasesModule::createWidget(QWidget* parent)
{
    const bool first = !view();
    QWidget* widget = RecordsModule::createWidget(parent);
    if (!first)
        return widget;
    // A team that never had deadline rules gets the starting ones now, outside any step of
    // Edit › Undo: undoing the first new case must not take the rules with it.
    if (auto rules = CaseRules::rules(m_context.session); !rules)
        qWarning("Tandem: %s", qPrintable(rules.error().message));
    RecordForm* form = view()->form();
    m_card = new CaseCardView(m_context, form);
    form->setOverviewPage(m_card, Icons::get(QStringLiteral("cases")), tr("Case"));
    form->setCreator([this](const QVariantMap& values) { return create(values); });
    form->setUpdater(
        [this](const QString& id, const QVariantMap& changes) { return update(id, changes); });

    auto* row = new QWidget(widget);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QComboBox(row);
    m_filter->setObjectName(QStringLiteral("caseFilter"));
    m_filter->setAccessibleName(tr("Which cases"));
    m_filter->addItem(tr("Open cases"), OpenCases);
    m_filter->addItem(tr("Needing attention"), NeedingAttention);
    m_filter->addItem(tr("My open cases"), MyOpenCases);
    m_filter->addItem(tr("All cases"), AllCases);
    auto* label = new QLabel(tr("&Show:"), row);
    label->setBuddy(m_filter);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addStretch(1);
    view()->addToolRow(row);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CasesModule::applyFilter);
    connect(&m_context.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        // What needs attention changes with every case written.
        if (entity == QLatin1String("case") && m_filter->currentData().toInt() == NeedingAttention)
            applyFilter();
    });

    // Overdue rows in red, near ones in amber, by the rules and calendar of the moment.
    view()->model()->setRowStyle([this](const Record& record, int role) -> QVariant {
        if (role != Qt::ForegroundRole)
            return {};
        const QDateTime now = m_context.session.clock().nowUtc();
        if (!m_calendarReadAt.isValid() || m_calendarReadAt.secsTo(now) > 60) {
            m_calendar = CaseRules::calendar(m_context.session); // read once a minute at most
            m_calendarReadAt = now;
        }
        return CaseStyle::foreground(Cases::urgency(record, now, m_calendar));
    });
    applyFilter();
    return widget;
}

bool CasesModule::open(const QString& entity, const QString& id)
{
    if (RecordsModule::open(entity, id))
        return true;
    // Not among the cases the filter shows (a closed one): show them all.
    if (!m_filter || m_filter->currentData().toInt() == AllCases)
        return false;
    setFilter(AllCases);
    return RecordsModule::open(entity, id);
}

void CasesModule::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(filter));
}

void CasesModule::applyFilter()
{
    ListQuery q;
    switch (Filter(m_filter->currentData().toInt())) {
    case OpenCases:
        q.where << qMakePair(QStringLiteral("status"), QVariant(kOpenStatuses));
        break;
    case MyOpenCases:
        q.where << qMakePair(QStringLiteral("status"), QVariant(kOpenStatuses))
                << qMakePair(
                       QStringLiteral("owner_id"), QVariant(m_context.session.currentUserId()));
        break;
    case NeedingAttention: {
        QStringList ids;
        if (auto list
            = Cases::needingAttention(m_context.session, {}, m_context.session.clock().nowUtc())) {
            for (const CaseState& c : *list)
                ids << c.id;
        }
        q.where << qMakePair(QStringLiteral("id"), QVariant(ids));
        break;
    }
    case AllCases:
        break;
    }
    view()->model()->setConditions(q);
}

Result<QString> CasesModule::create(const QVariantMap& values)
{
    return BatchCommands::create(m_context.undoStack, m_context.session, m_context.events,
        tr("New case"), [&] { return Cases::create(m_context.session, values); });
}

Result<void> CasesModule::update(const QString& id, const QVariantMap& changes)
{
    const QString label = m_context.session.records().labelOf(QStringLiteral("case"), id);
    return BatchCommands::run(m_context.undoStack, m_context.session, m_context.events,
        tr("Edit “%1”").arg(label), [&] { return Cases::update(m_context.session, id, changes); });
}

} // namespace tandem
