// libFuzzer target: the sync bundle reader (BundleFormat::decode), past its integrity check
// (see BundleFraming.h), then applying what it read to a database as `sync import` does.
#include "BundleFraming.h"
#include "FuzzSupport.h"

#include "store/Session.h"
#include "store/Transaction.h"
#include "sync/Bundle.h"
#include "sync/SyncService.h"

#include <cstddef>
#include <cstdint>

using namespace tandem;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialise(argc, argv);
    fuzz::session();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    // No passphrase: an encrypted bundle is refused before its payload, and decrypting needs an
    // Argon2id key per input (far too slow here); after decryption the payload is read by the
    // same code as a plain one's, which this reaches.
    const auto bundle = BundleFormat::decode(fuzz::bundleFile(input), {}, QStringLiteral("fuzz"));
    if (!bundle)
        return 0;
    Session& session = fuzz::session();
    Transaction kept(session.database()); // never committed: every input sees the same data
    SyncService sync(session);
    (void)sync.importBundle(*bundle, QStringLiteral("fuzz"));
    return 0;
}
