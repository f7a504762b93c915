// Reads vCard 2.1, 3.0 and 4.0 files (Outlook, Apple Contacts, Google Contacts, Thunderbird …)
// into ContactCards; a card it cannot read becomes an Error naming file, line and property.
#pragma once

#include "io/ContactCard.h"

#include <QByteArray>
#include <QString>

namespace tandem::VCardReader {

// Reads every card in `data`. A card it cannot read becomes one Error naming `fileName`, the line
// and the property (field); the other cards are still returned. Never stops at the first error.
CardReadResult read(const QByteArray& data, const QString& fileName);

// read() on a file's bytes; a file that cannot be opened gives one Error naming it.
CardReadResult readFile(const QString& path);

} // namespace tandem::VCardReader
