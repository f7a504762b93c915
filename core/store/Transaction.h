// RAII transaction: the outermost opens BEGIN IMMEDIATE; nested ones join it, all or nothing.
#pragma once

#include "util/Result.h"

namespace tandem {

class Database;

class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction(); // rolls back unless committed
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Result<void> commit();
    void rollback();
    bool isOpen() const { return m_open; }

private:
    Database& m_db;
    int m_level = 0;
    bool m_open = false;
};

} // namespace tandem
