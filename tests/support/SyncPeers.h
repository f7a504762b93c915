// Several copies of one database for sync tests: the first is set up, the others cloned by sync.
#pragma once

#include "TestDatabase.h"

#include "sync/SyncService.h"

#include <vector>

namespace tandem::test {

class SyncPeers {
public:
    // Copy 0 is initialised; copies 1..n-1 start empty and import copy 0's bundle. Each copy
    // gets its own user (created on copy 0) and a clock `skewMs` apart from the previous one.
    explicit SyncPeers(int copies, qint64 skewMs = 0);

    TestDatabase& at(int i) { return *m_copies.at(size_t(i)); }
    SyncService& sync(int i) { return *m_sync.at(size_t(i)); }
    int size() const { return int(m_copies.size()); }

    // `from`'s bundle with what `to` lacks (judged by what `to` last told `from`), imported into `to`.
    ImportStats send(int from, int to);
    // Everyone sends everything to everyone, twice: afterwards every copy has every change.
    void exchangeAll();
    QByteArray dump(int i);

private:
    std::vector<std::unique_ptr<TestDatabase>> m_copies;
    std::vector<std::unique_ptr<SyncService>> m_sync;
};

} // namespace tandem::test
