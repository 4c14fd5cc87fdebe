#include "AccountHeader.h"

#include "Product.h"

#include <QLabel>
#include <QVBoxLayout>

AccountHeader::AccountHeader(const Instance& instance, const Account& account, QWidget* parent)
    : QWidget(parent)
    , m_account(new QLabel(account.name, this))
    , m_instance(new QLabel(this))
{
    setObjectName(QStringLiteral("accountHeader"));
    QFont big = m_account->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_account->setFont(big);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setAccessibleName(tr("Account"));
    m_account->setTextFormat(Qt::PlainText);

    QString where
        = tr("on %1 · %2 %3").arg(instance.id, ProductInfo::engineDisplayName(instance.engine), instance.engineVersion);
    if (!instance.description.isEmpty())
        where += QStringLiteral(" · ") + instance.description;
    m_instance->setText(where);
    m_instance->setObjectName(QStringLiteral("instanceLabel"));
    m_instance->setAccessibleName(tr("Instance"));
    m_instance->setTextFormat(Qt::PlainText);
    m_instance->setWordWrap(true);

    // Selectable for copying, but no Tab stop: the dialog opens on its first field and Tab goes from field to field.
    for (QLabel* label : { m_account, m_instance })
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_account);
    layout->addWidget(m_instance);
}
