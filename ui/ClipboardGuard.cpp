#include "ClipboardGuard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>

#include <algorithm>

ClipboardGuard::ClipboardGuard(QObject* parent)
    : QObject(parent)
{
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &ClipboardGuard::tick);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    // No signals from here: the receivers (labels of a closing dialog) may already be gone.
    const QSignalBlocker blocker(this);
    clearNow();
}

void ClipboardGuard::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(1));
}

QMimeData* ClipboardGuard::secretMimeData(const QString& secret)
{
    auto* mime = new QMimeData;
    mime->setText(secret);
    // KDE Klipper and other Linux clipboard managers skip entries marked as secrets.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#if defined(Q_OS_WIN)
    // Windows clipboard monitors, clipboard history (Win+V) and the cloud clipboard skip these entries.
    const QByteArray dwordZero(4, '\0');
    mime->setData(
        QStringLiteral("application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""),
        QByteArrayLiteral("1"));
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""), dwordZero);
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""), dwordZero);
#elif defined(Q_OS_MACOS)
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), secret.toUtf8());
#endif
    return mime;
}

void ClipboardGuard::copy(const QString& secret)
{
    if (secret.isEmpty())
        return;
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setMimeData(secretMimeData(secret), QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->setMimeData(secretMimeData(secret), QClipboard::Selection);
    m_copied = secret;
    m_deadline.setRemainingTime(m_timeout, Qt::PreciseTimer);
    m_ticker.start(std::min(m_timeout, std::chrono::milliseconds(1000)));
    emit countdown(secondsLeft());
}

int ClipboardGuard::secondsLeft() const
{
    if (!isActive())
        return 0;
    const qint64 ms = std::max<qint64>(0, m_deadline.remainingTime());
    return static_cast<int>((ms + 999) / 1000);
}

void ClipboardGuard::clearNow()
{
    m_ticker.stop();
    if (m_copied.isEmpty())
        return;
    bool wasOurs = false;
    // qApp is gone during static destruction; there is no clipboard to clear then.
    if (QGuiApplication::instance()) {
        QClipboard* clipboard = QGuiApplication::clipboard();
        for (const QClipboard::Mode mode : { QClipboard::Clipboard, QClipboard::Selection }) {
            if (mode == QClipboard::Selection && !clipboard->supportsSelection())
                continue;
            if (clipboard->text(mode) == m_copied) {
                clipboard->clear(mode);
                wasOurs = true;
            }
        }
    }
    m_copied.clear();
    emit countdown(0);
    emit cleared(wasOurs);
}

void ClipboardGuard::tick()
{
    if (m_deadline.hasExpired()) {
        clearNow();
        return;
    }
    emit countdown(secondsLeft());
}
