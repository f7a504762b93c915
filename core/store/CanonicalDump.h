// A deterministic JSON text of all live data: equal data gives equal bytes, whatever the history.
#pragma once

#include <QByteArray>

namespace tandem {

class RecordStore;

QByteArray canonicalDump(const RecordStore& records);

} // namespace tandem
