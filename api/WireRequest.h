#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

// The exact HTTP request that goes on the wire: method, URL with the encoded query, headers, body.
struct WireRequest
{
    QByteArray method = QByteArrayLiteral("POST");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // lower-case names, in the SDK's order
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
};
