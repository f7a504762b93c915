#include "CliOutput.h"

#include "CliContext.h"

#include <QCoreApplication>

namespace tandem::cli {

void printJson(QTextStream& out, const QJsonDocument& doc)
{
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString timeText(const QString& stored)
{
    if (stored.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(stored, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(stored, Qt::ISODate);
    return t.isValid() ? timeText(t) : stored;
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

int noSuchRecord(CliContext& ctx, const QString& entity, const QString& id)
{
    return ctx.fail(
        QCoreApplication::translate("Cli", "there is no %1 with id %2").arg(entity, id));
}

} // namespace tandem::cli
