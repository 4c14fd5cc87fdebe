// MainWindow's File > Access Report…: the report dialog over Find's index, offered the window's current view (the
// selected instance, region or profile of the tree) and Find's current query as scopes. A read of what the app
// already holds: no call is made, so every role mode has it.
#include "AccessReportDialog.h"
#include "AccountActions.h"
#include "AccountSearchModel.h"
#include "FindPanel.h"
#include "InstanceTreeModel.h"
#include "MainWindow.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTreeView>

void MainWindow::setUpAccessReport()
{
    m_accessReport = new QAction(tr("Access &Report…"), this);
    m_accessReport->setObjectName(QStringLiteral("accessReportAction"));
    m_accessReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_accessReport->setStatusTip(
        tr("Every account with its type, status, description and privileges, as PDF, CSV or JSON for an audit"));
    m_accessReport->setToolTip(
        AccountActions::toolTipWithShortcut(m_accessReport->statusTip(), m_accessReport->shortcut()));
    connect(m_accessReport, &QAction::triggered, this, &MainWindow::openAccessReport);
    // File menu, above Quit.
    for (QAction* entry : menuBar()->actions()) {
        if (entry->menu() && entry->menu()->actions().contains(m_actions->quit)) {
            entry->menu()->insertAction(m_actions->quit, m_accessReport);
            entry->menu()->insertSeparator(m_actions->quit);
        }
    }
}

std::optional<AccessReportScope> MainWindow::accessReportViewScope() const
{
    // The tree's current node, or the nearest node above it that is an instance, a region or a profile.
    for (QModelIndex node = m_tree->currentIndex(); node.isValid(); node = node.parent()) {
        const QString profile = m_instances->profileAt(node).isEmpty() ? m_profileName : m_instances->profileAt(node);
        if (const std::optional<Instance> instance = m_instances->instanceAt(node))
            return AccessReportScope::view(profile, instance->regionId, instance->id);
        if (const std::optional<Region> region = m_instances->regionAt(node))
            return AccessReportScope::view(profile, region->id);
        if (!m_instances->profileAt(node).isEmpty())
            return AccessReportScope::view(profile, QString());
    }
    return std::nullopt;
}

QList<AccessReportGap> MainWindow::instancesNotRead() const
{
    QList<AccessReportGap> gaps;
    QStringList profiles = m_instances->profileIds();
    if (profiles.isEmpty())
        profiles << QString(); // one connection: the top level
    for (const QString& profile : std::as_const(profiles)) {
        for (const Region& region : m_instances->regions(profile)) {
            for (const Instance& instance : m_instances->instancesOf(profile, region.id)) {
                if (auto gap = AccessReportGap::of(instance, profile.isEmpty() ? m_profileName : profile))
                    gaps << *gap;
            }
        }
    }
    return gaps;
}

void MainWindow::openAccessReport()
{
    auto* results = m_find ? qobject_cast<AccountSearchModel*>(m_find->resultView()->model()) : nullptr;
    const QString query = m_find ? m_find->queryField()->text() : QString();
    auto* dialog
        = new AccessReportDialog(results ? results->accountIndex() : nullptr, accessReportViewScope(), query, this);
    dialog->setInstancesNotRead(instancesNotRead());
    showDialog(dialog);
}
