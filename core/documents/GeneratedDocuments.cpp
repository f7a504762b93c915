#include "documents/GeneratedDocuments.h"

#include "domain/AttachmentContent.h"
#include "domain/Record.h"
#include "services/ActivityLog.h"
#include "services/Quotes.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace tandem {

namespace {

const QString kAttachment = QStringLiteral("attachment");

} // namespace

QString GeneratedDocuments::fileName(DocumentKind kind, const QString& number, int version)
{
    QString name = DocumentTemplates::kindLabel(kind);
    if (!number.isEmpty())
        name += QLatin1Char(' ') + number + QStringLiteral(" v%1").arg(std::max(1, version));
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return name + QStringLiteral(".pdf");
}

Result<QString> GeneratedDocuments::store(Session& session, const GeneratedDocument& document)
{
    QVariantMap values = AttachmentContent::values(document.pdf, QStringLiteral("application/pdf"));
    values.insert(QStringLiteral("name"), document.name);
    values.insert(QStringLiteral("kind"),
        document.kind == DocumentKind::Letter ? QStringLiteral("document")
                                              : QStringLiteral("offer"));
    values.insert(QStringLiteral("entity"), document.entity);
    values.insert(QStringLiteral("record_id"), document.recordId);
    values.insert(QStringLiteral("tags"), DocumentTemplates::kindKey(document.kind));
    if (!document.quoteId.isEmpty())
        values.insert(QStringLiteral("quote_id"), document.quoteId);
    return session.records().create(kAttachment, values);
}

Result<void> GeneratedDocuments::markSent(
    Session& session, const QString& attachmentId, const QString& to)
{
    RecordStore& rs = session.records();
    const auto doc = rs.get(kAttachment, attachmentId.trimmed().toLower());
    if (!doc)
        return Error { QCoreApplication::translate("Documents", "There is no document with id %1.")
                           .arg(attachmentId),
            {}, 0, {} };
    Transaction tx(session.database());
    const QString quoteId = doc->text(QStringLiteral("quote_id"));
    if (!quoteId.isEmpty()) {
        const auto quote = rs.get(QStringLiteral("quote"), quoteId);
        if (quote && quote->text(QStringLiteral("status")) == QLatin1String("draft")) {
            if (auto r = Quotes::update(
                    session, quoteId, { { QStringLiteral("status"), QStringLiteral("sent") } });
                !r)
                return r;
        }
    }
    if (auto r = rs.update(kAttachment, doc->id,
            { { QStringLiteral("sent_at"), session.clock().nowUtc() },
                { QStringLiteral("sent_by"), session.currentUserId() },
                { QStringLiteral("sent_to"), to.trimmed() } });
        !r)
        return r;

    QVariantMap activity { { QStringLiteral("kind"), QStringLiteral("email") },
        { QStringLiteral("subject"),
            QCoreApplication::translate("Documents", "Sent “%1” to %2")
                .arg(doc->text(QStringLiteral("name")), to.trimmed()) },
        { QStringLiteral("starts_at"), session.clock().nowUtc() }, { QStringLiteral("done"), true },
        { QStringLiteral("owner_id"), session.currentUserId() } };
    const QString entity = doc->text(QStringLiteral("entity"));
    const QString recordId = doc->text(QStringLiteral("record_id"));
    if (entity == QLatin1String("deal")) {
        activity.insert(QStringLiteral("deal_id"), recordId);
        if (const auto deal = rs.get(QStringLiteral("deal"), recordId)) {
            activity.insert(QStringLiteral("company_id"), deal->text(QStringLiteral("company_id")));
            activity.insert(QStringLiteral("contact_id"), deal->text(QStringLiteral("contact_id")));
        }
    } else if (entity == QLatin1String("contact")) {
        activity.insert(QStringLiteral("contact_id"), recordId);
        if (const auto contact = rs.get(QStringLiteral("contact"), recordId))
            activity.insert(
                QStringLiteral("company_id"), contact->text(QStringLiteral("company_id")));
    } else if (entity == QLatin1String("company")) {
        activity.insert(QStringLiteral("company_id"), recordId);
    }
    for (auto it = activity.begin(); it != activity.end();) {
        if (isEmptyValue(it.value()))
            it = activity.erase(it);
        else
            ++it;
    }
    if (auto logged = ActivityLog::create(session, QStringLiteral("activity"), activity); !logged)
        return logged.error();
    return tx.commit();
}

} // namespace tandem
