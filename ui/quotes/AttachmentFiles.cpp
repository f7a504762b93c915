#include "quotes/AttachmentFiles.h"

#include "common/Prompter.h"
#include "store/Session.h"
#include "util/FileWrite.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <optional>

namespace tandem {

namespace {

const QString kAttachment = QStringLiteral("attachment");

struct Document {
    QString fileName;
    QString mimeType;
    QByteArray content;
};

std::optional<Document> read(Session& session, const QString& id)
{
    const auto doc = session.records().get(kAttachment, id);
    if (!doc)
        return std::nullopt;
    const QString mime = doc->text(QStringLiteral("mime_type"));
    return Document { AttachmentFiles::fileName(doc->text(QStringLiteral("name")), mime), mime,
        doc->value(QStringLiteral("content")).toByteArray() };
}

} // namespace

QString AttachmentFiles::fileName(const QString& name, const QString& mimeType)
{
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString file = name;
    file.replace(refused, QStringLiteral("-"));
    file = file.trimmed();
    while (file.startsWith(QLatin1Char('.')))
        file.remove(0, 1);
    if (file.isEmpty())
        file = QCoreApplication::translate("AttachmentFiles", "document");
    if (QFileInfo(file).suffix().isEmpty() && !mimeType.isEmpty()) {
        const QString suffix = QMimeDatabase().mimeTypeForName(mimeType).preferredSuffix();
        if (!suffix.isEmpty())
            file += QLatin1Char('.') + suffix;
    }
    return file;
}

QString AttachmentFiles::openAttachment(
    Session& session, const QString& id, const Opener& opener, QWidget* parent)
{
    const auto doc = read(session, id);
    if (!doc)
        return {};
    // A folder per document: two documents of the same name never overwrite each other's file,
    // which may still be open in a viewer.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("tandem-documents/") + id);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(doc->fileName);
    if (auto written = writeWholeFile(path, doc->content); !written) {
        Prompter::warning(parent, QCoreApplication::translate("AttachmentFiles", "Open document"),
            written.error().message);
        return {};
    }
    if (opener)
        opener(path);
    else
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return path;
}

bool AttachmentFiles::saveAttachmentAs(Session& session, const QString& id, QWidget* parent)
{
    const auto doc = read(session, id);
    if (!doc)
        return false;
    const QString suffix = QFileInfo(doc->fileName).suffix();
    const QString filter = suffix.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0
        ? QCoreApplication::translate("AttachmentFiles", "PDF documents (*.pdf)")
        : QCoreApplication::translate("AttachmentFiles", "All files (*)");
    const QString path = Prompter::saveFileName(parent,
        QCoreApplication::translate("AttachmentFiles", "Save a copy"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(doc->fileName),
        filter);
    if (path.isEmpty())
        return false;
    if (auto written = writeWholeFile(path, doc->content); !written) {
        Prompter::warning(parent, QCoreApplication::translate("AttachmentFiles", "Save a copy"),
            written.error().message);
        return false;
    }
    return true;
}

} // namespace tandem
