#pragma once

#include <QDockWidget>

class ActivityLogModel;
class QPushButton;
class QTableView;

// Every call of the session (ActivityLogModel) in a dock: export as CSV, copy a RequestId for support.
class ActivityDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ActivityDock(QWidget* parent = nullptr);

    void setModel(ActivityLogModel* model);
    QTableView* table() const { return m_table; }

    // Writes the CSV (UTF-8 with BOM so spreadsheet apps read Chinese right); false with errorText on failure.
    bool exportCsv(const QString& path, QString* errorText) const;
    // The RequestId of the selected call, copied to the clipboard; empty when none is selected.
    QString copySelectedRequestId() const;

private:
    void chooseExportFile();
    void updateButtons();

    ActivityLogModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_copyButton = nullptr;
};
