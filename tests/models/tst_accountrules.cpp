#include "AccountRules.h"
#include "RuleTable.h"

#include <QFile>
#include <QTest>

using State = FieldCheck::State;
Q_DECLARE_METATYPE(Engine)
Q_DECLARE_METATYPE(FieldCheck::State)

namespace {
QString repeat(QChar c, int n)
{
    return QString(n, c);
}
// A name of exactly n characters that follows every rule: "a" then digits.
QString nameOfLength(int n)
{
    return QLatin1Char('a') + repeat(QLatin1Char('1'), n - 1);
}
} // namespace

class TstAccountRules : public QObject
{
    Q_OBJECT

private slots:
    void name_data();
    void name();
    void nameMessages_data();
    void nameMessages();
    void redisReservedWordsInAnyCase();
    void reservedWordFileMatchesSeed();
    void extraReservedWords();
    void password_data();
    void password();
    void passwordMessages();
    void confirmation_data();
    void confirmation();
    void description_data();
    void description();
    void typeAndPrivilege();
    void ruleTable();
    void ruleTexts();
};

void TstAccountRules::name_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QString>("name");
    QTest::addColumn<State>("state");

    const QList<QPair<Engine, QPair<int, int>>> rdsLimits = { { Engine::MySQL, { 2, 32 } },
        { Engine::MariaDB, { 2, 32 } },
        { Engine::PostgreSQL, { 2, 63 } },
        { Engine::SQLServer, { 2, 64 } } };
    for (const auto& [engine, range] : rdsLimits) {
        const QByteArray e = ProductInfo::engineWireName(engine).toLatin1();
        QTest::addRow("%s 1 char", e.constData()) << engine << nameOfLength(1) << State::Intermediate;
        QTest::addRow("%s min", e.constData()) << engine << nameOfLength(range.first) << State::Valid;
        QTest::addRow("%s max", e.constData()) << engine << nameOfLength(range.second) << State::Valid;
        QTest::addRow("%s max+1", e.constData()) << engine << nameOfLength(range.second + 1) << State::Invalid;
        QTest::addRow("%s leading digit", e.constData()) << engine << QStringLiteral("1abc") << State::Invalid;
        QTest::addRow("%s leading underscore", e.constData()) << engine << QStringLiteral("_abc") << State::Invalid;
        QTest::addRow("%s uppercase", e.constData()) << engine << QStringLiteral("abCd") << State::Invalid;
        QTest::addRow("%s uppercase first", e.constData()) << engine << QStringLiteral("Abcd") << State::Invalid;
        QTest::addRow("%s hyphen", e.constData()) << engine << QStringLiteral("ab-cd") << State::Invalid;
        QTest::addRow("%s underscore inside", e.constData()) << engine << QStringLiteral("app_user") << State::Valid;
        QTest::addRow("%s trailing underscore", e.constData())
            << engine << QStringLiteral("app_") << State::Intermediate;
        QTest::addRow("%s empty", e.constData()) << engine << QString() << State::Intermediate;
        QTest::addRow("%s space", e.constData()) << engine << QStringLiteral("ab cd") << State::Invalid;
        QTest::addRow("%s select not reserved without keywords", e.constData())
            << engine << QStringLiteral("select") << State::Valid;
    }
    QTest::newRow("Redis 1 char") << Engine::Redis << QStringLiteral("a") << State::Valid;
    QTest::newRow("Redis 35") << Engine::Redis << nameOfLength(35) << State::Valid;
    QTest::newRow("Redis 36") << Engine::Redis << nameOfLength(36) << State::Invalid;
    QTest::newRow("Redis hyphen") << Engine::Redis << QStringLiteral("app-user") << State::Valid;
    QTest::newRow("Redis trailing hyphen") << Engine::Redis << QStringLiteral("app-") << State::Valid;
    QTest::newRow("Redis underscore") << Engine::Redis << QStringLiteral("app_user") << State::Invalid;
    QTest::newRow("Redis leading digit") << Engine::Redis << QStringLiteral("1app") << State::Invalid;
    QTest::newRow("Redis leading hyphen") << Engine::Redis << QStringLiteral("-app") << State::Invalid;
    QTest::newRow("Redis uppercase") << Engine::Redis << QStringLiteral("App") << State::Invalid;
    QTest::newRow("Redis reserved") << Engine::Redis << QStringLiteral("select") << State::Invalid;
    QTest::newRow("Redis reserved prefix ok") << Engine::Redis << QStringLiteral("selected") << State::Valid;
    QTest::newRow("Redis empty") << Engine::Redis << QString() << State::Intermediate;
}

