#include "ActivityDock.h"

#include "ActivityLogModel.h"
#include "MessageBox.h"
#include "UiLogging.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

ActivityDock::ActivityDock(QWidget* parent)
    : QDockWidget(tr("Activity"), parent)
    , m_table(new QTableView(this))
    , m_exportButton(new QPushButton(QIcon(QStringLiteral(":/icons/action-export.svg")), tr("&Export CSV..."), this))
    , m_copyButton(new QPushButton(QIcon(QStringLiteral(":/icons/action-copy.svg")), tr("Copy &RequestId"), this))
{
    setObjectName(QStringLiteral("activityDock"));
    setAccessibleName(tr("Activity"));
    m_table->setAccessibleName(tr("Calls of this session"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_exportButton->setAccessibleName(tr("Export activity as CSV"));
    m_copyButton->setAccessibleName(tr("Copy the RequestId of the selected call"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_copyButton);
    buttons->addStretch(1);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_exportButton, &QPushButton::clicked, this, &ActivityDock::chooseExportFile);
    connect(m_copyButton, &QPushButton::clicked, this, &ActivityDock::copySelectedRequestId);
    updateButtons();
}

void ActivityDock::setModel(ActivityLogModel* model)
{
    m_model = model;
    m_table->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
            updateButtons();
            m_table->scrollToBottom();
        });
        connect(model, &QAbstractItemModel::modelReset, this, &ActivityDock::updateButtons);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActivityDock::updateButtons);
    }
    updateButtons();
}

void ActivityDock::updateButtons()
{
    m_exportButton->setEnabled(m_model && m_model->rowCount() > 0);
    m_copyButton->setEnabled(m_model && m_table->selectionModel() && m_table->selectionModel()->hasSelection());
}

bool ActivityDock::exportCsv(const QString& path, QString* errorText) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorText)
            *errorText = file.errorString();
        return false;
    }
    file.write(QByteArrayLiteral("\xEF\xBB\xBF"));
    file.write(m_model ? m_model->toCsv().toUtf8() : QByteArray());
    if (!file.commit()) {
        if (errorText)
            *errorText = file.errorString();
        return false;
    }
    return true;
}

void ActivityDock::chooseExportFile()
{
    const QString start
        = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/apsara-activity.csv");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Activity"), start, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error)) {
        qCWarning(lcUi) << "activity export failed:" << error;
        MessageBox::warning(this, tr("Export Activity"), tr("Could not write %1: %2").arg(path, error));
    }
}

QString ActivityDock::copySelectedRequestId() const
{
    if (!m_model || !m_table->selectionModel())
        return {};
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QString requestId = m_model->recordAt(rows.first().row()).requestId;
    if (!requestId.isEmpty())
        QApplication::clipboard()->setText(requestId);
    return requestId;
}
