// Quotes and documents on the command line: render a quote or letters to PDF (kept on the deal or
// contact), approve and revise quotes, mailings to a segment (labels, letters, CSV), templates.
#include "CliContext.h"
#include "CliOutput.h"

#include "documents/DocumentRender.h"
#include "documents/DocumentTemplates.h"
#include "documents/GeneratedDocuments.h"
#include "documents/LabelSheet.h"
#include "documents/MailingList.h"
#include "documents/MergeContext.h"
#include "services/Quotes.h"
#include "store/Transaction.h"
#include "util/FileWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tandem::cli {

namespace {

// tr() in the context the translation files hold this file's strings under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Letter text: --body-file FILE (HTML, or plain text made into paragraphs) or --body TEXT.
Result<QString> bodyHtml(const Args& args)
{
    QString text = args.value(QStringLiteral("body"));
    const QString file = args.value(QStringLiteral("body-file"));
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error {
                Text::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(file), f.errorString()),
                file, 0, {}
            };
        text = QString::fromUtf8(f.readAll());
        if (file.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
            || file.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
            return text;
    }
    QStringList paragraphs;
    for (const QString& p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        paragraphs << QStringLiteral("<p>%1</p>")
                          .arg(p.trimmed().toHtmlEscaped().replace(
                              QLatin1Char('\n'), QStringLiteral("<br>")));
    return paragraphs.join(QString());
}

void warnMissing(CliContext& ctx, const RenderedDocuments& docs)
{
    if (!docs.missing.isEmpty())
        ctx.err() << Text::tr("note: no value for %1").arg(docs.missing.join(QStringLiteral(", ")))
                  << Qt::endl;
}

// Keeps the document on its record, records the sending when --sent-to asks, and writes --out:
// all or nothing, so a refused send (approval missing) or an unwritable file keeps neither the
// document nor a quote's new status.
int keep(CliContext& ctx, Session& session, const Args& args, const GeneratedDocument& doc,
    const RenderedDocuments& docs)
{
    Transaction tx(session.database());
    auto stored = GeneratedDocuments::store(session, doc);
    if (!stored)
        return ctx.fail(stored.error());
    if (args.has(QStringLiteral("sent-to"))) {
        if (auto r
            = GeneratedDocuments::markSent(session, *stored, args.value(QStringLiteral("sent-to")));
            !r)
            return ctx.fail(r.error());
    }
    if (auto r = writeWholeFile(args.value(QStringLiteral("out")), doc.pdf); !r)
        return ctx.fail(r.error());
    if (auto r = tx.commit(); !r)
        return ctx.fail(r.error());
    warnMissing(ctx, docs);
    ctx.out() << *stored << Qt::endl;
    return Ok;
}

int renderQuote(CliContext& ctx, Session& session, const Args& args)
{
    const QString quoteId = args.positional.at(1);
    const auto quote = session.records().get(QStringLiteral("quote"), quoteId.toLower());
    if (!quote)
        return noSuchRecord(ctx, QStringLiteral("quote"), quoteId);
    const QString templateName = args.value(QStringLiteral("template"), QStringLiteral("offer"));
    auto docs = DocumentRender::quote(session, quote->id, templateName);
    if (!docs)
        return ctx.fail(docs.error());
    auto pdf = DocumentRender::pdf(*docs);
    if (!pdf)
        return ctx.fail(pdf.error());
    const DocumentKind kind
        = DocumentTemplates::kindFromKey(templateName).value_or(DocumentKind::Offer);
    const GeneratedDocument doc { GeneratedDocuments::fileName(kind,
                                      quote->text(QStringLiteral("number")),
                                      quote->value(QStringLiteral("version")).toInt()),
        kind, QStringLiteral("deal"), quote->text(QStringLiteral("deal_id")), quote->id, *pdf };
    return keep(ctx, session, args, doc, *docs);
}

int renderLetter(CliContext& ctx, Session& session, const Args& args)
{
    const QString contactId = args.positional.at(1);
    if (!session.records().get(QStringLiteral("contact"), contactId.toLower()))
        return noSuchRecord(ctx, QStringLiteral("contact"), contactId);
    auto body = bodyHtml(args);
    if (!body)
        return ctx.fail(body.error());
    auto docs = DocumentRender::letters(session, { contactId.toLower() },
        args.value(QStringLiteral("template"), QStringLiteral("letter")), *body,
        args.value(QStringLiteral("language")));
    if (!docs)
        return ctx.fail(docs.error());
    auto pdf = DocumentRender::pdf(*docs);
    if (!pdf)
        return ctx.fail(pdf.error());
    const GeneratedDocument doc { GeneratedDocuments::fileName(DocumentKind::Letter, {}, 0),
        DocumentKind::Letter, QStringLiteral("contact"), contactId.toLower(), {}, *pdf };
    return keep(ctx, session, args, doc, *docs);
}

} // namespace

int runRender(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments,
        { QStringLiteral("out"), QStringLiteral("template"), QStringLiteral("sent-to"),
            QStringLiteral("body"), QStringLiteral("body-file"), QStringLiteral("language") },
        {});
    const QString usage
        = Text::tr("usage: render quote ID [--template NAME] --out FILE.pdf [--sent-to EMAIL]\n"
                   "       render letter CONTACT_ID [--template NAME] [--body TEXT | "
                   "--body-file FILE] [--language LL] --out FILE.pdf [--sent-to EMAIL]");
    if (!args)
        return ctx.usage(args.error().message);
    if (args->positional.size() != 2 || !args->has(QStringLiteral("out"))
        || (args->positional.first() != QLatin1String("quote")
            && args->positional.first() != QLatin1String("letter")))
        return ctx.usage(usage);
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    return args->positional.first() == QLatin1String("quote") ? renderQuote(ctx, **s, *args)
                                                              : renderLetter(ctx, **s, *args);
}

