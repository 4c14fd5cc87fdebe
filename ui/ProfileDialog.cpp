#include "ProfileDialog.h"

#include "AccountText.h"
#include "FieldHint.h"
#include "MessageBox.h"
#include "MnemonicText.h"
#include "ProfileRules.h"
#include "ProfileService.h"
#include "SecretField.h"
#include "WindowFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ProfileDialog::ProfileDialog(ProfileService* service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("Profiles"));
    buildForm();
    WindowFit::install(this);
    connect(m_service, &ProfileService::profilesChanged, this, &ProfileDialog::reloadList);
    connect(m_service, &ProfileService::keychainAvailabilityChanged, this, [this] {
        updateKeychainNotice();
        updateState();
    });
    reloadList();
    updateKeychainNotice();
    const QString active = m_service->activeProfileName();
    editProfile(active.isEmpty() && !m_service->profiles().isEmpty() ? m_service->profiles().first().name : active);
}

QLineEdit* ProfileDialog::addField(const QString& label, const QString& objectName, FieldHint** hint)
{
    auto* form = static_cast<QFormLayout*>(findChild<QWidget*>(QStringLiteral("profileForm"))->layout());
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    // The field takes its name from the label, without the mnemonic marker and the colon.
    edit->setAccessibleName(MnemonicText::fieldName(label));
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(edit);
    *hint = new FieldHint(this);
    (*hint)->setAccessibleName(tr("Problem with %1").arg(edit->accessibleName()));
    column->addWidget(*hint);
    // QFormLayout gives a buddy only to a widget field, not to a layout: without one "&Name:" shows its "&".
    auto* labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(edit);
    form->addRow(labelWidget, column);
    connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
    return edit;
}

void ProfileDialog::buildForm()
{
    m_keychainNotice = new QLabel(this);
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    m_keychainNotice->setWordWrap(true);
    m_keychainNotice->setFrameShape(QFrame::StyledPanel);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    auto* newButton = new QPushButton(tr("Ne&w"), this);
    m_deleteButton = new QPushButton(tr("&Delete..."), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    auto* importButton = new QPushButton(tr("&Import from aliyun CLI..."), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    auto* listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list);
    listColumn->addWidget(newButton);
    listColumn->addWidget(m_deleteButton);
    listColumn->addWidget(importButton);

    auto* formWidget = new QWidget(this);
    formWidget->setObjectName(QStringLiteral("profileForm"));
    formWidget->setLayout(new QFormLayout);
    auto* form = static_cast<QFormLayout*>(formWidget->layout());

    m_name = addField(tr("&Name:"), QStringLiteral("name"), &m_nameHint);
    m_authMode = new QComboBox(this);
    m_authMode->setObjectName(QStringLiteral("authMode"));
    m_authMode->setAccessibleName(tr("Authentication"));
    m_authMode->addItem(tr("AccessKey"), QVariant::fromValue(int(Profile::AuthMode::AccessKey)));
    m_authMode->addItem(tr("STS token"), QVariant::fromValue(int(Profile::AuthMode::Sts)));
    m_authMode->addItem(tr("Bearer token"), QVariant::fromValue(int(Profile::AuthMode::BearerToken)));
    form->addRow(tr("&Authentication:"), m_authMode);
    connect(m_authMode, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateState);
    m_accessKeyId = addField(tr("Access&Key ID:"), QStringLiteral("accessKeyId"), &m_accessKeyIdHint);
    m_accessKeySecret = addField(tr("AccessKey s&ecret:"), QStringLiteral("accessKeySecret"), &m_secretHint);
    m_securityToken = addField(tr("S&TS token:"), QStringLiteral("securityToken"), &m_tokenHint);
    m_bearerToken = addField(tr("&Bearer token:"), QStringLiteral("bearerToken"), &m_bearerHint);
    for (QLineEdit* secret : { m_accessKeySecret, m_securityToken, m_bearerToken })
        secret->setEchoMode(QLineEdit::Password);
    m_region = addField(tr("Default &region:"), QStringLiteral("region"), &m_regionHint);
    m_signing = new QComboBox(this);
    m_signing->setObjectName(QStringLiteral("signing"));
    m_signing->setAccessibleName(tr("Signing"));
    m_signing->addItem(tr("ACS3-HMAC-SHA256 (recommended)"), int(Profile::SigningMethod::Acs3HmacSha256));
    m_signing->addItem(tr("RPC HMAC-SHA1"), int(Profile::SigningMethod::RpcHmacSha1));
    form->addRow(tr("Si&gning:"), m_signing);
    m_rdsEndpoint = addField(tr("RDS end&point:"), QStringLiteral("rdsEndpoint"), &m_rdsHint);
    m_redisEndpoint = addField(tr("Redis endpoint:"), QStringLiteral("redisEndpoint"), &m_redisHint);
    m_rdsHint->setRuleText(tr("Leave empty for the public endpoint."));
    m_redisHint->setRuleText(tr("Leave empty for the public endpoint."));
    m_sessionOnly = new QCheckBox(tr("Session on&ly: keep this profile in memory and forget it when the "
                                     "application closes"),
        this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnly"));
    m_sessionOnly->setAccessibleName(tr("Session only"));
    form->addRow(QString(), m_sessionOnly);
    connect(m_sessionOnly, &QCheckBox::toggled, this, &ProfileDialog::updateState);

    m_testButton = new QPushButton(tr("Test c&onnection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Connection test result"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_testButton, m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    auto* body = new QHBoxLayout;
    body->addLayout(listColumn, 1);
    body->addWidget(formWidget, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainNotice);
    layout->addLayout(body);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString& name) {
        if (!name.isEmpty() && name != m_editingName)
            editProfile(name);
    });
    connect(newButton, &QPushButton::clicked, this, [this] { editProfile({}); });
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfileDialog::deleteCurrent);
    connect(importButton, &QPushButton::clicked, this, &ProfileDialog::chooseImportFile);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ProfileDialog::reloadList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Profile& profile : m_service->profiles()) {
        auto* item = new QListWidgetItem(profile.name, m_list);
        if (profile.sessionOnly)
            item->setToolTip(tr("Session only: forgotten when the application closes."));
        if (profile.name == m_editingName)
            m_list->setCurrentItem(item);
    }
}

