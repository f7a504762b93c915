// Turns the rows of a contacts CSV into ContactCards through a column mapping, for ContactImport.
#pragma once

#include "io/ContactCard.h"
#include "io/CsvMapping.h"
#include "io/CsvReader.h"
#include "io/LocaleValues.h"

namespace tandem::CsvContacts {

// One card per row, ContactCard::line = the row's line. A row with neither a name nor an e-mail
// address, or with a value that cannot be read (a birthday, a consent, a status), is an Error
// naming the file, the line and the column, and gives no card. The table's own errors (ragged
// rows) come first. Dates, yes/no and choice labels are read in `values`' locale (or ISO) and
// put in ContactCard::extra in canonical form (ISO dates, true/false, choice keys); the owner stays
// as written (a user's name or id).
CardReadResult toCards(
    const CsvTable& table, const CsvMapping& mapping, const LocaleValues& values = LocaleValues());

// Google's "Group Membership"/"Labels" and Outlook's "Categories" as tag names: split on ":::",
// ";" and ",", without Google's system groups ("* myContacts", "System Group: …").
QStringList categories(const QString& text);

} // namespace tandem::CsvContacts
