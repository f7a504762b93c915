#include "documents/DocumentRender.h"

#include "documents/DocumentTemplates.h"
#include "documents/MergeContext.h"
#include "documents/MergeTemplate.h"
#include "store/Database.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tandem {

namespace {

Result<QString> merge(
    RenderedDocuments& out, const DocumentTemplates::Template& tpl, const QVariantMap& context)
{
    auto rendered = MergeTemplate::render(tpl.text, context, tpl.source);
    if (!rendered)
        return rendered.error();
    for (const QString& field : rendered->missing) {
        if (!out.missing.contains(field))
            out.missing << field;
    }
    return rendered->html;
}

} // namespace

QString DocumentRender::templateFolder(const Database& db)
{
    return QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("templates"));
}

Result<RenderedDocuments> DocumentRender::quote(
    Session& session, const QString& quoteId, const QString& templateName)
{
    auto context = MergeContext::forQuote(session, quoteId);
    if (!context)
        return context.error();
    const QString folder = templateFolder(session.database());
    const QString language = context->value(QStringLiteral("language")).toString();
    auto tpl = DocumentTemplates::load(
        folder, templateName.isEmpty() ? QStringLiteral("offer") : templateName, language);
    if (!tpl)
        return tpl.error();
    RenderedDocuments out;
    auto html = merge(out, *tpl, *context);
    if (!html)
        return html.error();
    out.html << *html;
    out.templateSource = tpl->source;
    out.options.locale = MergeContext::locale(language);
    out.options.letterhead = MergeContext::letterhead(session, folder);
    const QVariantMap q = context->value(QStringLiteral("quote")).toMap();
    out.options.title = QStringLiteral("%1 v%2").arg(q.value(QStringLiteral("number")).toString(),
        q.value(QStringLiteral("version")).toString());
    return out;
}

Result<RenderedDocuments> DocumentRender::letters(Session& session, const QStringList& contactIds,
    const QString& templateName, const QString& bodyHtml, const QString& language)
{
    const QString folder = templateFolder(session.database());
    const QString name = templateName.isEmpty() ? QStringLiteral("letter") : templateName;
    RenderedDocuments out;
    for (const QString& id : contactIds) {
        auto context = MergeContext::forContact(session, id, language, bodyHtml);
        if (!context)
            return context.error();
        const QString l = context->value(QStringLiteral("language")).toString();
        auto tpl = DocumentTemplates::load(folder, name, l);
        if (!tpl)
            return tpl.error();
        auto html = merge(out, *tpl, *context);
        if (!html)
            return html.error();
        out.html << *html;
        out.templateSource = tpl->source;
        if (out.html.size() == 1)
            out.options.locale = MergeContext::locale(l);
    }
    out.options.letterhead = MergeContext::letterhead(session, folder);
    out.options.title = out.options.letterhead.organisation;
    return out;
}

Result<QByteArray> DocumentRender::pdf(const RenderedDocuments& documents)
{
    if (documents.html.isEmpty())
        return Error { QCoreApplication::translate("Documents", "The document has no pages."), {},
            0, {} };
    return DocumentPrinter::pdf(documents.html, documents.options);
}

} // namespace tandem
