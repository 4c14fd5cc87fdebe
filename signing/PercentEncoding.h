#pragma once

#include <QByteArray>
#include <QString>

// RFC 3986 percent-encoding over UTF-8 bytes, as the Alibaba Cloud SDKs sign: only A-Z a-z 0-9 - _ . ~ stay
// literal, hex is upper case, a space is %20 (never +), '*' is %2A.
namespace PercentEncoding {
QByteArray encode(const QString& text);
QByteArray encode(const QByteArray& utf8);
} // namespace PercentEncoding

namespace PercentEncoding {
// Node's querystring.escape, which the SDKs use to put parameters on the wire: like encode() but
// ! ' ( ) * stay literal. Only for the URL; signatures always use encode().
QByteArray encodeQueryComponent(const QString& text);
} // namespace PercentEncoding
