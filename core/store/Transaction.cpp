#include "store/Transaction.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace tandem {

// Only the outermost guard talks to SQLite. An inner guard that ends without commit marks the
// whole transaction failed, so the outermost commit refuses: all or nothing, without the cost
// of a savepoint per record in bulk work.
Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_level = ++m_db.m_txDepth;
    if (m_level == 1) {
        m_db.m_txFailed = false;
        m_open = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")).ok();
        if (!m_open)
            --m_db.m_txDepth;
    } else {
        m_open = true;
    }
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return makeError(QCoreApplication::translate("Database", "The change could not be saved."));
    if (m_level > 1) {
        m_open = false;
        --m_db.m_txDepth;
        return {};
    }
    if (m_db.m_txFailed) {
        rollback();
        return makeError(QCoreApplication::translate("Database", "Nothing was saved because part of the change failed."));
    }
    const auto r = m_db.exec(QStringLiteral("COMMIT"));
    if (!r) {
        rollback();
        return r;
    }
    m_open = false;
    --m_db.m_txDepth;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    if (m_level == 1)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    else
        m_db.m_txFailed = true;
    m_open = false;
    --m_db.m_txDepth;
}

} // namespace tandem
