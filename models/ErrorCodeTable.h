#pragma once

#include "ErrorCatalog.h"

#include <span>

// The rows ErrorCatalog matches an error against: the seed's error table and the common Alibaba Cloud codes. The
// texts are QT_TRANSLATE_NOOP in context "ServiceError", translated when looked up.
namespace ErrorCodeTable {

enum class Match { Code, CodePrefix, MessageContains };

// A readable text and the recommended action, translated when looked up.
struct Advice
{
    const char* text;
    const char* action;
};

struct Entry
{
    Match match;
    ErrorCatalog::Kind kind;
    const char* pattern;
    Advice advice;
};

// In matching order: the first matching row wins, so specific codes come before prefixes and message fragments.
std::span<const Entry> entries();

} // namespace ErrorCodeTable
