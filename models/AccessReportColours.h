#pragma once

#include <QColor>

// The access report's colours: one set for the cover, the chart and the account pages, so the pages match.
namespace AccessReportColours {
inline const QColor Ink(0x20, 0x20, 0x20);
inline const QColor Muted(0x70, 0x70, 0x70);
inline const QColor Rule(0xb0, 0xb0, 0xb0);
inline const QColor Band(0xf1, 0xf3, 0xf5); // every other table row
inline const QColor HeaderFill(0xdd, 0xe3, 0xea);
inline const QColor Accent(0x1f, 0x4e, 0x79);
} // namespace AccessReportColours
