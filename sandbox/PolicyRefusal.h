#pragma once

#include "ActionReply.h"
#include "FieldCheck.h"
#include "Instance.h"

// Turns a refusal of the models' InstancePolicy into the service's error code. Every write checks in the seed's
// order: its parameters (fieldReply), then the instance's state (instanceState), then the quota, then the
// account's state (the functions that take only the policy's answer). Because the instance is checked first, a
// later policy refusal is about the account alone, and the sandbox never re-decides a rule itself.
namespace PolicyRefusal {
// Stage 1: a refused parameter (name, password, description, type, privilege): 400 with the field's code.
ActionReply fieldReply(const FieldCheck& check, const QString& code);
// Stage 1 too: an action this engine does not have (lock outside PostgreSQL, ...): 403 UnsupportedEngine.
ActionReply unsupportedEngine(const FieldCheck& check);
// Stage 2: the engine version (403 InvalidEngineVersion.NotSupported) or the instance status (statusReply).
ActionReply instanceState(const Instance& instance);
// A write refused because the instance is not Running: 400 OperationDenied.DBInstanceStatus while it is creating,
// maintaining, switching or restarting; 403 IncorrectDBInstanceState while stopped or locked; otherwise
// 403 InvalidDBInstanceStatus (the RDS seed's error table).
ActionReply statusReply(const QString& status);
// Stage 4: the account's state forbids it (Creating, already locked, ...): 403 IncorrectAccountStatus.
ActionReply accountState(const FieldCheck& check);
// Stage 4: the account is one this action may never touch (a Redis default account, a non-Super reset): 403
// OperationDenied.
ActionReply operationDenied(const FieldCheck& check);
} // namespace PolicyRefusal
