#pragma once

#include "ApiRequest.h"
#include "JsonReader.h"

#include <QJsonObject>

#include <functional>
#include <optional>

class ApiCall;
class ApiClient;

// Runs a list action page after page and merges: `page` parses one answer (appending to the caller's list)
// and returns the parameters that replace/extend the request for the next page, or nullopt when done.
// The returned handle finishes with the last page's body and RequestId, or fails with the first error.
namespace PagedCall {
using PageParser = std::function<std::optional<ParameterList>(const QJsonObject& body, JsonReader& reader)>;
ApiCall* run(ApiClient* client, const ApiRequest& firstPage, const PageParser& page);
// A copy of parameters where every key of `changes` is set to its new value (added when absent); a null
// QString value removes the key.
ParameterList withParameters(ParameterList parameters, const ParameterList& changes);
// The answer's PageNumber (0 when absent); a negative or absurd one (past the page budget) is a parse error, so
// the next page number can never overflow.
qint64 pageNumber(const QJsonObject& body, JsonReader& reader);
constexpr qint64 MaxPages = 1000;

// How a list action asks for its pages. collected: the items read so far (this page's included); pageItems: this
// page's. The next page's parameters, or nullopt at the end.
// The first page: `parameters`, PageSize and PageNumber=1.
ParameterList firstPage(ParameterList parameters, int pageSize);
// Page numbers, while fewer than the answer's total were collected (without a total: while pages come back full).
std::optional<ParameterList> nextByTotal(const QJsonObject& body,
    qsizetype collected,
    qsizetype pageItems,
    int pageSize,
    const QString& totalKey,
    JsonReader& reader);
// Page numbers for an answer with no total at all (DescribeDatabases): a full page means there may be more.
std::optional<ParameterList> nextWhileFull(
    const QJsonObject& body, qsizetype collected, qsizetype pageItems, int pageSize, JsonReader& reader);
// NextToken paging (RDS instances) where the server gives a token; nullopt when it gives none and page numbers
// decide.
std::optional<std::optional<ParameterList>> nextByToken(
    const QJsonObject& body, bool pageEmpty, int pageSize, JsonReader& reader);
} // namespace PagedCall
