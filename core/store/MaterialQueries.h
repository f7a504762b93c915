// The sales materials questions that need SQL: the library and a quote's materials without their
// content (a library of brochures can hold hundreds of megabytes), and a copy already attached.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem {

class Database;

struct Material {
    QString id;
    QString name; // the file name, "Price list 2026.pdf"
    QStringList tags; // lower case, sorted, no duplicates
    QString mimeType;
    qint64 size = 0;
    QString createdAt; // ISO UTC
    QString createdBy; // user id
    QString dealId; // for a copy attached to a deal; empty in the library
    QString quoteId; // for a copy attached to an offer
    QString sha256;
};

namespace MaterialQueries {
// Live library files (kind material, linked to no record), by name.
Result<QList<Material>> library(Database& db);
// Live copies attached to a quote, by name.
Result<QList<Material>> ofQuote(Database& db, const QString& quoteId);
// A live material copy of these bytes on the deal (and quote; empty: none); empty when there is
// none.
Result<QString> copyOn(
    Database& db, const QString& sha256, const QString& dealId, const QString& quoteId);
// The statement library() runs (for the benchmark's raw-SQLite baseline).
QByteArray librarySql();
} // namespace MaterialQueries

} // namespace tandem
