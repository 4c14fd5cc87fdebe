// Journey of a helpdesk agent: find the account by part of its name, reset its password with Generate, copy
// it, and the clipboard is emptied when the countdown ends; the RequestId is there for the ticket.
#include "AccountActions.h"
#include "AccountDetailPane.h"
#include "ClipboardGuard.h"
#include "JourneyFixture.h"
#include "MainWindow.h"
#include "PasswordField.h"
#include "ResetPasswordDialog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace {
const QString MySql = QStringLiteral("rm-bp1k8x3n2q7w4e5r6");
}

class TestJourneyHelpdesk : public QObject
{
    Q_OBJECT

private slots:
    void filterResetWithGenerateCopyAndClipboardClears()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(MySql));
        MainWindow* window = journey.window();
        QTest::keyClicks(window->filterField(), QStringLiteral("report"));
        QAbstractItemModel* rows = window->accountView()->model();
        auto onlyMatches = [rows] {
            for (int row = 0; row < rows->rowCount(); ++row) {
                if (!rows->index(row, 0).data().toString().contains(QLatin1String("report")))
                    return false;
            }
            return rows->rowCount() > 0;
        };
        QTRY_VERIFY(onlyMatches());
        const QModelIndexList found
            = rows->match(rows->index(0, 0), Qt::DisplayRole, QStringLiteral("report_ro"), 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        window->accountView()->setCurrentIndex(found.constFirst());
        QTRY_COMPARE(window->currentAccount()->name, QStringLiteral("report_ro"));

        journey.actions()->resetPassword->trigger();
        auto dialog = journey.dialog<ResetPasswordDialog>();
        QVERIFY(dialog);
        dialog->passwordField()->generate();
        const QString password = dialog->passwordField()->password();
        QCOMPARE(password.size(), 20);
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), JourneyFixture::CallTimeoutMs);
        const QString requestId = dialog->lastRequestId();
        QVERIFY(!requestId.isEmpty());
        QCOMPARE(journey.activityRequestIds(QStringLiteral("ResetAccountPassword")), QStringList { requestId });

        // The countdown's clock is injectable: a short timeout instead of 30 s.
        dialog->clipboardGuard()->setTimeout(std::chrono::milliseconds(700));
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 5000);
        dialog->close();

        QVERIFY(journey.selectAccount(MySql, QStringLiteral("report_ro")));
        QTRY_COMPARE(window->detailPane()->requestIdField()->text(), requestId);
    }
};

JOURNEY_MAIN(TestJourneyHelpdesk)
#include "tst_journey_helpdesk.moc"