void ProfileDialog::updateKeychainNotice()
{
    const bool available = m_service->keychainAvailable();
    m_keychainNotice->setVisible(!available);
    m_keychainNotice->setText(
        tr("The system keychain is not available (no Secret Service, or it is locked, or access was denied). "
           "Secrets are never written to disk instead, so profiles cannot be saved now. You can use a session-only "
           "profile, which is forgotten when the application closes."));
    if (!available && m_editingName.isEmpty())
        m_sessionOnly->setChecked(true);
}

void ProfileDialog::editProfile(const QString& name)
{
    Profile profile;
    for (const Profile& candidate : m_service->profiles())
        if (candidate.name == name)
            profile = candidate;
    m_editingName = profile.name;
    m_name->setText(profile.name);
    m_authMode->setCurrentIndex(m_authMode->findData(int(profile.authMode)));
    m_accessKeyId->setText(profile.accessKeyId);
    for (QLineEdit* secret : { m_accessKeySecret, m_securityToken, m_bearerToken })
        secret->clear();
    m_region->setText(profile.defaultRegion);
    m_signing->setCurrentIndex(m_signing->findData(int(profile.signingMethod)));
    m_rdsEndpoint->setText(profile.endpointOverrides.value(QStringLiteral("rds")));
    m_redisEndpoint->setText(profile.endpointOverrides.value(QStringLiteral("r-kvstore")));
    m_sessionOnly->setChecked(profile.sessionOnly || (name.isEmpty() && !m_service->keychainAvailable()));
    m_sessionOnly->setEnabled(m_editingName.isEmpty()); // a saved profile cannot become session-only, or back
    m_status->clear();
    reloadList();
    if (m_editingName.isEmpty())
        m_list->setCurrentItem(nullptr);
    updateState();
}

