#include "MainMenus.h"

#include "AccountActions.h"
#include "MnemonicText.h"
#include "ModeActions.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

MainMenus::MainMenus(AccountActions* actions, const ModeActions& modes, QAction* activity)
    : m_actions(actions)
    , m_modes(&modes)
    , m_activity(activity)
{
}

void MainMenus::fillMenuBar(QMenuBar* bar) const
{
    QMenu* file = bar->addMenu(tr("&File"));
    file->addAction(m_actions->profiles);
    file->addSeparator();
    file->addAction(m_actions->quit);

    fillAccountMenu(bar->addMenu(tr("&Account")));
    fillViewMenu(bar->addMenu(tr("&View")));

    QMenu* help = bar->addMenu(tr("&Help"));
    help->addAction(m_actions->shortcuts);
    help->addAction(m_modes->ramPolicy);
    help->addAction(m_actions->about);
}

void MainMenus::fillAccountMenu(QMenu* menu) const
{
    menu->addAction(m_actions->newAccount);
    menu->addSeparator();
    menu->addActions(m_actions->accountActions());
    menu->addSeparator();
    menu->addAction(m_actions->operatorPermission);
    menu->addAction(m_modes->copyAccount);
}

void MainMenus::fillViewMenu(QMenu* menu) const
{
    menu->addAction(m_actions->find);
    menu->addAction(m_modes->findEverywhere);
    menu->addAction(m_actions->refresh);
    menu->addSeparator();
    menu->addAction(m_activity);
    menu->addAction(m_actions->callMeter);
    menu->addSeparator();
    menu->addAction(m_modes->helpdeskMode);
}

void MainMenus::fillToolBar(QToolBar* bar) const
{
    bar->addAction(m_actions->refresh);
    bar->addSeparator();
    bar->addAction(m_actions->newAccount);
    bar->addActions(m_actions->accountActions());
    bar->addAction(m_actions->operatorPermission);
    bar->addSeparator();
    bar->addAction(m_activity);
    bar->addAction(m_actions->callMeter);
    describeToolButtons(bar);
}

void MainMenus::fillAccountContextMenu(QMenu* menu) const
{
    menu->addAction(m_actions->newAccount);
    menu->addSeparator();
    menu->addActions(m_actions->accountActions());
    menu->addSeparator();
    menu->addAction(m_actions->operatorPermission);
    menu->addAction(m_actions->refresh);
}

void MainMenus::fillInstanceContextMenu(QMenu* menu) const
{
    menu->addAction(m_actions->newAccount);
    menu->addAction(m_actions->operatorPermission);
    menu->addSeparator();
    menu->addAction(m_actions->refresh);
}

void MainMenus::describeToolButtons(QToolBar* bar)
{
    for (QAction* action : bar->actions()) {
        QWidget* button = bar->widgetForAction(action);
        if (!button || action->isSeparator())
            continue;
        auto describe = [button, action] {
            button->setAccessibleName(MnemonicText::withoutMnemonic(action->text()));
            button->setAccessibleDescription(action->toolTip());
        };
        describe();
        QObject::connect(action, &QAction::changed, button, describe);
    }
}
