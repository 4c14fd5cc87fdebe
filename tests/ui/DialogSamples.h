#pragma once

#include "Account.h"
#include "Instance.h"

class CreateAccountDialog;
class QLineEdit;

// The samples and steps the dialog tests share (tests/ui/tst_*dialog.cpp).
namespace DialogSamples {

// A Running instance of that engine in cn-hangzhou, as the dialogs and the window tests use it.
Instance sampleInstance(const QString& id, Engine engine, const QString& description = {});
Instance redisInstance(Architecture architecture = Architecture::Standard);
Instance mysqlInstance();
// An Available account; the rest of its fields empty.
Account sampleAccount(const QString& instanceId,
    const QString& name,
    const QString& type = QStringLiteral("Normal"),
    const QString& status = QStringLiteral("Available"));
Account mysqlAccount(const QString& type = QStringLiteral("Normal"));
// Replaces the text of edit by typing, as a user would.
void retype(QLineEdit* edit, const QString& text);
// Fills the Redis create dialog with a valid form.
void fillValidRedisForm(CreateAccountDialog& dialog);

} // namespace DialogSamples
