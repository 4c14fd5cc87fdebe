#pragma once

#include "AccountClient.h"
#include "CredentialTester.h"

#include <QPointer>

class QTcpSocket;
class QTimer;

// Test login: reads the instance's address from its attribute call, then logs in with the account and the
// password: Redis with RESP over a QTcpSocket (AUTH, then a read and a write on a scratch key), PostgreSQL and
// MySQL through Qt SQL's QPSQL / QMYSQL on a worker thread (QSqlDatabase::open blocks), listing the effective
// grants. The password lives in this attempt's memory only.
class CredentialProbe : public CredentialTester
{
    Q_OBJECT

public:
    explicit CredentialProbe(ApiClient* client, QObject* parent = nullptr);
    ~CredentialProbe() override;

    void test(const Instance& instance, const Account& account, const QString& password) override;

    static constexpr int TimeoutMs = 10000;

private:
    void loginAt(const Instance& attributes, const Account& account, const QString& password);
    void probeRedis(const QString& host, int port, const Account& account, const QString& password);
    void probeSql(
        const Instance& instance, const QString& host, int port, const Account& account, const QString& password);
    // A refused Redis login: says so, and why when the account is still Creating (Redis keeps it off till then).
    void explainRedisRefusal(const Account& account, CredentialTestResult result);
    void endRedisAttempt();
    void finish(CredentialTestResult result);

    AccountClient m_rds;
    AccountClient m_redis;
    QPointer<QTcpSocket> m_socket;
    QPointer<QTimer> m_timer;
    QList<QThread*> m_workers;
};
