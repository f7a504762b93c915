// The sales materials library: brochures, presentations, price sheets kept once for the team
// (attachments of kind "material" linked to no record), tagged and searchable, and attached to a
// deal or one of its offers as a copy, so the deal keeps exactly what the customer was given even
// after the library's file is replaced.
#pragma once

#include "store/MaterialQueries.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem {

class Session;

namespace Materials {
// Largest file the library takes (a database is copied whole by backups and sync).
constexpr qint64 kMaxBytes = 50LL * 1024 * 1024;

// "Brochure, price list;  EN" → {"brochure", "en", "price list"}: commas or semicolons separate
// tags; spaces inside a tag are kept.
QStringList parseTags(const QString& text);
QString joinTags(const QStringList& tags); // "brochure, en, price list"

// Adds a file to the library. Refused, naming the file: empty, larger than kMaxBytes, no name.
Result<QString> add(
    Session& session, const QString& name, const QByteArray& content, const QStringList& tags);
// Reads the file from disk first; refused naming the path when it cannot be read.
Result<QString> addFile(Session& session, const QString& path, const QStringList& tags);
// A new version of a library file: the content is replaced, name and tags kept unless given.
// Copies already attached to deals keep what they were.
Result<void> replace(
    Session& session, const QString& id, const QString& name, const QByteArray& content);
Result<void> setTags(Session& session, const QString& id, const QStringList& tags);
Result<void> rename(Session& session, const QString& id, const QString& name);
// Removes a library file (copies attached to deals stay).
Result<void> remove(Session& session, const QString& id);

// The library, by name. `search` keeps the files whose name or tags hold every word of it
// (case and diacritics ignored, prefixes match: "pri bro" finds "Price list" tagged brochure).
QList<Material> library(Session& session, const QString& search = {});
// Every tag used in the library, sorted.
QStringList tags(Session& session);
// A library file or an attached copy, with its content.
Result<Material> get(Session& session, const QString& id);
Result<QByteArray> content(Session& session, const QString& id);

// Attaches a copy of a library file to a deal, and to one of its quotes when quoteId is given
// (the offer's e-mail then carries it). Attaching the same file again to the same deal and quote
// returns the copy already there. Refused: unknown material, deal or quote, a quote of another
// deal.
Result<QString> attach(Session& session, const QString& materialId, const QString& dealId,
    const QString& quoteId = {});
// Copies the materials of one quote onto another of the same deal (its new version).
Result<void> carryOver(Session& session, const QString& fromQuoteId, const QString& toQuoteId);
// The materials attached to a quote, by name.
QList<Material> attachedToQuote(Session& session, const QString& quoteId);
} // namespace Materials

} // namespace tandem
