#pragma once

#include "../ui/NamedChild.h"
#include "CreateAccountDialog.h"
#include "DatabaseGrantTable.h"
#include "JourneyFixture.h"
#include "PasswordField.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTest>

// Steps that several journeys take the same way, through the real widgets.
namespace JourneySteps {

inline void typePassword(PasswordField* field, const QString& password, const QString& confirmation)
{
    QTest::keyClicks(field->passwordEdit(), password);
    QTest::keyClicks(namedChild<QLineEdit>(field, "confirmationEdit"), confirmation);
}

// Opens Create account on the open instance and types the name and the password (twice), with Read/Write on each
// database of readWriteOn; null if the dialog did not open.
inline QPointer<CreateAccountDialog> fillCreate(
    JourneyFixture& journey, const QString& name, const QString& password, const QStringList& readWriteOn)
{
    journey.actions()->newAccount->trigger();
    QPointer<CreateAccountDialog> dialog = journey.dialog<CreateAccountDialog>();
    if (!dialog)
        return dialog;
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), name);
    for (const QString& database : readWriteOn) {
        namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable")->setChecked(database, true);
        namedChild<DatabaseGrantTable>(dialog, "databaseGrantTable")
            ->setPrivilege(database, QStringLiteral("ReadWrite"));
    }
    typePassword(namedChild<PasswordField>(dialog, "passwordField"), password, password);
    return dialog;
}

// Selects the account, triggers the action and returns the dialog it opened; null if either step failed.
template<typename Dialog>
QPointer<Dialog> openOnAccount(
    JourneyFixture& journey, const QString& instance, const QString& account, QAction* action)
{
    if (!journey.selectAccount(instance, account))
        return nullptr;
    action->trigger();
    return journey.dialog<Dialog>();
}

// The RequestId of the one password reset the activity log recorded, once the reset dialog's done line shows it
// too; empty when the log holds no reset or several, or the line does not show it.
inline QString resetRequestId(JourneyFixture& journey, const QWidget* dialog)
{
    const QStringList logged = journey.activityRequestIds(QStringLiteral("ResetAccountPassword"));
    if (logged.size() != 1 || !namedChild<QLabel>(dialog, "doneLabel")->text().contains(logged.constFirst()))
        return {};
    return logged.constFirst();
}

} // namespace JourneySteps
