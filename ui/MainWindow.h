#pragma once

#include "AccessReportGap.h"
#include "AccessReportScope.h"
#include "Account.h"
#include "IndexedAccount.h"
#include "Instance.h"
#include "MainMenus.h"
#include "ModeActions.h"
#include "RoleMode.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <optional>

class AccountActions;
class BulkActions;
class AccountDetailPane;
class AccountFilterProxy;
class AccountSearchModel;
class FindPanel;
class AccountService;
class AccountTableModel;
class ActivityDock;
class ActivityLogModel;
class AnnouncementLabel;
class CallMeterDialog;
class CallMeterModel;
class CredentialTester;
class DemoBanner;
class InstanceTreeModel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QToolBar;
class QTableView;
class QTreeView;
struct ServiceError;

// The console: regions -> products -> instances on the left, the accounts of the selected instance with a filter
// box and a detail pane on the right, every action in the menus, the toolbar and the table's context menu.
// It asks AccountService for list loads and opens the account dialogs with it; it never talks to the network.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(
        AccountService* service, InstanceTreeModel* instances, AccountTableModel* accounts, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setActivityModel(ActivityLogModel* model);
    void setCallMeterModel(CallMeterModel* model);
    void setCredentialTester(CredentialTester* tester); // Test login; without it the dialog says it is unavailable
    // Find (Ctrl+K) over every indexed account; without it the window has only the per-instance filter.
    void setSearchModel(AccountSearchModel* model);
    // Helpdesk mode: Find, the results and the selected account's card, with only Reset password, Unlock and
    // Copy; DBA mode: everything; audit mode: no action that writes. Emits roleModeChanged().
    void setRoleMode(RoleMode mode);
    RoleMode roleMode() const { return m_mode; }
    FindPanel* findPanel() const { return m_find; }
    QAction* findEverywhereAction() const { return m_modes.findEverywhere; }
    QAction* ramPolicyAction() const { return m_modes.ramPolicy; }
    // Selects a Find result in the window (its instance, then the account once listed); with open, also opens
    // the account's everyday action (Reset password).
    void showFound(const IndexedAccount& found, bool open);
    // The profile name Find's index uses for the connection shown (setContext's name is translated in demo mode).
    void setFindProfile(const QString& name) { m_profileName = name; }
    void setDemoMode(bool demo);
    // Window title "Apsara Accounts — <profile> — <region>" and the demo banner.
    void setContext(const QString& profileName, const QString& regionId, bool demo);

    // Geometry, window and dock state, splitter sizes and column widths, in QSettings group "MainWindow".
    void saveSettings() const;
    void restoreSettings();

    bool selectInstance(const QString& instanceId);
    bool selectAccount(const QString& instanceId, const QString& name);
    // The instance actions apply to: the selected instance node, else the selected account's instance.
    std::optional<Instance> currentInstance() const;
    std::optional<Account> currentAccount() const;

    AccountActions* actions() const { return m_actions; }

signals:
    void profilesRequested();
    void roleModeChanged(RoleMode mode);
    void connectRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Building the window (MainWindow.cpp).
    void resizeToFont();
    void buildCentralWidget();
    void buildInstanceTree();
    QWidget* buildAccountsPane();
    void setUpAccountTable(); // the account table's view: selection, sorting, delegate, context menu
    MainMenus menus() const;
    void buildMenus();
    void setUpActivityAction();
    void buildStatusBar();
    void setTabOrders();
    void setDefaultColumnWidths();
    void updateCallMeterButton();

    // Following the selection and the models (MainWindowSelection.cpp).
    void connectActions();
    void connectModels();
    void connectService();
    std::optional<Instance> selectedTreeInstance() const;
    std::optional<Instance> instanceById(const QString& instanceId) const;
    void onInstanceSelected();
    void onAccountSelected();
    void updateActions();
    void expandInserted(const QModelIndex& parent, int first, int last);
    void showAccountMenu(const QPoint& position);
    void showInstanceMenu(const QPoint& position);
    void openMainAction();
    void setLoading(bool loading, const QString& what);
    void showBackgroundError(const ServiceError& error);
    void refresh();
    // Keyboard flow: Down in the filter moves into the results, Enter on a single match opens its main action.
    void moveIntoResults();
    void openSingleMatch();
    void selectCurrentRow(const QModelIndex& current);
    // Screen readers hear an account turn Available (a new account finished creating).
    void announceAvailable(int first, int last);

    // What each action opens (MainWindowDialogs.cpp): one table from action to dialog.
    void connectDialogs();
    void showDialog(QDialog* dialog);
    void setLocked(bool locked); // asks, then calls: no dialog
    void openCallMeter();
    void openShortcuts();

    // Role modes and Find (MainWindowModes.cpp).
    void connectModeActions();
    void copyAccountDetails();
    void tagTicket(int first, int last);

    // Bulk actions over several selected accounts or instances (MainWindowBulk.cpp).
    void setUpBulkActions();
    void followFindSelection();
    void updateBulkActions();
    QList<Account> selectedAccounts() const;
    QList<Instance> selectedInstances() const;

    // The access report (MainWindowReport.cpp).
    void setUpAccessReport();
    void openAccessReport();
    std::optional<AccessReportScope> accessReportViewScope() const;
    QList<AccessReportGap> instancesNotRead() const;

    AccountService* m_service = nullptr;
    QPointer<CredentialTester> m_tester;
    InstanceTreeModel* m_instances = nullptr;
    AccountTableModel* m_accounts = nullptr;
    AccountFilterProxy* m_proxy = nullptr;
    ActivityLogModel* m_activity = nullptr;
    FindPanel* m_find = nullptr;
    ModeActions m_modes;
    RoleMode m_mode = RoleMode::Dba;
    QString m_profileName;
    QAction* m_accessReport = nullptr;
    CallMeterModel* m_callMeter = nullptr;
    AccountActions* m_actions = nullptr;
    BulkActions* m_bulk = nullptr;
    bool m_bulkFromFind = false; // Find's results were selected last: bulk actions apply to them

    DemoBanner* m_banner = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_accountsSplitter = nullptr;
    QTreeView* m_tree = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_instanceNotice = nullptr;
    QTableView* m_table = nullptr;
    AccountDetailPane* m_detail = nullptr;
    ActivityDock* m_activityDock = nullptr;
    QProgressBar* m_loadingBar = nullptr;
    QLabel* m_loadingLabel = nullptr;
    QPushButton* m_callMeterButton = nullptr;
    CallMeterDialog* m_callMeterDialog = nullptr;
    AnnouncementLabel* m_announcement = nullptr;
    QSet<QString> m_notYetAvailable; // account keys last seen in a status other than Available
};
