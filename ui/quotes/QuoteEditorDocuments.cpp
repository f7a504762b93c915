// The quote editor's document actions: preview and print, save as PDF, send by e-mail (the PDF and
// the materials sent with it attached through xdg-email where there is one, else mailto: and the
// folder shown).
#include "quotes/QuoteEditor.h"

#include "common/BatchCommand.h"
#include "common/Prompter.h"
#include "documents/DocumentRender.h"
#include "documents/DocumentTemplates.h"
#include "documents/GeneratedDocuments.h"
#include "quotes/QuoteMaterials.h"
#include "services/Quotes.h"
#include "store/Session.h"
#include "util/FileWrite.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace tandem {

namespace {

const QString kQuote = QStringLiteral("quote");

} // namespace

bool QuoteEditor::renderAndStore(QByteArray& pdf, QString& attachmentId, QString& fileName)
{
    const auto quote = m_ctx.session.records().get(kQuote, m_quoteId);
    if (!quote)
        return false;
    const QString templateName = m_template->currentData().toString();
    auto docs = DocumentRender::quote(m_ctx.session, m_quoteId, templateName);
    if (!docs) {
        showNotice(docs.error().message, true);
        return false;
    }
    auto bytes = DocumentRender::pdf(*docs);
    if (!bytes) {
        showNotice(bytes.error().message, true);
        return false;
    }
    pdf = *bytes;
    const DocumentKind kind
        = DocumentTemplates::kindFromKey(templateName).value_or(DocumentKind::Offer);
    fileName = GeneratedDocuments::fileName(kind, quote->text(QStringLiteral("number")),
        quote->value(QStringLiteral("version")).toInt());
    const GeneratedDocument doc { fileName, kind, QStringLiteral("deal"),
        quote->text(QStringLiteral("deal_id")), m_quoteId, pdf };
    auto stored = BatchCommands::create(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Keep “%1”").arg(fileName),
        [&] { return GeneratedDocuments::store(m_ctx.session, doc); });
    if (!stored) {
        showNotice(stored.error().message, true);
        return false;
    }
    attachmentId = *stored;
    return true;
}

