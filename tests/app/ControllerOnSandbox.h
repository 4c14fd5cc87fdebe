#pragma once

#include "AccountController.h"
#include "AccountTableModel.h"
#include "ApiClient.h"
#include "InstanceTreeModel.h"
#include "SandboxServer.h"

#include <memory>

class RequestLog;

// The real AccountController over the real OpenAPI client, pointed at an in-process sandbox with the demo key and
// fast polling: the stack the app tests drive without a window.
struct ControllerOnSandbox
{
    // Empty on success, else why it could not start. The inventory is not loaded yet.
    QString start(const SandboxOptions& options, RequestLog* log = nullptr);
    void stop();
    // The tree's instance with this id (which must be listed).
    Instance instance(const QString& id) const { return *tree->instanceAt(tree->indexOfInstance(id)); }

    std::unique_ptr<SandboxServer> sandbox;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<InstanceTreeModel> tree;
    std::unique_ptr<AccountTableModel> accounts;
    std::unique_ptr<AccountController> controller;
};
