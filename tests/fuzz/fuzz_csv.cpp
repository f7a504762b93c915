// libFuzzer target: CsvReader on any bytes, then what an import does with the table without
// writing (the contact cards, and the dry-run plan of a company and a deal import).
#include "FuzzSupport.h"

#include "io/CsvContacts.h"
#include "io/CsvMapping.h"
#include "io/CsvReader.h"
#include "io/RecordCsvImport.h"
#include "store/Session.h"
#include "store/Transaction.h"

#include <QLocale>
#include <cstddef>
#include <cstdint>

using namespace tandem;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialise(argc, argv);
    fuzz::session(); // set up once, outside the timed runs
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    CsvReadOptions options;
    options.fileName = QStringLiteral("fuzz.csv");
    const auto table = CsvReader::read(bytes, options);
    if (!table)
        return 0;

    // Lithuanian: ';' files with decimal commas and day.month dates, as the seeds are written.
    const LocaleValues values(QLocale(QLocale::Lithuanian, QLocale::Lithuania));
    const CsvMapping contacts = CsvMapping::autoMatch(QStringLiteral("contact"), table->header);
    (void)CsvContacts::toCards(*table, contacts, values);

    Session& session = fuzz::session();
    Transaction kept(session.database()); // never committed: every input sees the same data
    ImportOptions import;
    import.dryRun = true;
    import.duplicates = DuplicatePolicy::Update;
    import.fileName = options.fileName;
    const QStringList entities { QStringLiteral("company"), QStringLiteral("deal") };
    for (const QString& entity : entities) {
        const CsvMapping mapping = CsvMapping::autoMatch(entity, table->header);
        (void)RecordCsvImport::run(session, *table, mapping, import, values);
    }
    return 0;
}
