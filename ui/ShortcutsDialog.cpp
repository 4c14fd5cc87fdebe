#include "ShortcutsDialog.h"

#include "MnemonicText.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("ShortcutsDialog"));
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({ tr("Action"), tr("Keys") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the Close button
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    for (const QAction* action : actions) {
        QString name = MnemonicText::withoutMnemonic(action->text());
        if (name.endsWith(QLatin1String("...")))
            name.chop(3); // the menu's "opens a dialog" mark
        else if (name.endsWith(u'\u2026'))
            name.chop(1);
        if (!action->shortcut().isEmpty())
            addRow(name, action->shortcut().toString(QKeySequence::NativeText));
    }
    addRow(tr("From the filter: move into the results"), tr("Down"));
    addRow(tr("From the filter: open Reset Password when one account matches"), tr("Enter"));
    addRow(tr("In the filter: clear it"), tr("Esc"));
    addRow(tr("In the tree: move into the accounts of the instance"), tr("Enter"));
    addRow(tr("In the account list: Reset Password of the selected account"), tr("Enter"));
    addRow(tr("Move between the tree, the filter, the accounts and the details"), tr("Tab, Shift+Tab"));
    addRow(tr("In a password field: show or hide the password"),
        QKeySequence(Qt::CTRL | Qt::Key_H).toString(QKeySequence::NativeText));
    addRow(tr("In a password field: generate a password"),
        QKeySequence(Qt::CTRL | Qt::Key_G).toString(QKeySequence::NativeText));
    addRow(tr("In a dialog: the highlighted button (OK, Create, Reset...)"), tr("Enter"));
    addRow(tr("In a dialog: close it and cancel its call"), tr("Esc"));
    addRow(tr("Go to the field of a label, or press a button"), tr("Alt+underlined letter"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    m_table->setFocus();
    m_table->resizeColumnsToContents();
    // Compact rows, and room for the whole list without scrolling at the usual font size.
    const int row = fontMetrics().height() + 8;
    m_table->verticalHeader()->setDefaultSectionSize(row);
    const int character = fontMetrics().averageCharWidth();
    const int tableHeight = (m_table->rowCount() + 1) * row + 2 * m_table->frameWidth();
    resize(std::max(sizeHint().width(), 100 * character),
        std::max(sizeHint().height(), tableHeight + buttons->sizeHint().height() + 4 * fontMetrics().height()));
}

void ShortcutsDialog::addRow(const QString& description, const QString& keys)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(description));
    m_table->setItem(row, 1, new QTableWidgetItem(keys));
}
