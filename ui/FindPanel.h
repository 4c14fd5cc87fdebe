#pragma once

#include "IndexedAccount.h"

#include <QList>
#include <QWidget>

#include <optional>

class AccountSearchModel;
class QLabel;
class QLineEdit;
class QTableView;

// Find (Ctrl+K): one box that searches every indexed account of every profile, region and instance as you type,
// with filters such as engine:, status:locked or db:orders, and the results with where each account lives.
// Enter (in the box or on a result) chooses the account; the window then opens its everyday action. In helpdesk
// mode the panel also takes an optional ticket reference that goes into the activity record of the calls.
class FindPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindPanel(AccountSearchModel* results, QWidget* parent = nullptr);

    QLineEdit* queryField() const { return m_query; }
    QTableView* resultView() const { return m_results; }
    void setTicketVisible(bool visible);
    QString ticket() const;
    // The result the view's current row shows, else the first result.
    std::optional<IndexedAccount> chosenAccount() const;
    // Every selected result (several with Shift or Ctrl), for the bulk actions.
    QList<IndexedAccount> selectedAccounts() const;
    void focusQuery();

signals:
    void accountChosen(const IndexedAccount& account);
    void currentAccountChanged(const IndexedAccount& account);

private:
    void onQueryEdited(const QString& text);
    void updateSummary();
    void choose();
    void moveIntoResults();

    AccountSearchModel* m_model;
    QLineEdit* m_query;
    QLabel* m_summary;
    QTableView* m_results;
    QLabel* m_ticketLabel;
    QLineEdit* m_ticket;
};
