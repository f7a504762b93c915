// A kept document (an attachment record) as a file: written to a temporary file and opened in the
// desktop's viewer, or saved as a copy where the user says. Only the chosen document's content is
// read.
#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace tandem {

class Session;

namespace AttachmentFiles {

// Opens a file in the desktop's viewer; tests put their own.
using Opener = std::function<void(const QString& path)>;

// Writes the content to a temporary file named as the document and hands it to `opener` (the
// desktop's viewer when empty); its path, or empty when there is no such document or the file
// could not be written (said through Prompter).
QString openAttachment(
    Session& session, const QString& id, const Opener& opener, QWidget* parent = nullptr);
// Asks where to save a copy (Prompter, the document's name suggested) and writes it; false when
// cancelled or refused.
bool saveAttachmentAs(Session& session, const QString& id, QWidget* parent = nullptr);
// The name a document's file gets: no folders or characters a file system refuses, and the
// extension its type calls for when it has none ("Contract" of application/pdf: "Contract.pdf").
QString fileName(const QString& name, const QString& mimeType);

} // namespace AttachmentFiles

} // namespace tandem
