#include "store/Transaction.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace tandem {

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_level = ++m_db.m_txDepth;
    const auto r = m_level == 1 ? m_db.exec(QStringLiteral("BEGIN IMMEDIATE"))
                                : m_db.exec(QStringLiteral("SAVEPOINT tx%1").arg(m_level));
    m_open = r.ok();
    if (!m_open)
        --m_db.m_txDepth;
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return makeError(QCoreApplication::translate(
            "Database", "The change could not be saved: no transaction is open."));
    const auto r = m_level == 1 ? m_db.exec(QStringLiteral("COMMIT"))
                                : m_db.exec(QStringLiteral("RELEASE tx%1").arg(m_level));
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
    if (m_level == 1) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO tx%1").arg(m_level));
        (void)m_db.exec(QStringLiteral("RELEASE tx%1").arg(m_level));
    }
    m_open = false;
    --m_db.m_txDepth;
}

} // namespace tandem
