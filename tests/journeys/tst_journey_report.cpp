// Journeys of the access report: an auditor's DBA opens File > Access Report…, saves the whole estate as CSV,
// JSON and PDF through the save dialog, and every row and figure matches what the sandbox holds (read through a
// client of the journey's own); a password just set and a secret typed into a description appear in none of the
// files. A report of the current view covers the selected instance only.
#include "../models/PdfPages.h"
#include "../ui/NamedChild.h"
#include "AccessReportDialog.h"
#include "AccessReportPdf.h"
#include "AccountActions.h"
#include "AccountIndex.h"
#include "AccountText.h"
#include "EditDescriptionDialog.h"
#include "InstancePolicy.h"
#include "InstanceTreeModel.h"
#include "JourneyFixture.h"
#include "MainWindow.h"
#include "PasswordField.h"
#include "ResetPasswordDialog.h"
#include "SandboxOptions.h"
#include "SecretMask.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimer>

namespace {

const QString CrmLegacy = QStringLiteral("rm-bp19a2c4d6f8h0j1k");
const QString NewPassword = QStringLiteral("Audit#Rotated2026");
const QString DescriptionSecret = QStringLiteral("Tr0ub4dor3xyz");

QList<Instance> allInstances(InstanceTreeModel* tree, const QModelIndex& parent = {})
{
    QList<Instance> found;
    for (int row = 0; row < tree->rowCount(parent); ++row) {
        const QModelIndex index = tree->index(row, 0, parent);
        if (const std::optional<Instance> instance = tree->instanceAt(index))
            found << *instance;
        found << allInstances(tree, index);
    }
    return found;
}

// What the sandbox holds, one string per account and database privilege, as the report's CSV must say it.
QStringList heldLines(const JourneyFixture& journey, const QList<Instance>& instances, QList<Account>* accounts)
{
    QStringList lines;
    for (const Instance& instance : instances) {
        for (const Account& a : journey.heldAccounts(instance)) {
            *accounts << a;
            const QString head = QStringList { a.instanceId,
                a.name,
                AccountText::typeName(a.type),
                AccountText::statusName(a.status),
                SecretMask::maskText(a.description) }
                                     .join(QLatin1Char('|'));
            const bool privileged = a.type == QLatin1String("Super") || a.type == QLatin1String("Sysadmin");
            if (a.privileges.isEmpty())
                lines << head + (privileged ? QStringLiteral("||All (privileged account)") : QStringLiteral("||"));
            for (const DatabasePrivilege& p : a.privileges)
                lines << head + QLatin1Char('|') + p.dbName + QLatin1Char('|')
                        + AccountText::privilegeName(p.privilege);
        }
    }
    lines.sort();
    return lines;
}

// RFC 4180: fields separated by commas, quoted when they hold commas, quotes or line breaks.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    return rows;
}

// A cell the export made plain text ("'=…") reads as the value.
QString unneutralised(const QString& cell)
{
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    return cell.size() > 1 && cell.front() == QLatin1Char('\'') && formulaStart.contains(cell.at(1)) ? cell.mid(1)
                                                                                                     : cell;
}

