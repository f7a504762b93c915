// The sales materials library on the command line: list and search it, add files (all or
// nothing), tag, replace, remove, write a copy out, attach to a deal or offer; and this computer's
// quote number series.
#include "CliContext.h"
#include "CliOutput.h"

#include "documents/Materials.h"
#include "services/Quotes.h"
#include "store/Transaction.h"
#include "util/FileWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace tandem::cli {

namespace {

// tr() in the context the translation files hold this file's strings under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString usageText()
{
    return Text::tr("usage: material add FILE… [--tags TEXT] | material tag ID --tags TEXT | "
                    "material replace ID FILE | material rm ID | material get ID --out FILE | "
                    "material attach ID --deal ID [--quote ID]");
}

int printLibrary(CliContext& ctx, Session& session, const Args& args)
{
    const QString tag = args.value(QStringLiteral("tag")).trimmed().toLower();
    QList<Material> list = Materials::library(session, args.positional.join(QLatin1Char(' ')));
    if (!tag.isEmpty())
        list.erase(std::remove_if(list.begin(), list.end(),
                       [&tag](const Material& m) { return !m.tags.contains(tag); }),
            list.end());
    if (args.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const Material& m : list)
            rows.append(
                QJsonObject { { QStringLiteral("id"), m.id }, { QStringLiteral("name"), m.name },
                    { QStringLiteral("tags"), QJsonArray::fromStringList(m.tags) },
                    { QStringLiteral("mime_type"), orNull(m.mimeType) },
                    { QStringLiteral("size"), m.size },
                    { QStringLiteral("created_at"), timeText(m.createdAt) },
                    { QStringLiteral("created_by"), orNull(m.createdBy) } });
        printJson(ctx.out(), QJsonDocument(rows));
        return Ok;
    }
    for (const Material& m : list)
        ctx.out() << m.id << '\t' << m.name << '\t' << Materials::joinTags(m.tags) << '\t'
                  << QLocale().formattedDataSize(m.size) << Qt::endl;
    if (list.isEmpty())
        ctx.err() << Text::tr("no sales materials match") << Qt::endl;
    return Ok;
}

int addFiles(CliContext& ctx, Session& session, const Args& args)
{
    const QStringList files = args.positional.mid(1);
    if (files.isEmpty())
        return ctx.usage(usageText());
    const QStringList tags = Materials::parseTags(args.value(QStringLiteral("tags")));
    Transaction tx(session.database());
    QStringList ids;
    for (const QString& file : files) {
        auto id = Materials::addFile(session, file, tags);
        if (!id) // nothing of the batch is kept
            return ctx.fail(id.error());
        ids << *id;
    }
    if (auto r = tx.commit(); !r)
        return ctx.fail(r.error());
    for (const QString& id : ids)
        ctx.out() << id << Qt::endl;
    return Ok;
}

int withMaterial(CliContext& ctx, Session& session, const QString& verb, const Args& args)
{
    if (args.positional.size() < 2)
        return ctx.usage(usageText());
    const QString id = args.positional.at(1);
    if (verb == QLatin1String("tag")) {
        if (!args.has(QStringLiteral("tags")))
            return ctx.usage(usageText());
        auto r = Materials::setTags(
            session, id, Materials::parseTags(args.value(QStringLiteral("tags"))));
        return r ? Ok : ctx.fail(r.error());
    }
    if (verb == QLatin1String("rm")) {
        auto r = Materials::remove(session, id);
        return r ? Ok : ctx.fail(r.error());
    }
    if (verb == QLatin1String("replace")) {
        if (args.positional.size() != 3)
            return ctx.usage(usageText());
        const QString path = args.positional.at(2);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(Error { Text::tr("cannot read %1: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                path, 0, {} });
        auto r = Materials::replace(session, id, QFileInfo(path).fileName(), file.readAll());
        return r ? Ok : ctx.fail(r.error());
    }
    if (verb == QLatin1String("get")) {
        const QString out = args.value(QStringLiteral("out"));
        if (out.isEmpty())
            return ctx.usage(usageText());
        auto bytes = Materials::content(session, id);
        if (!bytes)
            return ctx.fail(bytes.error());
        auto r = writeWholeFile(out, *bytes);
        return r ? Ok : ctx.fail(r.error());
    }
    if (verb == QLatin1String("attach")) {
        const QString deal = args.value(QStringLiteral("deal"));
        if (deal.isEmpty())
            return ctx.usage(usageText());
        auto copy = Materials::attach(session, id, deal, args.value(QStringLiteral("quote")));
        if (!copy)
            return ctx.fail(copy.error());
        ctx.out() << *copy << Qt::endl;
        return Ok;
    }
    return ctx.usage(usageText());
}

} // namespace

int runMaterials(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, { QStringLiteral("tag") }, { QStringLiteral("json") });
    if (!args)
        return ctx.usage(Text::tr("usage: materials [WORDS…] [--tag TAG] [--json]"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    return printLibrary(ctx, **s, *args);
}

int runMaterial(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments,
        { QStringLiteral("tags"), QStringLiteral("out"), QStringLiteral("deal"),
            QStringLiteral("quote") },
        {});
    if (!args || args->positional.isEmpty())
        return ctx.usage(usageText());
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    const QString verb = args->positional.first();
    if (verb == QLatin1String("add"))
        return addFiles(ctx, **s, *args);
    return withMaterial(ctx, **s, verb, *args);
}

int runQuoteSeries(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, {}, { QStringLiteral("clear") });
    if (!args || args->positional.size() > 1
        || (args->has(QStringLiteral("clear")) && !args->positional.isEmpty()))
        return ctx.usage(Text::tr("usage: quote-series [SERIES | --clear]   this computer's quote "
                                  "number series (Q-2026-SERIES-0001)"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    if (!args->positional.isEmpty() || args->has(QStringLiteral("clear"))) {
        auto r = Quotes::setSeries(**s, args->positional.value(0));
        if (!r)
            return ctx.fail(r.error());
    }
    const QString series = Quotes::series(**s);
    if (series.isEmpty())
        ctx.out() << Text::tr("No series: quotes made here are numbered Q-YYYY-NNNN.") << Qt::endl;
    else
        ctx.out() << series << Qt::endl;
    return Ok;
}

} // namespace tandem::cli
