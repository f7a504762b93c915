#include "services/LostReasons.h"

#include "store/Session.h"
#include "util/TextFold.h"

namespace tandem {

QStringList LostReasons::names(Session& session, const QString& entity)
{
    ListQuery q;
    q.orderBy = QStringLiteral("position");
    auto rows = session.records().list(QStringLiteral("lost_reason"), q);
    QStringList out;
    if (!rows)
        return out;
    for (const Record& r : *rows) {
        const QString appliesTo = r.text(QStringLiteral("applies_to"));
        if (appliesTo.isEmpty() || appliesTo == QLatin1String("both") || appliesTo == entity)
            out << r.text(QStringLiteral("name"));
    }
    return out;
}

QString LostReasons::canonical(Session& session, const QString& entity, const QString& reason)
{
    const QString wanted = foldForSearch(reason.simplified());
    for (const QString& name : names(session, entity)) {
        if (foldForSearch(name) == wanted)
            return name;
    }
    return reason.trimmed();
}

} // namespace tandem
