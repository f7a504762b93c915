#include "sync/Bundle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <sodium.h>

namespace tandem {

namespace {

const QByteArray kMagic("TANDEMB\x01", 8);
constexpr int kHashBytes = crypto_generichash_BYTES; // 32
constexpr int kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr quint64 kMaxInflateRatio = 1032; // deflate at best codes a 258-byte match in 2 bits

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray hashOf(const QByteArray& data)
{
    QByteArray out(kHashBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), kHashBytes,
        reinterpret_cast<const unsigned char*>(data.constData()), quint64(data.size()), nullptr, 0);
    return out;
}

QByteArray keyFrom(const QString& passphrase, const QByteArray& salt)
{
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, '\0');
    const QByteArray pw = passphrase.toUtf8();
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), quint64(key.size()),
            pw.constData(), quint64(pw.size()),
            reinterpret_cast<const unsigned char*>(salt.constData()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return key;
}

// qUncompress allocates the size a payload announces before inflating anything: a size deflate
// cannot reach (at most 1032:1) is damage, not a reason to ask for gigabytes. Empty if damaged.
QByteArray inflate(const QByteArray& payload)
{
    if (payload.size() < 4
        || qFromBigEndian<quint32>(payload.constData())
            > quint64(payload.size() - 4) * kMaxInflateRatio)
        return {};
    return qUncompress(payload);
}

