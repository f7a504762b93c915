#include "documents/Materials.h"

#include "domain/AttachmentContent.h"
#include "domain/EntitySchema.h"
#include "domain/Record.h"
#include "store/Session.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace tandem {

namespace {

const QString kAttachment = QStringLiteral("attachment");
const QString kMaterial = QStringLiteral("material");

// tr() in the context the translation files hold this file's strings under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Materials)
};

Error refusal(const QString& message, const QString& file = {}, const QString& field = {})
{
    return Error { message, file, 0, field };
}

Result<void> checkContent(const QString& name, const QByteArray& content)
{
    if (content.isEmpty())
        return refusal(Text::tr("“%1” is empty; there is nothing to keep.").arg(name), name);
    if (content.size() > Materials::kMaxBytes)
        return refusal(Text::tr("“%1” is %2; the library takes files up to %3.")
                           .arg(name, QLocale().formattedDataSize(content.size()),
                               QLocale().formattedDataSize(Materials::kMaxBytes)),
            name);
    return {};
}

QVariantMap contentValues(const QString& name, const QByteArray& content)
{
    return AttachmentContent::values(
        content, QMimeDatabase().mimeTypeForFileNameAndData(name, content).name());
}

// A library file (not a copy on a deal), or the refusal naming the id.
Result<Record> libraryFile(Session& session, const QString& id)
{
    const auto r = session.records().get(kAttachment, id.trimmed().toLower());
    if (!r || r->text(QStringLiteral("kind")) != kMaterial
        || !r->text(QStringLiteral("entity")).isEmpty())
        return refusal(Text::tr("There is no file with id %1 in the sales materials library.")
                           .arg(id.trimmed()));
    return *r;
}

QString cleanName(const QString& name)
{
    return QFileInfo(name.trimmed()).fileName().trimmed();
}

// Every word of the search must start a word of the name or the tags, folded.
bool matches(const Material& m, const QStringList& words)
{
    static const QRegularExpression split(QStringLiteral("[^\\w]+"));
    const QStringList haystack
        = foldForSearch(m.name + QLatin1Char(' ') + m.tags.join(QLatin1Char(' ')))
              .split(split, Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const bool found = std::any_of(haystack.begin(), haystack.end(),
            [&word](const QString& w) { return w.startsWith(word); });
        if (!found)
            return false;
    }
    return true;
}

// A copy of a material on a deal (and quote): what it was, sent to nobody yet.
Result<QString> copyOf(
    Session& session, const Record& file, const QString& dealId, const QString& quoteId)
{
    QVariantMap values = EntitySchema::copyableValues(file.fields);
    values.insert(QStringLiteral("entity"), QStringLiteral("deal"));
    values.insert(QStringLiteral("record_id"), dealId);
    values.insert(QStringLiteral("quote_id"), quoteId.isEmpty() ? QVariant() : QVariant(quoteId));
    for (const char* f : { "sent_at", "sent_by", "sent_to" })
        values.remove(QString::fromLatin1(f));
    return session.records().create(kAttachment, values);
}

} // namespace

QStringList Materials::parseTags(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList tags;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.simplified().replace(spaces, QStringLiteral(" ")).toLower();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    tags.sort();
    return tags;
}

QString Materials::joinTags(const QStringList& tags)
{
    return parseTags(tags.join(QLatin1Char(','))).join(QStringLiteral(", "));
}

Result<QString> Materials::add(
    Session& session, const QString& name, const QByteArray& content, const QStringList& tags)
{
    const QString clean = cleanName(name);
    if (clean.isEmpty())
        return refusal(Text::tr("A file in the library needs a name."), {}, QStringLiteral("name"));
    if (auto r = checkContent(clean, content); !r)
        return r.error();
    QVariantMap values = contentValues(clean, content);
    values.insert(QStringLiteral("name"), clean);
    values.insert(QStringLiteral("kind"), kMaterial);
    values.insert(QStringLiteral("tags"), joinTags(tags));
    return session.records().create(kAttachment, values);
}

Result<QString> Materials::addFile(Session& session, const QString& path, const QStringList& tags)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refusal(Text::tr("“%1” cannot be read: %2").arg(path, file.errorString()), path);
    if (file.size() > kMaxBytes)
        return refusal(Text::tr("“%1” is %2; the library takes files up to %3.")
                           .arg(path, QLocale().formattedDataSize(file.size()),
                               QLocale().formattedDataSize(kMaxBytes)),
            path);
    const QByteArray content = file.readAll();
    if (content.isEmpty())
        return refusal(Text::tr("“%1” is empty; there is nothing to keep.").arg(path), path);
    return add(session, QFileInfo(path).fileName(), content, tags);
}

Result<void> Materials::replace(
    Session& session, const QString& id, const QString& name, const QByteArray& content)
{
    const auto file = libraryFile(session, id);
    if (!file)
        return file.error();
    const QString clean
        = name.trimmed().isEmpty() ? file->text(QStringLiteral("name")) : cleanName(name);
    if (auto r = checkContent(clean, content); !r)
        return r;
    QVariantMap values = contentValues(clean, content);
    values.insert(QStringLiteral("name"), clean);
    return session.records().update(kAttachment, file->id, values);
}

