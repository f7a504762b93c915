#include "documents/Letterhead.h"

#include "domain/AttachmentContent.h"
#include "domain/Record.h"
#include "store/Session.h"
#include "store/Transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>

namespace tandem {

namespace {

const QString kAttachment = QStringLiteral("attachment");
const QString kLogoKey = QStringLiteral("company_logo");
const QString kAttachmentPrefix = QStringLiteral("attachment:");

QStringList nonEmptyLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

// The attachment id company_logo names, empty for an older value (a path) or none.
QString logoAttachmentId(Session& session)
{
    const QString value = session.setting(kLogoKey).trimmed();
    return value.startsWith(kAttachmentPrefix)
        ? value.mid(kAttachmentPrefix.size()).trimmed().toLower()
        : QString();
}

// Removes the attachment company_logo names now, when there is one (a replaced or removed logo).
Result<void> removeStoredLogo(Session& session)
{
    const QString id = logoAttachmentId(session);
    if (id.isEmpty() || !session.records().get(kAttachment, id))
        return {};
    return session.records().remove(kAttachment, id);
}

} // namespace

QImage Letterheads::readImage(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    return reader.read();
}

QStringList Letterheads::lines(Session& session)
{
    const QStringList override = nonEmptyLines(session.setting(QStringLiteral("letterhead")));
    if (!override.isEmpty())
        return override;
    QStringList lines = nonEmptyLines(session.setting(QStringLiteral("company_address")));
    QStringList contact;
    for (const char* key :
        { "company_vat_code", "company_phone", "company_email", "company_website" }) {
        const QString value = session.setting(QString::fromLatin1(key)).trimmed();
        if (!value.isEmpty())
            contact << value;
    }
    if (!contact.isEmpty())
        lines << contact.join(QStringLiteral(" · "));
    return lines;
}

Letterheads::Logo Letterheads::companyLogo(Session& session)
{
    const QString value = session.setting(kLogoKey).trimmed();
    if (value.isEmpty())
        return {};
    if (!value.startsWith(kAttachmentPrefix))
        return { readImage(value), value };
    const auto attachment = session.records().get(kAttachment, logoAttachmentId(session));
    if (!attachment)
        return { {}, {}, true }; // removed, or not synced to this computer yet
    return { QImage::fromData(attachment->value(QStringLiteral("content")).toByteArray()),
        attachment->text(QStringLiteral("name")), true };
}

DocumentPrinter::Letterhead Letterheads::team(Session& session, const QString& templateFolder)
{
    DocumentPrinter::Letterhead head;
    head.organisation = session.setting(QStringLiteral("company_name"));
    head.lines = lines(session);
    head.logo = companyLogo(session).image;
    if (head.logo.isNull() && !templateFolder.isEmpty()) {
        for (const char* name : { "logo.png", "logo.jpg" }) {
            const QString path = QDir(templateFolder).filePath(QString::fromLatin1(name));
            if (QFileInfo::exists(path) && head.logo.load(path))
                break;
        }
    }
    return head;
}

Result<void> Letterheads::setCompanyLogo(Session& session, const QImage& image, const QString& name)
{
    if (image.isNull())
        return Error { QCoreApplication::translate("Documents", "The logo is not an image."), name,
            0, kLogoKey };
    const QImage scaled = image.width() > kLogoMaxWidth
        ? image.scaledToWidth(kLogoMaxWidth, Qt::SmoothTransformation)
        : image;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    scaled.save(&buffer, "PNG");
    const QString base = QFileInfo(name.trimmed()).completeBaseName();
    Transaction tx(session.database());
    if (auto r = removeStoredLogo(session); !r)
        return r;
    QVariantMap values = AttachmentContent::values(png, QStringLiteral("image/png"));
    values.insert(QStringLiteral("name"),
        (base.isEmpty() ? QStringLiteral("logo") : base) + QStringLiteral(".png"));
    values.insert(QStringLiteral("kind"), QStringLiteral("photo"));
    auto id = session.records().create(kAttachment, values);
    if (!id)
        return id.error();
    if (auto r = session.setSetting(kLogoKey, kAttachmentPrefix + *id); !r)
        return r;
    return tx.commit();
}

Result<void> Letterheads::removeCompanyLogo(Session& session)
{
    if (session.setting(kLogoKey).isEmpty())
        return {};
    Transaction tx(session.database());
    if (auto r = removeStoredLogo(session); !r)
        return r;
    if (auto r = session.setSetting(kLogoKey, {}); !r)
        return r;
    return tx.commit();
}

} // namespace tandem
