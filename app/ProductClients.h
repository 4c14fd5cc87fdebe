#pragma once

#include "AccountClient.h"

#include <QList>

#include <map>
#include <memory>

class ApiClient;

// One AccountClient per product the app manages (ProductApi::products()), all over one ApiClient and so one set of
// credentials: what a connection's controller talks to.
class ProductClients
{
public:
    explicit ProductClients(ApiClient* client);

    AccountClient& of(Product product) const;
    QList<AccountClient*> all() const;

private:
    std::map<Product, std::unique_ptr<AccountClient>> m_clients;
};
