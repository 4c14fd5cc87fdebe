#include "ApiRequest.h"

QString ApiRequest::parameter(const QString& key) const
{
    for (const auto& [k, v] : parameters) {
        if (k == key)
            return v;
    }
    return {};
}