void TstAccountRules::name()
{
    QFETCH(Engine, engine);
    QFETCH(QString, name);
    QFETCH(State, state);
    const FieldCheck check = AccountRules(engine).checkName(name);
    QCOMPARE(check.state, state);
    QCOMPARE(check.message.isEmpty(), state == State::Valid);
}

void TstAccountRules::nameMessages_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("leading digit") << Engine::MySQL << QStringLiteral("1abc")
                                   << QStringLiteral("Must start with a lowercase letter.");
    QTest::newRow("too long") << Engine::MySQL << nameOfLength(33)
                              << QStringLiteral("Use at most 32 characters (this has 33).");
    QTest::newRow("hyphen rds") << Engine::PostgreSQL << QStringLiteral("a-b")
                                << QStringLiteral(
                                       "'-' is not allowed; use lowercase letters, digits and underscores (_).");
    QTest::newRow("underscore redis") << Engine::Redis << QStringLiteral("a_b")
                                      << QStringLiteral(
                                             "'_' is not allowed; use lowercase letters, digits and hyphens (-).");
    QTest::newRow("uppercase") << Engine::Redis << QStringLiteral("aB")
                               << QStringLiteral("Use lowercase letters only; 'B' is uppercase.");
    QTest::newRow("reserved") << Engine::Redis << QStringLiteral("select")
                              << QStringLiteral("'select' is a reserved word; choose another name.");
    QTest::newRow("trailing underscore") << Engine::SQLServer << QStringLiteral("ab_")
                                         << QStringLiteral("Must end with a letter or digit.");
    QTest::newRow("too short") << Engine::MySQL << QStringLiteral("a")
                               << QStringLiteral("Use at least 2 characters (this has 1).");
}

void TstAccountRules::nameMessages()
{
    QFETCH(Engine, engine);
    QFETCH(QString, name);
    QFETCH(QString, message);
    QCOMPARE(AccountRules(engine).checkName(name).message, message);
}

void TstAccountRules::redisReservedWordsInAnyCase()
{
    const AccountRules rules(Engine::Redis);
    const QStringList& words = RuleTable::redisReservedWords();
    QCOMPARE(words.size(), 236);
    for (const QString& word : words) {
        // Mixed case: every other letter upper. Names with uppercase are refused anyway, so check the
        // reserved-word lookup itself, plus the lowercase spelling through checkName.
        QString mixed = word;
        for (qsizetype i = 0; i < mixed.size(); i += 2)
            mixed[i] = mixed[i].toUpper();
        QVERIFY2(rules.isReservedWord(mixed), qPrintable(mixed));
        QVERIFY2(rules.isReservedWord(word.toUpper()), qPrintable(word));
        const FieldCheck check = rules.checkName(word);
        if (word.contains(QLatin1Char('_')))
            QCOMPARE(check.state, State::Invalid); // '_' is not a Redis name character either
        else
            QCOMPARE(check.message, QStringLiteral("'%1' is a reserved word; choose another name.").arg(word));
        QVERIFY(!rules.checkName(mixed).isValid());
    }
    QVERIFY(!rules.isReservedWord(QStringLiteral("appuser")));
}

void TstAccountRules::reservedWordFileMatchesSeed()
{
    // The seed's table, section "Reserved words for account names" (copied to tests/data, see its README):
    // every word must be in the resource.
    QFile seed(QStringLiteral(APSARA_COMMON_TEST_DATA_DIR "/redis-reserved-words.txt"));
    QVERIFY(seed.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(seed.readAll());
    QStringList seedWords;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.size() > 4 && trimmed.at(1) == QLatin1Char('~') && trimmed.at(3) == QLatin1Char(' '))
            seedWords += trimmed.mid(4).split(QLatin1Char(','));
    }
    QCOMPARE(seedWords.size(), 236);
    QStringList ours = RuleTable::redisReservedWords();
    seedWords.sort();
    ours.sort();
    QCOMPARE(ours, seedWords);
}

