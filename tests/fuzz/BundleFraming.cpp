#include "BundleFraming.h"

#include <QtEndian>
#include <sodium.h>

namespace tandem::fuzz {

namespace {

const QByteArray kMagic("TANDEMB\x01", 8);
constexpr qsizetype kCheckBytes = crypto_generichash_BYTES;

// The bundle's integrity check: BLAKE2b-256 of everything before it (see core/sync/Bundle.cpp).
QByteArray sealed(const QByteArray& body)
{
    QByteArray check(kCheckBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(check.data()), size_t(check.size()),
        reinterpret_cast<const unsigned char*>(body.constData()), quint64(body.size()), nullptr, 0);
    return body + check;
}

} // namespace

QByteArray bundleFile(const QByteArray& input)
{
    if (input.isEmpty())
        return {};
    const QByteArray rest = input.mid(1);
    switch (BundleFraming(quint8(input.at(0)) % 3)) {
    case BundleFraming::Raw:
        return rest;
    case BundleFraming::Sealed:
        return sealed(rest);
    case BundleFraming::Parts:
        break;
    }
    const qsizetype split = rest.indexOf('\n');
    const QByteArray header = split < 0 ? rest : rest.left(split);
    const QByteArray changes = split < 0 ? QByteArray() : rest.mid(split + 1);
    char length[4];
    qToBigEndian(quint32(header.size()), length);
    return sealed(kMagic + QByteArray(length, 4) + header + qCompress(changes, 1));
}

QByteArray framed(BundleFraming framing, const QByteArray& file)
{
    const QByteArray tag(1, char(framing));
    switch (framing) {
    case BundleFraming::Raw:
        return tag + file;
    case BundleFraming::Sealed:
        return tag + file.left(file.size() - kCheckBytes);
    case BundleFraming::Parts:
        break;
    }
    // Only for a plain bundle: its header, then its changes uncompressed.
    const qsizetype headerStart = kMagic.size() + 4;
    if (file.size() < headerStart + kCheckBytes)
        return {};
    const quint32 headerLength = qFromBigEndian<quint32>(file.constData() + kMagic.size());
    const QByteArray header = file.mid(headerStart, qsizetype(headerLength));
    const QByteArray payload = file.mid(headerStart + headerLength,
        file.size() - kCheckBytes - headerStart - qsizetype(headerLength));
    return tag + header + '\n' + qUncompress(payload);
}

} // namespace tandem::fuzz
