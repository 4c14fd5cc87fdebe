#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

class QMimeData;

// Copies a secret to the clipboard with the "do not record" hints of password managers and clears it after a
// timeout, but only if the clipboard still holds our text (never wipes what the user copied later). Emits the
// seconds left once a second for a visible countdown. Clears on clearNow(), on destruction and at quit.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout = std::chrono::seconds(30);

    explicit ClipboardGuard(QObject* parent = nullptr);
    ~ClipboardGuard() override;

    // Tests shorten it; the countdown then ticks at most once a second and at least once per timeout.
    void setTimeout(std::chrono::milliseconds timeout);

    void copy(const QString& secret);
    bool isActive() const { return !m_copied.isEmpty(); }
    int secondsLeft() const;

    // The clipboard payload: text plus the privacy hints (KDE/Klipper everywhere, Windows history/cloud formats).
    static QMimeData* secretMimeData(const QString& secret);

public slots:
    void clearNow();

signals:
    void countdown(int secondsLeft);
    // wasOurs: the clipboard still held our text and was emptied; false when the user had copied something else.
    void cleared(bool wasOurs);

private:
    void tick();

    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QTimer m_ticker;
    QDeadlineTimer m_deadline;
    QString m_copied;
};
