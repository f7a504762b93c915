// Writes ContactCards as vCard 3.0 (RFC 2426) or 4.0 (RFC 6350), kept plain so that Thunderbird,
// Google Contacts and Apple Contacts all import them.
#pragma once

#include "io/ContactCard.h"

#include <QByteArray>
#include <QList>

namespace tandem {

enum class VCardVersion { V3, V4 };

namespace VCardWriter {

// UTF-8, CRLF line ends, lines folded at 75 octets. Apple Contacts reads 3.0 more completely than
// 4.0; Thunderbird and Google Contacts read both.
QByteArray write(const QList<ContactCard>& cards, VCardVersion version = VCardVersion::V4);

} // namespace VCardWriter

} // namespace tandem
