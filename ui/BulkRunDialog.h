#pragma once

#include "BulkPlan.h"
#include "BulkRunner.h"

#include <QDialog>

class BulkRowModel;
class ClipboardGuard;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

// Runs a confirmed bulk plan and shows it happen: a progress bar with count, rate and time left, Cancel (stops
// sending; says what was sent), every row's outcome with its RequestId and advice, and Retry for the failed rows
// only. New passwords are shown once: masked unless revealed, copied one at a time through the ClipboardGuard,
// exported only after a warning to an owner-only file, and forgotten when the dialog closes.
class BulkRunDialog : public QDialog
{
    Q_OBJECT

public:
    BulkRunDialog(const BulkPlan& plan, BulkRunner::ServiceLookup services, QWidget* parent = nullptr);
    ~BulkRunDialog() override;

    void start();

    // Tests: the file Export writes to instead of asking with a file dialog.
    void setExportPath(const QString& path) { m_exportPath = path; }
    // Writes the succeeded rows' passwords as CSV to path, owner-only (0600) from creation; false with *error.
    bool exportPasswords(const QString& path, QString* error) const;

public slots:
    void copyPassword();
    void chooseExport();
    void reject() override; // while running: cancel sending first

private slots:
    void showProgress();
    void showFinished();
    void updateButtons();

private:
    bool hasPasswords() const;
    void fitColumns();
    QString progressText() const;

    BulkRowModel* m_rows;
    BulkRunner* m_runner;
    QTableView* m_table;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QLabel* m_summary;
    QLabel* m_clipboardText;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QPushButton* m_copy;
    QPushButton* m_export;
    QPushButton* m_close;
    QCheckBox* m_reveal;
    ClipboardGuard* m_clipboard;
    QTimer* m_ticker;
    QString m_exportPath;
    bool m_closeAfterCancel = false;
};
