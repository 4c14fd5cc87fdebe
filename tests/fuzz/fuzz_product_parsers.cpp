// Every product parser (RDS and Redis accounts and instances, the paging number) on any JSON answer.
#include "JsonReader.h"
#include "PagedCall.h"
#include "RdsClient.h"
#include "RedisClient.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QJsonObject body
        = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1))).object();
    JsonReader reader(QStringLiteral("Fuzz"));
    switch (data[0] % 6) {
    case 0:
        (void)RdsClient::parseAccounts(body, QStringLiteral("rm-1"), reader);
        break;
    case 1:
        (void)RdsClient::parseInstances(body, QStringLiteral("Items.DBInstance"), reader);
        break;
    case 2:
        (void)RedisClient::parseAccounts(body, QStringLiteral("r-1"), reader);
        break;
    case 3:
        (void)RedisClient::parseInstances(body, QStringLiteral("Instances.KVStoreInstance"), reader);
        break;
    case 4:
        (void)RdsClient::parseInstances(body, QStringLiteral("Items.DBInstanceAttribute"), reader);
        break;
    default:
        (void)PagedCall::pageNumber(body, reader);
    }
    (void)reader.error();
    return 0;
}
