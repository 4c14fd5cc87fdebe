#include "DialogSamples.h"

#include "CreateAccountDialog.h"
#include "NamedChild.h"
#include "PasswordField.h"
#include "Product.h"

#include <QLineEdit>
#include <QTest>

namespace DialogSamples {

Instance sampleInstance(const QString& id, Engine engine, const QString& description)
{
    Instance i;
    i.id = id;
    i.regionId = QStringLiteral("cn-hangzhou");
    i.engine = engine;
    i.product = ProductInfo::productOf(engine);
    i.engineVersion = engine == Engine::Redis ? QStringLiteral("6.0") : QStringLiteral("8.0");
    i.status = QStringLiteral("Running");
    i.description = description;
    return i;
}

Instance redisInstance(Architecture architecture)
{
    Instance i = sampleInstance(QStringLiteral("r-bp1demo"), Engine::Redis);
    i.engineVersion = QStringLiteral("5.0");
    i.architecture = architecture;
    return i;
}

Instance mysqlInstance()
{
    Instance i = sampleInstance(QStringLiteral("rm-bp1demo"), Engine::MySQL);
    i.databases = { Database { QStringLiteral("db1"), QStringLiteral("Running"), {}, {} },
        Database { QStringLiteral("db2"), QStringLiteral("Running"), {}, {} } };
    return i;
}

Account sampleAccount(const QString& instanceId, const QString& name, const QString& type, const QString& status)
{
    Account a;
    a.instanceId = instanceId;
    a.name = name;
    a.type = type;
    a.status = status;
    return a;
}

Account mysqlAccount(const QString& type)
{
    Account a = sampleAccount(QStringLiteral("rm-bp1demo"), QStringLiteral("app_user"), type);
    a.description = QStringLiteral("Shop backend");
    a.privileges = { DatabasePrivilege { QStringLiteral("db1"), QStringLiteral("ReadWrite"), {} } };
    return a;
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void fillValidRedisForm(CreateAccountDialog& dialog)
{
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("app-user"));
    QTest::keyClicks(namedChild<PasswordField>(dialog, "passwordField")->passwordEdit(), QStringLiteral("abcDef12!x"));
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "confirmationEdit"), QStringLiteral("abcDef12!x"));
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "descriptionEdit"), QStringLiteral("cache_reader"));
}

} // namespace DialogSamples
