// One Tandem window per database: the first start holds a lock beside the file and listens; a
// second start on the same database hands its file (if any) to the first, which comes forward.
#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>

namespace tandem {

class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString& databasePath, QObject* parent = nullptr);

    // True when this process now holds the database (no other window has it open).
    bool claim();
    // Another window holds it: asks it to come forward and open `file` (may be empty). True when
    // it answered.
    bool handOver(const QString& file, int timeoutMs = 3000);
    // "process 4711 on office-pc", for the message when the other window does not answer.
    QString holder() const;
    // Lets go of the database (before starting a new process on it).
    void release();

signals:
    void activationRequested(const QString& file);

private:
    void acceptConnection();

    QString m_databasePath;
    QLockFile m_lock;
    QLocalServer m_server;
    QString m_serverName;
};

} // namespace tandem
