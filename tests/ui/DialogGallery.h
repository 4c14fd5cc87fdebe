#pragma once

#include "AccountActions.h"
#include "CallMeterModel.h"
#include "FakeAccountService.h"
#include "ProfileService.h"

#include <QDialog>
#include <QStringList>

#include <memory>

// Every dialog of the application, built on fakes with typical data, for tests that walk all of them (the
// accessibility and the large-font layout checks). A new dialog gets a name here.
class DialogGallery
{
public:
    DialogGallery();
    ~DialogGallery();

    static QStringList names();
    // A data-driven test's rows over every dialog, with and without a service error: columns name, withError.
    static void addTestRows();
    enum ErrorTiming { ErrorBeforeShowing, ErrorWhileShown };
    // The current row's dialog (of a test over addTestRows()), shown and exposed, with its error if the row has
    // one; null when it could not be made or shown.
    std::unique_ptr<QDialog> showTestRow(ErrorTiming timing);
    std::unique_ptr<QDialog> make(const QString& name, QWidget* parent = nullptr);
    // Shows a retryable server error in an account dialog's banner, so its buttons are checked too.
    static void showServiceError(QDialog* dialog);

    FakeAccountService* service() { return &m_service; }

private:
    FakeAccountService m_service;
    CallMeterModel m_meter;
    AccountActions m_actions;
    std::unique_ptr<ProfileService> m_profiles;
};
