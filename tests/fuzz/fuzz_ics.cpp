// libFuzzer target: IcsReader on any bytes, then what the calendar import does with a repeating
// item's rule (its last occurrence, the occurrences of a year, the sentence shown for it).
#include "FuzzSupport.h"

#include "domain/Recurrence.h"
#include "io/IcsReader.h"

#include <QTimeZone>
#include <cstddef>
#include <cstdint>

using namespace tandem;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QTimeZone floating("Europe/Vilnius");
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const IcsReadResult read = IcsReader::read(bytes, QStringLiteral("fuzz.ics"), floating);
    const QDateTime from(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (const IcsItem& item : read.items) {
        if (!item.ok() || item.rrule.isEmpty() || !item.start.isValid())
            continue;
        const auto rule = Recurrence::parse(item.rrule);
        if (!rule)
            continue;
        const QTimeZone zone = Recurrence::zoneNamed(item.timeZone);
        const QDateTime start = item.start.toTimeZone(zone);
        (void)Recurrence::lastOccurrence(*rule, start);
        (void)Recurrence::occurrences(*rule, start, from, from.addYears(1), item.exdates, 400);
        (void)Recurrence::describe(*rule);
    }
    return 0;
}
