#pragma once

#include <QDialog>

class CallMeterModel;
class QLabel;
class QTableView;

// Calls per action this session and this month, with the seed's price and free tier and the month's cost.
class CallMeterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CallMeterDialog(CallMeterModel* model, QWidget* parent = nullptr);

private:
    void updateTotal();

    CallMeterModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_total = nullptr;
};
