// The window's automatic backups: one when Tandem starts and one a day while it stays open, each
// after SQLite's quick_check of the file, in a background thread on its own connection, so the
// window never waits for reading a large database.
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

class QThread;

namespace tandem {

class Session;

class BackupScheduler : public QObject {
    Q_OBJECT
public:
    explicit BackupScheduler(Session& session, QObject* parent = nullptr);
    ~BackupScheduler() override;

    // The start backup now, then a check every hour whether a daily one is due.
    void start();
    bool isRunning() const { return m_thread != nullptr; }
    // Blocks until a running backup is done (closing the window, tests).
    void wait();

signals:
    void backedUp(const QString& path);
    void failed(const QString& message);
    // quick_check found the file damaged; no backup was taken.
    void damaged(const QStringList& problems);

private:
    void run(int reason);
    void checkDaily();

    Session& m_session;
    QTimer m_timer;
    QThread* m_thread = nullptr;
};

} // namespace tandem
