#include "PercentEncoding.h"

namespace {
bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '~';
}
} // namespace

namespace PercentEncoding {

QByteArray encode(const QString& text)
{
    return encode(text.toUtf8());
}

QByteArray encode(const QByteArray& utf8)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(c);
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        out.append('%');
        out.append(hex[byte >> 4]);
        out.append(hex[byte & 0x0F]);
    }
    return out;
}

} // namespace PercentEncoding

namespace PercentEncoding {

QByteArray encodeQueryComponent(const QString& text)
{
    QByteArray out = encode(text);
    out.replace("%21", "!");
    out.replace("%27", "'");
    out.replace("%28", "(");
    out.replace("%29", ")");
    out.replace("%2A", "*");
    return out;
}

} // namespace PercentEncoding