Result<void> Materials::setTags(Session& session, const QString& id, const QStringList& tags)
{
    const auto file = libraryFile(session, id);
    if (!file)
        return file.error();
    return session.records().update(
        kAttachment, file->id, { { QStringLiteral("tags"), joinTags(tags) } });
}

Result<void> Materials::rename(Session& session, const QString& id, const QString& name)
{
    const auto file = libraryFile(session, id);
    if (!file)
        return file.error();
    const QString clean = cleanName(name);
    if (clean.isEmpty())
        return refusal(Text::tr("A file in the library needs a name."), {}, QStringLiteral("name"));
    return session.records().update(kAttachment, file->id, { { QStringLiteral("name"), clean } });
}

Result<void> Materials::remove(Session& session, const QString& id)
{
    const auto file = libraryFile(session, id);
    if (!file)
        return file.error();
    return session.records().remove(kAttachment, file->id);
}

QList<Material> Materials::library(Session& session, const QString& search)
{
    auto all = MaterialQueries::library(session.database());
    if (!all)
        return {};
    static const QRegularExpression split(QStringLiteral("[^\\w]+"));
    const QStringList words = foldForSearch(search).split(split, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return *all;
    QList<Material> found;
    for (const Material& m : *all) {
        if (matches(m, words))
            found << m;
    }
    return found;
}

QStringList Materials::tags(Session& session)
{
    QStringList all;
    for (const Material& m : library(session))
        all << m.tags;
    all.removeDuplicates();
    all.sort();
    return all;
}

Result<Material> Materials::get(Session& session, const QString& id)
{
    const auto r = session.records().get(kAttachment, id.trimmed().toLower());
    if (!r || r->text(QStringLiteral("kind")) != kMaterial)
        return refusal(Text::tr("There is no sales material with id %1.").arg(id.trimmed()));
    Material m;
    m.id = r->id;
    m.name = r->text(QStringLiteral("name"));
    m.tags = parseTags(r->text(QStringLiteral("tags")));
    m.mimeType = r->text(QStringLiteral("mime_type"));
    m.size = r->value(QStringLiteral("size")).toLongLong();
    m.createdAt = r->text(QStringLiteral("created_at"));
    m.createdBy = r->text(QStringLiteral("created_by"));
    if (r->text(QStringLiteral("entity")) == QLatin1String("deal"))
        m.dealId = r->text(QStringLiteral("record_id"));
    m.quoteId = r->text(QStringLiteral("quote_id"));
    m.sha256 = r->text(QStringLiteral("sha256"));
    return m;
}

Result<QByteArray> Materials::content(Session& session, const QString& id)
{
    const auto r = session.records().get(kAttachment, id.trimmed().toLower());
    if (!r || r->text(QStringLiteral("kind")) != kMaterial)
        return refusal(Text::tr("There is no sales material with id %1.").arg(id.trimmed()));
    return r->value(QStringLiteral("content")).toByteArray();
}

Result<QString> Materials::attach(
    Session& session, const QString& materialId, const QString& dealId, const QString& quoteId)
{
    RecordStore& rs = session.records();
    const auto file = libraryFile(session, materialId);
    if (!file)
        return file.error();
    const auto deal = rs.get(QStringLiteral("deal"), dealId.trimmed().toLower());
    if (!deal)
        return refusal(Text::tr("There is no deal with id %1.").arg(dealId.trimmed()), {},
            QStringLiteral("deal_id"));
    QString quote;
    if (!quoteId.trimmed().isEmpty()) {
        const auto q = rs.get(QStringLiteral("quote"), quoteId.trimmed().toLower());
        if (!q)
            return refusal(Text::tr("There is no quote with id %1.").arg(quoteId.trimmed()), {},
                QStringLiteral("quote_id"));
        if (q->text(QStringLiteral("deal_id")) != deal->id)
            return refusal(Text::tr("Quote %1 belongs to another deal.")
                               .arg(q->text(QStringLiteral("number"))),
                {}, QStringLiteral("quote_id"));
        quote = q->id;
    }
    const QString sha = file->text(QStringLiteral("sha256"));
    auto existing = MaterialQueries::copyOn(session.database(), sha, deal->id, quote);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return *existing;
    return copyOf(session, *file, deal->id, quote);
}

Result<void> Materials::carryOver(
    Session& session, const QString& fromQuoteId, const QString& toQuoteId)
{
    const auto to = session.records().get(QStringLiteral("quote"), toQuoteId);
    if (!to)
        return refusal(Text::tr("There is no quote with id %1.").arg(toQuoteId), {},
            QStringLiteral("quote_id"));
    for (const Material& m : attachedToQuote(session, fromQuoteId)) {
        const auto copy = session.records().get(kAttachment, m.id);
        if (!copy)
            continue;
        auto id = copyOf(session, *copy, to->text(QStringLiteral("deal_id")), to->id);
        if (!id)
            return id.error();
    }
    return {};
}

QList<Material> Materials::attachedToQuote(Session& session, const QString& quoteId)
{
    auto list = MaterialQueries::ofQuote(session.database(), quoteId.trimmed().toLower());
    return list ? *list : QList<Material>();
}

} // namespace tandem
