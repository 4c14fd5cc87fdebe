#pragma once

#include "ServiceError.h"

#include <QString>

#include <optional>

// The outcome of one typed call: a value, or an error; requestId of the (last) answer either way.
template<typename T>
struct ApiResult
{
    T value {};
    std::optional<ServiceError> error;
    QString requestId;

    bool ok() const { return !error.has_value(); }
};
