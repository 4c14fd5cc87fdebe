#include "PageRequest.h"

#include "SandboxRequest.h"

#include <QCoreApplication>

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
    // The RDS seed: "PageSize ... Range: 30–100" and "PageNumber ... ≥1". Out of range is refused, never clamped,
    // so a client that sends a wrong value learns it instead of silently getting another page size.
    PageRequest page;
    if (!readNumber(request, QStringLiteral("PageNumber"), 1, &page.number)) {
        page.error = ActionReply::error(400,
            QStringLiteral("InvalidPageNumber.Malformed"),
            QCoreApplication::translate(
                "PageRequest", "The PageNumber parameter must be a whole number from 1; got '%1'.")
                .arg(request.parameter(QStringLiteral("PageNumber"))));
        return page;
    }
    if (!readNumber(request, QStringLiteral("PageSize"), defaultSize, &page.size)) {
        page.error = ActionReply::error(400,
            QStringLiteral("InvalidPageSize.Malformed"),
            QCoreApplication::translate(
                "PageRequest", "The PageSize parameter must be a whole number from %1 to %2; got '%3'.")
                .arg(minSize)
                .arg(maxSize)
                .arg(request.parameter(QStringLiteral("PageSize"))));
        return page;
    }
    if (page.size < minSize || page.size > maxSize) {
        page.error = ActionReply::error(400,
            QStringLiteral("InvalidPageSize.OutOfRange"),
            QCoreApplication::translate("PageRequest", "The PageSize parameter must be from %1 to %2; got %3.")
                .arg(minSize)
                .arg(maxSize)
                .arg(page.size));
    }
    return page;
}
