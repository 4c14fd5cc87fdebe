// Journey: a new user's first start, with no profile, in demo mode.
#include "DemoBanner.h"
#include "JourneyFixture.h"
#include "MainWindow.h"
#include "ProfileDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

namespace {
const QString MySql = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");
}

class TestJourneyDemo : public QObject
{
    Q_OBJECT

private slots:
    // The first start shows demo data with a banner that says so; Connect account opens the profile dialog and
    // Close returns to the demo unchanged.
    void firstStartShowsTheDemoBannerAndConnectOpensProfiles()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        auto* banner = journey.part<DemoBanner>(QStringLiteral("demoBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        const QList<QLabel*> labels = banner->findChildren<QLabel*>();
        QVERIFY(std::any_of(
            labels.cbegin(), labels.cend(), [](QLabel* l) { return l->text().contains(QLatin1String("Demo data.")); }));
        QVERIFY(journey.session()->isDemo());
        QVERIFY(journey.window()->windowTitle().contains(QLatin1String("Demo")));
        QVERIFY(journey.instance(MySql));
        QVERIFY(journey.openInstance(MySql));
        QVERIFY(journey.shown(MySql, QStringLiteral("app_rw")));

        QTest::mouseClick(banner->connectButton(), Qt::LeftButton);
        ProfileDialog* profiles = journey.dialog<ProfileDialog>();
        QVERIFY(profiles);
        QTest::keyClick(profiles, Qt::Key_Escape);
        QTRY_VERIFY(!profiles->isVisible());
        QVERIFY(banner->isVisible());
        QVERIFY(journey.session()->isDemo());
        QVERIFY(journey.shown(MySql, QStringLiteral("app_rw")));
    }
};

JOURNEY_MAIN(TestJourneyDemo)
#include "tst_journey_demo.moc"
