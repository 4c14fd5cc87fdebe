#include "RespReplyReader.h"

std::optional<RespReplyReader::Reply> RespReplyReader::next()
{
    const qsizetype end = m_buffer.indexOf("\r\n");
    if (end < 1)
        return std::nullopt;
    const char kind = m_buffer.at(0);
    const QByteArray line = m_buffer.mid(1, end - 1);
    if (kind == '$') {
        const qsizetype length = line.toLongLong();
        if (length < 0) {
            m_buffer.remove(0, end + 2);
            return Reply { false, {} };
        }
        if (m_buffer.size() < end + 2 + length + 2)
            return std::nullopt;
        Reply reply { false, m_buffer.mid(end + 2, length) };
        m_buffer.remove(0, end + 2 + length + 2);
        return reply;
    }
    m_buffer.remove(0, end + 2);
    return Reply { kind == '-', line };
}
