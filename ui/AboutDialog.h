#pragma once

#include <QDialog>

// Name, version (APSARA_VERSION), what the app does and the Qt it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString versionText();
};
