#pragma once

#include "ServiceError.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

// An inline banner above a dialog's form (KMessageWidget-like) that says what went wrong with a call: the
// readable text, the recommended action, the server's Code, HTTP status and RequestId (selectable, copyable),
// and a Retry button only when sending the request again is safe: never for a write whose outcome is unknown
// (5xx, dropped connection, timeout), which must be read back first (ErrorCatalog::outcomeUnknown).
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    // lead: what a multi-step write applied and which step failed ("etl_v2 was created; granting Read/Write on
    // app_db failed"); it leads the text. resumable: a partial success, whose Retry resumes at the failed step.
    void showError(const ServiceError& error, const QString& lead = {}, bool resumable = false);
    // A plain explanation without a server error (e.g. why a form cannot be submitted at all).
    void showMessage(const QString& text);

    QString detailsText() const; // "Code: … · HTTP 400 · RequestId: …"

public slots:
    void clear();
    void copyDetails() const;

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();
    void announce();

    QLabel* m_text = nullptr;
    QLabel* m_action = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_retry = nullptr;
    std::optional<ServiceError> m_error; // the server error shown; none for a plain message
};
