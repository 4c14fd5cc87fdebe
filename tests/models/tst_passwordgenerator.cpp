#include "AccountRules.h"
#include "PasswordGenerator.h"
#include "PasswordPresetStore.h"
#include "RuleTable.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Engine)

class TstPasswordGenerator : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandDrawsAreValid_data();
    void tenThousandDrawsAreValid();
    void everySelectedKindAppears();
    void lengthsAndKinds_data();
    void lengthsAndKinds();
    void drawsDiffer();
    void entropy();
    void presetsRoundTrip();
    void invalidStoredPresetFallsBack();
};

void TstPasswordGenerator::tenThousandDrawsAreValid_data()
{
    QTest::addColumn<Engine>("engine");
    for (Engine e : { Engine::MySQL, Engine::PostgreSQL, Engine::SQLServer, Engine::MariaDB, Engine::Redis })
        QTest::newRow(qPrintable(ProductInfo::engineWireName(e))) << e;
}

void TstPasswordGenerator::tenThousandDrawsAreValid()
{
    QFETCH(Engine, engine);
    const AccountRules rules(engine);
    PasswordGenerator generator(RuleTable::forEngine(engine));
    QVERIFY(generator.isValid());
    for (int i = 0; i < 10000; ++i) {
        // Vary length and kinds across the draws so every combination the dialog allows is covered.
        generator.setLength(8 + i % 25);
        const auto kinds = QList<PasswordGenerator::CharacterKinds> {
            PasswordGenerator::CharacterKinds(PasswordGenerator::Lowercase | PasswordGenerator::Uppercase
                | PasswordGenerator::Digits | PasswordGenerator::Specials),
            PasswordGenerator::CharacterKinds(
                PasswordGenerator::Lowercase | PasswordGenerator::Uppercase | PasswordGenerator::Digits),
            PasswordGenerator::CharacterKinds(
                PasswordGenerator::Lowercase | PasswordGenerator::Digits | PasswordGenerator::Specials),
            PasswordGenerator::CharacterKinds(
                PasswordGenerator::Uppercase | PasswordGenerator::Digits | PasswordGenerator::Specials)
        }[i % 4];
        generator.setKinds(kinds);
        const QString password = generator.generate();
        QCOMPARE(password.size(), generator.length());
        const FieldCheck check = rules.checkPassword(password);
        QVERIFY2(check.isValid(), qPrintable(check.message));
    }
}

void TstPasswordGenerator::everySelectedKindAppears()
{
    PasswordGenerator generator(RuleTable::forEngine(Engine::Redis));
    generator.setLength(8);
    const AccountRules rules(Engine::Redis);
    for (int i = 0; i < 2000; ++i)
        QCOMPARE(rules.characterKinds(generator.generate()).size(), 4);
}

void TstPasswordGenerator::lengthsAndKinds_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("kinds");
    QTest::addColumn<bool>("valid");
    const int all = PasswordGenerator::Lowercase | PasswordGenerator::Uppercase | PasswordGenerator::Digits
        | PasswordGenerator::Specials;
    QTest::newRow("7") << 7 << all << false;
    QTest::newRow("8") << 8 << all << true;
    QTest::newRow("20 default") << 20 << all << true;
    QTest::newRow("32") << 32 << all << true;
    QTest::newRow("33") << 33 << all << false;
    QTest::newRow("2 kinds") << 20 << int(PasswordGenerator::Lowercase | PasswordGenerator::Digits) << false;
    QTest::newRow("0 kinds") << 20 << 0 << false;
}

void TstPasswordGenerator::lengthsAndKinds()
{
    QFETCH(int, length);
    QFETCH(int, kinds);
    QFETCH(bool, valid);
    PasswordGenerator generator(RuleTable::forEngine(Engine::MySQL));
    generator.setLength(length);
    generator.setKinds(PasswordGenerator::CharacterKinds(kinds));
    QCOMPARE(generator.isValid(), valid);
    QCOMPARE(generator.generate().isEmpty(), !valid);
}

void TstPasswordGenerator::drawsDiffer()
{
    PasswordGenerator generator(RuleTable::forEngine(Engine::MySQL));
    QCOMPARE(generator.length(), 20);
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(generator.generate());
    QCOMPARE(seen.size(), 1000);
}

void TstPasswordGenerator::entropy()
{
    QCOMPARE(PasswordGenerator::entropyBits(QString()), 0.0);
    QCOMPARE(PasswordGenerator::entropyBits(QStringLiteral("aaaaaaaa")), 8 * std::log2(26.0));
    QCOMPARE(PasswordGenerator::entropyBits(QStringLiteral("aA1!")), 4 * std::log2(76.0));
    QVERIFY(PasswordGenerator::entropyBits(QStringLiteral("Abcdef1!xyzXYZ123")) > 100);
}

void TstPasswordGenerator::presetsRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    PasswordPresetStore store(settings);
    QCOMPARE(store.load(Engine::Redis), PasswordPreset());
    PasswordPreset preset;
    preset.length = 28;
    preset.kinds = PasswordGenerator::CharacterKinds(
        PasswordGenerator::Lowercase | PasswordGenerator::Uppercase | PasswordGenerator::Digits);
    store.save(Engine::Redis, preset);
    QCOMPARE(store.load(Engine::Redis), preset);
    QCOMPARE(store.load(Engine::MySQL), PasswordPreset()); // per engine
    settings.sync();
    QSettings reopened(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QCOMPARE(PasswordPresetStore(reopened).load(Engine::Redis), preset);
    store.remove(Engine::Redis);
    QCOMPARE(store.load(Engine::Redis), PasswordPreset());
}

void TstPasswordGenerator::invalidStoredPresetFallsBack()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("passwordPresets/MySQL/length"), 99);
    settings.setValue(QStringLiteral("passwordPresets/MySQL/kinds"), QStringList { QStringLiteral("digits") });
    QCOMPARE(PasswordPresetStore(settings).load(Engine::MySQL), PasswordPreset());
}

QTEST_GUILESS_MAIN(TstPasswordGenerator)
#include "tst_passwordgenerator.moc"
