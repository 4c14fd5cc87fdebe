#pragma once

#include "AccessReport.h"
#include "AccessReportFile.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class AccountIndex;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

// File > Access Report…: what to report on (the window's current view, Find's current search, or every indexed
// account), in which format (PDF, CSV, JSON), and Save…. The accounts come from Find's index (no secret; no
// call is made); the counts follow the index as background loads refresh it. Save… writes on a pool thread.
class AccessReportDialog : public QDialog
{
    Q_OBJECT

public:
    // view: the instance or region selected in the window, if any; searchQuery: Find's text, may be empty.
    AccessReportDialog(AccountIndex* index,
        const std::optional<AccessReportScope>& view,
        const QString& searchQuery,
        QWidget* parent = nullptr);

    // The instances whose accounts the app does not read: the report names those in its scope.
    void setInstancesNotRead(const QList<AccessReportGap>& gaps);

    AccessReportScope chosenScope() const;
    AccessReportFile::Format chosenFormat() const;
    void setFormat(AccessReportFile::Format format);
    // The report of the chosen scope as of now.
    AccessReport report() const;
    // Writes the report in the chosen format to path; false (and says why in its status line) when it cannot.
    bool saveTo(const QString& path);
    // The same on a pool thread (Save… does this): Save is off and the status says "Saving…" until it is done.
    void saveInBackground(const QString& path);

private:
    void refreshCounts();
    void updateOkButton();
    void chooseFileAndSave();
    int countOf(const AccessReportScope& scope) const;
    void showSaved(const QString& path, int accounts, bool saved, const QString& error);

    QPointer<AccountIndex> m_index;
    std::optional<AccessReportScope> m_view;
    QList<AccessReportGap> m_gaps;
    bool m_saving = false;
    AccessReportScope m_search;
    QRadioButton* m_viewButton;
    QRadioButton* m_searchButton;
    QRadioButton* m_everythingButton;
    QComboBox* m_format;
    QLabel* m_summary;
    QLabel* m_status;
    QPushButton* m_save;
};
