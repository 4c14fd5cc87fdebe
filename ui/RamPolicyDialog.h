#pragma once

#include "RoleMode.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// Help > RAM policy for this role: the exact least-privilege policy document (JSON) each mode needs, to show an
// administrator, copy or save. The text is RamPolicy::document(), the same that --ram-policy prints.
class RamPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RamPolicyDialog(RoleMode mode, QWidget* parent = nullptr);

    // Writes the shown document to path; false (and says why in its status line) when it cannot.
    bool saveTo(const QString& path);

private:
    void showMode();
    void chooseFileAndSave();
    RoleMode selectedMode() const;

    QComboBox* m_mode;
    QLabel* m_summary;
    QPlainTextEdit* m_document;
    QPushButton* m_save;
    QPushButton* m_copy;
    QLabel* m_status;
};
