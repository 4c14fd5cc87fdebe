#pragma once

#include "AccountTableModel.h"
#include "ActivityLogModel.h"
#include "CallMeterModel.h"
#include "FakeAccountService.h"
#include "InstanceTreeModel.h"
#include "MainWindow.h"

// The main window over fakes as the window-wide checks (accessibility, large fonts) look at it: a MySQL and a
// Redis instance in cn-hangzhou, one account with a database privilege, the activity dock open and the account
// selected.
class SampleWindow
{
public:
    // instanceDescription: both instances', to test long texts.
    explicit SampleWindow(const QString& instanceDescription = {});
    ~SampleWindow();

    // Shows the window and selects the account; false when that failed.
    bool show();
    MainWindow* window() { return &m_window; }

private:
    FakeAccountService m_service;
    InstanceTreeModel m_instances;
    AccountTableModel m_accounts;
    ActivityLogModel m_activity;
    CallMeterModel m_meter;
    MainWindow m_window;
};
