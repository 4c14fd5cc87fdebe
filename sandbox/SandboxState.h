#pragma once

#include "Product.h"
#include "SandboxInstance.h"
#include "SandboxRegion.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// The whole inventory of a sandbox: regions and instances with their accounts, databases and operator
// permissions. Saved as JSON with a format marker and a version, so a foreign or corrupt file is recognised
// and refused instead of being overwritten.
class SandboxState
{
    Q_DECLARE_TR_FUNCTIONS(SandboxState)

public:
    static constexpr const char* FormatMarker = "apsara-sandbox-state";
    static constexpr int FormatVersion = 1;

    QList<SandboxRegion>& regions() { return m_regions; }
    const QList<SandboxRegion>& regions() const { return m_regions; }
    QList<SandboxInstance>& instances() { return m_instances; }
    const QList<SandboxInstance>& instances() const { return m_instances; }

    SandboxInstance* findInstance(Product product, const QString& id);
    int accountCount() const;

    // Accounts whose Creating time is over become Available.
    void promoteCreatedAccounts(const QDateTime& now);
    // Operator (service account) permissions whose ExpiredTime has come lapse: the instance stops reporting them.
    void expireOperatorPermissions(const QDateTime& now);

    // The first record that breaks a product rule (models/ AccountRules and RuleTable: names, descriptions,
    // account types, privileges, accounts per instance), named as "instance X, account Y: why"; empty when the
    // whole state obeys the rules. The sandbox refuses to serve state that fails this.
    QString ruleViolation() const;

    QJsonObject toJson() const;
    // Empty error on success.
    static SandboxState fromJson(const QJsonObject& json, QString* error);

    // Writes atomically (QSaveFile). Returns false with a readable error.
    bool save(const QString& path, QString* error) const;
    // A missing file is not an error: *exists becomes false and the state is empty.
    static SandboxState load(const QString& path, bool* exists, QString* error);

private:
    QList<SandboxRegion> m_regions;
    QList<SandboxInstance> m_instances;
};
