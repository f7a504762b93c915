// Documents at scale: a company's and a deal's documents and the sales materials library on a
// database full of PDFs, against raw SQLite running the same SELECT in the same run; then again
// without schema version 10's indexes, the figures a version 9 file shows.
#include "BenchSupport.h"

#include "services/DealFlow.h"
#include "services/Workspace.h"
#include "store/DocumentQueries.h"
#include "store/MaterialQueries.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <functional>
#include <sqlite3.h>

namespace tandem::bench {

namespace {

constexpr int kRuns = 50; // with the indexes
constexpr int kSlowRuns = 10; // without them: a pass over every file each time
constexpr int kFileBytes = 100 * 1024; // ~100 KB each, ±20 %

QByteArray randomBytes(QRandomGenerator& random)
{
    const int words = (kFileBytes * 4 / 5 + int(random.bounded(kFileBytes * 2 / 5))) / 4;
    QByteArray bytes(words * 4, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32*>(bytes.data()), words);
    return bytes;
}

struct Files {
    QStringList companies;
    QStringList deals;
    int attachments = 0;
};

// Companies with two people each and deals spread over them; every tenth file is a company's or
// a person's, every tenth a brochure copied onto a deal, every fiftieth a library file, the rest
// offers on deals. Random content from a fixed seed, so runs compare.
Files fill(Session& session, int attachments)
{
    Files made;
    RecordStore& rs = session.records();
    const int dealCount = std::max(1, attachments / 3);
    const int companyCount = std::max(1, dealCount / 4);
    QStringList contacts;
    QRandomGenerator random(20260419);
    Transaction tx(session.database());
    for (int c = 0; c < companyCount; ++c) {
        const auto company = rs.create(QStringLiteral("company"),
            { { QStringLiteral("name"), QStringLiteral("Company %1").arg(c) } });
        if (!company)
            return made;
        made.companies << *company;
        for (int p = 0; p < 2; ++p) {
            const auto contact = rs.create(QStringLiteral("contact"),
                { { QStringLiteral("first_name"), QStringLiteral("Person %1").arg(p) },
                    { QStringLiteral("last_name"), QStringLiteral("of %1").arg(c) },
                    { QStringLiteral("company_id"), *company } });
            if (contact)
                contacts << *contact;
        }
    }
    for (int d = 0; d < dealCount; ++d) {
        const auto deal = DealFlow::create(session,
            { { QStringLiteral("title"), QStringLiteral("Deal %1").arg(d) },
                { QStringLiteral("company_id"), made.companies.at(d % companyCount) },
                { QStringLiteral("currency"), QStringLiteral("EUR") } });
        if (deal)
            made.deals << *deal;
    }
    if (made.deals.isEmpty() || contacts.isEmpty())
        return made;
    for (int i = 0; i < attachments; ++i) {
        QVariantMap values { { QStringLiteral("name"), QStringLiteral("File %1.pdf").arg(i) },
            { QStringLiteral("mime_type"), QStringLiteral("application/pdf") } };
        const QByteArray content = randomBytes(random);
        values.insert(QStringLiteral("content"), content);
        values.insert(QStringLiteral("size"), qint64(content.size()));
        auto link = [&](const char* kind, const char* entity, const QString& id) {
            values.insert(QStringLiteral("kind"), QString::fromLatin1(kind));
            if (entity) {
                values.insert(QStringLiteral("entity"), QString::fromLatin1(entity));
                values.insert(QStringLiteral("record_id"), id);
            }
        };
        const QString deal = made.deals.at(i % made.deals.size());
        if (i % 50 == 0)
            link("material", nullptr, {});
        else if (i % 10 == 1)
            link("material", "deal", deal);
        else if (i % 20 == 2)
            link("document", "contact", contacts.at(i % contacts.size()));
        else if (i % 20 == 12)
            link("document", "company", made.companies.at(i % companyCount));
        else
            link("offer", "deal", deal);
        if (rs.create(QStringLiteral("attachment"), values))
            ++made.attachments;
    }
    (void)tx.commit();
    return made;
}

// Rows read by Tandem and by raw SQLite, and their times, over `runs` records in turn.
void bench(const QString& name, int runs, const QStringList& ids,
    const std::function<int(const QString&)>& ours,
    const std::function<int(const QByteArray&)>& raw)
{
    Samples oursSamples, rawSamples;
    qint64 oursRows = 0, rawRows = 0;
    for (int i = 0; i < runs; ++i) {
        const QString id = ids.isEmpty() ? QString() : ids.at(i * 7 % ids.size());
        const QByteArray rawId = id.toUtf8();
        QElapsedTimer t;
        t.start();
        oursRows += ours(id);
        oursSamples.add(msSince(t));
        t.restart();
        rawRows += raw(rawId);
        rawSamples.add(msSince(t));
    }
    printRow(QStringLiteral("%1, %2 runs (%3 rows a run; raw %4)")
                 .arg(name)
                 .arg(runs)
                 .arg(double(oursRows) / runs, 0, 'f', 1)
                 .arg(double(rawRows) / runs, 0, 'f', 1),
        oursSamples, rawSamples);
}

int rows(const Result<QList<CompanyDocument>>& r)
{
    return r ? int(r->size()) : -1;
}

void benchAll(Session& session, RawDb& raw, const Files& files, int runs, const QString& suffix)
{
    Database& db = session.database();
    bench(
        QStringLiteral("a company's documents (DocumentQueries::ofCompany)") + suffix, runs,
        files.companies,
        [&](const QString& id) { return rows(DocumentQueries::ofCompany(db, id)); },
        [&](const QByteArray& id) {
            static const QByteArray sql = DocumentQueries::ofCompanySql();
            sqlite3_stmt* s = raw.statement(sql.constData());
            for (int i = 1; i <= 3; ++i)
                bindText(s, i, id);
            return readRows(s);
        });
    bench(
        QStringLiteral("a deal's documents (DocumentQueries::ofDeal)") + suffix, runs, files.deals,
        [&](const QString& id) { return rows(DocumentQueries::ofDeal(db, id)); },
        [&](const QByteArray& id) {
            static const QByteArray sql = DocumentQueries::ofDealSql();
            sqlite3_stmt* s = raw.statement(sql.constData());
            bindText(s, 1, id);
            return readRows(s);
        });
    bench(
        QStringLiteral("the sales materials library (MaterialQueries::library)") + suffix, runs, {},
        [&](const QString&) {
            const auto r = MaterialQueries::library(db);
            return r ? int(r->size()) : -1;
        },
        [&](const QByteArray&) {
            static const QByteArray sql = MaterialQueries::librarySql();
            return readRows(raw.statement(sql.constData()));
        });
}

} // namespace

void runDocumentsBench(int attachments)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("documents.db"));
    SystemClock clock;
    SessionOptions options;
    options.idSeed = 4;
    auto opened = Session::open(path, clock, options);
    if (!opened) {
        out() << opened.error().toString() << Qt::endl;
        return;
    }
    Session& session = **opened;
    (void)Workspace::initialise(
        session, { QStringLiteral("Paper Co"), QStringLiteral("Bench"), QStringLiteral("EUR") });
    QElapsedTimer timer;
    timer.start();
    const Files files = fill(session, attachments);
    (void)session.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out() << QStringLiteral("\nDocuments: %1 files of ~%2 KB on %3 deals of %4 companies, written "
                            "in %5 s; database %6 MiB\n")
                 .arg(files.attachments)
                 .arg(kFileBytes / 1024)
                 .arg(files.deals.size())
                 .arg(files.companies.size())
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(double(QFileInfo(path).size()) / 1048576.0, 0, 'f', 0)
          << Qt::flush;
    if (files.companies.isEmpty() || files.deals.isEmpty())
        return;
    {
        RawDb raw(path, SQLITE_OPEN_READONLY);
        benchAll(session, raw, files, kRuns, QString());
    }
    // The same file as version 9 had it: every lookup walks each file's overflow pages to reach
    // entity and record_id, stored after the content.
    for (const char* index : { "attachment_record", "attachment_kind" })
        (void)session.database().exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index)));
    RawDb raw(path, SQLITE_OPEN_READONLY);
    benchAll(session, raw, files, kSlowRuns, QStringLiteral(" without the v10 indexes"));
}

} // namespace tandem::bench
