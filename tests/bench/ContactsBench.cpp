// Contacts at scale: the list as RecordListModel reads it, filtering, opening a card, and vCard
// and CSV import, each against raw SQLite doing the same work in the same run.
#include "BenchSupport.h"

#include "io/RecordCsvExport.h"
#include "io/VCardReader.h"
#include "io/VCardWriter.h"
#include "services/AddressBookFiles.h"
#include "services/ContactExport.h"
#include "services/ContactImport.h"
#include "services/Timeline.h"
#include "services/Workspace.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <functional>
#include <memory>
#include <sqlite3.h>

namespace tandem::bench {

namespace {

const QString kContact = QStringLiteral("contact");
constexpr int kPageSize = 200; // RecordListModel's page: what reload() and fetchMore() read
constexpr int kOpenRuns = 20;
constexpr int kFilterRuns = 10;
constexpr int kCards = 200;

// The statements RecordStore builds for the contact list (RecordStoreQueries.cpp), bound instead
// of formatted, as anyone writing them by hand would.
const char* const kCountSql = R"(SELECT count(*) FROM "contact" WHERE deleted = 0)";
const char* const kPageSql = R"(SELECT * FROM "contact" WHERE deleted = 0 ORDER BY "first_name")"
                             R"( COLLATE NOCASE, "last_name" COLLATE NOCASE, id LIMIT ? OFFSET ?)";
const char* const kFilteredCountSql
    = R"(SELECT count(*) FROM "contact" WHERE deleted = 0 AND ("first_name" LIKE ?1 ESCAPE '\')"
      R"( OR "last_name" LIKE ?1 ESCAPE '\'))";
const char* const kFilteredPageSql
    = R"(SELECT * FROM "contact" WHERE deleted = 0 AND ("first_name" LIKE ?1 ESCAPE '\' OR)"
      R"( "last_name" LIKE ?1 ESCAPE '\') ORDER BY "first_name" COLLATE NOCASE, "last_name")"
      R"( COLLATE NOCASE, id LIMIT ?2 OFFSET ?3)";

// What Timeline::of reads for a contact, as RecordStore::list and ChangeLog::forRecord ask it;
// the activities first, where the narrow comparison stops.
const char* const kContactSql = R"(SELECT * FROM "contact" WHERE id = ?)";
const char* const kTimelineSql[] = {
    R"(SELECT * FROM "activity" WHERE deleted = 0 AND "contact_id" = ?1 ORDER BY "subject")"
    R"( COLLATE NOCASE, id)",
    R"(SELECT * FROM "attachment" WHERE deleted = 0 AND "entity" = 'contact' AND "record_id" = ?1)"
    R"( ORDER BY "name" COLLATE NOCASE, id)",
    R"(SELECT * FROM "service_case" WHERE deleted = 0 AND "contact_id" = ?1 ORDER BY "subject")"
    R"( COLLATE NOCASE, id)",
    R"(SELECT hlc, site_id, user_id, entity, record_id, op, field, value, prev FROM change_log)"
    R"( WHERE entity = 'contact' AND record_id = ?1 ORDER BY seq)",
};
const char* const kDealsSql = R"(SELECT * FROM "deal" WHERE deleted = 0 AND "contact_id" = ?)"
                              R"( ORDER BY "title" COLLATE NOCASE, id)";
const char* const kQuotesSql = R"(SELECT * FROM "quote" WHERE deleted = 0 AND "deal_id" = ?)"
                               R"( ORDER BY "number" COLLATE NOCASE, id)";

// The contact columns an address-book import fills, as the raw insert writes them.
const char* const kImportColumns = "id, first_name, last_name, title, department, email, phone, "
                                   "mobile, street, city, postcode, region, country, language, "
                                   "birthday, notes";
constexpr int kImportColumnCount = 16;

sqlite3_stmt* bound(RawDb& raw, const char* sql, const QByteArray& value)
{
    sqlite3_stmt* s = raw.statement(sql);
    bindText(s, 1, value);
    return s;
}

// What one look at the list reads: the total and the first page (RecordListModel::reload()).
struct Page {
    qint64 total = 0;
    int rows = 0;
};

Page ourOpen(RecordStore& store, const QString& text)
{
    ListQuery q;
    q.text = text;
    const auto total = store.count(kContact, q);
    q.limit = kPageSize;
    const auto rows = store.list(kContact, q);
    return { total ? *total : -1, rows ? int(rows->size()) : -1 };
}

Page rawOpen(RawDb& raw, const QString& text)
{
    if (text.isEmpty()) {
        sqlite3_stmt* page = raw.statement(kPageSql);
        sqlite3_bind_int(page, 1, kPageSize);
        sqlite3_bind_int(page, 2, 0);
        return { readCount(raw.statement(kCountSql)), readRows(page) };
    }
    const QByteArray like = '%' + text.toUtf8() + '%';
    sqlite3_stmt* count = bound(raw, kFilteredCountSql, like);
    sqlite3_stmt* page = bound(raw, kFilteredPageSql, like);
    sqlite3_bind_int(page, 2, kPageSize);
    sqlite3_bind_int(page, 3, 0);
    return { readCount(count), readRows(page) };
}

void benchOpen(RecordStore& store, RawDb& raw, const QString& name, const QString& text, int runs)
{
    Samples ours, rawSamples;
    Page o, r;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        o = ourOpen(store, text);
        ours.add(msSince(timer));
        timer.restart();
        r = rawOpen(raw, text);
        rawSamples.add(msSince(timer));
    }
    printRow(QStringLiteral("%1: count + first %2 rows, %3 runs (%4 of %5; raw %6 of %7)")
                 .arg(name)
                 .arg(kPageSize)
                 .arg(runs)
                 .arg(o.rows)
                 .arg(o.total)
                 .arg(r.rows)
                 .arg(r.total),
        ours, rawSamples);
}

// Dragging the scrollbar to the bottom: fetchMore() reads page after page at offset = rows held.
void benchScroll(RecordStore& store, RawDb& raw, qint64 total)
{
    Samples ours, rawSamples;
    qint64 oursRows = 0, rawRows = 0;
    for (qint64 offset = 0; offset < total; offset += kPageSize) {
        ListQuery q;
        q.offset = int(offset);
        q.limit = kPageSize;
        QElapsedTimer timer;
        timer.start();
        const auto rows = store.list(kContact, q);
        ours.add(msSince(timer));
        oursRows += rows ? rows->size() : 0;
    }
    sqlite3_stmt* page = raw.statement(kPageSql);
    for (qint64 offset = 0; offset < total; offset += kPageSize) {
        QElapsedTimer timer;
        timer.start();
        sqlite3_bind_int(page, 1, kPageSize);
        sqlite3_bind_int64(page, 2, offset);
        rawRows += readRows(page);
        rawSamples.add(msSince(timer));
    }
    printRow(QStringLiteral("scroll to the end: %1 pages of %2, per page (%3 rows in %4 s; raw %5 "
                            "rows in %6 s)")
                 .arg(ours.ms.size())
                 .arg(kPageSize)
                 .arg(oursRows)
                 .arg(ours.total() / 1000.0, 0, 'f', 1)
                 .arg(rawRows)
                 .arg(rawSamples.total() / 1000.0, 0, 'f', 1),
        ours, rawSamples);
}

// The contact and its activities; with `everything`, all that Timeline::of reads.
int rawCard(RawDb& raw, const QByteArray& id, bool everything)
{
    int rows = readRows(bound(raw, kContactSql, id));
    for (const char* sql : kTimelineSql) {
        rows += readRows(bound(raw, sql, id));
        if (!everything)
            return rows;
    }
    sqlite3_stmt* deals = bound(raw, kDealsSql, id);
    while (sqlite3_step(deals) == SQLITE_ROW) {
        const QByteArray deal(reinterpret_cast<const char*>(sqlite3_column_text(deals, 0)));
        rows += 1 + readRows(bound(raw, kQuotesSql, deal));
    }
    sqlite3_reset(deals);
    return rows;
}

// Opening a contact's card: the record, then its timeline. The first pass only warms each
// connection's page cache, so that no side is timed reading what another side just read.
void benchCards(Session& session, RawDb& raw, const QStringList& ids)
{
    QRandomGenerator rng(2026);
    QStringList picked;
    for (int i = 0; i < kCards && !ids.isEmpty(); ++i)
        picked << ids.at(rng.bounded(int(ids.size())));
    Samples ours, narrow, wide;
    qint64 items = 0, activities = 0, narrowRows = 0, wideRows = 0;
    for (int pass = 0; pass < 2; ++pass) {
        ours = narrow = wide = Samples();
        items = activities = narrowRows = wideRows = 0;
        for (const QString& id : picked) {
            QElapsedTimer timer;
            timer.start();
            const auto contact = session.records().get(kContact, id);
            const QList<TimelineItem> timeline = Timeline::of(session, kContact, id);
            ours.add(msSince(timer));
            items += timeline.size();
            activities += std::count_if(timeline.begin(), timeline.end(),
                [](const TimelineItem& t) { return t.kind == TimelineItem::Kind::Activity; });
            activities += contact ? 1 : 0;
            timer.restart();
            narrowRows += rawCard(raw, id.toUtf8(), false);
            narrow.add(msSince(timer));
            timer.restart();
            wideRows += rawCard(raw, id.toUtf8(), true);
            wide.add(msSince(timer));
        }
    }
    printRow(QStringLiteral("open a card, %1 contacts: get + Timeline::of (%2 items, of them %3 "
                            "contacts + activities) vs raw contact + activities (%4 rows)")
                 .arg(picked.size())
                 .arg(items)
                 .arg(activities)
                 .arg(narrowRows),
        ours, narrow);
    printRow(QStringLiteral("open a card, %1 contacts: get + Timeline::of vs raw reading all that "
                            "Timeline reads (%2 rows)")
                 .arg(picked.size())
                 .arg(wideRows),
        ours, wide);
}

// Every live contact by id (so the first N are a random sample), as the raw insert writes them.
QList<QByteArrayList> contactRows(RawDb& raw)
{
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kImportColumns
        + QByteArrayLiteral(" FROM contact WHERE deleted = 0 ORDER BY id");
    sqlite3_stmt* s = raw.statement(sql.constData());
    QList<QByteArrayList> rows;
    while (sqlite3_step(s) == SQLITE_ROW) {
        QByteArrayList row;
        for (int c = 0; c < kImportColumnCount; ++c)
            row << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s, c)),
                sqlite3_column_bytes(s, c));
        rows << row;
    }
    sqlite3_reset(s);
    return rows;
}

