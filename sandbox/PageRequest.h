#pragma once

#include "ActionReply.h"

#include <QString>

class SandboxRequest;

// PageNumber/PageSize as the service reads them: defaults when absent; a 400 InvalidPageNumber.* /
// InvalidPageSize.* error when not a whole number, when PageNumber < 1 or when PageSize is outside the action's range
// (DescribeAccounts: 30 to 100, as the RDS seed says). Never clamped.
struct PageRequest
{
    int number = 1;
    int size = 30;
    ActionReply error; // isError() when the parameters are malformed

    static PageRequest read(const SandboxRequest& request, int defaultSize, int minSize, int maxSize);

    qsizetype offset() const { return static_cast<qsizetype>(number - 1) * size; }
};
