#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// The strip on top of the main window in demo mode, so nobody mistakes sandbox data for their cloud.
class DemoBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DemoBanner(QWidget* parent = nullptr);

    QPushButton* connectButton() const { return m_connectButton; }

signals:
    void connectRequested();

private:
    QLabel* m_text = nullptr;
    QPushButton* m_connectButton = nullptr;
};
