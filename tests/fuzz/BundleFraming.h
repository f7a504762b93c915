// How fuzz_bundle turns its input into a bundle file, shared with the regression test: a random
// change almost never passes the bundle's integrity check, so the first byte can ask for one.
#pragma once

#include <QByteArray>

namespace tandem::fuzz {

enum class BundleFraming : char {
    Raw = 0, // the rest is the whole file as it is (magic, header, payload, check)
    Sealed = 1, // the rest is a file without its check; the correct BLAKE2b check is appended
    Parts = 2, // the rest is the header JSON, a newline, the changes JSON: compressed and sealed
};

// The bundle file an input stands for (the first byte, modulo 3, is the framing).
QByteArray bundleFile(const QByteArray& input);

// The inputs that stand for `file` in each framing, for a seed corpus or a test.
QByteArray framed(BundleFraming framing, const QByteArray& file);

} // namespace tandem::fuzz
