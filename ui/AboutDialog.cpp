#include "AboutDialog.h"

#include "WindowFit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Apsara Accounts"));
    setAccessibleName(tr("About Apsara Accounts"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/apsara-accounts.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Application icon"));

    auto* text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    text->setOpenExternalLinks(true);
    text->setText(tr("<h3>Apsara Accounts %1</h3>"
                     "<p>A desktop console for the database accounts of ApsaraDB RDS (MySQL, PostgreSQL, "
                     "SQL Server, MariaDB) and ApsaraDB for Redis.</p>"
                     "<p>Built with Qt %2, running on Qt %3.</p>")
                      .arg(versionText(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    text->setAccessibleName(tr("About text"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setAccessibleName(tr("Dialog buttons"));
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    WindowFit::install(this);
}

QString AboutDialog::versionText()
{
    return QStringLiteral(APSARA_VERSION);
}
