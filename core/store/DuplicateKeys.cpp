#include "store/DuplicateKeys.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <sqlite3.h>

namespace tandem::DuplicateKeys {

namespace {

// The scans read every contact: straight through SQLite's API they take a fraction of the time
// QSqlQuery needs to box each value in a QVariant.
class Scan {
public:
    Scan(const Database& db, const char* sql)
        : m_db(db.handle())
    {
        if (!m_db || sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~Scan() { sqlite3_finalize(m_statement); }
    Scan(const Scan&) = delete;
    Scan& operator=(const Scan&) = delete;

    void bind(int index, const QString& value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    // True while there is a row; false at the end or on an error (then error() says which).
    bool next()
    {
        if (!m_statement)
            return false;
        m_rc = sqlite3_step(m_statement);
        return m_rc == SQLITE_ROW;
    }
    QString text(int column) const
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column))
                    : QString();
    }
    std::optional<Error> error() const
    {
        if (m_statement && (m_rc == SQLITE_DONE || m_rc == SQLITE_ROW))
            return std::nullopt;
        return makeError(
            QCoreApplication::translate("Database", "The database could not be read: %1")
                .arg(QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no connection")));
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_rc = SQLITE_DONE;
};

} // namespace

Result<QList<ContactKeys>> contacts(Database& db)
{
    QList<ContactKeys> out;
    QHash<QString, qsizetype> byId;
    {
        Scan q(db,
            "SELECT c.id, c.first_name, c.last_name, c.company_id, c.email, c.phone, c.mobile, "
            "coalesce(nullif(c.country, ''), co.country) FROM contact c "
            "LEFT JOIN company co ON co.id = c.company_id "
            "WHERE c.deleted = 0 AND (c.merged_into_id IS NULL OR c.merged_into_id = '')");
        while (q.next()) {
            ContactKeys k;
            k.id = q.text(0);
            k.firstName = q.text(1);
            k.lastName = q.text(2);
            k.companyId = q.text(3);
            k.email = q.text(4);
            k.phone = q.text(5);
            k.mobile = q.text(6);
            k.country = q.text(7);
            byId.insert(k.id, out.size());
            out.push_back(std::move(k));
        }
        if (auto e = q.error())
            return *e;
    }
    Scan q(db,
        "SELECT contact_id, kind, value FROM contact_point WHERE deleted = 0 AND "
        "kind IN ('phone', 'email') AND value IS NOT NULL AND value <> ''");
    while (q.next()) {
        const auto it = byId.constFind(q.text(0));
        if (it == byId.constEnd())
            continue; // a point of a deleted or merged contact
        ContactKeys& k = out[*it];
        if (q.text(1) == QLatin1String("email"))
            k.pointEmails << q.text(2);
        else
            k.pointPhones << q.text(2);
    }
    if (auto e = q.error())
        return *e;
    return out;
}

Result<QList<CompanyKeys>> companies(Database& db)
{
    Scan q(db,
        "SELECT id, name, reg_code, vat_code, website, country FROM company "
        "WHERE deleted = 0 AND (merged_into_id IS NULL OR merged_into_id = '')");
    QList<CompanyKeys> out;
    while (q.next())
        out.push_back({ q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5) });
    if (auto e = q.error())
        return *e;
    return out;
}

Result<QSet<QString>> dismissedPairs(Database& db, const QString& entity)
{
    Scan q(
        db, "SELECT first_id, second_id FROM duplicate_dismissal WHERE deleted = 0 AND entity = ?");
    q.bind(1, entity);
    QSet<QString> out;
    while (q.next())
        out.insert(pairKey(q.text(0), q.text(1)));
    if (auto e = q.error())
        return *e;
    return out;
}

QString pairKey(const QString& a, const QString& b)
{
    return a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a;
}

} // namespace tandem::DuplicateKeys
