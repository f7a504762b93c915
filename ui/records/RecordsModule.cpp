#include "records/RecordsModule.h"

#include "common/Icons.h"
#include "domain/EntitySchema.h"
#include "records/RecordForm.h"
#include "records/RecordListView.h"
#include "records/RecordPage.h"

#include <QAction>

namespace tandem {

RecordsModule::RecordsModule(const UiContext& context, const QString& entity,
    const QString& iconName, const QString& sortField, Qt::SortOrder order, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_def(*EntitySchema::find(entity))
    , m_iconName(iconName)
    , m_sortField(sortField)
    , m_order(order)
    , m_new(new QAction(Icons::get(QStringLiteral("add")), tr("&New"), this))
    , m_save(new QAction(Icons::get(QStringLiteral("save")), tr("&Save"), this))
    , m_revert(new QAction(Icons::get(QStringLiteral("revert")), tr("&Revert"), this))
    , m_delete(new QAction(Icons::get(QStringLiteral("delete")), tr("&Delete…"), this))
{
    m_new->setObjectName(QStringLiteral("newAction"));
    m_save->setObjectName(QStringLiteral("saveAction"));
    m_revert->setObjectName(QStringLiteral("revertAction"));
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Add a new %1").arg(m_def.translatedSingular().toLower()));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the changes"));
    m_revert->setToolTip(tr("Forget the changes not saved yet"));
    m_delete->setToolTip(tr("Delete the open %1").arg(m_def.translatedSingular().toLower()));
    connect(m_new, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->startNew();
    });
    connect(m_save, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->save();
    });
    connect(m_revert, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->revert();
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->deleteCurrent();
    });
    updateActions();
}

QString RecordsModule::key() const
{
    return m_def.name;
}

QString RecordsModule::title() const
{
    return m_def.translatedPlural();
}

QIcon RecordsModule::icon() const
{
    return Icons::get(m_iconName);
}

QWidget* RecordsModule::createWidget(QWidget* parent)
{
    if (!m_view) {
        m_view = new RecordListView(m_ctx, m_def.name, parent, m_sortField, m_order);
        connect(m_view, &RecordListView::stateChanged, this, &RecordsModule::updateActions);
        if (m_makeCard) {
            m_card = m_makeCard(m_view->form());
            m_view->form()->setOverviewPage(m_card, Icons::get(m_cardIcon), m_cardTitle);
            m_view->preferWideCard();
        }
        updateActions();
    }
    return m_view;
}

void RecordsModule::setCard(const std::function<RecordPage*(RecordForm*)>& make,
    const QString& iconName, const QString& title)
{
    m_makeCard = make;
    m_cardIcon = iconName;
    m_cardTitle = title;
}

QList<QAction*> RecordsModule::actions() const
{
    return { m_new, m_save, m_revert, m_delete };
}

QStringList RecordsModule::entities() const
{
    return { m_def.name };
}

bool RecordsModule::open(const QString& entity, const QString& id)
{
    return m_view && entity == m_def.name && m_view->openRecord(id);
}

bool RecordsModule::startNew(const QString& entity, const QVariantMap& preset)
{
    if (!m_view || entity != m_def.name)
        return false;
    m_view->startNew(preset);
    return true;
}

bool RecordsModule::confirmClose()
{
    return !m_view || m_view->confirmLeave();
}

void RecordsModule::updateActions()
{
    const RecordForm* form = m_view ? m_view->form() : nullptr;
    m_new->setEnabled(!m_view.isNull());
    m_save->setEnabled(form && (form->isNew() || form->isDirty()));
    m_revert->setEnabled(form && (form->isNew() || form->isDirty()));
    m_delete->setEnabled(form && !form->recordId().isEmpty());
}

} // namespace tandem
