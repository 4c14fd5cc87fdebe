#pragma once

#include "ActionReply.h"

#include <QString>

class SandboxRequest;

// PageNumber/PageSize as the service reads them: defaults when absent, an InvalidParameter error when not a
// number, and the size clamped into the action's range.
struct PageRequest
{
    int number = 1;
    int size = 30;
    ActionReply error; // isError() when the parameters are malformed

    static PageRequest read(const SandboxRequest& request, int defaultSize, int minSize, int maxSize);

    qsizetype offset() const { return static_cast<qsizetype>(number - 1) * size; }
};
