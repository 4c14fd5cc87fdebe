#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

// Takes complete RESP replies off the front of what a Redis socket has sent so far (simple strings, errors,
// integers, bulk strings; arrays are not needed by the login test). A reply is {error?, text}.
class RespReplyReader
{
public:
    struct Reply
    {
        bool error = false;
        QByteArray text;
    };

    void append(const QByteArray& bytes) { m_buffer += bytes; }
    std::optional<Reply> next();

private:
    QByteArray m_buffer;
};