void TstAccountRules::extraReservedWords()
{
    AccountRules rules(Engine::MySQL);
    QVERIFY(rules.checkName(QStringLiteral("root")).isValid());
    rules.setExtraReservedWords({ QStringLiteral("Root"), QStringLiteral(" admin ") });
    QCOMPARE(rules.checkName(QStringLiteral("root")).state, State::Invalid);
    QCOMPARE(rules.checkName(QStringLiteral("admin")).message,
        QStringLiteral("'admin' is a reserved word; choose another name."));
    QVERIFY(rules.checkName(QStringLiteral("rooty")).isValid());
}

void TstAccountRules::password_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<State>("state");
    QTest::newRow("7 chars") << QStringLiteral("Abcde1!") << State::Intermediate;
    QTest::newRow("8 chars") << QStringLiteral("Abcdef1!") << State::Valid;
    QTest::newRow("32 chars") << (QStringLiteral("Ab1!") + repeat(QLatin1Char('x'), 28)) << State::Valid;
    QTest::newRow("33 chars") << (QStringLiteral("Ab1!") + repeat(QLatin1Char('x'), 29)) << State::Invalid;
    QTest::newRow("2 kinds") << QStringLiteral("abcdef12") << State::Intermediate;
    QTest::newRow("3 kinds no special") << QStringLiteral("Abcdef12") << State::Valid;
    QTest::newRow("3 kinds no upper") << QStringLiteral("abcdef1=") << State::Valid;
    QTest::newRow("3 kinds no digit") << QStringLiteral("ABCdef+-") << State::Valid;
    QTest::newRow("3 kinds no lower") << QStringLiteral("ABCDEF1_") << State::Valid;
    QTest::newRow("1 kind") << QStringLiteral("abcdefgh") << State::Intermediate;
    QTest::newRow("empty") << QString() << State::Intermediate;
    for (QChar c : QStringLiteral("!@#$%^&*()_+-=")) {
        QTest::newRow(qPrintable(QStringLiteral("special %1").arg(c)))
            << (QStringLiteral("abcDEF1") + c) << State::Valid;
    }
    for (QChar c : QStringLiteral("?~`[]{}|\\;:'\",.<>/ ")) {
        QTest::newRow(qPrintable(QStringLiteral("outside %1").arg(c)))
            << (QStringLiteral("abcDEF1") + c) << State::Invalid;
    }
    QTest::newRow("non-ascii letter") << QStringLiteral("abcDEF1\u00e9") << State::Invalid;
    QTest::newRow("chinese") << QStringLiteral("abcDEF1\u4e2d") << State::Invalid;
}

void TstAccountRules::password()
{
    QFETCH(QString, password);
    QFETCH(State, state);
    for (Engine e : { Engine::MySQL, Engine::PostgreSQL, Engine::SQLServer, Engine::MariaDB, Engine::Redis })
        QCOMPARE(AccountRules(e).checkPassword(password).state, state);
}

void TstAccountRules::passwordMessages()
{
    const AccountRules rules(Engine::MySQL);
    QCOMPARE(rules.checkPassword(QStringLiteral("abcdef12")).message,
        QStringLiteral("Needs 3 of 4 character kinds; it has 2: lowercase, digits."));
    QCOMPARE(rules.checkPassword(QStringLiteral("abcDEF1?")).message,
        QStringLiteral("'?' is not allowed; allowed specials are ! @ # $ % ^ & * ( ) _ + - ="));
    QCOMPARE(rules.checkPassword(QStringLiteral("abcDEF1 ")).message,
        QStringLiteral("A space is not allowed; allowed specials are ! @ # $ % ^ & * ( ) _ + - ="));
    QCOMPARE(
        rules.checkPassword(QStringLiteral("Ab1")).message, QStringLiteral("Use at least 8 characters (this has 3)."));
    QCOMPARE(rules.checkPassword(QStringLiteral("ab")).message,
        QStringLiteral("Use at least 8 characters (this has 2). Needs 3 of 4 character kinds; it has 1: lowercase."));
    QCOMPARE(rules.checkPassword(repeat(QLatin1Char('a'), 30) + QStringLiteral("B1!")).message,
        QStringLiteral("Use at most 32 characters (this has 33)."));
    QCOMPARE(rules.characterKinds(QStringLiteral("aA1!")),
        QStringList({ QStringLiteral("lowercase"),
            QStringLiteral("uppercase"),
            QStringLiteral("digits"),
            QStringLiteral("special characters") }));
}

