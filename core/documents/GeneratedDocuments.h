// Every document made for a customer is kept: the PDF as an attachment of the deal (or contact),
// with who made it and when; sending it records to whom and when, marks a quote sent and logs
// the e-mail on the customer's timeline.
#pragma once

#include "documents/DocumentTemplates.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace tandem {

class Session;

struct GeneratedDocument {
    QString name; // the file name the customer sees: "Offer Q-2026-0007 v2.pdf"
    DocumentKind kind = DocumentKind::Offer;
    QString entity; // deal or contact
    QString recordId;
    QString quoteId; // for offers, orders and contracts made from a quote
    QByteArray pdf;
};

namespace GeneratedDocuments {
// The new attachment's id (kind offer for quotes' documents, document for letters).
Result<QString> store(Session& session, const GeneratedDocument& document);
// Records the sending (sent_at now, sent_by me, sent_to); a quote still a draft becomes sent
// (refused, and nothing recorded, when it awaits approval); an e-mail activity, done, on the deal,
// its company and contact. One transaction.
Result<void> markSent(Session& session, const QString& attachmentId, const QString& to);
// The file name for a quote's document in its language: "Offer Q-2026-0007 v2.pdf".
QString fileName(DocumentKind kind, const QString& number, int version);
} // namespace GeneratedDocuments

} // namespace tandem
