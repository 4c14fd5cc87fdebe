#include "RoutedCredentialTester.h"

#include "ConnectionSet.h"

#include <QTimer>

RoutedCredentialTester::RoutedCredentialTester(ConnectionSet* connections, QObject* parent)
    : CredentialTester(parent)
    , m_connections(connections)
{
}

void RoutedCredentialTester::test(const Instance& instance, const Account& account, const QString& password)
{
    ProfileConnection* connection = m_connections->connectionFor(instance);
    if (!connection) {
        CredentialTestResult result;
        result.outcome = CredentialTestResult::Outcome::Unreachable;
        result.message = tr("Profile %1 is not connected.").arg(instance.profile);
        QTimer::singleShot(0, this, [this, result] { emit finished(result); });
        return;
    }
    CredentialProbe* probe = connection->credentialProbe();
    connect(probe, &CredentialTester::finished, this, &CredentialTester::finished, Qt::SingleShotConnection);
    probe->test(instance, account, password);
}
