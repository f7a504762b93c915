#include "mainwindow/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>

namespace tandem {

namespace {

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString real = info.canonicalFilePath();
    return real.isEmpty() ? info.absoluteFilePath() : real;
}

} // namespace

SingleInstance::SingleInstance(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(canonical(databasePath))
    , m_lock(canonical(databasePath) + QStringLiteral(".lock"))
{
    // Per user and database: two users may each have their own window on their own copy.
    const QByteArray key = m_databasePath.toUtf8() + '|' + QDir::homePath().toUtf8();
    m_serverName = QStringLiteral("tandem-")
        + QString::fromLatin1(
            QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(20));
    m_lock.setStaleLockTime(0); // only a lock whose process is gone is stale, however old
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
}

bool SingleInstance::claim()
{
    if (!m_lock.tryLock(0))
        return false;
    QLocalServer::removeServer(m_serverName); // left by a window that crashed
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    (void)m_server.listen(m_serverName); // without it a second start is refused, not handed over
    return true;
}

bool SingleInstance::handOver(const QString& file, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write((file.isEmpty() ? QByteArray() : canonical(file).toUtf8()) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    return socket.waitForReadyRead(timeoutMs) && socket.readLine().trimmed() == "ok";
}

QString SingleInstance::holder() const
{
    qint64 pid = 0;
    QString host, app;
    if (!m_lock.getLockInfo(&pid, &host, &app))
        return {};
    return tr("process %1 on %2").arg(pid).arg(host);
}

void SingleInstance::release()
{
    m_server.close();
    m_lock.unlock();
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QString file = QString::fromUtf8(socket->readLine()).trimmed();
            socket->write("ok\n");
            socket->flush();
            emit activationRequested(file);
        });
    }
}

} // namespace tandem
