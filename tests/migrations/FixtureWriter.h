// Writes records into a database of one schema version the way the app of that version did (the
// row, its change-log entries, its search document) and what a sync with a laptop leaves behind.
#pragma once

#include "store/ChangeLog.h"
#include "sync/Hlc.h"
#include "sync/VersionVector.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <stdexcept>

namespace tandem {
class Database;
struct Conflict;
struct EntityDef;
} // namespace tandem

namespace tandem::fixture {

using Fields = QList<QPair<QString, QVariant>>;

// A write that does not fit the version's schema is a mistake in the tool: stop and say which.
struct FixtureError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const QString& what);
// One statement with bound values; a failure throws FixtureError naming the statement.
QSqlQuery runSql(Database& db, const QString& sql, const QVariantList& binds = {});

// One copy of the database: its site id, clock and ids (the office computer or a laptop).
struct Site {
    explicit Site(quint64 seed)
        : clock(QDateTime(QDate(2026, 1, 12), QTime(8, 0), Qt::UTC))
        , hlc(clock)
        , ids(clock, seed)
        , id(IdGenerator(clock, seed ^ 0x5173ULL).next())
    {
    }
    FixedClock clock;
    Hlc hlc;
    IdGenerator ids;
    QString id;
    QString userId;
};

class FixtureWriter {
public:
    FixtureWriter(Database& db, int version)
        : m_db(db)
        , m_version(version)
        , m_office(1001)
        , m_laptop(2002)
        , m_site(&m_office)
    {
    }

    int version() const { return m_version; }
    QString officeSite() const { return m_office.id; }

    // Following writes happen on this copy, at this UTC time ("2026-01-12T08:00"), by this user.
    void on(Site& site) { m_site = &site; }
    Site& office() { return m_office; }
    Site& laptop() { return m_laptop; }
    void at(const char* utc);
    void actAs(const QString& userId) { m_site->userId = userId; }
    QString now() const { return m_site->clock.nowUtc().toString(Qt::ISODateWithMs); }

    void setMeta(const QString& key, const QString& value);

    QString create(const QString& entity, const Fields& fields);

    // A stored file's name, type, size, checksum and bytes, as GeneratedDocuments and Materials
    // write them; its kind and links are added by the caller.
    static Fields file(const QString& name, const QString& mimeType, const QByteArray& content);

    // One update: every field logged with the same clock, as RecordStore::update does.
    void set(const QString& entity, const QString& id, const Fields& changes);

    // A tombstone, superseding every version of the record seen here.
    void remove(const QString& entity, const QString& id);

    // The office writes a bundle for the laptop (sync export --peer), which imports all of it.
    void sendToLaptop();

    // The office imports the laptop's bundle: its changes are logged as they were made there,
    // each touched record is rebuilt from its log (per field the newest version wins), and the
    // concurrent edits are listed as conflicts. `scope` is what the laptop said it holds.
    void receiveFromLaptop(const QString& scope);

private:
    const EntityDef& definition(const QString& entity) const;

    // The entity a table's changes are logged under (a task's as activity).
    static QString owner(const EntityDef& def);

    Change change(const EntityDef& def, const QString& id, ChangeOp op, quint64 hlc = 0);

    static QList<Change> changesOf(
        const QList<Change>& all, const QString& entity, const QString& id);

    static VersionVector vectorOf(const QList<Change>& changes);

    static QString vectorText(const VersionVector& v);

    void log(const Change& c);

    void addConflict(const Conflict& k, const QString& at);

    // The row as its log says: the creation's fields, then per field the newest set.
    void rebuild(const QString& entity, const QString& id);

    QVariantMap row(const EntityDef& def, const QString& id);

    QString label(const EntityDef& def, const QVariantMap& values);

    QString labelOf(const QString& entity, const QString& id);

    // The search document RecordStore::index writes: the label, the detail line, and the folded
    // text of the searchable fields and of the records the detail line names.
    void index(const EntityDef& def, const QString& id, bool isNew);

    void removeDocument(const QString& entity, const QString& id);

    Database& m_db;
    int m_version;
    Site m_office;
    Site m_laptop;
    Site* m_site;
    QList<Change> m_log; // everything logged here, in order
    QList<Change> m_laptopLog; // what the laptop holds
    QList<Change> m_outbox; // the laptop's changes not sent yet
};

} // namespace tandem::fixture
