#include "IndexedAccount.h"

#include "Product.h"

IndexedAccount IndexedAccount::of(
    const QString& profile, const Account& account, const std::optional<Instance>& instance, const QDateTime& seen)
{
    IndexedAccount row;
    row.profile = profile;
    row.name = account.name;
    row.instanceId = account.instanceId;
    row.type = account.type;
    row.status = account.status;
    row.description = account.description;
    row.privileges = account.privileges;
    row.seen = seen;
    if (instance) {
        row.region = instance->regionId;
        row.product = ProductInfo::productCode(instance->product);
        row.engine = ProductInfo::engineWireName(instance->engine);
        row.instanceDescription = instance->description;
    }
    return row;
}

Account IndexedAccount::account() const
{
    Account account;
    account.instanceId = instanceId;
    account.name = name;
    account.type = type;
    account.status = status;
    account.description = description;
    account.privileges = privileges;
    return account;
}
