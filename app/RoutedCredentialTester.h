#pragma once

#include "CredentialTester.h"

class ConnectionSet;

// Test login when several profiles are enabled: the attempt goes to the CredentialProbe of the instance's profile,
// whose client reads the instance's address with that profile's credentials.
class RoutedCredentialTester : public CredentialTester
{
    Q_OBJECT

public:
    explicit RoutedCredentialTester(ConnectionSet* connections, QObject* parent = nullptr);

    void test(const Instance& instance, const Account& account, const QString& password) override;

private:
    ConnectionSet* m_connections;
};
