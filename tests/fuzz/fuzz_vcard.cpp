// libFuzzer target: VCardReader on any bytes (vCard 2.1, 3.0 and 4.0, any encoding).
#include "FuzzSupport.h"

#include "io/VCardReader.h"

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
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)VCardReader::read(bytes, QStringLiteral("fuzz.vcf"));
    return 0;
}