// A new, empty database set up as `init` does.
std::unique_ptr<Session> freshSession(const QString& path, const Clock& clock)
{
    SessionOptions options;
    options.idSeed = 7;
    auto session = Session::open(path, clock, options);
    if (!session)
        return nullptr;
    (void)Workspace::initialise(
        **session, { QStringLiteral("Import Co"), QStringLiteral("Bench"), QStringLiteral("EUR") });
    return std::move(session).value();
}

// The same rows into a fresh copy of the schema: one transaction, one prepared statement.
double rawInsertMs(const QString& path, const Clock& clock, const QList<QByteArrayList>& rows)
{
    freshSession(path, clock).reset();
    RawDb raw(path, SQLITE_OPEN_READWRITE);
    const QByteArray createdAt = clock.nowUtc().toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray sql = QByteArrayLiteral("INSERT INTO contact(") + kImportColumns
        + QByteArrayLiteral(", created_at, deleted) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
    QElapsedTimer timer;
    timer.start();
    raw.exec("BEGIN");
    sqlite3_stmt* insert = raw.statement(sql.constData());
    for (const QByteArrayList& row : rows) {
        for (int c = 0; c < kImportColumnCount; ++c)
            bindText(insert, c + 1, row.at(c));
        bindText(insert, kImportColumnCount + 1, createdAt);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    raw.exec("COMMIT");
    return msSince(timer);
}

using ImportFn = std::function<Result<ImportReport>(Session&, bool dryRun)>;

// A dry run, then the import, into a fresh database; then the raw insert into another one.
void benchImport(const QString& format, const QTemporaryDir& dir, const Clock& clock,
    const QList<QByteArrayList>& rows, const ImportFn& import)
{
    auto session = freshSession(dir.filePath(format + QStringLiteral(".db")), clock);
    if (!session)
        return;
    QElapsedTimer timer;
    timer.start();
    (void)import(*session, true);
    const double dryRunMs = msSince(timer);
    timer.restart();
    const auto report = import(*session, false);
    const double ms = msSince(timer);
    if (!report) {
        out() << report.error().toString() << Qt::endl;
        return;
    }
    const auto contacts = session->records().count(kContact);
    const auto companies = session->records().count(QStringLiteral("company"));
    const double rawMs = rawInsertMs(dir.filePath(format + QStringLiteral("-raw.db")), clock, rows);
    printRow(QStringLiteral("%1 import of %2 contacts: read + ContactImport::run (created %3, "
                            "skipped %4, rejected %5, errors %6; the database holds %7 contacts, "
                            "%8 companies) vs raw insert of the %2 rows")
                 .arg(format)
                 .arg(rows.size())
                 .arg(report->created)
                 .arg(report->skipped)
                 .arg(report->rejected)
                 .arg(report->errors.size())
                 .arg(contacts ? *contacts : -1)
                 .arg(companies ? *companies : -1),
        Samples { { ms } }, Samples { { rawMs } });
    printFigure(QStringLiteral("%1 import of %2 contacts, dry run").arg(format).arg(rows.size()),
        dryRunMs, QStringLiteral("ms"));
}

// vCard and CSV files of these contacts, each imported into a fresh database.
void benchImports(Session& session, const QList<QByteArrayList>& rows, const QStringList& ids)
{
    QTemporaryDir dir;

    const QByteArray vcf = VCardWriter::write(ContactExport::cards(session, ids));
    benchImport(QStringLiteral("vCard"), dir, session.clock(), rows, [&](Session& s, bool dryRun) {
        ImportOptions options;
        options.dryRun = dryRun;
        return ContactImport::run(s, VCardReader::read(vcf, QStringLiteral("bench.vcf")), options);
    });

    // The columns of a contacts CSV, without the owner and the links to other contacts: those
    // would need the same users and contacts in the fresh database.
    RecordCsvExport::Options csvOptions;
    for (const char* f : { "first_name", "last_name", "company_id", "title", "department", "email",
             "phone", "mobile", "street", "city", "postcode", "region", "country", "language",
             "birthday", "notes" })
        csvOptions.fields << QString::fromLatin1(f);
    const auto csv = RecordCsvExport::exportRecords(session.records(), kContact, ids, csvOptions);
    const QString csvPath = dir.filePath(QStringLiteral("contacts.csv"));
    if (!csv || !RecordCsvExport::writeFile(csvPath, *csv)) {
        out() << QStringLiteral("CSV export failed") << Qt::endl;
        return;
    }
    benchImport(QStringLiteral("CSV"), dir, session.clock(), rows, [&](Session& s, bool dryRun) {
        ImportRequest request;
        request.path = csvPath;
        request.format = ExchangeFormat::Csv;
        request.options.dryRun = dryRun;
        return AddressBookFiles::importFile(s, request);
    });
}

} // namespace

void runContactsBench(Session& session, int importCount)
{
    RawDb raw(session.database().path(), SQLITE_OPEN_READONLY);
    RecordStore& store = session.records();
    benchOpen(store, raw, QStringLiteral("open the contact list"), {}, kOpenRuns);
    benchScroll(store, raw, ourOpen(store, {}).total);
    for (const char* prefix : { "ka", "kaz", "pet", "now" })
        benchOpen(store, raw,
            QStringLiteral("filter as you type \"%1\"").arg(QLatin1String(prefix)),
            QString::fromLatin1(prefix), kFilterRuns);
    const QList<QByteArrayList> rows = contactRows(raw);
    QStringList ids;
    for (const QByteArrayList& row : rows)
        ids << QString::fromUtf8(row.first());
    benchCards(session, raw, ids);
    benchImports(session, rows.mid(0, importCount), ids.mid(0, importCount));
}

} // namespace tandem::bench
