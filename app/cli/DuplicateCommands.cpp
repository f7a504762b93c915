// tandem-cli duplicates / merge: the review list of likely duplicate contacts or companies, "not
// duplicates", and merging two records into one.
#include "CliContext.h"

#include "services/Duplicates.h"
#include "services/RecordMerge.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::cli {

namespace {

bool mergeable(const QString& entity)
{
    return entity == QLatin1String("contact") || entity == QLatin1String("company");
}

} // namespace

int runDuplicates(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, { QStringLiteral("entity") },
        { QStringLiteral("json"), QStringLiteral("dismiss") });
    const QString usage = QCoreApplication::translate("Cli",
        "usage: duplicates [--entity contact|company] [--json] | "
        "duplicates --dismiss ID ID [--entity contact|company]");
    if (!args)
        return ctx.usage(args.error().message);
    const QString entity = args->value(QStringLiteral("entity"), QStringLiteral("contact"));
    if (!mergeable(entity))
        return ctx.usage(usage);
    const bool dismiss = args->has(QStringLiteral("dismiss"));
    if (args->positional.size() != (dismiss ? 2 : 0))
        return ctx.usage(usage);
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    if (dismiss) {
        const QString a = args->positional.at(0);
        const QString b = args->positional.at(1);
        for (const QString& id : { a, b }) {
            if (!(*s)->records().get(entity, id))
                return ctx.fail(QCoreApplication::translate("Cli", "there is no %1 with id %2")
                                    .arg(entity, id));
        }
        if (auto r = Duplicates::dismiss(**s, entity, a, b); !r)
            return ctx.fail(r.error());
        ctx.out() << QCoreApplication::translate(
            "Cli", "Marked as not duplicates; the pair is not proposed again.")
                  << Qt::endl;
        return Ok;
    }
    auto pairs = Duplicates::findAll(**s, entity);
    if (!pairs)
        return ctx.fail(pairs.error());
    if (args->has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const DuplicatePair& p : *pairs)
            list.append(QJsonObject { { QStringLiteral("score"), p.score },
                { QStringLiteral("first_id"), p.firstId },
                { QStringLiteral("first"), p.firstLabel },
                { QStringLiteral("second_id"), p.secondId },
                { QStringLiteral("second"), p.secondLabel },
                { QStringLiteral("reasons"), QJsonArray::fromStringList(p.reasons) } });
        ctx.out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const DuplicatePair& p : *pairs)
        ctx.out() << p.score << '\t' << p.firstId << '\t' << p.firstLabel << '\t' << p.secondId
                  << '\t' << p.secondLabel << '\t' << p.reasons.join(QStringLiteral("; "))
                  << Qt::endl;
    return Ok;
}

int runMerge(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, { QStringLiteral("take") }, {});
    const QString usage = QCoreApplication::translate(
        "Cli", "usage: merge contact|company KEEP_ID OTHER_ID [--take FIELD]…");
    if (!args)
        return ctx.usage(args.error().message);
    if (args->positional.size() != 3 || !mergeable(args->positional.at(0)))
        return ctx.usage(usage);
    const QString entity = args->positional.at(0);
    QMap<QString, QString> choices;
    for (const QString& field : args->values(QStringLiteral("take")))
        choices.insert(field, QStringLiteral("other"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    auto merged
        = RecordMerge::merge(**s, entity, args->positional.at(1), args->positional.at(2), choices);
    if (!merged)
        return ctx.fail(merged.error());
    ctx.out() << QCoreApplication::translate(
        "Cli", "Merged %1 into %2: %n linked record(s) moved.", nullptr, merged->movedLinks)
                     .arg(args->positional.at(2), merged->keptId)
              << Qt::endl;
    return Ok;
}

} // namespace tandem::cli
