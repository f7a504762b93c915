#include "home/HomeModule.h"

#include "common/Icons.h"
#include "home/HomeView.h"

#include <QAction>

namespace tandem {

HomeModule::HomeModule(const UiContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_refresh(new QAction(Icons::get(QStringLiteral("refresh")), tr("&Refresh"), this))
{
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Read the home screen's figures again"));
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->refresh();
    });
}

QString HomeModule::key() const
{
    return QStringLiteral("home");
}

QString HomeModule::title() const
{
    return tr("Home");
}

QIcon HomeModule::icon() const
{
    return Icons::get(QStringLiteral("home"));
}

QWidget* HomeModule::createWidget(QWidget* parent)
{
    if (!m_view)
        m_view = new HomeView(m_ctx, parent);
    return m_view;
}

QList<QAction*> HomeModule::actions() const
{
    return { m_refresh };
}

QStringList HomeModule::entities() const
{
    return {};
}

bool HomeModule::open(const QString& entity, const QString& id)
{
    Q_UNUSED(entity);
    Q_UNUSED(id);
    return false;
}

bool HomeModule::confirmClose()
{
    return true;
}

HomeView* HomeModule::view() const
{
    return m_view;
}

} // namespace tandem
