// Reading, writing and applying a saved CSV mapping (the CLI's `--mapping FILE`).
#include "io/CsvMapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tandem {

namespace {

Error fileError(
    const QString& path, const QString& message, int line = 0, const QString& field = {})
{
    return Error { message, path, line, field };
}

QString delimiterText(QChar delimiter)
{
    return delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(delimiter);
}

} // namespace

Result<CsvMappingFile> CsvMappingFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path,
            QCoreApplication::translate("CsvMapping", "cannot open the mapping file: %1")
                .arg(file.errorString()));
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const int line = int(data.left(parseError.offset).count('\n')) + 1;
        return fileError(path,
            QCoreApplication::translate("CsvMapping", "not a mapping file (JSON object): %1")
                .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("-")),
            parseError.error != QJsonParseError::NoError ? line : 0);
    }
    const QJsonObject o = doc.object();
    CsvMappingFile out;
    out.path = path;
    out.encoding = o.value(QLatin1String("encoding")).toString().trimmed();
    const QString delimiter = o.value(QLatin1String("delimiter")).toString();
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
        out.delimiter = QLatin1Char('\t');
    else if (delimiter.size() == 1)
        out.delimiter = delimiter.at(0);
    else if (!delimiter.isEmpty())
        return fileError(path,
            QCoreApplication::translate(
                "CsvMapping", "the delimiter must be one character, not “%1”")
                .arg(delimiter),
            0, QStringLiteral("delimiter"));
    const QJsonValue columns = o.value(QLatin1String("columns"));
    if (!columns.isUndefined() && !columns.isObject())
        return fileError(path,
            QCoreApplication::translate(
                "CsvMapping", "“columns” must map column headers to fields"),
            0, QStringLiteral("columns"));
    const QJsonObject map = columns.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString() && !it.value().isNull())
            return fileError(path,
                QCoreApplication::translate("CsvMapping", "the column must map to a field name"), 0,
                it.key());
        out.columns << qMakePair(it.key(), it.value().toString().trimmed());
    }
    return out;
}

CsvMappingFile CsvMappingFile::fromMapping(const CsvMapping& mapping)
{
    CsvMappingFile out;
    out.encoding = mapping.encoding;
    out.delimiter = mapping.delimiter;
    for (int i = 0; i < mapping.header.size(); ++i)
        out.columns << qMakePair(mapping.header.at(i), mapping.targets.value(i));
    return out;
}

QByteArray CsvMappingFile::toJson() const
{
    QJsonObject o;
    if (!encoding.isEmpty())
        o.insert(QLatin1String("encoding"), encoding);
    if (!delimiter.isNull())
        o.insert(QLatin1String("delimiter"), delimiterText(delimiter));
    QJsonObject map;
    for (const auto& [header, target] : columns)
        map.insert(header, target.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(target));
    o.insert(QLatin1String("columns"), map);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<void> CsvMappingFile::write(const QString& filePath) const
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        return fileError(filePath,
            QCoreApplication::translate("CsvMapping", "cannot write the mapping file: %1")
                .arg(file.errorString()));
    return {};
}

Result<CsvMapping> CsvMappingFile::apply(const QString& entity, const QStringList& header) const
{
    CsvMapping mapping = CsvMapping::autoMatch(entity, header);
    mapping.encoding = encoding;
    mapping.delimiter = delimiter;
    const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    for (const auto& [column, target] : columns) {
        QString canonical;
        if (!target.isEmpty()) {
            canonical = CsvMapping::canonicalTarget(entity, target);
            if (canonical.isEmpty())
                return fileError(name,
                    QCoreApplication::translate(
                        "CsvMapping", "“%1” is not a field a %2 column can be imported into")
                        .arg(target, entity),
                    0, column);
        }
        qsizetype index = header.indexOf(column);
        for (qsizetype i = 0; index < 0 && i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(column.trimmed(), Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (index >= 0)
            mapping.targets[index] = canonical;
    }
    return mapping;
}

} // namespace tandem
