#include "PageRequest.h"

#include "SandboxRequest.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

bool readNumber(const SandboxRequest& request, const QString& name, int fallback, int* value)
{
    if (!request.hasParameter(name) || request.parameter(name).isEmpty()) {
        *value = fallback;
        return true;
    }
    bool ok = false;
    *value = request.parameter(name).toInt(&ok);
    return ok && *value >= 1;
}

} // namespace

PageRequest PageRequest::read(const SandboxRequest& request, int defaultSize, int minSize, int maxSize)
{
    PageRequest page;
    if (!readNumber(request, QStringLiteral("PageNumber"), 1, &page.number)) {
        page.error = ActionReply::error(400,
            QStringLiteral("InvalidPageNumber.Malformed"),
            QCoreApplication::translate("PageRequest",
                "The PageNumber parameter must be a whole "
                "number from 1."));
        return page;
    }
    if (!readNumber(request, QStringLiteral("PageSize"), defaultSize, &page.size)) {
        page.error = ActionReply::error(400,
            QStringLiteral("InvalidPageSize.Malformed"),
            QCoreApplication::translate("PageRequest",
                "The PageSize parameter must be a whole number "
                "from 1."));
        return page;
    }
    page.size = std::clamp(page.size, minSize, maxSize);
    return page;
}
