<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Apsara Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Apsara Accounts %1&lt;/h3&gt;&lt;p&gt;A desktop console for the database accounts of ApsaraDB RDS (MySQL, PostgreSQL, SQL Server, MariaDB) and ApsaraDB for Redis.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>&amp;New Account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database account on the selected instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modify &amp;Privileges...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role or the per-database privileges of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Description...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the description of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the selected PostgreSQL account so it cannot log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the selected PostgreSQL account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Privileged &amp;Account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the permissions and password of the privileged (Super) account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service-Account Permission...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant or revoke the Alibaba Cloud service account&apos;s access to the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload regions, instances and the accounts of the selected instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the accounts by name, description, privilege or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call Meter...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per action with the price and free tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Alibaba Cloud credential profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Apsara Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Apsara Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call on this account is still running; wait until it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an instance first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDetailPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type, status and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileges per database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId of the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change made in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change RequestId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all databases)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountHeader</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 · %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <source>A space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invisible character (U+%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters (this has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters (this has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lowercase letters, digits and hyphens (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lowercase letters, digits and underscores (_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must start with a lowercase letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lowercase letters only; %1 is uppercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must end with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved word; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uppercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed; allowed specials are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1 of 4 character kinds; it has %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches so far; type the rest of the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must start with a letter or a Chinese character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed; use letters, digits, underscores (_) and hyphens (-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account type of %2; choose %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a privilege.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a privilege of %2; choose one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lowercase letters, digits and hyphens (-). Starts with a lowercase letter; not a reserved word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lowercase letters, digits and underscores (_). Starts with a lowercase letter and ends with a letter or digit; not a reserved word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 characters with at least %3 of: uppercase, lowercase, digits, special characters %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; %1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of letters, digits, underscores (_) and hyphens (-). Starts with a letter; not http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Starts with a letter or a Chinese character; not http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountText</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read/Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy (read, write, SYNC, PSYNC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDL only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DML only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged (Super)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no database privileges.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionReply</name>
    <message>
        <source>The input parameter &quot;%1&quot; that is mandatory for processing this request is not supplied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export activity as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the RequestId of the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliyunConfigImporter</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of the aliyun CLI config.json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object with &quot;profiles&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;current&quot; must be a string, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;profiles&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;profiles&quot; must be an array, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile with this name appears earlier in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>The call was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>No complete credentials are set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppProfileService</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (no Secret Service, locked, or access denied: %1). Nothing was saved. You can use a session-only profile, which is forgotten when the application closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the AccessKey ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the STS security token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile cannot switch between session-only and saved; add a new profile instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not deleted because its secrets could not be removed from the system keychain (%1). Try again when the keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be read from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing a connection is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (mode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyRowDelegate</name>
    <message>
        <source>Working...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallMeterDialog</name>
    <message>
        <source>Call Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices and free tiers are the seed&apos;s per-request OpenAPI prices in CNY; month counts are in UTC and kept between sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) this session, %1 this month, ¥%2 this month after the free tiers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallMeterModel</name>
    <message>
        <source>¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage ApsaraDB RDS and ApsaraDB for Redis database accounts on Alibaba Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the built-in sandbox with demo data; no cloud account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in region ID, e.g. cn-hangzhou.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send PRODUCT&apos;s calls to URL instead of the public endpoint (repeatable; PRODUCT is rds or r-kvstore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCT=URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the profiles of the aliyun CLI (FILE, default ~/.aliyun/config.json) without opening a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the time until the instance tree is filled, print it and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer aid: open the dialog NAME for a screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --import-aliyun-config: the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region: &apos;%1&apos; is not a region ID such as cn-hangzhou.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language code such as zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import-aliyun-config takes at most one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Create Account on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged (Super)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (Normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A privileged account manages every database itself; it gets no per-database grants here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged account note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privilege:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating account %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseGrantTable</name>
    <message>
        <source>Database privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privilege on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account holds no privilege on this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <source>Re&amp;voke all privileges, then delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 cannot be undone. Applications that sign in with it will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the account cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>RDS does not delete an account that still holds privileges on databases or tables. Revoke them first: the button below revokes the account&apos;s privileges on %n database(s) and then deletes it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all privileges, then delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the privileges of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>&amp;Connect account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; Connect your Alibaba Cloud account to manage your own instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data. Connect your Alibaba Cloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your Alibaba Cloud account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDescriptionDialog</name>
    <message>
        <source>Edit Description of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the description of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointResolver</name>
    <message>
        <source>Unknown product &quot;%1&quot; in an endpoint override; use &quot;rds&quot; or &quot;r-kvstore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region is selected and no endpoint is set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PRODUCT=URL with PRODUCT &quot;rds&quot; or &quot;r-kvstore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing plain http to %1: credentials would travel unencrypted. Use https (plain http is allowed only for 127.0.0.1, ::1 and localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported scheme &quot;%1&quot; in %2; use https.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code and RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message, Code and RequestId for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no answer from the server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldHint</name>
    <message>
        <source>Field hint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessImport</name>
    <message>
        <source>The system keychain is not available (%1). Nothing was imported; the secrets are never written to disk instead. Start or unlock the keyring (Secret Service) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Usage: apsara-accounts --import-aliyun-config [FILE], where FILE is the aliyun CLI config.json (default ~/.aliyun/config.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: no profile in %1 can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstancePolicy</name>
    <message>
        <source>The account is still being created; wait about a minute until it is Available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account management needs %1 %2 or later; this instance runs %1 %3. Upgrade the major version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance status is not known yet; refresh the instance list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is %1; accounts can be changed only while it is Running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance already has %1 accounts, the most %2 allows. Delete an unused account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default account (named like the instance) cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privilege of the default account (named like the instance) cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and unlock exist only for PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is already locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the privileged account exists only for MySQL, SQL Server and MariaDB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the privileged (Super) account can be reset; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service account (operator permission) exists only for ApsaraDB RDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a privilege of %2; choose one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Copy privilege exists only on standard (non-cluster, non-read/write-splitting) instances.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceTreeModel</name>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Endpoint: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 instance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 instances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 %3, %4
Status: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The %1 answer is not as documented: %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is inside something that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Apsara Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions, products and instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter accounts by name, description, privilege or status (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the instance cannot be managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every call of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per action with the price and free tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background Call Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock %1 on %2? It can no longer log in until it is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1 on %2? It can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked %1 (RequestId %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked %1 (RequestId %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not changed.

%2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1 (¥%2 this month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apsara Accounts — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModifyPrivilegesDialog</name>
    <message>
        <source>Modify Privileges of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privilege:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New privilege: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Grant on %n database(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke on %n database(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the privileges of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the call in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorPermissionDialog</name>
    <message>
        <source>&amp;Grant access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Account Permission on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control: operate the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: operate the instance and access its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date and time in the future, in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry time has passed; choose a date and time in the future (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the service account&apos;s access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting the service account access…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRequest</name>
    <message>
        <source>The PageNumber parameter must be a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PageSize parameter must be a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Confir&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the password (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a password that meets the engine&apos;s rules (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivilegeText</name>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read/Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy (read, write, SYNC, PSYNC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDL only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DML only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Copy role exists only on standard instances, not on cluster or read/write-splitting instances.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductInfo</name>
    <message>
        <source>MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraDB for Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraDB RDS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Enter a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name cannot contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RdsActions</name>
    <message>
        <source>The specified instance %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist on this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NextToken parameter is not a token this service issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Key parameter must be account or database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name %1 already exists on this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 still holds privileges on %2 database(s); revoke them before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBName lists %1 database(s) but AccountPrivilege lists %2 privilege(s); give one privilege per database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileges must be Control, Data or both; %1 is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExpiredTime must be UTC in the form yyyy-MM-ddTHH:mm:ssZ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RdsClient</name>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedisActions</name>
    <message>
        <source>The specified instance %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 does not exist on this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name %1 already exists on this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old password is not the account&apos;s current password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedisClient</name>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestAuthenticator</name>
    <message>
        <source>The request carries no credentials: sign it with an AccessKey (RPC v1 or ACS3-HMAC-SHA256) or send a bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKeyId parameter is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified access key is not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SignatureMethod %1 is not supported; use HMAC-SHA1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified signature is not matched with our calculation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authorization header is not a valid ACS3-HMAC-SHA256 authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The x-acs-content-sha256 header does not match the request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified bearer token is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified time stamp is not in the format yyyy-MM-ddTHH:mm:ssZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified time stamp or date value is expired: it is more than %1 minutes away from the server&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified signature nonce was used already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy the password; the clipboard is cleared after %n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the clipboard now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resetting the password of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 has been reset (RequestId %2). Hand it over now: it is not stored anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPrivilegedAccountDialog</name>
    <message>
        <source>Reset Privileged Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Reset account does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset account restores the permissions of the privileged account %1, for example after they were changed or revoked by hand, and sets the new password below. Applications that sign in with the old password stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;understand that the permissions and the password of %1 will be reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the privileged account %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseDecoder</name>
    <message>
        <source>an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 (HTTP %2) instead of a JSON object with a RequestId.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleFormLayout</name>
    <message>
        <source>Rule for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>Usage: apsara-sandbox [--port N] [--state FILE] [--data demo|empty] [--access-key ID:SECRET]...
                      [--bearer-token TOKEN]... [--rate-limit QPS] [--fault-rate P]
                      [--fault-seed N] [--creating-delay SECONDS]

A local emulator of the ApsaraDB RDS (2014-08-15) and ApsaraDB for Redis (2015-01-01) account APIs.
  --port N                 TCP port on 127.0.0.1 (default: any free port)
  --state FILE             load the inventory from FILE and save it there on exit
  --data demo|empty        start with the demo inventory (default) or with nothing
  --access-key ID:SECRET   accept this AccessKey pair too (repeatable)
  --bearer-token TOKEN     accept this bearer token too (repeatable)
  --rate-limit QPS         requests per second per AccessKey (default 100, 0 = off)
  --fault-rate P           share of requests, 0 to 1, that get an injected fault (default 0)
  --fault-seed N           seed that makes the injected faults reproducible (default 1)
  --creating-delay SECONDS how long a new account stays Creating (default 2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for --access-key: expected ID:SECRET, both non-empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of requests per second, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 0 to 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of seconds from 0 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox serves the RPC-style APIs at the path &quot;/&quot; with GET or POST only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1; is it in use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state was not loaded, so the state file %1 is not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified parameter Version is not valid: %1 (expected 2014-08-15 for RDS or 2015-01-01 for Redis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified api %1 is not found, please check your url and method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request was denied due to user flow control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request processing has failed due to some unknown error, exception or failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has failed due to a temporary failure of the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxState</name>
    <message>
        <source>it is not an apsara-sandbox state file (no &quot;format&quot;: &quot;%1&quot; marker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format version %1 is not supported (this sandbox reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the state file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the state file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state file %1 is corrupt (%2 at byte %3); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state file %1 cannot be used: %2; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the endpoint, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh to see whether the change happened, then retry if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock and whether a proxy intercepts HTTPS. The console never sends credentials over an untrusted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud did not accept the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the AccessKey pair or token in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests were sent in a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few seconds; the console retries automatically with growing pauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected a value in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the values you entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance or account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance or account is in a state that does not allow this now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh, wait until the instance is Running, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in a few seconds. If it persists, contact support with the RequestId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry. If it persists, report it with the RequestId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
