#include "AccountPrivileges.h"

namespace AccountPrivileges {

QString heldOn(const Account& account, const QString& dbName)
{
    for (const DatabasePrivilege& held : account.privileges) {
        if (held.dbName == dbName)
            return held.privilege;
    }
    return {};
}

} // namespace AccountPrivileges