Profile ProfileDialog::currentProfile() const
{
    Profile profile;
    profile.name = m_name->text();
    profile.authMode = Profile::AuthMode(m_authMode->currentData().toInt());
    profile.accessKeyId
        = profile.authMode == Profile::AuthMode::BearerToken ? QString() : m_accessKeyId->text().trimmed();
    profile.defaultRegion = m_region->text().trimmed();
    profile.signingMethod = Profile::SigningMethod(m_signing->currentData().toInt());
    if (!m_rdsEndpoint->text().trimmed().isEmpty())
        profile.endpointOverrides.insert(QStringLiteral("rds"), m_rdsEndpoint->text().trimmed());
    if (!m_redisEndpoint->text().trimmed().isEmpty())
        profile.endpointOverrides.insert(QStringLiteral("r-kvstore"), m_redisEndpoint->text().trimmed());
    profile.sessionOnly = m_sessionOnly->isChecked();
    return profile;
}

ProfileSecrets ProfileDialog::currentSecrets() const
{
    const auto mode = Profile::AuthMode(m_authMode->currentData().toInt());
    ProfileSecrets secrets;
    if (mode != Profile::AuthMode::BearerToken)
        secrets.accessKeySecret = m_accessKeySecret->text();
    if (mode == Profile::AuthMode::Sts)
        secrets.securityToken = m_securityToken->text();
    if (mode == Profile::AuthMode::BearerToken)
        secrets.bearerToken = m_bearerToken->text();
    return secrets;
}

void ProfileDialog::updateState()
{
    const auto mode = Profile::AuthMode(m_authMode->currentData().toInt());
    const bool usesKey = mode != Profile::AuthMode::BearerToken;

    m_nameHint->setCheck(m_service->checkProfileName(m_name->text(), m_editingName));
    m_accessKeyIdHint->setCheck(
        usesKey ? ProfileRules::checkAccessKeyId(m_accessKeyId->text().trimmed()) : FieldCheck::valid());
    auto secretCheck = [this](bool used, QLineEdit* edit, const QString& field, const QString& missing) {
        if (!used || !edit->text().isEmpty())
            return FieldCheck::valid();
        if (!m_editingName.isEmpty() && m_service->hasStoredSecret(m_editingName, field))
            return FieldCheck::valid();
        return FieldCheck::intermediate(missing);
    };
    m_secretHint->setCheck(
        secretCheck(usesKey, m_accessKeySecret, SecretField::AccessKeySecret, tr("Enter the AccessKey secret.")));
    m_tokenHint->setCheck(secretCheck(mode == Profile::AuthMode::Sts,
        m_securityToken,
        SecretField::SecurityToken,
        tr("Enter the STS security token.")));
    m_bearerHint->setCheck(secretCheck(mode == Profile::AuthMode::BearerToken,
        m_bearerToken,
        SecretField::BearerToken,
        tr("Enter the bearer token.")));
    const QString keep = tr("Leave empty to keep the stored value.");
    for (auto [hint, field] : { std::pair { m_secretHint, SecretField::AccessKeySecret },
             std::pair { m_tokenHint, SecretField::SecurityToken },
             std::pair { m_bearerHint, SecretField::BearerToken } })
        hint->setRuleText(
            !m_editingName.isEmpty() && m_service->hasStoredSecret(m_editingName, field) ? keep : QString());
    m_regionHint->setCheck(ProfileRules::checkRegionId(m_region->text().trimmed()));
    m_rdsHint->setCheck(ProfileRules::checkEndpoint(m_rdsEndpoint->text().trimmed()));
    m_redisHint->setCheck(ProfileRules::checkEndpoint(m_redisEndpoint->text().trimmed()));

    m_accessKeyId->setEnabled(usesKey);
    m_accessKeySecret->setEnabled(usesKey);
    m_securityToken->setEnabled(mode == Profile::AuthMode::Sts);
    m_bearerToken->setEnabled(mode == Profile::AuthMode::BearerToken);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(canSave() && !m_saving);
    m_deleteButton->setEnabled(!m_editingName.isEmpty() && !m_saving);
    m_testButton->setEnabled(canSave());
}

