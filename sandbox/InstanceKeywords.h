#pragma once

#include <QStringList>

// The reserved words RDS DescribeInstanceKeywords answers: names an account (Key=account) or a database
// (Key=database) may not take. The sandbox's own name checks merge the account list into AccountRules, so the
// server and the client refuse the same names.
namespace InstanceKeywords {
const QStringList& accountWords();
const QStringList& databaseWords();
} // namespace InstanceKeywords
