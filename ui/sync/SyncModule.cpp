#include "sync/SyncModule.h"

#include "common/Icons.h"
#include "sync/SyncView.h"

#include <QAction>

namespace tandem {

SyncModule::SyncModule(const UiContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_syncNow(new QAction(Icons::get(QStringLiteral("sync")), tr("Sync &now"), this))
{
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setToolTip(
        tr("Read the other copies' bundles from the shared folder and write this copy's"));
    connect(m_syncNow, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->syncFolderNow();
    });
}

QString SyncModule::title() const
{
    return tr("Sync");
}

QIcon SyncModule::icon() const
{
    return Icons::get(QStringLiteral("sync"));
}

QWidget* SyncModule::createWidget(QWidget* parent)
{
    m_view = new SyncView(m_ctx, parent);
    return m_view;
}

QList<QAction*> SyncModule::actions() const
{
    return { m_syncNow };
}

} // namespace tandem
