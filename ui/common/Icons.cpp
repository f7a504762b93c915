#include "common/Icons.h"

#include <QHash>

// The resources live in a static library: nothing would pull them in without this call.
static void initTandemResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace tandem::Icons {

QIcon get(const QString& name)
{
    static const bool loaded = (initTandemResources(), true);
    Q_UNUSED(loaded);
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

QIcon forEntity(const QString& entity)
{
    static const QHash<QString, QString> names {
        { QStringLiteral("contact"), QStringLiteral("contacts") },
        { QStringLiteral("company"), QStringLiteral("companies") },
        { QStringLiteral("lead"), QStringLiteral("leads") },
        { QStringLiteral("deal"), QStringLiteral("deals") },
        { QStringLiteral("activity"), QStringLiteral("activities") },
        { QStringLiteral("task"), QStringLiteral("activities") },
        { QStringLiteral("user"), QStringLiteral("user") },
        { QStringLiteral("case"), QStringLiteral("cases") },
    };
    return get(names.value(entity, QStringLiteral("record")));
}

QIcon application()
{
    return get(QStringLiteral("tandem"));
}

} // namespace tandem::Icons
