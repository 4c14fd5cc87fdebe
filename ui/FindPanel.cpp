#include "FindPanel.h"

#include "AccountQuery.h"
#include "AccountSearchModel.h"
#include "AccountText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

FindPanel::FindPanel(AccountSearchModel* results, QWidget* parent)
    : QWidget(parent)
    , m_model(results)
    , m_query(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_results(new QTableView(this))
    , m_ticketLabel(new QLabel(tr("&Ticket:"), this))
    , m_ticket(new QLineEdit(this))
{
    setObjectName(QStringLiteral("findPanel"));
    m_query->setObjectName(QStringLiteral("findQuery"));
    m_query->setAccessibleName(tr("Find an account"));
    m_query->setPlaceholderText(
        tr("Find an account in every profile and region: name, engine:, status:locked, db:orders (Ctrl+K)"));
    m_query->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("findSummary"));
    m_summary->setAccessibleName(tr("Find results summary"));
    m_ticket->setObjectName(QStringLiteral("ticketField"));
    m_ticket->setAccessibleName(tr("Ticket reference"));
    m_ticket->setPlaceholderText(tr("optional, e.g. INC-4711"));
    m_ticket->setMaxLength(64);
    m_ticketLabel->setBuddy(m_ticket);

    m_results->setObjectName(QStringLiteral("findResults"));
    m_results->setAccessibleName(tr("Accounts found"));
    m_results->setModel(results);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several results at once (Shift/Ctrl+click, Shift+arrows) for the bulk actions; Enter still opens the current.
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(false);
    m_results->setTabKeyNavigation(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    const int character = fontMetrics().averageCharWidth();
    m_results->horizontalHeader()->resizeSection(AccountSearchModel::NameColumn, 20 * character);
    m_results->horizontalHeader()->resizeSection(AccountSearchModel::WhereColumn, 52 * character);

    auto* top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_ticketLabel);
    top->addWidget(m_ticket);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    setTicketVisible(false);

    connect(m_query, &QLineEdit::textChanged, this, &FindPanel::onQueryEdited);
    connect(m_query, &QLineEdit::returnPressed, this, &FindPanel::choose);
    connect(m_results, &QAbstractItemView::activated, this, &FindPanel::choose);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindPanel::updateSummary);
    connect(
        m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (const std::optional<IndexedAccount> account = m_model->accountAt(current.row()))
                emit currentAccountChanged(*account);
        });
    auto* down = new QShortcut(QKeySequence(Qt::Key_Down), m_query, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, &FindPanel::moveIntoResults);
    auto* clear = new QShortcut(QKeySequence(Qt::Key_Escape), m_query, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clear, &QShortcut::activated, m_query, &QLineEdit::clear);
}

void FindPanel::setTicketVisible(bool visible)
{
    m_ticketLabel->setVisible(visible);
    m_ticket->setVisible(visible);
}

QString FindPanel::ticket() const
{
    return m_ticket->isVisible() ? m_ticket->text().trimmed() : QString();
}

void FindPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void FindPanel::onQueryEdited(const QString& text)
{
    m_model->setQueryText(text);
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0, AccountSearchModel::NameColumn));
}

void FindPanel::updateSummary()
{
    const QStringList unknown = AccountQuery::parse(m_model->queryText()).unknownFilters();
    if (!unknown.isEmpty()) {
        m_summary->setText(tr("Unknown filter %1: use engine:, product:, profile:, region:, status:, type:, db: or "
                              "priv:.")
                               .arg(AccountText::list(unknown)));
    } else if (m_model->queryText().trimmed().isEmpty()) {
        m_summary->setText(tr("Type part of an account name, or a filter such as status:locked."));
    } else {
        m_summary->setText(m_model->rowCount() >= AccountSearchModel::DefaultLimit
                ? tr("The first %n accounts found; type more to narrow them.", nullptr, m_model->rowCount())
                : tr("%n account(s) found.", nullptr, m_model->rowCount()));
    }
}

std::optional<IndexedAccount> FindPanel::chosenAccount() const
{
    const QModelIndex current = m_results->currentIndex();
    return m_model->accountAt(current.isValid() ? current.row() : 0);
}

QList<IndexedAccount> FindPanel::selectedAccounts() const
{
    QList<IndexedAccount> selected;
    for (const QModelIndex& index : m_results->selectionModel()->selectedRows()) {
        if (const std::optional<IndexedAccount> account = m_model->accountAt(index.row()))
            selected << *account;
    }
    return selected;
}

void FindPanel::choose()
{
    if (const std::optional<IndexedAccount> account = chosenAccount())
        emit accountChosen(*account);
}

void FindPanel::moveIntoResults()
{
    if (m_model->rowCount() == 0)
        return;
    m_results->setFocus(Qt::TabFocusReason);
    if (!m_results->currentIndex().isValid())
        m_results->setCurrentIndex(m_model->index(0, AccountSearchModel::NameColumn));
}
