#pragma once

class QApplication;
class QPalette;

// How the application looks beyond the platform's defaults: a dark palette (the Fusion style with dark colours,
// for desktops that do not provide one) and a larger font. Everything else in ui/ takes its colours from the
// palette, so it follows both.
namespace Appearance {

QPalette darkPalette();
void applyDarkPalette(QApplication& app);
// Fusion with its own light palette: the same look on every desktop.
void applyLightPalette(QApplication& app);
// Multiplies the application font's size, e.g. 1.5 for 150 %.
void scaleFont(QApplication& app, double factor);

} // namespace Appearance
