#include "ModeActions.h"

#include "AccountActions.h"

#include <QAction>
#include <QKeySequence>

namespace {

QAction* makeAction(QObject* parent, const QString& text, const QKeySequence& shortcut, const QString& help)
{
    auto* action = new QAction(text, parent);
    action->setShortcut(shortcut);
    action->setStatusTip(help);
    action->setToolTip(AccountActions::toolTipWithShortcut(help, shortcut));
    return action;
}

} // namespace

ModeActions::ModeActions(QObject* parent)
    : findEverywhere(makeAction(parent,
        tr("Find in &every account…"),
        QKeySequence(Qt::CTRL | Qt::Key_K),
        tr("Search every account of every profile, region and instance")))
    , helpdeskMode(makeAction(parent,
          tr("&Helpdesk mode"),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
          tr("Only find accounts, reset passwords and unlock: nothing that deletes, creates "
             "or changes privileges")))
    , ramPolicy(makeAction(parent,
          tr("&RAM policy for this role…"),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F1),
          tr("The least-privilege RAM policy each mode needs, to show, copy or save")))
    , copyAccount(makeAction(parent,
          tr("&Copy account details"),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
          tr("Copy the account's name and where it lives, for the ticket")))
{
    findEverywhere->setEnabled(false);
    helpdeskMode->setCheckable(true);
    findEverywhere->setObjectName(QStringLiteral("findEverywhere"));
    helpdeskMode->setObjectName(QStringLiteral("helpdeskMode"));
}