bool ProfileDialog::canSave() const
{
    for (const FieldHint* hint : { m_nameHint,
             m_accessKeyIdHint,
             m_secretHint,
             m_tokenHint,
             m_bearerHint,
             m_regionHint,
             m_rdsHint,
             m_redisHint })
        if (!hint->check().isValid())
            return false;
    // Without a keychain only session-only profiles can be kept.
    return m_sessionOnly->isChecked() || m_service->keychainAvailable();
}

void ProfileDialog::showStatus(const QString& text, bool isError)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, isError ? FieldHint::errorColor(palette) : palette.color(QPalette::Text));
    m_status->setPalette(palette);
    m_status->setText(text);
}

void ProfileDialog::save()
{
    if (!canSave() || m_saving)
        return;
    const Profile profile = currentProfile();
    m_saving = true;
    updateState();
    PendingOperation* operation = m_service->saveProfile(profile, currentSecrets(), m_editingName);
    showStatus(tr("Saving..."), false);
    connect(operation, &PendingOperation::finished, this, [this] {
        m_saving = false;
        updateState();
    });
    connect(operation, &PendingOperation::succeeded, this, [this, profile] {
        editProfile(profile.name);
        showStatus(profile.sessionOnly ? tr("Saved for this session.") : tr("Saved."), false);
    });
    connect(operation, &PendingOperation::failed, this, [this](const ServiceError& error) {
        showStatus(error.message, true);
    });
}

void ProfileDialog::deleteCurrent()
{
    if (m_editingName.isEmpty())
        return;
    const QString name = m_editingName;
    if (MessageBox::question(this,
            tr("Delete profile"),
            tr("Delete the profile \"%1\" and remove its secrets from the system keychain?").arg(name))
        != QMessageBox::Yes)
        return;
    PendingOperation* operation = m_service->removeProfile(name);
    connect(operation, &PendingOperation::succeeded, this, [this, name] {
        editProfile({});
        showStatus(tr("The profile \"%1\" was deleted.").arg(name), false);
    });
    connect(operation, &PendingOperation::failed, this, [this](const ServiceError& error) {
        showStatus(error.message, true);
    });
}

void ProfileDialog::testConnection()
{
    if (!canSave())
        return;
    m_testButton->setEnabled(false);
    showStatus(tr("Testing the connection..."), false);
    PendingOperation* operation = m_service->testConnection(currentProfile(), currentSecrets());
    connect(operation, &PendingOperation::succeeded, this, [this](const QString& requestId) {
        showStatus(tr("The connection works (RequestId %1).").arg(requestId), false);
        updateState();
    });
    connect(operation, &PendingOperation::failed, this, [this](const ServiceError& error) {
        showStatus(error.summary(), true);
        updateState();
    });
}

void ProfileDialog::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this,
        tr("Import from aliyun CLI"),
        QDir::homePath() + QStringLiteral("/.aliyun/config.json"),
        tr("aliyun CLI configuration (config.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void ProfileDialog::importFrom(const QString& filePath)
{
    const QStringList existing = m_service->importConflicts(filePath);
    if (!existing.isEmpty()
        && MessageBox::question(this,
               tr("Import from aliyun CLI"),
               tr("Profiles named %1 exist already. Replace them with the ones from the file?")
                   .arg(AccountText::list(existing)))
            != QMessageBox::Yes) {
        showStatus(tr("Nothing was imported: the existing profiles were kept."), false);
        return;
    }
    PendingOperation* operation = m_service->importAliyunConfig(filePath);
    connect(operation, &PendingOperation::succeeded, this, [this](const QString& summary) {
        showStatus(summary, false);
        MessageBox::show(QMessageBox::Information, this, tr("Import from aliyun CLI"), summary);
    });
    connect(operation, &PendingOperation::failed, this, [this](const ServiceError& error) {
        showStatus(error.message, true);
        MessageBox::warning(this, tr("Import from aliyun CLI"), error.message);
    });
}
