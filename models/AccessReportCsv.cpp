#include "AccessReportCsv.h"

#include "AccountText.h"
#include "ActivityLogModel.h"

QStringList AccessReportCsv::header()
{
    return { tr("Profile"),
        tr("Region"),
        tr("Engine"),
        tr("Instance"),
        tr("Instance description"),
        tr("Account"),
        tr("Type"),
        tr("Status"),
        tr("Description"),
        tr("Database"),
        tr("Privilege"),
        tr("SQL privileges"),
        tr("Seen (UTC)") };
}

QList<QStringList> AccessReportCsv::lines(const AccessReport& report)
{
    QList<QStringList> result;
    for (const IndexedAccount& a : report.accounts) {
        const QStringList account = { a.profile,
            a.region,
            a.engine,
            a.instanceId,
            a.instanceDescription,
            a.name,
            AccountText::typeName(a.type),
            AccountText::statusName(a.status),
            a.description };
        const QString seen = a.seen.isValid() ? a.seen.toUTC().toString(Qt::ISODate) : QString();
        if (a.privileges.isEmpty()) {
            const QString all = AccessReportSummary::isPrivileged(a) ? tr("All (privileged account)") : QString();
            result << account + QStringList { QString(), all, QString(), seen };
        }
        for (const DatabasePrivilege& p : a.privileges)
            result << account + QStringList { p.dbName, AccountText::privilegeName(p.privilege), p.detail, seen };
    }
    return result;
}

QString AccessReportCsv::text(const AccessReport& report)
{
    auto line = [](const QStringList& fields) -> QString {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString& field : fields)
            quoted << ActivityLogModel::csvField(field);
        return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString csv = line(header());
    for (const QStringList& fields : lines(report))
        csv += line(fields);
    return csv;
}
