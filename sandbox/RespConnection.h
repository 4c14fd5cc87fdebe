#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTcpSocket>

// A blocking RESP2 connection to Redis, for the sandbox's own thread (it is the emulated server, so waiting on
// its engine is its job). Replies are flattened: an error, a status or bulk string, or an array of strings.
class RespConnection
{
public:
    struct Reply
    {
        bool ok = false; // false: a Redis error reply or a broken connection
        QByteArray text; // status, bulk string, integer, or the error's message
        QList<QByteArray> items; // array replies
    };

    bool open(const QString& host, quint16 port, int timeoutMs, QString* error);
    Reply command(const QList<QByteArray>& arguments);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    bool readLine(QByteArray* line);
    bool readBytes(qsizetype count, QByteArray* bytes);
    Reply readReply();

    QTcpSocket m_socket;
    int m_timeoutMs = 5000;
};
