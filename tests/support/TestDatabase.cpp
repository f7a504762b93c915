#include "TestDatabase.h"

#include "services/Workspace.h"

#include <catch2/catch.hpp>

namespace tandem::test {

TestDatabase::TestDatabase(const QString& siteId, quint64 seed)
    : m_path(m_dir.filePath(QStringLiteral("db.sqlite")))
    , m_clock(QDateTime(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC), 1)
    , m_siteId(siteId)
    , m_seed(seed)
{
    reopen();
}

void TestDatabase::reopen()
{
    m_session.reset();
    SessionOptions options;
    options.idSeed = m_seed;
    options.siteId = m_siteId;
    auto s = Session::open(m_path, m_clock, options);
    if (!s)
        FAIL(s.error().toString().toStdString());
    m_session = std::move(s).value();
}

std::unique_ptr<TestDatabase> TestDatabase::initialised(const QString& siteId)
{
    auto db = std::make_unique<TestDatabase>(siteId);
    WorkspaceSetup setup;
    setup.companyName = QStringLiteral("Test Co");
    setup.userName = QStringLiteral("Tester");
    setup.currency = QStringLiteral("EUR");
    auto r = Workspace::initialise(db->session(), setup);
    if (!r)
        FAIL(r.error().toString().toStdString());
    return db;
}

QString create(RecordStore& rs, const QString& entity, const QVariantMap& values)
{
    auto id = rs.create(entity, values);
    if (!id)
        FAIL(id.error().toString().toStdString());
    return *id;
}

} // namespace tandem::test