int runApprove(CliContext& ctx, const QStringList& arguments)
{
    if (arguments.size() != 2 || arguments.first() != QLatin1String("quote"))
        return ctx.usage(Text::tr("usage: approve quote ID"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    if (auto r = Quotes::approve(**s, arguments.at(1)); !r)
        return ctx.fail(r.error(), QStringLiteral("quote"));
    return Ok;
}

int runRevise(CliContext& ctx, const QStringList& arguments)
{
    if (arguments.size() != 2 || arguments.first() != QLatin1String("quote"))
        return ctx.usage(
            Text::tr("usage: revise quote ID      a new version as a draft; prints its id"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    auto id = Quotes::newVersion(**s, arguments.at(1));
    if (!id)
        return ctx.fail(id.error(), QStringLiteral("quote"));
    ctx.out() << *id << Qt::endl;
    return Ok;
}

int runMailing(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments,
        { QStringLiteral("csv"), QStringLiteral("labels"), QStringLiteral("sheet"),
            QStringLiteral("skip"), QStringLiteral("letters"), QStringLiteral("template"),
            QStringLiteral("body"), QStringLiteral("body-file") },
        { QStringLiteral("sheets") });
    const QString usage = Text::tr(
        "usage: mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]\n"
        "                       [--letters FILE.pdf [--template NAME] [--body TEXT | "
        "--body-file FILE]]\n"
        "       mailing --sheets      the label sheets --sheet takes");
    if (!args)
        return ctx.usage(args.error().message);
    if (args->has(QStringLiteral("sheets"))) {
        for (const LabelSheet& sheet : labelSheets())
            ctx.out() << sheet.key << '\t' << sheet.label << Qt::endl;
        return Ok;
    }
    if (args->positional.size() != 1)
        return ctx.usage(usage);
    const LabelSheet* sheet
        = labelSheet(args->value(QStringLiteral("sheet"), QStringLiteral("3x8")));
    if (!sheet)
        return ctx.usage(Text::tr("unknown label sheet '%1' (see mailing --sheets)")
                             .arg(args->value(QStringLiteral("sheet"))));
    bool skipOk = true;
    const int skip = args->value(QStringLiteral("skip"), QStringLiteral("0")).toInt(&skipOk);
    if (!skipOk || skip < 0 || skip >= sheet->columns * sheet->rows)
        return ctx.usage(Text::tr("--skip needs a label number from 0 to %1")
                             .arg(sheet->columns * sheet->rows - 1));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    auto list = mailingList(**s, args->positional.first());
    if (!list)
        return ctx.fail(list.error());
    if (args->has(QStringLiteral("csv"))) {
        if (auto r = writeCsv(*list, args->value(QStringLiteral("csv")), QLocale()); !r)
            return ctx.fail(r.error());
    }
    if (args->has(QStringLiteral("labels")) && !list->recipients.isEmpty()) {
        if (auto r
            = writeLabelsPdf(list->recipients, *sheet, args->value(QStringLiteral("labels")), skip);
            !r)
            return ctx.fail(r.error());
    }
    if (args->has(QStringLiteral("letters")) && !list->recipients.isEmpty()) {
        auto body = bodyHtml(*args);
        if (!body)
            return ctx.fail(body.error());
        QStringList ids;
        for (const Recipient& r : list->recipients)
            ids << r.contactId;
        auto docs = DocumentRender::letters(
            **s, ids, args->value(QStringLiteral("template"), QStringLiteral("letter")), *body);
        if (!docs)
            return ctx.fail(docs.error());
        auto pdf = DocumentRender::pdf(*docs);
        if (!pdf)
            return ctx.fail(pdf.error());
        if (auto r = writeWholeFile(args->value(QStringLiteral("letters")), *pdf); !r)
            return ctx.fail(r.error());
        warnMissing(ctx, *docs);
    }
    ctx.out() << QCoreApplication::translate(
        "Cli", "%n recipient(s)", nullptr, int(list->recipients.size()))
              << Qt::endl;
    if (list->withoutConsent > 0)
        ctx.out() << QCoreApplication::translate(
            "Cli", "%n left out: no postal consent", nullptr, list->withoutConsent)
                  << Qt::endl;
    if (list->withoutAddress > 0)
        ctx.out() << QCoreApplication::translate(
            "Cli", "%n left out: no complete address (%1)", nullptr, list->withoutAddress)
                         .arg(list->withoutAddressNames.join(QStringLiteral(", ")))
                  << Qt::endl;
    return Ok;
}

int runTemplates(CliContext& ctx, const QStringList& arguments)
{
    auto args = Args::parse(arguments, {}, { QStringLiteral("export") });
    if (!args || !args->positional.isEmpty())
        return ctx.usage(
            Text::tr("usage: templates [--export]      lists the document templates; "
                     "--export copies the shipped ones into the templates folder to edit"));
    auto s = ctx.session();
    if (!s)
        return ctx.fail(s.error());
    const QString folder = DocumentRender::templateFolder((*s)->database());
    if (args->has(QStringLiteral("export"))) {
        auto written = DocumentTemplates::exportDefaults(folder);
        if (!written)
            return ctx.fail(written.error());
        for (const QString& file : *written)
            ctx.out() << QDir::toNativeSeparators(file) << Qt::endl;
        return Ok;
    }
    ctx.out() << Text::tr("Templates folder: %1").arg(QDir::toNativeSeparators(folder)) << Qt::endl;
    for (const QString& name : DocumentTemplates::available(folder))
        ctx.out() << name << Qt::endl;
    return Ok;
}

} // namespace tandem::cli
