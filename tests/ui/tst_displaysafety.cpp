// Server-supplied text (descriptions, messages) is shown as plain text: markup in it is shown, never rendered.
#include "AccountDetailPane.h"
#include "AccountTableModel.h"
#include "DialogSamples.h"

#include <QLabel>
#include <QTest>
#include <QTextDocument>

class TestDisplaySafety : public QObject
{
    Q_OBJECT

private slots:
    void descriptionTooltipShowsMarkupAsText();
    void detailPaneIsPlainText();
};

namespace {
const QString kHostile
    = QStringLiteral("<b>urgent</b> <img src=\"http://evil.example/x.png\"> <a href=\"x\">click</a>");

Account hostileAccount()
{
    Account account = DialogSamples::sampleAccount(QStringLiteral("rm-1"), QStringLiteral("app_user"));
    account.description = kHostile;
    return account;
}
} // namespace

void TestDisplaySafety::descriptionTooltipShowsMarkupAsText()
{
    AccountTableModel model;
    model.setAccounts(QStringLiteral("rm-1"), { hostileAccount() });
    const QString tip = model.index(0, AccountTableModel::DescriptionColumn).data(Qt::ToolTipRole).toString();
    // What a tooltip renders is the text as typed, tags included.
    QTextDocument rendered;
    rendered.setHtml(tip);
    QCOMPARE(rendered.toPlainText().trimmed(), kHostile);
}

void TestDisplaySafety::detailPaneIsPlainText()
{
    AccountDetailPane pane;
    pane.setAccount(hostileAccount());
    const QList<QLabel*> labels = pane.findChildren<QLabel*>();
    bool shown = false;
    for (QLabel* label : labels) {
        if (!label->text().contains(QStringLiteral("urgent")))
            continue;
        QCOMPARE(label->textFormat(), Qt::PlainText);
        shown = shown || label->text().contains(QStringLiteral("<b>urgent</b>"));
    }
    QVERIFY(shown);
}

QTEST_MAIN(TestDisplaySafety)
#include "tst_displaysafety.moc"
