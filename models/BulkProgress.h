#pragma once

#include <QMetaType>

// Where a bulk run stands, for the progress bar and its line "412 of 1,000 · 98 calls/s · 6 s left".
struct BulkProgress
{
    int total = 0; // rows this pass sends (a Retry pass: the rows it retries)
    int finished = 0; // rows with an outcome in this pass
    int succeeded = 0;
    int failed = 0;
    int unknown = 0;
    int notSent = 0;
    int inFlight = 0;
    double callsPerSecond = 0; // over the last few seconds
    int secondsLeft = -1; // -1 while the rate is not known yet
    bool running = false;
    bool cancelled = false;
};
Q_DECLARE_METATYPE(BulkProgress)
