#include "RamPolicyDialog.h"

#include "RamPolicy.h"
#include "WindowFit.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

RamPolicyDialog::RamPolicyDialog(RoleMode mode, QWidget* parent)
    : QDialog(parent)
    , m_mode(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_document(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save…"), this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("RAM policy for this role"));
    setAccessibleName(windowTitle());
    for (RoleMode each : { RoleMode::Helpdesk, RoleMode::Dba, RoleMode::Audit })
        m_mode->addItem(RoleModes::displayName(each), RoleModes::wireName(each));
    m_mode->setCurrentIndex(m_mode->findData(RoleModes::wireName(mode)));
    m_mode->setObjectName(QStringLiteral("roleBox"));
    m_mode->setAccessibleName(tr("Role"));
    m_summary->setWordWrap(true);
    m_document->setObjectName(QStringLiteral("policyDocument"));
    m_document->setReadOnly(true);
    m_document->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_document->setAccessibleName(tr("Policy document"));
    m_status->setObjectName(QStringLiteral("policyStatus"));
    m_status->setAccessibleName(tr("Save status"));
    m_save->setObjectName(QStringLiteral("savePolicyButton"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &RamPolicyDialog::chooseFileAndSave);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_document->toPlainText()); // a policy holds no secret
        m_status->setText(tr("Copied."));
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RamPolicyDialog::showMode);

    auto* form = new QFormLayout;
    form->addRow(tr("&Role:"), m_mode);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_document, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    showMode();
    resize(560, 520);
    WindowFit::install(this);
}

RoleMode RamPolicyDialog::selectedMode() const
{
    return RoleModes::fromWireName(m_mode->currentData().toString()).value_or(RoleMode::Dba);
}

void RamPolicyDialog::showMode()
{
    const RoleMode mode = selectedMode();
    switch (mode) {
    case RoleMode::Helpdesk:
        m_summary->setText(tr("Lists accounts, resets passwords and unlocks accounts; cannot create, delete or "
                              "change privileges."));
        break;
    case RoleMode::Dba:
        m_summary->setText(tr("Every action Apsara Accounts can send."));
        break;
    case RoleMode::Audit:
        m_summary->setText(tr("Reads only: regions, instances, databases and accounts."));
        break;
    }
    m_document->setPlainText(QString::fromUtf8(RamPolicy::document(mode)));
    m_status->clear();
}

bool RamPolicyDialog::saveTo(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_document->toPlainText().toUtf8()) < 0 || !file.commit()) {
        m_status->setText(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RamPolicyDialog::chooseFileAndSave()
{
    const QString name = RamPolicy::suggestedName(selectedMode()) + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save RAM policy"), QDir::home().filePath(name), tr("JSON files (*.json)"));
    if (!path.isEmpty())
        saveTo(path);
}
