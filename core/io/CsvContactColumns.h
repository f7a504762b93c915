// The columns a contacts CSV can have: the contact targets, and the headers that Google Contacts
// (old and new exports), Outlook and common spreadsheets use for them.
#pragma once

#include <QList>
#include <QString>

namespace tandem::CsvContactColumns {

struct Target {
    const char* name;
    const char* label; // untranslated; context "Field"
    bool repeatable;
};

// Every fixed contact target, in the order a GUI lists them.
const QList<Target>& targets();
const Target* find(const QString& name);

// The target a known header stands for, by CsvMapping::matchKey of the header; empty if none.
QString knownHeader(const QString& key);

// Google's numbered columns: "Phone 2 - Value" → "phone:2:value", "Address 1 - Postal Code" →
// "address:1:postcode", "Organization 1 - Name" → "company"; empty when the header is not one.
QString numberedColumn(const QString& header);
bool isNumberedTarget(const QString& target);
QString numberedLabel(const QString& target); // translated

// Other spellings a mapping file may use: "owner" → "owner_id", "categories" → "tags".
QString canonicalName(const QString& name);

} // namespace tandem::CsvContactColumns
