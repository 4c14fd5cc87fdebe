#include "Appearance.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <memory>

namespace {

// Fusion outlines check boxes and radio buttons with a darker shade of the window colour, which vanishes on a dark
// base: in a dark palette the boxes of the database table were invisible. This draws them with a visible outline.
class DarkIndicatorStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(
        PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const override
    {
        if (element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck
            || element == PE_IndicatorRadioButton) {
            const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
            if (dark) {
                std::unique_ptr<QStyleOption> copy(clone(option, element));
                copy->palette.setColor(QPalette::Window, QColor(0xb0, 0xb0, 0xb0)); // outline: 140 % darker
                QProxyStyle::drawPrimitive(element, copy.get(), painter, widget);
                return;
            }
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }

private:
    static QStyleOption* clone(const QStyleOption* option, PrimitiveElement element)
    {
        if (element == PE_IndicatorItemViewItemCheck) {
            if (const auto* item = qstyleoption_cast<const QStyleOptionViewItem*>(option))
                return new QStyleOptionViewItem(*item);
        }
        if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option))
            return new QStyleOptionButton(*button);
        return new QStyleOption(*option);
    }
};

} // namespace

namespace Appearance {

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x8c, 0x8c, 0x8c); // 5:1 on the base: greyed instances stay legible
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x27));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8)); // muted hints stay readable on the base
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0c));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9a, 0xff));
    // The demo banner and tooltips: a dark amber strip with light text.
    p.setColor(QPalette::ToolTipBase, QColor(0x4d, 0x41, 0x12));
    p.setColor(QPalette::ToolTipText, QColor(0xf5, 0xf0, 0xe0));
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3a, 0x3a));
    return p;
}

void applyDarkPalette(QApplication& app)
{
    // Fusion draws with the palette alone; platform styles may ignore parts of it.
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(new DarkIndicatorStyle(fusion));
    app.setPalette(darkPalette());
}

void applyLightPalette(QApplication& app)
{
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        QApplication::setStyle(fusion);
        app.setPalette(fusion->standardPalette());
    }
}

void scaleFont(QApplication& app, double factor)
{
    QFont font = app.font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    app.setFont(font);
}

} // namespace Appearance
