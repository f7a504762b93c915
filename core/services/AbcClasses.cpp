#include "services/AbcClasses.h"

#include "reports/AbcCustomersReport.h"
#include "reports/ReportCatalog.h"
#include "store/Session.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace tandem {

Result<int> AbcClasses::apply(Session& session, const ReportParams& input)
{
    const QString field = QStringLiteral("abc_class");
    ReportParams params = input;
    for (const auto& [value, name] : { std::pair { params.ownerId, "owner" },
             std::pair { params.teamId, "team" }, std::pair { params.territoryId, "territory" } }) {
        if (!value.isEmpty())
            return makeError(QCoreApplication::translate("AbcClasses",
                                 "ABC classes are set from the whole team's revenue: run it "
                                 "without the owner, team and territory filters."),
                QString::fromLatin1(name));
    }
    if (params.currency.isEmpty())
        params.currency = session.defaultCurrency();
    params.currency = params.currency.toUpper();
    auto checked = Reports::withDefaults(abcCustomersReport(), params);
    if (!checked)
        return checked.error();
    auto ranking = AbcCustomers::ranking(session, *checked);
    if (!ranking)
        return ranking.error();

    QHash<QString, QString> wanted; // company → class
    for (const AbcItem& item : ranking->items)
        wanted.insert(item.id, item.abcClass);
    RecordStore& rs = session.records();
    QHash<QString, QString> current;
    for (const QString& letter :
        { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }) {
        ListQuery q;
        q.where << qMakePair(field, QVariant(letter));
        auto rows = rs.list(QStringLiteral("company"), q);
        if (!rows)
            return rows.error();
        for (const Record& r : *rows)
            current.insert(r.id, letter);
    }

    QStringList changed;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (current.value(it.key()) != it.value())
            changed << it.key();
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (!wanted.contains(it.key()))
            changed << it.key();
    }
    changed.sort(); // a repeatable order of writes
    Transaction tx(session.database());
    for (const QString& id : changed) {
        const QString letter = wanted.value(id);
        if (auto r = rs.update(QStringLiteral("company"), id,
                { { field, letter.isEmpty() ? QVariant() : QVariant(letter) } });
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(changed.size());
}

} // namespace tandem
