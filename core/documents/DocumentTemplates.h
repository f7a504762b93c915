// Document templates (offer, order confirmation, contract, letter): the user's own files in the
// data folder first, then the ones shipped in six languages.
#pragma once

#include "util/Result.h"

#include <QStringList>
#include <optional>

namespace tandem {

enum class DocumentKind { Offer, OrderConfirmation, Contract, Letter };

namespace DocumentTemplates {

QString kindKey(DocumentKind); // "offer", "order", "contract", "letter"
std::optional<DocumentKind> kindFromKey(const QString&);
QString kindLabel(DocumentKind); // translated "Offer", "Order confirmation" …
QList<DocumentKind> kinds();
QStringList languages(); // en, lt, pl, uk, ro, ru

struct Template {
    QString name;
    QString language; // the language of the file found (may differ from the one asked for)
    QString text;
    QString source; // the file read: a path, or ":/templates/offer.lt.html"
    bool shipped = false;
};

// name is a kind key ("offer") or the base name of a user's own template file ("offer-short").
// Looks in `folder` for NAME.LANG.html, then NAME.html; then the shipped
// :/templates/NAME.LANG.html, then the shipped English one. The error names the template and the
// folder.
Result<Template> load(const QString& folder, const QString& name, const QString& language);

// Shipped kind keys + the user's own names, sorted.
QStringList available(const QString& folder);

// Writes the shipped templates into folder (not overwriting the user's files): how a user starts
// editing. Returns the files written.
Result<QStringList> exportDefaults(const QString& folder);

} // namespace DocumentTemplates
} // namespace tandem
