// Every product parser (RDS and Redis accounts and instances, the paging number) on any JSON answer.
#include "AccountParsers.h"
#include "JsonReader.h"
#include "PagedCall.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QJsonObject body
        = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1))).object();
    JsonReader reader(QStringLiteral("Fuzz"));
    const ProductApi& rds = ProductApi::of(Product::Rds);
    const ProductApi& redis = ProductApi::of(Product::Redis);
    switch (data[0] % 6) {
    case 0:
        (void)AccountParsers::accounts(rds, body, QStringLiteral("rm-1"), reader);
        break;
    case 1:
        (void)AccountParsers::instances(rds, body, QStringLiteral("Items.DBInstance"), reader);
        break;
    case 2:
        (void)AccountParsers::accounts(redis, body, QStringLiteral("r-1"), reader);
        break;
    case 3:
        (void)AccountParsers::instances(redis, body, QStringLiteral("Instances.KVStoreInstance"), reader);
        break;
    case 4:
        (void)AccountParsers::attribute(rds, body, reader);
        break;
    default:
        (void)PagedCall::pageNumber(body, reader);
    }
    (void)reader.error();
    return 0;
}
