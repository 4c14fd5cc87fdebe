// The response decoder and JsonReader on any HTTP status and body.
#include "JsonReader.h"
#include "ResponseDecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    ResponseDecoder::Raw raw;
    raw.httpStatus = int(data[0]) * 3 + 100; // 100..865: every class of status
    raw.networkError = (data[1] & 1) ? QNetworkReply::RemoteHostClosedError : QNetworkReply::NoError;
    raw.body = QByteArray(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    const auto decoded = ResponseDecoder::decode(raw, QStringLiteral("DescribeAccounts"));
    if (decoded.error) {
        (void)decoded.error->userText();
        (void)decoded.error->summary();
        return 0;
    }
    JsonReader reader(QStringLiteral("DescribeAccounts"));
    const QJsonArray rows = reader.array(decoded.body, QStringLiteral("Accounts.DBInstanceAccount"), false);
    for (const QJsonValue& row : rows) {
        const QJsonObject object = reader.object(row, QStringLiteral("row"));
        (void)reader.string(object, QStringLiteral("AccountName"), QStringLiteral("row"));
        (void)reader.integer(object, QStringLiteral("Count"), QStringLiteral("row"), false);
    }
    (void)reader.integer(decoded.body, QStringLiteral("PageNumber"), {}, false);
    (void)reader.integer(decoded.body, QStringLiteral("TotalRecordCount"), {}, false);
    return 0;
}
