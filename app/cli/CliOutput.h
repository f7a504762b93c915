// Output every command shares: JSON, times on the command line, "no such record".
#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

namespace tandem::cli {

class CliContext;

void printJson(QTextStream& out, const QJsonDocument& doc);
// Times on the command line are UTC, ISO 8601 without milliseconds: "2026-06-18T09:00:00Z".
QString timeText(const QDateTime& t);
// The same for a stored time; text that is not a time is given back as it is.
QString timeText(const QString& stored);
// Empty text is null in JSON.
QJsonValue orNull(const QString& text);
// "there is no ENTITY with id ID" on stderr; returns Failed.
int noSuchRecord(CliContext& ctx, const QString& entity, const QString& id);

} // namespace tandem::cli
