#include "CallMeterDialog.h"

#include "CallMeterModel.h"
#include "WindowFit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CallMeterDialog::CallMeterDialog(CallMeterModel* model, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_total(new QLabel(this))
{
    setWindowTitle(tr("Call Meter"));
    setAccessibleName(tr("Call meter"));

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("callMeterTable"));
    m_table->setAccessibleName(tr("Calls per action"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* note = new QLabel(tr("Prices and free tiers are the seed's per-request OpenAPI prices in CNY; "
                               "month counts are in UTC and kept between sessions."),
        this);
    note->setWordWrap(true);
    note->setAccessibleName(tr("Price note"));
    m_total->setObjectName(QStringLiteral("callMeterTotal"));
    m_total->setAccessibleName(tr("Month total"));
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setAccessibleName(tr("Dialog buttons"));
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_table->setTabKeyNavigation(false);
    m_table->setFocus();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_model, &CallMeterModel::totalsChanged, this, &CallMeterDialog::updateTotal);
    updateTotal();
    const int character = fontMetrics().averageCharWidth();
    resize(90 * character, 24 * fontMetrics().height());
    WindowFit::install(this);
}

void CallMeterDialog::updateTotal()
{
    m_total->setText(tr("%n call(s) this session, %1 this month, ¥%2 this month after the free tiers.",
        nullptr,
        m_model->totalSessionCalls())
                         .arg(m_model->totalMonthCalls())
                         .arg(m_model->totalMonthCostCny(), 0, 'f', 4));
}
