// A fresh database in a temporary folder, a pinned clock and seeded ids, for one test.
#pragma once

#include "TestData.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <memory>

namespace tandem::test {

class TestDatabase {
public:
    // Opens (and creates) db.sqlite in a new temporary folder; clock at 2026-06-15 09:00 UTC,
    // advancing 1 ms per reading.
    explicit TestDatabase(const QString& siteId = QStringLiteral("site-a"), quint64 seed = 42);
    // With `initialise`, the company "Test Co", user "Tester" and currency EUR are set up.
    static std::unique_ptr<TestDatabase> initialised(
        const QString& siteId = QStringLiteral("site-a"));

    Session& session() { return *m_session; }
    RecordStore& records() { return m_session->records(); }
    FixedClock& clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    void reopen();
    void close() { m_session.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    QString m_siteId;
    quint64 m_seed;
    std::unique_ptr<Session> m_session;
};

// Shorthand: creates a record and REQUIREs success; returns its id.
QString create(RecordStore& rs, const QString& entity, const QVariantMap& values);

} // namespace tandem::test
