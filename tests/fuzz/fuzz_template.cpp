// libFuzzer target: MergeTemplate on any text (a team's own templates are files anyone can edit),
// merged with a context holding scalars, nested maps and a list.
#include "FuzzSupport.h"

#include "documents/MergeTemplate.h"

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
    static const QVariantMap context {
        { QStringLiteral("company"),
            QVariantMap { { QStringLiteral("name"), QStringLiteral("UAB <Ąžuolas> & Co") } } },
        { QStringLiteral("lines"),
            QVariantList { QVariantMap { { QStringLiteral("net"), QStringLiteral("1 234,50") } },
                QVariantMap { { QStringLiteral("net"), QString() } } } },
        { QStringLiteral("flag"), true },
        { QStringLiteral("empty"), QVariantList() },
    };
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)MergeTemplate::render(text, context, QStringLiteral("fuzz.html"));
    return 0;
}
