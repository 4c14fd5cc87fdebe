#include "OperatorPermissionDialog.h"

#include "AccountService.h"
#include "FieldHint.h"
#include "FocusChain.h"
#include "InstancePolicy.h"
#include "RuleFormLayout.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>

#include <algorithm>

OperatorPermissionDialog::OperatorPermissionDialog(AccountService* service, const Instance& instance, QWidget* parent)
    : OperationDialog(service, instance, InstancePolicy::canManageOperatorPermission(instance), parent)
    , m_grant(new QRadioButton(tr("&Grant access"), form()))
    , m_revoke(new QRadioButton(tr("Re&voke access"), form()))
    , m_privilege(new QComboBox(form()))
    , m_expiry(new QDateTimeEdit(form()))
{
    setWindowTitle(tr("Service Account Permission on %1").arg(instance.id));
    setObjectName(QStringLiteral("OperatorPermissionDialog"));
    setOkText(tr("&Apply"));

    m_grant->setObjectName(QStringLiteral("grantRadio"));
    m_grant->setAccessibleName(tr("Grant access"));
    m_revoke->setObjectName(QStringLiteral("revokeRadio"));
    m_revoke->setAccessibleName(tr("Revoke access"));
    m_grant->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_grant);
    group->addButton(m_revoke);
    auto* choice = new QWidget(form());
    auto* choiceLayout = new QHBoxLayout(choice);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->addWidget(m_grant);
    choiceLayout->addWidget(m_revoke);
    choiceLayout->addStretch();
    choice->setFocusProxy(m_grant); // Alt+T from the "Action:" label lands on the first choice

    m_privilege->setObjectName(QStringLiteral("privilegeCombo"));
    m_privilege->setAccessibleName(tr("Permission"));
    m_privilege->addItem(tr("Control: operate the instance"), QStringLiteral("Control"));
    m_privilege->addItem(tr("Data: operate the instance and access its data"), QStringLiteral("Data"));

    // The API takes UTC; edit and show it in UTC so nobody converts time zones in their head.
    m_expiry->setObjectName(QStringLiteral("expiryEdit"));
    m_expiry->setAccessibleName(tr("Expires at (UTC)"));
    m_expiry->setTimeSpec(Qt::UTC);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_expiry->setCalendarPopup(true);
    QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
    tomorrow.setTime(QTime(tomorrow.time().hour(), 0));
    m_expiry->setDateTime(tomorrow);

    auto* layout = new RuleFormLayout(form());
    m_current = new QLabel(tr("Asking for the service account's current access…"), form());
    m_current->setObjectName(QStringLiteral("currentLabel"));
    m_current->setWordWrap(true);
    layout->addWide(m_current);
    layout->addRow(tr("Ac&tion:"), choice);
    layout->addRow(tr("&Permission:"), m_privilege);
    m_expiryHint = layout->addField(tr("&Expires:"), m_expiry, tr("A date and time in the future, in UTC."));
    m_expiryHint->setObjectName(QStringLiteral("expiryHint"));
    // The permission lapses at ExpiredTime (the RDS seed's "Expiration time for service account permissions").
    m_remaining = new QLabel(form());
    m_remaining->setObjectName(QStringLiteral("remainingLabel"));
    layout->addWide(m_remaining);

    connect(m_grant, &QRadioButton::toggled, this, &OperatorPermissionDialog::updateOkButton);
    connect(m_privilege, &QComboBox::currentIndexChanged, this, &OperatorPermissionDialog::updateOkButton);
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, &OperatorPermissionDialog::updateOkButton);
    FocusChain::setWithButtons({ m_grant, m_revoke, m_privilege, m_expiry }, buttonBox());
    m_grant->setFocus();
    updateOkButton();
    service->fetchOperatorPermission(
        instance, this, [this](const std::optional<OperatorPermission>& current) { showCurrent(current); });
}

void OperatorPermissionDialog::showCurrent(const std::optional<OperatorPermission>& permission)
{
    const qint64 left = permission ? QDateTime::currentDateTimeUtc().secsTo(permission->expiredTime) : 0;
    if (!permission || left <= 0) {
        m_current->setText(tr("The service account has no access to this instance now."));
        return;
    }
    m_current->setText(tr("Current access: %1 until %2 UTC. %3")
                           .arg(permission->privileges,
                               permission->expiredTime.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               remainingText(left)));
}

bool OperatorPermissionDialog::isRevoke() const
{
    return m_revoke->isChecked();
}

OperatorPermission OperatorPermissionDialog::permission() const
{
    QDateTime expiry = m_expiry->dateTime().toUTC();
    expiry.setTime(QTime(expiry.time().hour(), expiry.time().minute(), expiry.time().second()));
    return { m_privilege->currentData().toString(), expiry };
}

QString OperatorPermissionDialog::remainingText(qint64 seconds)
{
    const qint64 minutes = (std::max<qint64>(0, seconds) + 59) / 60;
    const qint64 days = minutes / (qint64(24) * 60);
    const qint64 hours = minutes / 60 % 24;
    if (days > 0)
        return tr("Access ends in %1 d %2 h; then the service account loses it.").arg(days).arg(hours);
    if (hours > 0)
        return tr("Access ends in %1 h %2 min; then the service account loses it.").arg(hours).arg(minutes % 60);
    return tr("Access ends in %1 min; then the service account loses it.").arg(minutes);
}

FieldCheck OperatorPermissionDialog::checkExpiry() const
{
    if (m_expiry->dateTime().toUTC() <= QDateTime::currentDateTimeUtc())
        return FieldCheck::invalid(tr("The expiry time has passed; choose a date and time in the future (UTC)."));
    return FieldCheck::valid();
}

void OperatorPermissionDialog::updateOkButton()
{
    const bool grant = !isRevoke();
    m_privilege->setEnabled(grant);
    m_expiry->setEnabled(grant);
    const FieldCheck expiry = grant ? checkExpiry() : FieldCheck::valid();
    m_expiryHint->setCheck(expiry);
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_expiry->dateTime().toUTC());
    m_remaining->setText(grant && left > 0 ? remainingText(left) : QString());
    setOkAllowed(expiry.isValid());
}

void OperatorPermissionDialog::startOperation()
{
    if (isRevoke()) {
        run(service()->submit(instance(), RevokeOperatorPermissionWrite {}),
            tr("Revoking the service account's access…"));
        return;
    }
    run(service()->submit(instance(), GrantOperatorPermissionWrite { permission() }),
        tr("Granting the service account access…"));
}
