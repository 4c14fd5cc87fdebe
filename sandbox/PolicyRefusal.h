#pragma once

#include "ActionReply.h"
#include "FieldCheck.h"
#include "Instance.h"

#include <functional>

// Turns a refusal of the models' InstancePolicy into the service's error code. The policy says only "no, because
// <sentence>"; which code applies is found by asking the same policy again about a Running copy of the
// instance, so the sandbox never re-decides a rule itself.
namespace PolicyRefusal {
using Recheck = std::function<FieldCheck(const Instance&)>;

// check: the policy's answer. recheck: the same question for another instance state. When the refusal is
// neither about the engine version nor about the instance status, (httpStatus, code) apply.
ActionReply reply(
    const FieldCheck& check, const Instance& instance, const Recheck& recheck, int httpStatus, const QString& code);
// A write refused because the instance is not Running: 400 OperationDenied.DBInstanceStatus while it is creating,
// maintaining, switching or restarting; 403 IncorrectDBInstanceState while stopped or locked; otherwise
// 403 InvalidDBInstanceStatus (the RDS seed's error table).
ActionReply statusReply(const QString& status);
// The code for a refused account field (name, password, description, type, privilege).
ActionReply fieldReply(const FieldCheck& check, const QString& code);
} // namespace PolicyRefusal
