#pragma once

#include "BulkRequest.h"
#include "BulkRunner.h"
#include "BulkTarget.h"
#include "RoleMode.h"

#include <QList>
#include <QObject>

#include <functional>

class BulkPreviewDialog;
class BulkRunDialog;
class QAction;
class QMenu;
class QWidget;

// The Account menu's "Bulk" entries: each opens a BulkPreviewDialog over the selected accounts (the account
// table's rows and Find's results, across instances, products and profiles; Create: the selected instances), and
// Run opens a BulkRunDialog that sends the plan through the AccountService of each row's profile.
class BulkActions : public QObject
{
    Q_OBJECT

public:
    using TargetSource = std::function<QList<BulkTarget>()>;

    explicit BulkActions(QWidget* window);

    // accounts: the selected accounts; instances: the instances a bulk Create goes to.
    void setSources(TargetSource accounts, TargetSource instances);
    void setServices(BulkRunner::ServiceLookup services) { m_services = std::move(services); }
    void fillMenu(QMenu* menu) const;
    // Enables each entry for the selection's size and what the role mode allows.
    void update(int selectedAccounts, int selectedInstances, RoleMode mode);

    // Opens the preview of action over the current selection (also what each entry's trigger does).
    BulkPreviewDialog* open(BulkAction action);

signals:
    void runStarted(BulkRunDialog* dialog);

private:
    QAction* make(
        BulkAction action, const QString& name, const QString& text, const QKeySequence& shortcut, const QString& help);
    void run(BulkPreviewDialog* preview);

    QWidget* m_window;
    TargetSource m_accounts;
    TargetSource m_instances;
    BulkRunner::ServiceLookup m_services;
    QList<QAction*> m_all;
    QList<BulkAction> m_kinds;
};