void TstAccountRules::confirmation_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<State>("state");
    QTest::newRow("equal") << QStringLiteral("Abcdef1!") << QStringLiteral("Abcdef1!") << State::Valid;
    QTest::newRow("prefix") << QStringLiteral("Abcdef1!") << QStringLiteral("Abc") << State::Intermediate;
    QTest::newRow("empty") << QStringLiteral("Abcdef1!") << QString() << State::Intermediate;
    QTest::newRow("differs") << QStringLiteral("Abcdef1!") << QStringLiteral("Abd") << State::Invalid;
    QTest::newRow("longer") << QStringLiteral("Abcdef1!") << QStringLiteral("Abcdef1!x") << State::Invalid;
    QTest::newRow("case differs") << QStringLiteral("Abcdef1!") << QStringLiteral("abcdef1!") << State::Invalid;
}

void TstAccountRules::confirmation()
{
    QFETCH(QString, password);
    QFETCH(QString, confirmation);
    QFETCH(State, state);
    QCOMPARE(AccountRules(Engine::Redis).checkConfirmation(password, confirmation).state, state);
}

void TstAccountRules::description_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("required");
    QTest::addColumn<State>("state");
    for (Engine e : { Engine::MySQL, Engine::Redis }) {
        const QByteArray n = ProductInfo::engineWireName(e).toLatin1();
        QTest::addRow("%s empty optional", n.constData()) << e << QString() << false << State::Valid;
        QTest::addRow("%s empty required", n.constData()) << e << QString() << true << State::Intermediate;
        QTest::addRow("%s 1 char", n.constData()) << e << QStringLiteral("a") << false << State::Intermediate;
        QTest::addRow("%s 2 chars", n.constData()) << e << QStringLiteral("ab") << false << State::Valid;
        QTest::addRow("%s 256 chars", n.constData()) << e << repeat(QLatin1Char('a'), 256) << false << State::Valid;
        QTest::addRow("%s 257 chars", n.constData()) << e << repeat(QLatin1Char('a'), 257) << false << State::Invalid;
        QTest::addRow("%s leading digit", n.constData()) << e << QStringLiteral("1app") << false << State::Invalid;
        QTest::addRow("%s leading underscore", n.constData()) << e << QStringLiteral("_app") << false << State::Invalid;
        QTest::addRow("%s http", n.constData()) << e << QStringLiteral("http://x") << false << State::Invalid;
        QTest::addRow("%s https", n.constData()) << e << QStringLiteral("https://x") << false << State::Invalid;
        QTest::addRow("%s HTTPS upper", n.constData()) << e << QStringLiteral("HTTPS://x") << false << State::Invalid;
        QTest::addRow("%s letters digits _ -", n.constData())
            << e << QStringLiteral("App_user-2") << false << State::Valid;
        QTest::addRow("%s uppercase first", n.constData()) << e << QStringLiteral("Billing") << false << State::Valid;
    }
    QTest::newRow("MySQL chinese first") << Engine::MySQL << QStringLiteral("\u8d22\u52a1\u8d26\u53f7") << false
                                         << State::Valid;
    QTest::newRow("PostgreSQL chinese first")
        << Engine::PostgreSQL << QStringLiteral("\u8d22\u52a1") << false << State::Valid;
    QTest::newRow("Redis chinese first") << Engine::Redis << QStringLiteral("\u8d22\u52a1") << false << State::Invalid;
    QTest::newRow("Redis space") << Engine::Redis << QStringLiteral("app user") << false << State::Invalid;
    QTest::newRow("MySQL space") << Engine::MySQL << QStringLiteral("app user") << false << State::Valid;
    QTest::newRow("Redis dot") << Engine::Redis << QStringLiteral("app.user") << false << State::Invalid;
    QTest::newRow("MySQL accented first")
        << Engine::MySQL << QStringLiteral("\u00e9t\u00e9") << false << State::Invalid;
}

void TstAccountRules::description()
{
    QFETCH(Engine, engine);
    QFETCH(QString, description);
    QFETCH(bool, required);
    QFETCH(State, state);
    const FieldCheck check = AccountRules(engine).checkDescription(description, required);
    QCOMPARE(check.state, state);
    QCOMPARE(check.message.isEmpty(), state == State::Valid);
}