QJsonValue valueToJson(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (v.metaType().id()) {
    case QMetaType::QByteArray:
        return QJsonObject { { QStringLiteral("b64"),
            QString::fromLatin1(v.toByteArray().toBase64()) } };
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

QVariant valueFromJson(const QJsonValue& j)
{
    if (j.isNull() || j.isUndefined())
        return QVariant();
    if (j.isObject())
        return QByteArray::fromBase64(
            j.toObject().value(QStringLiteral("b64")).toString().toLatin1());
    if (j.isDouble())
        return QVariant(qint64(j.toDouble()));
    return QVariant(j.toString());
}

QJsonObject changeToJson(const Change& c)
{
    QJsonObject o { { QStringLiteral("h"), QString::number(c.hlc, 16) },
        { QStringLiteral("s"), c.siteId }, { QStringLiteral("e"), c.entity },
        { QStringLiteral("r"), c.recordId }, { QStringLiteral("o"), changeOpName(c.op) } };
    if (!c.userId.isEmpty())
        o.insert(QStringLiteral("u"), c.userId);
    if (!c.field.isEmpty())
        o.insert(QStringLiteral("f"), c.field);
    if (c.value.isValid() && !c.value.isNull())
        o.insert(QStringLiteral("v"), valueToJson(c.value));
    if (!c.prev.isEmpty())
        o.insert(QStringLiteral("p"), QJsonArray::fromStringList(c.prev));
    return o;
}

Result<Change> changeFromJson(const QJsonObject& o, int index, const QString& file)
{
    Change c;
    bool ok = false;
    c.hlc = o.value(QStringLiteral("h")).toString().toULongLong(&ok, 16);
    c.siteId = o.value(QStringLiteral("s")).toString();
    c.entity = o.value(QStringLiteral("e")).toString();
    c.recordId = o.value(QStringLiteral("r")).toString();
    c.userId = o.value(QStringLiteral("u")).toString();
    c.field = o.value(QStringLiteral("f")).toString();
    c.value = valueFromJson(o.value(QStringLiteral("v")));
    for (const QJsonValue& p : o.value(QStringLiteral("p")).toArray())
        c.prev << p.toString();
    const QString op = o.value(QStringLiteral("o")).toString();
    static const QStringList ops { QStringLiteral("create"), QStringLiteral("set"),
        QStringLiteral("delete"), QStringLiteral("restore") };
    if (!ok || c.siteId.isEmpty() || c.entity.isEmpty() || c.recordId.isEmpty() || !ops.contains(op)
        || (op == QLatin1String("set") && c.field.isEmpty()))
        return Error {
            QCoreApplication::translate("Bundle", "change %1 is incomplete").arg(index + 1), file,
            0, {}
        };
    c.op = op == QLatin1String("create") ? ChangeOp::Create
        : op == QLatin1String("set")     ? ChangeOp::Set
        : op == QLatin1String("delete")  ? ChangeOp::Delete
                                         : ChangeOp::Restore;
    return c;
}

} // namespace

int BundleFormat::currentVersion()
{
    return 1;
}

// Layout: magic (8) | header length (4, big endian) | header JSON | payload | BLAKE2b of all before
// (32). The payload is zlib-compressed JSON of the changes; encrypted, it is salt | nonce |
// ciphertext, with the magic, length and header as associated data.
Result<QByteArray> BundleFormat::encode(const Bundle& bundle, const QString& passphrase)
{
    if (!sodiumReady())
        return makeError(
            QCoreApplication::translate("Bundle", "The encryption library could not be started."));
    QJsonArray changes;
    for (const Change& c : bundle.changes)
        changes.append(changeToJson(c));
    const QByteArray plain = qCompress(QJsonDocument(changes).toJson(QJsonDocument::Compact), 6);

    const BundleHeader& h = bundle.header;
    QJsonObject header { { QStringLiteral("format"), currentVersion() },
        { QStringLiteral("schema"), h.schemaVersion }, { QStringLiteral("app"), h.appVersion },
        { QStringLiteral("site"), h.siteId }, { QStringLiteral("vector"), vectorToJson(h.vector) },
        { QStringLiteral("created_at"), h.createdAt },
        { QStringLiteral("changes"), int(bundle.changes.size()) },
        { QStringLiteral("encrypted"), !passphrase.isEmpty() } };
    // Older readers ignore keys they do not know, so the scope is only written when set.
    if (!h.scope.isAll())
        header.insert(QStringLiteral("scope"), h.scope.toJson());
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray out = kMagic;
    char len[4];
    qToBigEndian(quint32(headerBytes.size()), len);
    out.append(len, 4);
    out += headerBytes;

    if (passphrase.isEmpty()) {
        out += plain;
    } else {
        QByteArray salt(kSaltBytes, '\0');
        QByteArray nonce(kNonceBytes, '\0');
        randombytes_buf(salt.data(), size_t(salt.size()));
        randombytes_buf(nonce.data(), size_t(nonce.size()));
        const QByteArray key = keyFrom(passphrase, salt);
        if (key.isEmpty())
            return makeError(
                QCoreApplication::translate("Bundle", "Not enough memory to derive the team key."));
        QByteArray cipher(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
        unsigned long long cipherLen = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(cipher.data()),
            &cipherLen, reinterpret_cast<const unsigned char*>(plain.constData()),
            quint64(plain.size()), reinterpret_cast<const unsigned char*>(out.constData()),
            quint64(out.size()), nullptr, reinterpret_cast<const unsigned char*>(nonce.constData()),
            reinterpret_cast<const unsigned char*>(key.constData()));
        cipher.resize(qsizetype(cipherLen));
        out += salt + nonce + cipher;
    }
    out += hashOf(out);
    return out;
}

Result<Bundle> BundleFormat::decode(
    const QByteArray& bytes, const QString& passphrase, const QString& file)
{
    if (!sodiumReady())
        return makeError(
            QCoreApplication::translate("Bundle", "The encryption library could not be started."));
    if (!bytes.startsWith(kMagic)) {
        if (bytes.startsWith(QByteArray("TANDEMB", 7)))
            return Error {
                QCoreApplication::translate("Bundle",
                    "This bundle was written in a newer sync format; update Tandem to read it. "
                    "Nothing was imported."),
                file, 0, {}
            };
        return Error { QCoreApplication::translate(
                           "Bundle", "This is not a Tandem sync bundle. Nothing was imported."),
            file, 0, {} };
    }
    if (bytes.size() < kMagic.size() + 4 + kHashBytes)
        return Error { QCoreApplication::translate("Bundle",
                           "The bundle is damaged or truncated (it may still be copying). Nothing "
                           "was imported."),
            file, 0, {} };
    const QByteArray body = bytes.left(bytes.size() - kHashBytes);
    if (hashOf(body) != bytes.right(kHashBytes))
        return Error { QCoreApplication::translate("Bundle",
                           "The bundle is damaged or truncated (its integrity check failed). "
                           "Nothing was imported."),
            file, 0, {} };
    const quint32 headerLen = qFromBigEndian<quint32>(body.constData() + kMagic.size());
    const qsizetype headerStart = kMagic.size() + 4;
    if (headerLen > quint32(body.size() - headerStart))
        return Error { QCoreApplication::translate(
                           "Bundle", "The bundle's header is damaged. Nothing was imported."),
            file, 0, {} };
    const QByteArray headerBytes = body.mid(headerStart, headerLen);
    QJsonParseError perr;
    const QJsonObject header = QJsonDocument::fromJson(headerBytes, &perr).object();
    if (perr.error != QJsonParseError::NoError)
        return Error { QCoreApplication::translate(
                           "Bundle", "The bundle's header is damaged. Nothing was imported."),
            file, 0, {} };

    Bundle b;
    BundleHeader& h = b.header;
    h.formatVersion = header.value(QStringLiteral("format")).toInt();
    h.schemaVersion = header.value(QStringLiteral("schema")).toInt();
    h.appVersion = header.value(QStringLiteral("app")).toString();
    h.siteId = header.value(QStringLiteral("site")).toString();
    h.vector = vectorFromJson(header.value(QStringLiteral("vector")).toObject());
    h.createdAt = header.value(QStringLiteral("created_at")).toString();
    h.changeCount = header.value(QStringLiteral("changes")).toInt();
    h.encrypted = header.value(QStringLiteral("encrypted")).toBool();
    h.scope = SyncScope::fromJson(header.value(QStringLiteral("scope")).toObject());
    if (h.formatVersion > currentVersion())
        return Error { QCoreApplication::translate("Bundle",
                           "This bundle was written by Tandem %1 in a newer sync format; update "
                           "Tandem to read it. "
                           "Nothing was imported.")
                           .arg(h.appVersion),
            file, 0, {} };

    QByteArray payload = body.mid(headerStart + headerLen);
    if (h.encrypted) {
        if (passphrase.isEmpty())
            return Error { QCoreApplication::translate("Bundle",
                               "This bundle is encrypted with a team passphrase; set the "
                               "passphrase to import it. "
                               "Nothing was imported."),
                file, 0, {} };
        if (payload.size()
            < kSaltBytes + kNonceBytes + int(crypto_aead_xchacha20poly1305_ietf_ABYTES))
            return Error { QCoreApplication::translate(
                               "Bundle", "The bundle is truncated. Nothing was imported."),
                file, 0, {} };
        const QByteArray salt = payload.left(kSaltBytes);
        const QByteArray nonce = payload.mid(kSaltBytes, kNonceBytes);
        const QByteArray cipher = payload.mid(kSaltBytes + kNonceBytes);
        const QByteArray key = keyFrom(passphrase, salt);
        QByteArray plain(cipher.size(), '\0');
        unsigned long long plainLen = 0;
        const QByteArray ad = body.left(headerStart + headerLen);
        if (key.isEmpty()
            || crypto_aead_xchacha20poly1305_ietf_decrypt(
                   reinterpret_cast<unsigned char*>(plain.data()), &plainLen, nullptr,
                   reinterpret_cast<const unsigned char*>(cipher.constData()),
                   quint64(cipher.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
                   quint64(ad.size()), reinterpret_cast<const unsigned char*>(nonce.constData()),
                   reinterpret_cast<const unsigned char*>(key.constData()))
                != 0)
            return Error { QCoreApplication::translate("Bundle",
                               "This bundle is from another team or was altered: it does not open "
                               "with this team's "
                               "passphrase. Nothing was imported."),
                file, 0, {} };
        plain.resize(qsizetype(plainLen));
        payload = plain;
    } else if (!passphrase.isEmpty()) {
        return Error { QCoreApplication::translate("Bundle",
                           "This bundle is not encrypted, but this team requires a passphrase. "
                           "Nothing was imported."),
            file, 0, {} };
    }

    const QByteArray json = inflate(payload);
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (json.isEmpty() || perr.error != QJsonParseError::NoError || !doc.isArray())
        return Error { QCoreApplication::translate(
                           "Bundle", "The bundle's changes are damaged. Nothing was imported."),
            file, 0, {} };
    const QJsonArray changes = doc.array();
    if (changes.size() != h.changeCount)
        return Error { QCoreApplication::translate("Bundle",
                           "The bundle is incomplete: it holds %1 of the %2 changes its header "
                           "announces. Nothing was imported.")
                           .arg(changes.size())
                           .arg(h.changeCount),
            file, 0, {} };
    for (int i = 0; i < changes.size(); ++i) {
        auto c = changeFromJson(changes.at(i).toObject(), i, file);
        if (!c)
            return c.error();
        b.changes << *c;
    }
    return b;
}

} // namespace tandem
