#pragma once

#include "ActionReply.h"

#include <QJsonArray>
#include <QList>
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

    // The rows of `matches` from offset, at most size of them, each made by row(const T&).
    template<typename T, typename Row>
    static QJsonArray slice(const QList<const T*>& matches, qsizetype offset, qsizetype size, Row row)
    {
        QJsonArray rows;
        for (qsizetype i = offset; i < matches.size() && i < offset + size; ++i)
            rows.append(row(*matches.at(i)));
        return rows;
    }
    template<typename T, typename Row>
    QJsonArray slice(const QList<const T*>& matches, Row row) const
    {
        return slice(matches, offset(), size, row);
    }
};
