// MainWindow's role modes and Find (Ctrl+K): kept apart from MainWindow.cpp, which builds the DBA console.
#include "AccountActions.h"
#include "AccountDetailPane.h"
#include "AccountSearchModel.h"
#include "AccountTableModel.h"
#include "ActivityLogModel.h"
#include "FindPanel.h"
#include "InstanceTreeModel.h"
#include "MainWindow.h"
#include "RamPolicyDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int FoundWaitMs = 30000; // how long a chosen result waits for its instance's accounts to be listed
}

void MainWindow::connectModeActions()
{
    connect(m_modes.findEverywhere, &QAction::triggered, this, [this] {
        m_find->show();
        m_find->focusQuery();
    });
    connect(m_modes.helpdeskMode, &QAction::triggered, this, [this](bool on) {
        setRoleMode(on ? RoleMode::Helpdesk : RoleMode::Dba);
    });
    connect(m_modes.ramPolicy, &QAction::triggered, this, [this] { showDialog(new RamPolicyDialog(m_mode, this)); });
    connect(m_modes.copyAccount, &QAction::triggered, this, &MainWindow::copyAccountDetails);
}

void MainWindow::setSearchModel(AccountSearchModel* model)
{
    delete m_find;
    m_find = new FindPanel(model, this);
    followFindSelection();
    auto* layout = qobject_cast<QVBoxLayout*>(centralWidget()->layout());
    layout->insertWidget(1, m_find, 1); // under the demo banner, above the console
    m_find->setVisible(m_mode == RoleMode::Helpdesk);
    m_modes.findEverywhere->setEnabled(true);
    connect(m_find, &FindPanel::accountChosen, this, [this](const IndexedAccount& found) { showFound(found, true); });
    connect(m_find, &FindPanel::currentAccountChanged, this, [this](const IndexedAccount& found) {
        if (m_mode == RoleMode::Helpdesk) // the card follows the results
            showFound(found, false);
    });
    setRoleMode(m_mode);
}

void MainWindow::setRoleMode(RoleMode mode)
{
    const bool helpdesk = mode == RoleMode::Helpdesk;
    const bool changed = mode != m_mode;
    m_mode = mode;
    m_actions->setRoleMode(mode);
    m_modes.helpdeskMode->setChecked(helpdesk);
    m_tree->setVisible(!helpdesk);
    m_table->parentWidget()->setVisible(!helpdesk); // the filter and the instance's list; the card stays
    if (m_find) {
        m_find->setTicketVisible(helpdesk);
        if (helpdesk) {
            m_find->show();
            m_find->focusQuery();
        }
    }
    updateActions();
    if (changed)
        emit roleModeChanged(mode);
}

void MainWindow::showFound(const IndexedAccount& found, bool open)
{
    // Every enabled profile has its node in the tree and its own connection: its results are acted on at once.
    const bool enabled = m_instances->profileIds().isEmpty() ? m_profileName.isEmpty() || found.profile == m_profileName
                                                             : m_instances->indexOfProfile(found.profile).isValid();
    if (!found.profile.isEmpty() && !enabled) {
        statusBar()->showMessage(tr("%1 is in profile %2: enable that profile (Connections menu) to act on it.")
                                     .arg(found.name, found.profile),
            8000);
        return;
    }
    const QModelIndex node = m_instances->indexOfInstance(found.profile, found.instanceId);
    if (node.isValid()) {
        m_tree->setCurrentIndex(node); // the profile's own node, also when two profiles list the instance
    } else if (!selectInstance(found.instanceId)) {
        statusBar()->showMessage(tr("Instance %1 is not listed now; refresh (F5).").arg(found.instanceId), 8000);
        return;
    }
    auto act = [this, found, open] {
        if (!selectAccount(found.instanceId, found.name))
            return false;
        if (open)
            openMainAction();
        return true;
    };
    if (act())
        return;
    // The instance's accounts are being listed: act once the row arrives, unless another result was chosen.
    delete findChild<QObject*>(QStringLiteral("foundWaiter"));
    auto* waiter = new QObject(this);
    waiter->setObjectName(QStringLiteral("foundWaiter"));
    connect(m_accounts, &QAbstractItemModel::rowsInserted, waiter, [waiter, act] {
        if (act())
            waiter->deleteLater();
    });
    QTimer::singleShot(FoundWaitMs, waiter, &QObject::deleteLater);
}

void MainWindow::copyAccountDetails()
{
    const std::optional<Account> account = currentAccount();
    const std::optional<Instance> instance = currentInstance();
    if (!account || !instance)
        return;
    // Names and places only: never a password.
    QApplication::clipboard()->setText(tr("%1 on %2 (%3, %4, profile %5)")
                                           .arg(account->name,
                                               instance->id,
                                               instance->description,
                                               instance->regionId,
                                               instance->profile.isEmpty() ? m_profileName : instance->profile));
    statusBar()->showMessage(tr("Copied %1's details.").arg(account->name), 4000);
}

// In helpdesk mode, every write made while a ticket reference is filled in carries it in the activity record.
void MainWindow::tagTicket(int first, int last)
{
    if (!m_find || !m_activity)
        return;
    const QString ticket = m_find->ticket();
    if (ticket.isEmpty())
        return;
    for (int row = first; row <= last; ++row) {
        const CallRecord record = m_activity->recordAt(row);
        if (!record.action.startsWith(QLatin1String("Describe")))
            m_activity->setTicket(record.requestId, ticket);
    }
}