QStringList csvLines(const QList<QStringList>& rows)
{
    // Columns: profile, region, engine, instance, instance description, account, type, status, description,
    // database, privilege, SQL privileges, seen.
    QStringList lines;
    for (const QStringList& r : rows.mid(1)) {
        lines << QStringList { r.at(3), r.at(5), r.at(6), r.at(7), unneutralised(r.at(8)), r.at(9), r.at(10) }.join(
            QLatin1Char('|'));
    }
    lines.sort();
    return lines;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestJourneyReport : public QObject
{
    Q_OBJECT

private:
    // Clicks Save… and answers the save dialog with path, as the user would; true once the report is saved (it is
    // written on a pool thread: the status says so when the file is complete).
    static bool saveThroughTheFileDialog(AccessReportDialog* dialog, const QString& path)
    {
        if (!QTest::qWaitFor([&] { return namedChild<QPushButton>(dialog, "saveReportButton")->isEnabled(); }, 5000))
            return false;
        QTimer answer;
        QObject::connect(&answer, &QTimer::timeout, dialog, [&] {
            auto* files = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!files || !files->isVisible())
                return;
            answer.stop();
            // The full path typed into the name field, as a user may; selectFile() would race the dialog's own
            // asynchronous directory listing.
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            if (name)
                name->setText(path);
            else
                files->selectFile(path);
            static_cast<QDialog*>(files)->accept(); // QFileDialog's own accept() checks the name, as Save does
        });
        answer.start(20);
        QTest::mouseClick(namedChild<QPushButton>(dialog, "saveReportButton"), Qt::LeftButton);
        if (QTest::qWaitFor(
                [&] { return namedChild<QLabel>(dialog, "reportStatus")->text().startsWith(QLatin1String("Saved")); },
                JourneyFixture::CallTimeoutMs)
            && QFile::exists(path))
            return true;
        qWarning().noquote() << "not saved:" << namedChild<QLabel>(dialog, "reportStatus")->text();
        return false;
    }

    // Opens File > Access Report… and returns the dialog.
    static QPointer<AccessReportDialog> openReport(JourneyFixture& journey)
    {
        auto* action = journey.part<QAction>(QStringLiteral("accessReportAction"));
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        return journey.dialog<AccessReportDialog>();
    }

private slots:
    void exportsCsvJsonAndPdfThatMatchTheSandbox()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        // A password set a moment ago and a secret someone typed into a description must reach no file.
        QVERIFY(journey.openInstance(CrmLegacy));
        QVERIFY(journey.selectAccount(CrmLegacy, QStringLiteral("crm_app")));
        journey.actions()->resetPassword->trigger();
        auto reset = journey.dialog<ResetPasswordDialog>();
        QVERIFY(reset);
        reset->passwordField()->passwordEdit()->clear();
        QTest::keyClicks(reset->passwordField()->passwordEdit(), NewPassword);
        namedChild<QLineEdit>(reset, "confirmationEdit")->clear();
        QTest::keyClicks(namedChild<QLineEdit>(reset, "confirmationEdit"), NewPassword);
        QTest::mouseClick(reset->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(reset, "doneLabel")->isVisible(), JourneyFixture::CallTimeoutMs);
        reset->close();
        QVERIFY(journey.selectAccount(CrmLegacy, QStringLiteral("crm_app")));
        journey.actions()->editDescription->trigger();
        auto edit = journey.dialog<EditDescriptionDialog>();
        QVERIFY(edit);
        namedChild<QLineEdit>(edit, "descriptionEdit")->clear();
        QTest::keyClicks(namedChild<QLineEdit>(edit, "descriptionEdit"),
            QStringLiteral("CRM app; password is ") + DescriptionSecret);
        QTest::mouseClick(edit->okButton(), Qt::LeftButton);
        QVERIFY(journey.closes(edit));

        // The instances whose accounts can be listed (Running; Redis 4.0 or later): the app reads no others.
        QList<Instance> instances = allInstances(journey.instances());
        QStringList notRead;
        for (const Instance& i : instances) {
            if (!InstancePolicy::canManageAccounts(i).isValid())
                notRead << i.id;
        }
        notRead.sort();
        instances.removeIf([](const Instance& i) { return !InstancePolicy::canManageAccounts(i).isValid(); });
        QVERIFY(!notRead.isEmpty()); // the demo has stopped, locked and too old instances
        QVERIFY(instances.size() >= 5);
        QList<Account> held;
        const QStringList expected = heldLines(journey, instances, &held);
        QVERIFY(held.size() > 30);
        // The background load indexes every instance; the report covers what the index holds.
        AccountIndex* index = journey.session()->accountIndex();
        QTRY_COMPARE_WITH_TIMEOUT(index->size(), int(held.size()), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(index->rows().cbegin(),
                                     index->rows().cend(),
                                     [](const IndexedAccount& a) { return a.description.contains(DescriptionSecret); }),
            JourneyFixture::CallTimeoutMs);

        QPointer<AccessReportDialog> dialog = openReport(journey);
        QVERIFY(dialog);
        auto* everything = dialog->findChild<QRadioButton*>(QStringLiteral("everythingScope"));
        QVERIFY(everything);
        everything->click();
        QVERIFY(namedChild<QPushButton>(dialog, "saveReportButton")->isEnabled());
        QTemporaryDir dir;

        // CSV: one line per account and database privilege, exactly what the sandbox holds.
        dialog->setFormat(AccessReportFile::Format::Csv);
        const QString csvPath = dir.filePath(QStringLiteral("estate.csv"));
        QVERIFY(saveThroughTheFileDialog(dialog, csvPath));
        QVERIFY(namedChild<QLabel>(dialog, "reportStatus")->text().startsWith(QLatin1String("Saved ")));
        const QByteArray csvBytes = readAll(csvPath);
        QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> csv = parseCsv(QString::fromUtf8(csvBytes.mid(3)));
        QCOMPARE(csv.constFirst().size(), 13);
        QCOMPARE(csvLines(csv), expected);

        // JSON: the format and its version, every account with its privileges, and the summary's figures counted
        // here from what the sandbox holds.
        dialog->setFormat(AccessReportFile::Format::Json);
        const QString jsonPath = dir.filePath(QStringLiteral("estate.json"));
        QVERIFY(saveThroughTheFileDialog(dialog, jsonPath));
        const QByteArray jsonBytes = readAll(jsonPath);
        const QJsonObject json = QJsonDocument::fromJson(jsonBytes).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("apsara-accounts.access-report"));
        QCOMPARE(json.value(QStringLiteral("formatVersion")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("profiles")).toArray(), QJsonArray { QStringLiteral("Demo") });
        QCOMPARE(json.value(QStringLiteral("accounts")).toArray().size(), held.size());
        QStringList jsonAccounts, heldAccounts;
        for (const QJsonValue value : json.value(QStringLiteral("accounts")).toArray()) {
            const QJsonObject a = value.toObject();
            QStringList privileges;
            for (const QJsonValue p : a.value(QStringLiteral("privileges")).toArray())
                privileges << p[QStringLiteral("database")].toString() + QLatin1Char(':')
                        + p[QStringLiteral("privilege")].toString();
            jsonAccounts << QStringList { a[QStringLiteral("instanceId")].toString(),
                a[QStringLiteral("name")].toString(),
                a[QStringLiteral("type")].toString(),
                a[QStringLiteral("status")].toString(),
                a[QStringLiteral("description")].toString(),
                privileges.join(QLatin1Char(',')) }
                                .join(QLatin1Char('|'));
        }
        int privileged = 0, undescribed = 0, locked = 0, unprivileged = 0;
        QSet<QString> heldInstances;
        for (const Account& a : held) {
            QStringList privileges;
            for (const DatabasePrivilege& p : a.privileges)
                privileges << p.dbName + QLatin1Char(':') + p.privilege;
            heldAccounts << QStringList { a.instanceId,
                a.name,
                a.type,
                a.status,
                SecretMask::maskText(a.description),
                privileges.join(QLatin1Char(',')) }
                                .join(QLatin1Char('|'));
            const bool isPrivileged = a.type == QLatin1String("Super") || a.type == QLatin1String("Sysadmin");
            privileged += isPrivileged ? 1 : 0;
            undescribed += a.description.trimmed().isEmpty() ? 1 : 0;
            locked += a.status == QLatin1String("Locked") ? 1 : 0;
            unprivileged += a.privileges.isEmpty() && !isPrivileged ? 1 : 0;
            heldInstances.insert(a.instanceId);
        }
        jsonAccounts.sort();
        heldAccounts.sort();
        QCOMPARE(jsonAccounts, heldAccounts);
        const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("accounts")).toInt(), int(held.size()));
        QCOMPARE(summary.value(QStringLiteral("instances")).toInt(), int(heldInstances.size()));
        QCOMPARE(summary.value(QStringLiteral("privileged")).toInt(), privileged);
        QCOMPARE(summary.value(QStringLiteral("withoutDescription")).toInt(), undescribed);
        QCOMPARE(summary.value(QStringLiteral("locked")).toInt(), locked);
        QCOMPARE(summary.value(QStringLiteral("withoutPrivileges")).toInt(), unprivileged);
        QVERIFY(privileged > 0);
        // The instances whose accounts the app cannot read are named with the reason, not silently left out.
        QStringList notCovered;
        for (const QJsonValue gap : json.value(QStringLiteral("notCovered")).toArray()) {
            QVERIFY(!gap[QStringLiteral("reason")].toString().isEmpty());
            notCovered << gap[QStringLiteral("instanceId")].toString();
        }
        notCovered.sort();
        QCOMPARE(notCovered, notRead);
        QVERIFY(locked > 0);

        // PDF: a real PDF, the cover page and one page per LinesPerPage lines of the account table.
        dialog->setFormat(AccessReportFile::Format::Pdf);
        const QString pdfPath = dir.filePath(QStringLiteral("estate.pdf"));
        QVERIFY(saveThroughTheFileDialog(dialog, pdfPath));
        const QByteArray pdf = readAll(pdfPath);
        QVERIFY(pdf.startsWith("%PDF-1."));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(pdf.contains("xref"));
        QVERIFY(pdf.size() > 10000);
        const int lines = int(csv.size()) - 1;
        const int pages = 1 + (lines + AccessReportPdf::LinesPerPage - 1) / AccessReportPdf::LinesPerPage;
        QVERIFY(pages >= 3);
        QCOMPARE(pdfPages(pdf), pages);
        if (qEnvironmentVariableIsSet("APSARA_REPORT_SAMPLE")) // docs/screenshots: scripts render page 1 to PNG
            QFile::copy(pdfPath, qEnvironmentVariable("APSARA_REPORT_SAMPLE"));

        // Nothing secret in any of them: not the password just set, not the description's secret, not the
        // AccessKey secret the app signs with.
        for (const QByteArray& bytes : { csvBytes, jsonBytes, pdf }) {
            QVERIFY(!bytes.contains(NewPassword.toUtf8()));
            QVERIFY(!bytes.contains(DescriptionSecret.toUtf8()));
            QVERIFY(!bytes.contains(SandboxOptions::DemoAccessKeySecret));
        }
        QVERIFY(csvBytes.contains("CRM app; password is ***"));
    }

    void viewReportCoversTheSelectedInstanceOnly()
    {
        JourneyFixture journey;
        QVERIFY(journey.start());
        QVERIFY(journey.openInstance(CrmLegacy));
        const QList<Account> held = journey.heldAccounts(*journey.instance(CrmLegacy));
        QVERIFY(!held.isEmpty());
        AccountIndex* index = journey.session()->accountIndex();
        QTRY_COMPARE_WITH_TIMEOUT(int(std::count_if(index->rows().cbegin(),
                                      index->rows().cend(),
                                      [](const IndexedAccount& a) { return a.instanceId == CrmLegacy; })),
            int(held.size()),
            JourneyFixture::CallTimeoutMs);

        QPointer<AccessReportDialog> dialog = openReport(journey);
        QVERIFY(dialog);
        // The narrowest scope in front of the user is chosen: the instance the window shows.
        auto* viewScope = dialog->findChild<QRadioButton*>(QStringLiteral("viewScope"));
        auto* searchScope = dialog->findChild<QRadioButton*>(QStringLiteral("searchScope"));
        QVERIFY(viewScope);
        QVERIFY(searchScope);
        QVERIFY(viewScope->isChecked());
        QVERIFY2(viewScope->text().contains(CrmLegacy), qPrintable(viewScope->text()));
        QVERIFY(!searchScope->isEnabled()); // Find has no query
        const AccessReport report = dialog->report();
        QStringList names, heldNames;
        for (const IndexedAccount& a : report.accounts) {
            QCOMPARE(a.instanceId, CrmLegacy);
            names << a.name;
        }
        for (const Account& a : held)
            heldNames << a.name;
        heldNames.sort();
        QCOMPARE(names, heldNames);
        QVERIFY2(namedChild<QLabel>(dialog, "reportSummary")
                     ->text()
                     .startsWith(QStringLiteral("%1 account(s) on 1 instance(s)").arg(held.size())),
            qPrintable(namedChild<QLabel>(dialog, "reportSummary")->text()));
        dialog->close();
    }
};

JOURNEY_MAIN(TestJourneyReport)
#include "tst_journey_report.moc"
