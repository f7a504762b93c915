#include "documents/DocumentTemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tandem::DocumentTemplates {

namespace {

const QString kShipped = QStringLiteral(":/templates");
const QString kSuffix = QStringLiteral(".html");

std::optional<QString> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

// "offer.lt.html" → {"offer", "lt"}; "offer-short.html" → {"offer-short", ""}.
std::pair<QString, QString> splitName(const QString& fileName)
{
    QString base = fileName.chopped(kSuffix.size());
    const qsizetype dot = base.lastIndexOf(QLatin1Char('.'));
    if (dot > 0 && languages().contains(base.mid(dot + 1)))
        return { base.left(dot), base.mid(dot + 1) };
    return { base, {} };
}

} // namespace

QList<DocumentKind> kinds()
{
    return { DocumentKind::Offer, DocumentKind::OrderConfirmation, DocumentKind::Contract,
        DocumentKind::Letter };
}

QString kindKey(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Offer:
        return QStringLiteral("offer");
    case DocumentKind::OrderConfirmation:
        return QStringLiteral("order");
    case DocumentKind::Contract:
        return QStringLiteral("contract");
    case DocumentKind::Letter:
        return QStringLiteral("letter");
    }
    return {};
}

std::optional<DocumentKind> kindFromKey(const QString& key)
{
    for (DocumentKind kind : kinds())
        if (kindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString kindLabel(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Offer:
        return QCoreApplication::translate("DocumentTemplates", "Offer");
    case DocumentKind::OrderConfirmation:
        return QCoreApplication::translate("DocumentTemplates", "Order confirmation");
    case DocumentKind::Contract:
        return QCoreApplication::translate("DocumentTemplates", "Contract");
    case DocumentKind::Letter:
        return QCoreApplication::translate("DocumentTemplates", "Letter");
    }
    return {};
}

QStringList languages()
{
    return { QStringLiteral("en"), QStringLiteral("lt"), QStringLiteral("pl"), QStringLiteral("uk"),
        QStringLiteral("ro"), QStringLiteral("ru") };
}

Result<Template> load(const QString& folder, const QString& name, const QString& language)
{
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language;
    // A name is a file's base name: nothing that could climb out of the folder.
    const bool plainName = !name.isEmpty() && !name.contains(QLatin1Char('/'))
        && !name.contains(QLatin1Char('\\')) && !name.startsWith(QLatin1Char('.'));
    if (plainName) {
        struct Candidate {
            QString path;
            QString language;
            bool shipped;
        };
        QList<Candidate> candidates;
        if (!folder.isEmpty()) {
            const QDir dir(folder);
            candidates.append(
                { dir.filePath(name + QLatin1Char('.') + lang + kSuffix), lang, false });
            candidates.append({ dir.filePath(name + kSuffix), QString(), false });
        }
        candidates.append(
            { kShipped + QLatin1Char('/') + name + QLatin1Char('.') + lang + kSuffix, lang, true });
        candidates.append({ kShipped + QLatin1Char('/') + name + QStringLiteral(".en") + kSuffix,
            QStringLiteral("en"), true });
        for (const Candidate& c : candidates) {
            if (auto text = readFile(c.path))
                return Template { name, c.language.isEmpty() ? lang : c.language, *text, c.path,
                    c.shipped };
        }
    }
    return makeError(QCoreApplication::translate("DocumentTemplates",
        "There is no document template \"%1\": neither %1.%2.html nor %1.html in %3, and none is "
        "shipped with Tandem.")
                         .arg(name, lang, QDir::toNativeSeparators(folder)));
}

QStringList available(const QString& folder)
{
    QStringList names;
    for (DocumentKind kind : kinds())
        names.append(kindKey(kind));
    if (!folder.isEmpty()) {
        const QStringList files = QDir(folder).entryList(
            { QStringLiteral("*.html") }, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString& file : files) {
            const QString name = splitName(file).first;
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
    }
    names.sort();
    return names;
}

Result<QStringList> exportDefaults(const QString& folder)
{
    const auto failed = [&](const QString& path, const QString& reason) {
        return Error { QCoreApplication::translate(
                           "DocumentTemplates", "cannot write the document template: %1")
                           .arg(reason),
            QDir::toNativeSeparators(path), 0, {} };
    };
    if (!QDir().mkpath(folder))
        return failed(folder,
            QCoreApplication::translate("DocumentTemplates", "the folder cannot be created"));
    QStringList written;
    const QStringList shipped
        = QDir(kShipped).entryList({ QStringLiteral("*.html") }, QDir::Files, QDir::Name);
    for (const QString& file : shipped) {
        const QString target = QDir(folder).filePath(file);
        if (QFileInfo::exists(target))
            continue; // the user's own edits win
        QFile source(kShipped + QLatin1Char('/') + file);
        if (!source.open(QIODevice::ReadOnly))
            return failed(source.fileName(), source.errorString());
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            return failed(target, out.errorString());
        out.write(source.readAll());
        if (!out.commit())
            return failed(target, out.errorString());
        written.append(target);
    }
    return written;
}

} // namespace tandem::DocumentTemplates
