// add, set, rm, show and list: the record commands of tandem-cli.
#include "CliContext.h"
#include "CliOutput.h"

#include "domain/FieldFormat.h"
#include "services/Quotes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::cli {

namespace {

QString displayValue(const RecordStore& rs, const Record& r, const FieldDef& f)
{
    const QVariant v = r.value(f.name);
    QString text = formatFieldText(f, v, rs.currencyOf(r));
    if (f.type == FieldType::Ref && !text.isEmpty())
        text = rs.labelOf(f.refEntity, text);
    return text;
}

// In `show`, a reference names the record and keeps its id for scripts: "UAB Baltic (0190…)".
QString showValue(const RecordStore& rs, const Record& r, const FieldDef& f)
{
    const QString label = displayValue(rs, r, f);
    return f.type == FieldType::Ref && !label.isEmpty()
        ? QStringLiteral("%1 (%2)").arg(label, r.text(f.name))
        : label;
}

} // namespace

int runAdd(CliContext& ctx, const QStringList& argv)
{
    if (argv.isEmpty())
        return ctx.usage(QCoreApplication::translate("Cli", "usage: add ENTITY field=value …"));
    auto values = parseAssignments(argv.mid(1));
    if (!values)
        return ctx.fail(values.error());
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    auto resolved = resolveReferences(**s, argv.first(), *values);
    if (!resolved)
        return ctx.fail(resolved.error(), argv.first());
    auto id = createRecord(ctx, **s, argv.first(), *resolved);
    if (!id)
        return ctx.fail(id.error(), argv.first());
    ctx.out() << *id << Qt::endl;
    return Ok;
}

int runSet(CliContext& ctx, const QStringList& argv)
{
    if (argv.size() < 3)
        return ctx.usage(QCoreApplication::translate("Cli", "usage: set ENTITY ID field=value …"));
    auto values = parseAssignments(argv.mid(2));
    if (!values)
        return ctx.fail(values.error());
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    auto resolved = resolveReferences(**s, argv.at(0), *values);
    if (!resolved)
        return ctx.fail(resolved.error(), argv.first());
    if (auto r = updateRecord(**s, argv.at(0), argv.at(1), *resolved); !r)
        return ctx.fail(r.error(), argv.first());
    return Ok;
}

int runRm(CliContext& ctx, const QStringList& argv)
{
    if (argv.size() != 2)
        return ctx.usage(QCoreApplication::translate("Cli", "usage: rm ENTITY ID"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    Result<void> r;
    if (argv.at(0) == QLatin1String("quote"))
        r = Quotes::remove(**s, argv.at(1));
    else if (argv.at(0) == QLatin1String("quote_line"))
        r = Quotes::removeLine(**s, argv.at(1));
    else
        r = (*s)->records().remove(argv.at(0), argv.at(1));
    if (!r)
        return ctx.fail(r.error(), argv.first());
    return Ok;
}

int runShow(CliContext& ctx, const QStringList& argv)
{
    auto args = Args::parse(argv, {}, { QStringLiteral("json") });
    if (!args)
        return ctx.usage(args.error().message);
    if (args->positional.size() != 2)
        return ctx.usage(QCoreApplication::translate("Cli", "usage: show ENTITY ID [--json]"));
    const QString entity = args->positional.at(0);
    const EntityDef* def = EntitySchema::find(entity);
    if (!def)
        return ctx.fail(QCoreApplication::translate("Cli", "unknown record type '%1'").arg(entity));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    const RecordStore& rs = (*s)->records();
    const auto rec = rs.get(entity, args->positional.at(1));
    if (!rec)
        return ctx.fail(QCoreApplication::translate("Cli", "there is no %1 with id %2")
                            .arg(entity, args->positional.at(1)));
    // A quote's figures are computed, not stored: show adds them.
    std::optional<QJsonObject> totals;
    if (entity == QLatin1String("quote")) {
        auto t = Quotes::totalsJson(**s, rec->id);
        if (!t)
            return ctx.fail(t.error());
        totals = *t;
    }
    if (args->has(QStringLiteral("json"))) {
        QJsonObject json = rs.toJson(*rec);
        if (totals)
            json.insert(QStringLiteral("totals"), *totals);
        printJson(ctx.out(), QJsonDocument(json));
        return Ok;
    }
    ctx.out() << def->translatedSingular() << QStringLiteral(": ") << rs.label(*rec) << Qt::endl;
    ctx.out() << QStringLiteral("id: ") << rec->id << Qt::endl;
    for (const FieldDef& f : def->fields) {
        const QString text = showValue(rs, *rec, f);
        if (!text.isEmpty())
            ctx.out() << f.name << QStringLiteral(": ") << text << Qt::endl;
    }
    if (totals) {
        for (const char* key : { "subtotal", "discount", "net", "vat", "total" })
            ctx.out() << key << QStringLiteral(": ") << totals->value(QLatin1String(key)).toString()
                      << QLatin1Char(' ') << totals->value(QStringLiteral("currency")).toString()
                      << Qt::endl;
    }
    return Ok;
}

int runList(CliContext& ctx, const QStringList& argv)
{
    auto args = Args::parse(argv,
        { QStringLiteral("where"), QStringLiteral("limit"), QStringLiteral("sort") },
        { QStringLiteral("json"), QStringLiteral("desc") });
    if (!args)
        return ctx.usage(args.error().message);
    if (args->positional.size() != 1)
        return ctx.usage(QCoreApplication::translate("Cli",
            "usage: list ENTITY [--where field=value]… [--sort FIELD [--desc]] [--limit N] "
            "[--json]"));
    const QString entity = args->positional.first();
    const EntityDef* def = EntitySchema::find(entity);
    if (!def)
        return ctx.fail(QCoreApplication::translate("Cli", "unknown record type '%1'").arg(entity));
    ListQuery q;
    auto where = parseAssignments(args->values(QStringLiteral("where")));
    if (!where)
        return ctx.fail(where.error());
    for (auto it = where->begin(); it != where->end(); ++it)
        q.where << qMakePair(it.key(), it.value());
    q.orderBy = args->value(QStringLiteral("sort"));
    q.descending = args->has(QStringLiteral("desc"));
    if (args->has(QStringLiteral("limit"))) {
        bool ok = false;
        q.limit = args->value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || q.limit < 0)
            return ctx.usage(QCoreApplication::translate("Cli", "--limit needs a whole number"));
    }
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    const RecordStore& rs = (*s)->records();
    auto rows = rs.list(entity, q);
    if (!rows)
        return ctx.fail(rows.error());
    if (args->has(QStringLiteral("json"))) {
        QJsonArray a;
        for (const Record& r : *rows)
            a.append(rs.toJson(r));
        printJson(ctx.out(), QJsonDocument(a));
        return Ok;
    }
    QStringList header { QStringLiteral("id") };
    for (const QString& c : def->listColumns)
        header << c;
    ctx.out() << header.join(QLatin1Char('\t')) << Qt::endl;
    for (const Record& r : *rows) {
        QStringList line { r.id };
        for (const QString& c : def->listColumns)
            line << displayValue(rs, r, *def->field(c));
        ctx.out() << line.join(QLatin1Char('\t')) << Qt::endl;
    }
    return Ok;
}

} // namespace tandem::cli