void QuoteEditor::preview()
{
    auto docs
        = DocumentRender::quote(m_ctx.session, m_quoteId, m_template->currentData().toString());
    if (!docs) {
        showNotice(docs.error().message, true);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(docs->options.title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Preview — %1").arg(docs->options.title));
    dialog.resize(900, 1000);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
        [&](QPrinter* p) { DocumentPrinter::print(docs->html, *p, docs->options); });
    dialog.exec();
}

bool QuoteEditor::savePdf()
{
    const auto quote = m_ctx.session.records().get(kQuote, m_quoteId);
    if (!quote)
        return false;
    const DocumentKind kind = DocumentTemplates::kindFromKey(m_template->currentData().toString())
                                  .value_or(DocumentKind::Offer);
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(GeneratedDocuments::fileName(kind, quote->text(QStringLiteral("number")),
                  quote->value(QStringLiteral("version")).toInt()));
    const QString path
        = Prompter::saveFileName(this, tr("Save PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    QByteArray pdf;
    QString attachmentId;
    QString fileName;
    if (!renderAndStore(pdf, attachmentId, fileName))
        return false;
    if (auto r = writeWholeFile(path, pdf); !r) {
        showNotice(r.error().message, true);
        return false;
    }
    showNotice(
        tr("Saved %1; it is kept with the deal's documents.").arg(QDir::toNativeSeparators(path)),
        false);
    return true;
}

bool QuoteEditor::sendByEmail()
{
    RecordStore& rs = m_ctx.session.records();
    const auto quote = rs.get(kQuote, m_quoteId);
    if (!quote)
        return false;
    m_notice->setProperty("problem", false);
    if (quote->text(QStringLiteral("status")) == QLatin1String("draft")) {
        if (auto sendable = Quotes::checkCanSend(m_ctx.session, m_quoteId); !sendable) {
            showNotice(sendable.error().message, true);
            return false;
        }
    }

    const auto deal = rs.get(QStringLiteral("deal"), quote->text(QStringLiteral("deal_id")));
    QString to;
    for (const QString& ref : { QStringLiteral("contact"), QStringLiteral("company") }) {
        const QString id = deal ? deal->text(ref + QStringLiteral("_id")) : QString();
        const auto party = id.isEmpty() ? std::nullopt : rs.get(ref, id);
        if (party && to.isEmpty())
            to = party->text(QStringLiteral("email"));
    }
    if (to.isEmpty()) {
        const auto typed = Prompter::text(
            this, tr("Send by e-mail"), tr("The deal has no e-mail address. Send the offer to:"));
        if (!typed || typed->trimmed().isEmpty())
            return false;
        to = typed->trimmed();
    }

    QByteArray pdf;
    QString attachmentId;
    QString fileName;
    if (!renderAndStore(pdf, attachmentId, fileName))
        return false;
    QString folder = m_outputFolder;
    if (folder.isEmpty()) {
        folder = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                     .filePath(QStringLiteral("Tandem"));
        if (!QDir().mkpath(folder))
            folder = QDir::tempPath();
    }
    const QString path = QDir(folder).filePath(fileName);
    if (auto r = writeWholeFile(path, pdf); !r) {
        showNotice(r.error().message, true);
        return false;
    }
    const auto materials
        = QuoteMaterials::writeFiles(m_ctx.session, m_quoteId, folder, { fileName });
    if (!materials) {
        showNotice(materials.error().message, true);
        return false;
    }
    const QString title = QFileInfo(fileName).completeBaseName();
    const QString me = rs.labelOf(QStringLiteral("user"), m_ctx.session.currentUserId());
    const QString body
        = tr("Hello,\n\nplease find attached our %1.\n\nKind regards,\n%2").arg(title, me);
    launchMail(QStringList { path } + *materials, to, title, body);

    if (Prompter::question(this, tr("Send by e-mail"), tr("Was the offer sent to %1?").arg(to))
        != QMessageBox::Yes) {
        showNotice(
            tr("The PDF is kept with the deal's documents; it is not marked as sent."), false);
        return false;
    }
    const auto sent = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Send “%1” to %2").arg(fileName, to),
        [&] { return GeneratedDocuments::markSent(m_ctx.session, attachmentId, to); });
    if (!sent) {
        showNotice(sent.error().message, true);
        return false;
    }
    showNotice(tr("Sent to %1 — logged on the deal's timeline.").arg(to), false);
    return true;
}

void QuoteEditor::launchMail(
    const QStringList& files, const QString& to, const QString& subject, const QString& body)
{
    if (m_launcher) {
        m_launcher(files, to, subject, body);
        return;
    }
    // xdg-email hands the attachments to the user's mail program; a mailto: link cannot.
    const QString xdgEmail = QStandardPaths::findExecutable(QStringLiteral("xdg-email"));
    QStringList arguments;
    for (const QString& file : files)
        arguments << QStringLiteral("--attach") << file;
    arguments << QStringLiteral("--subject") << subject << QStringLiteral("--body") << body << to;
    if (!xdgEmail.isEmpty() && QProcess::startDetached(xdgEmail, arguments))
        return;
    QUrl mail(QStringLiteral("mailto:") + to);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), subject);
    query.addQueryItem(QStringLiteral("body"), body);
    mail.setQuery(query);
    QDesktopServices::openUrl(mail);
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(files.value(0)).absolutePath()));
    QStringList names;
    for (const QString& file : files)
        names << QStringLiteral("“%1”").arg(QFileInfo(file).fileName());
    Prompter::information(this, tr("Send by e-mail"),
        tr("Your mail program has a new message to %1. Attach %2 from the folder that has just "
           "opened.")
            .arg(to, QLocale().createSeparatedList(names)));
}

} // namespace tandem
