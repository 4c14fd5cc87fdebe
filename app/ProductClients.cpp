#include "ProductClients.h"

ProductClients::ProductClients(ApiClient* client)
{
    for (const Product product : ProductApi::products())
        m_clients.emplace(product, std::make_unique<AccountClient>(client, product));
}

AccountClient& ProductClients::of(Product product) const
{
    return *m_clients.at(product);
}

QList<AccountClient*> ProductClients::all() const
{
    QList<AccountClient*> clients;
    for (const Product product : ProductApi::products())
        clients << m_clients.at(product).get();
    return clients;
}
