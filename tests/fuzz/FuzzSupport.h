// What the fuzz targets share: a QCoreApplication made once, and a small set-up database for the
// stages after parsing (CSV import planning, applying a bundle) inside a transaction never kept.
#pragma once

#include <QByteArray>
#include <QString>

namespace tandem {
class Session;
}

namespace tandem::fuzz {

// Creates the QCoreApplication (Qt SQL and translations want one); call from LLVMFuzzerInitialize.
void initialise(int* argc, char*** argv);

// A database set up like `tandem-cli init` with two companies in it, made on first use in a
// temporary folder. Work on it inside a Transaction that is never committed, so every input sees
// the same data.
Session& session();

} // namespace tandem::fuzz
