#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// What the sandbox answers to one API call: an HTTP status and a JSON body. The server adds RequestId (and
// HostId and Recommend to errors) when it sends the reply.
struct ActionReply
{
    int httpStatus = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;

    bool isError() const { return httpStatus >= 400; }
    QString code() const { return body.value(QLatin1String("Code")).toString(); }

    static ActionReply ok(const QJsonObject& body = {}) { return { 200, body, {} }; }
    static ActionReply error(int httpStatus, const QString& code, const QString& message)
    {
        return { httpStatus, { { QStringLiteral("Code"), code }, { QStringLiteral("Message"), message } }, {} };
    }
    static ActionReply missingParameter(const QString& name)
    {
        return error(400,
            QStringLiteral("MissingParameter"),
            QCoreApplication::translate("ActionReply",
                "The input parameter \"%1\" that is mandatory for processing this "
                "request is not supplied.")
                .arg(name));
    }
};
