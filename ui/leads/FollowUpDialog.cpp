#include "leads/FollowUpDialog.h"

#include "common/ChoiceLabels.h"
#include "common/DataEvents.h"
#include "records/FieldDisplay.h"
#include "services/FollowUpGuard.h"
#include "store/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

FollowUpDialog::FollowUpDialog(Session& session, DataEvents& events, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_events(events)
    , m_owner(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(tr("Leads waiting for a first contact"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_owner->addItem(tr("Everyone"), QString());
    ListQuery q;
    if (auto users = session.records().list(QStringLiteral("user"), q)) {
        for (const Record& u : *users)
            m_owner->addItem(u.text(QStringLiteral("name")), u.id);
    }
    top->addWidget(m_owner);
    layout->addLayout(top);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        { tr("Lead"), tr("Owner"), tr("Source"), tr("First contact was due"), tr("Overdue") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_owner, &QComboBox::activated, this, &FollowUpDialog::reload);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        m_events.requestOpen(QStringLiteral("lead"), item->data(0, Qt::UserRole).toString());
    });
    connect(&m_events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("lead") || entity == QLatin1String("activity"))
            reload();
    });
    reload();
    resize(760, 460);
}

void FollowUpDialog::reload()
{
    m_list->clear();
    const QList<OverdueLead> leads
        = FollowUpGuard::overdue(m_session, m_owner->currentData().toString());
    for (const OverdueLead& lead : leads) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, lead.title);
        item->setData(0, Qt::UserRole, lead.leadId);
        item->setText(1, lead.ownerName.isEmpty() ? tr("Nobody") : lead.ownerName);
        item->setText(2, ChoiceLabels::text(lead.source));
        item->setText(
            3, QLocale().toString(lead.due.toLocalTime(), FieldDisplay::dateTimeFormat()));
        item->setText(4, tr("%n day(s)", nullptr, lead.daysOverdue));
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(3);
    m_summary->setText(leads.isEmpty()
            ? tr("Every lead has had its first contact on time.")
            : tr("%n lead(s) have not been contacted although their first contact is due. Leads "
                 "not followed up within days are the ones that get lost.",
                nullptr, int(leads.size())));
}

} // namespace tandem
