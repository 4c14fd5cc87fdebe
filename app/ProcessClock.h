#pragma once

#include <QtGlobal>

// Milliseconds since the process started, as the kernel counts it (so the dynamic loader and static
// initialisation are included). Falls back to the time since the first call where /proc is not available.
namespace ProcessClock {
qint64 elapsedMs();
} // namespace ProcessClock
