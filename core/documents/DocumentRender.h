// A document from a template: a quote's offer, order confirmation or contract, or letters to
// contacts (one per recipient, as a mail merge), merged and laid out ready for PDF or a printer.
#pragma once

#include "documents/DocumentPrinter.h"
#include "util/Result.h"

#include <QByteArray>
#include <QStringList>

namespace tandem {

class Database;
class Session;

struct RenderedDocuments {
    QStringList html; // one per document; each starts on a new page
    DocumentPrinter::Options options;
    QStringList missing; // merge fields that had no value, e.g. contact.phone
    QString templateSource; // the file used
};

namespace DocumentRender {
// The team's own templates and logo: "templates" beside the database.
QString templateFolder(const Database& db);
// A quote through a template (default: offer) in the quote's language.
Result<RenderedDocuments> quote(
    Session& session, const QString& quoteId, const QString& templateName = {});
// One letter per contact through a template (default: letter), each in its contact's language
// unless `language` is given; `bodyHtml` is the letter's text.
Result<RenderedDocuments> letters(Session& session, const QStringList& contactIds,
    const QString& templateName, const QString& bodyHtml, const QString& language = {});
// The PDF's bytes.
Result<QByteArray> pdf(const RenderedDocuments& documents);
} // namespace DocumentRender

} // namespace tandem