void TstAccountRules::typeAndPrivilege()
{
    const AccountRules mysql(Engine::MySQL);
    QVERIFY(mysql.checkAccountType(QStringLiteral("Super")).isValid());
    QVERIFY(mysql.checkAccountType(QStringLiteral("Normal")).isValid());
    QCOMPARE(mysql.checkAccountType(QStringLiteral("Sysadmin")).state, State::Invalid);
    QVERIFY(!AccountRules(Engine::Redis).checkAccountType(QStringLiteral("Super")).isValid());
    QVERIFY(mysql.checkPrivilege(QStringLiteral("DDLOnly")).isValid());
    QCOMPARE(mysql.checkPrivilege(QStringLiteral("DBOwner")).state, State::Invalid);
    QVERIFY(AccountRules(Engine::SQLServer).checkPrivilege(QStringLiteral("DBOwner")).isValid());
    QVERIFY(AccountRules(Engine::PostgreSQL).checkPrivilege(QStringLiteral("DBOwner")).isValid());
    QVERIFY(!AccountRules(Engine::PostgreSQL).checkPrivilege(QStringLiteral("ReadWrite")).isValid());
    QVERIFY(AccountRules(Engine::Redis).checkPrivilege(QStringLiteral("RoleRepl")).isValid());
    QCOMPARE(mysql.checkPrivilege(QString()).state, State::Intermediate);
}

void TstAccountRules::ruleTable()
{
    const EngineRules& redis = RuleTable::forEngine(Engine::Redis);
    QCOMPARE(redis.maxAccountsPerInstance, 20);
    QCOMPARE(redis.minimumEngineVersion, QStringLiteral("4.0"));
    QCOMPARE(redis.defaultPrivilege, QStringLiteral("RoleReadWrite"));
    QVERIFY(redis.copyPrivilegeOnlyOnStandard);
    QCOMPARE(redis.accountTypes, QStringList { QStringLiteral("Normal") });
    QVERIFY(RuleTable::forEngine(Engine::PostgreSQL).supportsLock);
    for (Engine e : { Engine::MySQL, Engine::SQLServer, Engine::MariaDB, Engine::Redis })
        QVERIFY(!RuleTable::forEngine(e).supportsLock);
    QVERIFY(RuleTable::forEngine(Engine::MySQL).supportsResetPrivilegedAccount);
    QVERIFY(!RuleTable::forEngine(Engine::PostgreSQL).supportsResetPrivilegedAccount);
    QVERIFY(!redis.supportsOperatorPermission);
    QVERIFY(RuleTable::forEngine(Engine::SQLServer).supportsOperatorPermission);
    for (Engine e : { Engine::MySQL, Engine::PostgreSQL, Engine::SQLServer, Engine::MariaDB, Engine::Redis })
        QCOMPARE(RuleTable::forEngine(e).engine, e);
}

void TstAccountRules::ruleTexts()
{
    QVERIFY(AccountRules(Engine::PostgreSQL).nameRuleText().contains(QStringLiteral("2 to 63")));
    QVERIFY(AccountRules(Engine::Redis).nameRuleText().contains(QStringLiteral("1 to 35")));
    QVERIFY(AccountRules(Engine::Redis).passwordRuleText().contains(QStringLiteral("! @ # $ % ^ & * ( ) _ + - =")));
    QVERIFY(AccountRules(Engine::MySQL).descriptionRuleText().contains(QStringLiteral("Chinese")));
    QVERIFY(!AccountRules(Engine::Redis).descriptionRuleText().contains(QStringLiteral("Chinese")));
    // Create Account: optional; Edit Description: the API needs one.
    for (Engine e : { Engine::MySQL, Engine::Redis }) {
        const AccountRules rules(e);
        QVERIFY(rules.descriptionRuleText().startsWith(QStringLiteral("Optional; ")));
        QVERIFY(rules.descriptionRuleText(false).startsWith(QStringLiteral("Optional; ")));
        const QString required = rules.descriptionRuleText(true);
        QVERIFY2(required.startsWith(QStringLiteral("Required; ")), qPrintable(required));
        QVERIFY(!required.contains(QStringLiteral("Optional")));
        QCOMPARE(required.mid(8), rules.descriptionRuleText().mid(8)); // the same rule after the first word
    }
}

QTEST_GUILESS_MAIN(TstAccountRules)
#include "tst_accountrules.moc"
