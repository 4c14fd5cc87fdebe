#include "RespConnection.h"

bool RespConnection::open(const QString& host, quint16 port, int timeoutMs, QString* error)
{
    m_timeoutMs = timeoutMs;
    m_socket.abort();
    m_socket.connectToHost(host, port);
    if (m_socket.waitForConnected(timeoutMs))
        return true;
    *error = m_socket.errorString();
    return false;
}

RespConnection::Reply RespConnection::command(const QList<QByteArray>& arguments)
{
    QByteArray wire = '*' + QByteArray::number(arguments.size()) + "\r\n";
    for (const QByteArray& argument : arguments)
        wire += '$' + QByteArray::number(argument.size()) + "\r\n" + argument + "\r\n";
    m_socket.write(wire);
    wire.fill('\0'); // the arguments may hold a password
    if (!m_socket.waitForBytesWritten(m_timeoutMs) && m_socket.bytesToWrite() > 0)
        return { false, m_socket.errorString().toUtf8(), {} };
    return readReply();
}

bool RespConnection::readLine(QByteArray* line)
{
    while (!m_socket.canReadLine()) {
        if (!m_socket.waitForReadyRead(m_timeoutMs))
            return false;
    }
    *line = m_socket.readLine();
    line->chop(2);
    return true;
}

bool RespConnection::readBytes(qsizetype count, QByteArray* bytes)
{
    while (m_socket.bytesAvailable() < count + 2) {
        if (!m_socket.waitForReadyRead(m_timeoutMs))
            return false;
    }
    *bytes = m_socket.read(count);
    m_socket.read(2);
    return true;
}

RespConnection::Reply RespConnection::readReply()
{
    QByteArray line;
    if (!readLine(&line) || line.isEmpty())
        return { false, QByteArrayLiteral("no reply from Redis"), {} };
    const char kind = line.at(0);
    const QByteArray rest = line.mid(1);
    switch (kind) {
    case '+':
    case ':':
        return { true, rest, {} };
    case '-':
        return { false, rest, {} };
    case '$': {
        QByteArray bytes;
        if (rest.toLongLong() < 0)
            return { true, {}, {} };
        if (!readBytes(rest.toLongLong(), &bytes))
            return { false, QByteArrayLiteral("truncated reply from Redis"), {} };
        return { true, bytes, {} };
    }
    case '*': {
        Reply array { true, {}, {} };
        for (qlonglong i = 0; i < rest.toLongLong(); ++i) {
            const Reply item = readReply();
            if (!item.ok && item.items.isEmpty() && item.text.startsWith("no reply"))
                return item;
            array.items.append(item.text);
        }
        return array;
    }
    default:
        return { false, QByteArrayLiteral("unexpected reply from Redis"), {} };
    }
}
