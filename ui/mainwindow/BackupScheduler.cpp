#include "mainwindow/BackupScheduler.h"

#include "store/AutoBackup.h"
#include "store/Database.h"
#include "store/Integrity.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QThread>
#include <memory>

namespace tandem {

BackupScheduler::BackupScheduler(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setInterval(60 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::checkDaily);
}

BackupScheduler::~BackupScheduler()
{
    if (m_thread) { // its finished() will not be handled any more
        m_thread->wait();
        delete m_thread;
    }
}

void BackupScheduler::start()
{
    run(int(BackupReason::Start));
    m_timer.start();
}

void BackupScheduler::checkDaily()
{
    if (!m_thread && AutoBackup::dailyDue(m_session.database(), m_session.clock().nowUtc()))
        run(int(BackupReason::Daily));
}

void BackupScheduler::run(int reason)
{
    if (m_thread)
        return;
    const QString path = m_session.database().path();
    const QDateTime now = m_session.clock().nowUtc();
    struct Outcome {
        QString path;
        QString error;
        QStringList problems;
    };
    auto outcome = std::make_shared<Outcome>();
    // Its own connection: a QSqlDatabase belongs to the thread that opened it.
    m_thread = QThread::create([path, now, reason, outcome] {
        OpenOptions options;
        options.createIfMissing = false;
        options.backupBeforeMigrate = false;
        auto db = Database::open(path, options);
        if (!db) {
            outcome->error = db.error().message;
            return;
        }
        // Every page is read once: a small cache, not the 256 MiB a working session grows.
        (*db)->readOnceThenExit();
        // A damaged file is not copied over the good backups the rotation would then drop.
        outcome->problems = quickCheck(**db);
        if (!outcome->problems.isEmpty())
            return;
        auto taken = AutoBackup::take(**db, BackupReason(reason), now);
        if (taken)
            outcome->path = *taken;
        else
            outcome->error = taken.error().message;
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (!outcome->problems.isEmpty())
            emit damaged(outcome->problems);
        else if (!outcome->error.isEmpty())
            emit failed(outcome->error);
        else
            emit backedUp(outcome->path);
    });
    m_thread->start(QThread::LowPriority);
}

void BackupScheduler::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace tandem
