// An open database with its write path, clocks and identity: what the CLI and the GUI work through.
#pragma once

#include "store/ChangeLog.h"
#include "store/Database.h"
#include "store/RecordStore.h"
#include "store/SearchIndex.h"
#include "sync/Hlc.h"
#include "util/Result.h"
#include "util/Uuid.h"

#include <memory>

namespace tandem {

class Clock;

struct SessionOptions {
    OpenOptions open;
    quint64 idSeed = 0; // 0: random ids; tests and demo data pass a seed for repeatable ids
    QString siteId; // forced site id (tests); otherwise read from the file or made on creation
};

class Session {
public:
    static Result<std::unique_ptr<Session>> open(
        const QString& path, const Clock& clock, const SessionOptions& options = {});

    Database& database() { return *m_db; }
    RecordStore& records() { return *m_records; }
    const RecordStore& records() const { return *m_records; }
    ChangeLog& changeLog() { return *m_log; }
    SearchIndex& search() { return *m_search; }
    const Clock& clock() const { return m_clock; }
    WriteContext& context() { return m_ctx; }

    QString siteId() const { return m_ctx.siteId; }
    QString currentUserId() const { return m_ctx.userId; }
    Result<void> setCurrentUser(const QString& userId);

    // Team-wide settings are records (they sync); empty when unset.
    QString setting(const QString& key) const;
    Result<void> setSetting(const QString& key, const QString& value);
    QString defaultCurrency() const { return m_ctx.defaultCurrency; }

    // True once `init` (or the first-run dialog) has named the company.
    bool isInitialised() const;

private:
    Session(const Clock& clock, quint64 seed);

    const Clock& m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeLog> m_log;
    std::unique_ptr<SearchIndex> m_search;
    Hlc m_hlc;
    IdGenerator m_ids;
    WriteContext m_ctx;
    std::unique_ptr<RecordStore> m_records;
};

} // namespace tandem
