// MainWindow's bulk entries: the Account menu's Bulk submenu over what is selected, several rows of the account
// table, of Find's results (any profile) or, for Create, several instances of the tree. MainWindow.cpp builds the
// window; BulkActions opens the preview and the run.
#include "AccountActions.h"
#include "AccountFilterProxy.h"
#include "AccountService.h"
#include "AccountTableModel.h"
#include "BulkActions.h"
#include "BulkTargetSource.h"
#include "FindPanel.h"
#include "InstanceTreeModel.h"
#include "MainWindow.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTreeView>

void MainWindow::setUpBulkActions()
{
    m_bulk = new BulkActions(this);
    // One service per profile once several connections are open; the window's service routes by profile today.
    const BulkRunner::ServiceLookup services = [this](const QString&) { return m_service; };
    m_bulk->setServices(services);
    m_bulk->setSources(
        [this, services] {
            const BulkTargetSource source(m_instances, m_accounts, services);
            // The table shows the tree's current node: its profile says which listing of an instance is meant.
            return m_bulkFromFind
                ? source.forFound(m_find->selectedAccounts())
                : source.forAccounts(selectedAccounts(), m_instances->profileAt(m_tree->currentIndex()));
        },
        [this, services] {
            return BulkTargetSource(m_instances, m_accounts, services).forInstances(selectedInstances());
        });
    for (QAction* entry : menuBar()->actions()) {
        if (entry->menu() && entry->menu()->actions().contains(m_actions->newAccount)) {
            entry->menu()->addSeparator();
            m_bulk->fillMenu(entry->menu()->addMenu(tr("&Bulk")));
        }
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_bulkFromFind = false;
        updateBulkActions();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateBulkActions);
    connect(this, &MainWindow::roleModeChanged, this, &MainWindow::updateBulkActions);
    updateBulkActions();
}

// Find's panel exists once the search model is set.
void MainWindow::followFindSelection()
{
    connect(m_find->resultView()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_bulkFromFind = !m_find->selectedAccounts().isEmpty();
        updateBulkActions();
    });
}

void MainWindow::updateBulkActions()
{
    const int accounts
        = m_bulkFromFind && m_find ? int(m_find->selectedAccounts().size()) : int(selectedAccounts().size());
    m_bulk->update(accounts, int(selectedInstances().size()), m_mode);
}

QList<Account> MainWindow::selectedAccounts() const
{
    QList<Account> selected;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
        if (const std::optional<Account> account = m_accounts->accountAt(m_proxy->mapToSource(row).row()))
            selected << *account;
    }
    return selected;
}

QList<Instance> MainWindow::selectedInstances() const
{
    QList<Instance> selected;
    for (const QModelIndex& index : m_tree->selectionModel()->selectedIndexes()) {
        if (const std::optional<Instance> instance = m_instances->instanceAt(index))
            selected << *instance;
    }
    return selected;
}
