<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Apsara Accounts</source>
        <translation>关于 Apsara Accounts</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>应用图标</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Apsara Accounts %1&lt;/h3&gt;&lt;p&gt;A desktop console for the database accounts of ApsaraDB RDS (MySQL, PostgreSQL, SQL Server, MariaDB) and ApsaraDB for Redis.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Apsara Accounts %1&lt;/h3&gt;&lt;p&gt;用于管理云数据库 RDS（MySQL、PostgreSQL、SQL Server、MariaDB）和云数据库 Redis 数据库账号的桌面控制台。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About text</source>
        <translation>关于信息</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
</context>
<context>
    <name>AccessReportChart</name>
    <message>
        <source>No accounts.</source>
        <translation>没有账号。</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more instance(s) with %1 account(s)</source>
        <translation>
            <numerusform>…以及其他 %n 个实例，共 %1 个账号</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessReportCoverPage</name>
    <message>
        <source>Accounts per instance</source>
        <translation>各实例账号数</translation>
    </message>
    <message>
        <source>Database access report</source>
        <translation>数据库访问权限报告</translation>
    </message>
    <message>
        <source>Apsara Accounts · ApsaraDB RDS and ApsaraDB for Redis accounts</source>
        <translation>Apsara Accounts · 云数据库 RDS 与云数据库 Redis 账号</translation>
    </message>
    <message>
        <source>no account in this scope</source>
        <translation>此范围内没有账号</translation>
    </message>
    <message>
        <source>accounts read from the API between %1 and %2</source>
        <translation>账号于 %1 至 %2 期间从 API 读取</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>凭证配置</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 instance(s); %2 privilege line(s) on pages 2 to %3</source>
        <translation>
            <numerusform>%1 个实例上的 %n 个账号；%2 行权限，位于第 2 至 %3 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>None: the accounts of every instance in scope were read</source>
        <translation>无：已读取范围内所有实例的账号</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in scope whose accounts are not read, listed under the chart</source>
        <translation>
            <numerusform>范围内有 %n 个实例的账号未读取，列于图表下方</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Privileged accounts (Super, System admin)</source>
        <translation>高权限账号（Super、系统管理员）</translation>
    </message>
    <message>
        <source>Accounts without a description</source>
        <translation>无描述的账号</translation>
    </message>
    <message>
        <source>Locked accounts</source>
        <translation>已锁定的账号</translation>
    </message>
    <message>
        <source>Standard accounts with no privileges</source>
        <translation>无任何权限的普通账号</translation>
    </message>
    <message>
        <source>Accounts per engine and status</source>
        <translation>按引擎和状态统计的账号数</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Privileged: account type Super (RDS) or System admin (SQL Server). Locked: a PostgreSQL account locked with LockAccount. No privileges: a standard account with no database privilege and no Redis role (a privileged account has every privilege by its type). Figures are of the accounts as last read from the API (see Data). The report holds no password, access key or token.</source>
        <translation>高权限：账号类型为 Super（RDS）或系统管理员（SQL Server）。已锁定：通过 LockAccount 锁定的 PostgreSQL 账号。无权限：没有任何数据库权限且没有 Redis 角色的普通账号（高权限账号因其类型拥有全部权限）。数字均基于最近一次从 API 读取的账号（见“数据”）。报告不含任何密码、AccessKey 或令牌。</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Instances whose accounts were not read</source>
        <translation>账号未读取的实例</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more; the JSON export lists every one</source>
        <translation>
            <numerusform>…另有 %n 个；JSON 导出文件列出了全部</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessReportCsv</name>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Instance description</source>
        <translation>实例描述</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>SQL privileges</source>
        <translation>SQL 权限</translation>
    </message>
    <message>
        <source>Seen (UTC)</source>
        <translation>读取时间（UTC）</translation>
    </message>
    <message>
        <source>All (privileged account)</source>
        <translation>全部（高权限账号）</translation>
    </message>
</context>
<context>
    <name>AccessReportDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Access Report</source>
        <translation>访问权限报告</translation>
    </message>
    <message>
        <source>Accounts to report</source>
        <translation>报告的账号范围</translation>
    </message>
    <message>
        <source>PDF document, to print or archive</source>
        <translation>PDF 文档，用于打印或存档</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation>CSV，用于电子表格</translation>
    </message>
    <message>
        <source>JSON, for scripts</source>
        <translation>JSON，用于脚本</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>报告摘要</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message numerus="yes">
        <source>Current &amp;view: %1 (%n account(s))</source>
        <translation>
            <numerusform>当前视图(&amp;V)：%1（%n 个账号）</numerusform>
        </translation>
    </message>
    <message>
        <source>Current &amp;view (select an instance or a region first)</source>
        <translation>当前视图(&amp;V)（请先选择实例或地域）</translation>
    </message>
    <message>
        <source>&amp;Search (type a query in Find first)</source>
        <translation>搜索结果(&amp;S)（请先在查找中输入查询）</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Search: %1 (%n account(s))</source>
        <translation>
            <numerusform>搜索结果(&amp;S)：%1（%n 个账号）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Everything: every indexed account (%n account(s))</source>
        <translation>
            <numerusform>全部(&amp;E)：所有已索引的账号（%n 个账号）</numerusform>
        </translation>
    </message>
    <message>
        <source>No account in this scope: nothing to report.</source>
        <translation>此范围内没有账号，无可报告的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 instance(s): %2 privileged, %3 locked, %4 without a description, %5 standard account(s) with no privileges.</source>
        <translation>
            <numerusform>%1 个实例上共 %n 个账号：%2 个高权限账号，%3 个已锁定，%4 个无描述，%5 个普通账号无任何权限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in scope whose accounts are not read (stopped, locked or too old) are named in the report.</source>
        <translation>
            <numerusform>范围内有 %n 个实例的账号未读取（已停止、已锁定或版本过旧），报告中列出了这些实例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n account(s) to %1…</source>
        <translation>
            <numerusform>正在将 %n 个账号保存到 %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n account(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个账号保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Save Access Report</source>
        <translation>保存访问权限报告</translation>
    </message>
</context>
<context>
    <name>AccessReportFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AccessReportPdf</name>
    <message>
        <source>Profile · region</source>
        <translation>配置 · 地域</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Database access report</source>
        <translation>数据库访问权限报告</translation>
    </message>
    <message>
        <source>The PDF writer could not start.</source>
        <translation>PDF 写入器无法启动。</translation>
    </message>
    <message>
        <source>Apsara Accounts %1 · Database access report · generated %2 · %3</source>
        <translation>Apsara Accounts %1 · 数据库访问权限报告 · 生成于 %2 · %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 instance(s)</source>
        <translation>
            <numerusform>%1 个实例上的 %n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>All (privileged)</source>
        <translation>全部（高权限）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>AccessReportScope</name>
    <message>
        <source>Instance %1 in %2, profile %3</source>
        <translation>%2 中的实例 %1，配置“%3”</translation>
    </message>
    <message>
        <source>Region %1, profile %2</source>
        <translation>地域 %1，配置“%2”</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>配置“%1”</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>Every indexed account of every profile</source>
        <translation>所有配置中已索引的全部账号</translation>
    </message>
    <message>
        <source>profile: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source>region: %1</source>
        <translation>地域：%1</translation>
    </message>
    <message>
        <source>instance: %1</source>
        <translation>实例：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>&amp;New Account...</source>
        <translation>创建账号(&amp;N)...</translation>
    </message>
    <message>
        <source>Create a database account on the selected instance</source>
        <translation>在所选实例上创建数据库账号</translation>
    </message>
    <message>
        <source>&amp;Reset Password...</source>
        <translation>重置密码(&amp;R)...</translation>
    </message>
    <message>
        <source>Set a new password for the selected account</source>
        <translation>为所选账号设置新密码</translation>
    </message>
    <message>
        <source>Modify &amp;Privileges...</source>
        <translation>修改权限(&amp;P)...</translation>
    </message>
    <message>
        <source>Change the role or the per-database privileges of the selected account</source>
        <translation>修改所选账号的角色或各数据库的权限</translation>
    </message>
    <message>
        <source>Edit &amp;Description...</source>
        <translation>修改描述(&amp;D)...</translation>
    </message>
    <message>
        <source>Change the description of the selected account</source>
        <translation>修改所选账号的描述</translation>
    </message>
    <message>
        <source>De&amp;lete Account...</source>
        <translation>删除账号(&amp;L)...</translation>
    </message>
    <message>
        <source>Delete the selected account</source>
        <translation>删除所选账号</translation>
    </message>
    <message>
        <source>Loc&amp;k Account</source>
        <translation>锁定账号(&amp;K)</translation>
    </message>
    <message>
        <source>Lock the selected PostgreSQL account so it cannot log in</source>
        <translation>锁定所选 PostgreSQL 账号，使其无法登录</translation>
    </message>
    <message>
        <source>&amp;Unlock Account</source>
        <translation>解锁账号(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock the selected PostgreSQL account</source>
        <translation>解锁所选 PostgreSQL 账号</translation>
    </message>
    <message>
        <source>Reset Privileged &amp;Account...</source>
        <translation>重置高权限账号(&amp;A)...</translation>
    </message>
    <message>
        <source>Reset the permissions and password of the privileged (Super) account</source>
        <translation>重置高权限账号（Super）的权限和密码</translation>
    </message>
    <message>
        <source>&amp;Service-Account Permission...</source>
        <translation>服务账号授权(&amp;S)...</translation>
    </message>
    <message>
        <source>Grant or revoke the Alibaba Cloud service account&apos;s access to the instance</source>
        <translation>授予或撤销阿里云服务账号对该实例的访问权限</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Reload regions, instances and the accounts of the selected instance</source>
        <translation>重新加载地域、实例及所选实例的账号</translation>
    </message>
    <message>
        <source>&amp;Find Accounts</source>
        <translation>查找账号(&amp;F)</translation>
    </message>
    <message>
        <source>Filter the accounts by name, description, privilege or status</source>
        <translation>按名称、描述、权限或状态筛选账号</translation>
    </message>
    <message>
        <source>&amp;Call Meter...</source>
        <translation>调用计量(&amp;C)...</translation>
    </message>
    <message>
        <source>Calls per action with the price and free tier</source>
        <translation>各 API 的调用次数、单价和免费额度</translation>
    </message>
    <message>
        <source>&amp;Profiles...</source>
        <translation>凭证配置(&amp;P)...</translation>
    </message>
    <message>
        <source>Manage Alibaba Cloud credential profiles</source>
        <translation>管理阿里云凭证配置</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Apsara Accounts</source>
        <translation>退出 Apsara Accounts</translation>
    </message>
    <message>
        <source>&amp;About Apsara Accounts</source>
        <translation>关于 Apsara Accounts(&amp;A)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>请先选择一个账号。</translation>
    </message>
    <message>
        <source>A call on this account is still running; wait until it finishes.</source>
        <translation>该账号上仍有调用在进行中，请等待其完成。</translation>
    </message>
    <message>
        <source>Select an instance first.</source>
        <translation>请先选择一个实例。</translation>
    </message>
    <message>
        <source>&amp;Test Login...</source>
        <translation>测试登录(&amp;T)...</translation>
    </message>
    <message>
        <source>Log in to the instance with the selected account and a password, to prove it works</source>
        <translation>使用所选账号和密码登录实例，验证账号可用</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window and the dialogs</source>
        <translation>主窗口和各对话框的全部键盘快捷键</translation>
    </message>
</context>
<context>
    <name>AccountClient</name>
    <message>
        <source>%1 does not offer %2.</source>
        <translation>%1 不提供 %2 接口。</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>不是字符串</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>的值“%1”未知</translation>
    </message>
</context>
<context>
    <name>AccountDetailPane</name>
    <message>
        <source>Account details</source>
        <translation>账号详情</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>所选账号</translation>
    </message>
    <message>
        <source>Account type, status and description</source>
        <translation>账号类型、状态和描述</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>SQL privileges</source>
        <translation>SQL 权限</translation>
    </message>
    <message>
        <source>Privileges per database</source>
        <translation>各数据库权限</translation>
    </message>
    <message>
        <source>RequestId of the last change</source>
        <translation>最近一次变更的 RequestId</translation>
    </message>
    <message>
        <source>No change made in this session</source>
        <translation>本次会话中未做任何变更</translation>
    </message>
    <message>
        <source>Copy the RequestId</source>
        <translation>复制 RequestId</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>未选择账号</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>(all databases)</source>
        <translation>（全部数据库）</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Last change Request&amp;Id:</source>
        <translation>最近变更的 RequestId(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>AccountHeader</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>on %1 · %2 %3</source>
        <translation>位于 %1 · %2 %3</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <source>A space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>An invisible character (U+%1)</source>
        <translation>不可见字符（U+%1）</translation>
    </message>
    <message>
        <source>Use at most %1 characters (this has %2).</source>
        <translation>最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Use at least %1 characters (this has %2).</source>
        <translation>至少 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>use lowercase letters, digits and hyphens (-)</source>
        <translation>请使用小写字母、数字和连字符（-）</translation>
    </message>
    <message>
        <source>use lowercase letters, digits and underscores (_)</source>
        <translation>请使用小写字母、数字和下划线（_）</translation>
    </message>
    <message>
        <source>Enter an account name.</source>
        <translation>请输入账号名。</translation>
    </message>
    <message>
        <source>Must start with a lowercase letter.</source>
        <translation>必须以小写字母开头。</translation>
    </message>
    <message>
        <source>Use lowercase letters only; %1 is uppercase.</source>
        <translation>只能使用小写字母；%1 是大写字母。</translation>
    </message>
    <message>
        <source>%1 is not allowed; %2.</source>
        <translation>不允许使用 %1；%2。</translation>
    </message>
    <message>
        <source>Must end with a letter or digit.</source>
        <translation>必须以字母或数字结尾。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved word; choose another name.</source>
        <translation>“%1”是保留字，请换一个名称。</translation>
    </message>
    <message>
        <source>lowercase</source>
        <translation>小写字母</translation>
    </message>
    <message>
        <source>uppercase</source>
        <translation>大写字母</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>special characters</source>
        <translation>特殊字符</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>%1 is not allowed; allowed specials are %2</source>
        <translation>不允许使用 %1；允许的特殊字符为 %2</translation>
    </message>
    <message>
        <source>Needs %1 of 4 character kinds; it has %2: %3.</source>
        <translation>需包含 4 类字符中的 %1 类；当前有 %2 类：%3。</translation>
    </message>
    <message>
        <source>Enter the password again.</source>
        <translation>请再次输入密码。</translation>
    </message>
    <message>
        <source>Matches so far; type the rest of the password.</source>
        <translation>目前一致，请输入剩余部分。</translation>
    </message>
    <message>
        <source>Does not match the password.</source>
        <translation>与密码不一致。</translation>
    </message>
    <message>
        <source>Enter a description.</source>
        <translation>请输入描述。</translation>
    </message>
    <message>
        <source>Must start with a letter or a Chinese character.</source>
        <translation>必须以字母或中文开头。</translation>
    </message>
    <message>
        <source>Must start with a letter.</source>
        <translation>必须以字母开头。</translation>
    </message>
    <message>
        <source>Must not start with http:// or https://.</source>
        <translation>不能以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>%1 is not allowed; use letters, digits, underscores (_) and hyphens (-).</source>
        <translation>不允许使用 %1；请使用字母、数字、下划线（_）和连字符（-）。</translation>
    </message>
    <message>
        <source>Choose an account type.</source>
        <translation>请选择账号类型。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account type of %2; choose %3.</source>
        <translation>“%1”不是 %2 的账号类型，请选择 %3。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Choose a privilege.</source>
        <translation>请选择权限。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a privilege of %2; choose one of: %3.</source>
        <translation>“%1”不是 %2 的权限，请从以下选择：%3。</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>%1～%2 个字符</translation>
    </message>
    <message>
        <source>%1: lowercase letters, digits and hyphens (-). Starts with a lowercase letter; not a reserved word.</source>
        <translation>%1：小写字母、数字和连字符（-），以小写字母开头，不能是保留字。</translation>
    </message>
    <message>
        <source>%1: lowercase letters, digits and underscores (_). Starts with a lowercase letter and ends with a letter or digit; not a reserved word.</source>
        <translation>%1：小写字母、数字和下划线（_），以小写字母开头，以字母或数字结尾，不能是保留字。</translation>
    </message>
    <message>
        <source>%1 to %2 characters with at least %3 of: uppercase, lowercase, digits, special characters %4</source>
        <translation>%1～%2 个字符，至少包含大写字母、小写字母、数字、特殊字符 %4 中的 %3 类</translation>
    </message>
    <message>
        <source>Optional; %1 to %2 characters</source>
        <translation>可选，%1～%2 个字符</translation>
    </message>
    <message>
        <source>%1 of letters, digits, underscores (_) and hyphens (-). Starts with a letter; not http:// or https://.</source>
        <translation>%1，由字母、数字、下划线（_）和连字符（-）组成，以字母开头，不能以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>%1. Starts with a letter or a Chinese character; not http:// or https://.</source>
        <translation>%1，以字母或中文开头，不能以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Required; %1 to %2 characters</source>
        <translation>必填，%1～%2 个字符</translation>
    </message>
</context>
<context>
    <name>AccountSearchModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 › %2 › %3 %4</source>
        <translation>%1 › %2 › %3 %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>最近更新</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>This connection cannot read the account %1 back.</source>
        <translation>此连接无法回读账号 %1。</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Ready to use</source>
        <translation>可以使用</translation>
    </message>
    <message>
        <source>Not usable right now: %1</source>
        <translation>暂不可用：%1</translation>
    </message>
</context>
<context>
    <name>AccountText</name>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Read/Write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>Copy (read, write, SYNC, PSYNC)</source>
        <translation>复制（读写、SYNC、PSYNC）</translation>
    </message>
    <message>
        <source>DDL only</source>
        <translation>仅 DDL</translation>
    </message>
    <message>
        <source>DML only</source>
        <translation>仅 DML</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Privileged (Super)</source>
        <translation>高权限账号</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>普通账号</translation>
    </message>
    <message>
        <source>System admin</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>This account has no database privileges.</source>
        <translation>该账号没有任何数据库权限。</translation>
    </message>
    <message>
        <source>All (privileged)</source>
        <translation>全部（高权限）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list in a sentence</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two clauses of one line</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>AccountWrites</name>
    <message>
        <source>%1 is not available in %2 mode.</source>
        <translation>%2模式下不能执行 %1。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的%1权限</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>已授予 %1</translation>
    </message>
    <message>
        <source>granting %1</source>
        <translation>授予 %1</translation>
    </message>
    <message>
        <source>Revoked access to %1</source>
        <translation>已撤销 %1 上的权限</translation>
    </message>
    <message>
        <source>revoking access to %1</source>
        <translation>撤销 %1 上的权限</translation>
    </message>
    <message>
        <source>waiting until %1 is Available</source>
        <translation>等待 %1 变为可用</translation>
    </message>
    <message>
        <source>%1 was created</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>创建 %1</translation>
    </message>
</context>
<context>
    <name>ActionReply</name>
    <message>
        <source>The input parameter &quot;%1&quot; that is mandatory for processing this request is not supplied.</source>
        <translation>未提供处理此请求所必需的输入参数“%1”。</translation>
    </message>
</context>
<context>
    <name>ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>导出 CSV(&amp;E)...</translation>
    </message>
    <message>
        <source>Copy &amp;RequestId</source>
        <translation>复制 RequestId(&amp;R)</translation>
    </message>
    <message>
        <source>Calls of this session</source>
        <translation>本次会话的调用</translation>
    </message>
    <message>
        <source>Export activity as CSV</source>
        <translation>将操作记录导出为 CSV</translation>
    </message>
    <message>
        <source>Copy the RequestId of the selected call</source>
        <translation>复制所选调用的 RequestId</translation>
    </message>
    <message>
        <source>Export Activity</source>
        <translation>导出操作记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>AliyunConfigImporter</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of the aliyun CLI config.json file.</source>
        <translation>%1 是文件夹，请指定 aliyun CLI 的 config.json 文件路径。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation>无法读取文件 %1（%2）。</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2).</source>
        <translation>不是有效的 JSON（偏移 %2 处：%1）。</translation>
    </message>
    <message>
        <source>the top level must be a JSON object with &quot;profiles&quot;.</source>
        <translation>顶层必须是包含 &quot;profiles&quot; 的 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;current&quot; must be a string, found %1.</source>
        <translation>&quot;current&quot; 必须是字符串，实际为%1。</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; is missing.</source>
        <translation>缺少 &quot;profiles&quot;。</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; must be an array, found %1.</source>
        <translation>&quot;profiles&quot; 必须是数组，实际为%1。</translation>
    </message>
    <message>
        <source>%1 must be an object, found %2.</source>
        <translation>%1 必须是对象，实际为%2。</translation>
    </message>
    <message>
        <source>a profile with this name appears earlier in the file.</source>
        <translation>文件中前面已有同名的配置。</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>mode %1 assumes a RAM role through STS, which this application does not do; create an AccessKey or STS profile instead.</source>
        <translation>模式 %1 需通过 STS 扮演 RAM 角色，本应用不支持；请改为创建 AccessKey 或 STS 配置。</translation>
    </message>
    <message>
        <source>mode EcsRamRole reads credentials from the ECS instance metadata service, which exists only on an ECS instance.</source>
        <translation>模式 EcsRamRole 从 ECS 实例元数据服务读取凭证，该服务仅在 ECS 实例上可用。</translation>
    </message>
    <message>
        <source>mode %1 obtains credentials from an external program or URL at each call, which this application does not run.</source>
        <translation>模式 %1 在每次调用时从外部程序或 URL 获取凭证，本应用不会运行这些程序。</translation>
    </message>
    <message>
        <source>mode %1 needs an interactive sign-in flow that this application does not support.</source>
        <translation>模式 %1 需要交互式登录流程，本应用不支持。</translation>
    </message>
    <message>
        <source>mode RsaKeyPair is deprecated by Alibaba Cloud and not supported.</source>
        <translation>模式 RsaKeyPair 已被阿里云弃用，不受支持。</translation>
    </message>
    <message>
        <source>mode Anonymous has no credentials; account management needs signed calls.</source>
        <translation>模式 Anonymous 没有凭证，而账号管理需要签名调用。</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;.</source>
        <translation>未知模式“%1”。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing or empty.</source>
        <translation>%1：&quot;%2&quot; 缺失或为空。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string, found %3.</source>
        <translation>%1：&quot;%2&quot; 必须是字符串，实际为%3。</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 KiB; an aliyun CLI config.json is a few KiB. Nothing was read.</source>
        <translation>文件 %1 大于 %2 KiB，而 aliyun CLI 的 config.json 通常只有几 KiB。未读取任何内容。</translation>
    </message>
    <message>
        <source>%1: &quot;region_id&quot; &apos;%2&apos; is not a region ID such as cn-hangzhou.</source>
        <translation>%1：&quot;region_id&quot; 的值“%2”不是地域 ID（如 cn-hangzhou）。</translation>
    </message>
</context>
<context>
    <name>AnnouncementLabel</name>
    <message>
        <source>The latest change</source>
        <translation>最新变化</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>调用已取消。</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>No complete credentials are set.</source>
        <translation>未设置完整的凭证。</translation>
    </message>
    <message>
        <source>%1 %2: cancelled, but it was already sent and may have been applied.</source>
        <translation>%1 %2：已取消，但请求已发出，可能已生效。</translation>
    </message>
    <message>
        <source>%1 %2: cancelled before it was sent; not applied.</source>
        <translation>%1 %2：发出前已取消，未生效。</translation>
    </message>
    <message>
        <source>Switching the connection cancelled these changes:</source>
        <translation>切换连接时取消了以下变更：</translation>
    </message>
    <message numerus="yes">
        <source>The call did not finish within %n second(s).</source>
        <translation>
            <numerusform>调用未在 %n 秒内完成。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppProfileService</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置已存在。</translation>
    </message>
    <message>
        <source>The system keychain is not available (no Secret Service, locked, or access denied: %1). Nothing was saved. You can use a session-only profile, which is forgotten when the application closes.</source>
        <translation>系统密钥环不可用（无 Secret Service、已锁定或拒绝访问：%1）。未保存任何内容。您可以使用仅限本次会话的配置，应用关闭后即被清除。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1. Nothing was saved.</source>
        <translation>系统密钥环报告错误：%1。未保存任何内容。</translation>
    </message>
    <message>
        <source>Enter the AccessKey ID.</source>
        <translation>请输入 AccessKey ID。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>Enter the STS security token.</source>
        <translation>请输入 STS 安全令牌（SecurityToken）。</translation>
    </message>
    <message>
        <source>Enter the bearer token.</source>
        <translation>请输入 Bearer Token。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的配置。</translation>
    </message>
    <message>
        <source>A profile cannot switch between session-only and saved; add a new profile instead.</source>
        <translation>配置不能在“仅限本次会话”和“已保存”之间切换，请新建一个配置。</translation>
    </message>
    <message>
        <source>The profile was not deleted because its secrets could not be removed from the system keychain (%1). Try again when the keychain is available.</source>
        <translation>无法从系统密钥环中删除该配置的密钥（%1），因此未删除该配置。请在密钥环可用时重试。</translation>
    </message>
    <message>
        <source>The secrets could not be read from the system keychain: %1</source>
        <translation>无法从系统密钥环读取密钥：%1</translation>
    </message>
    <message>
        <source>Testing a connection is not available in this build.</source>
        <translation>此版本不支持测试连接。</translation>
    </message>
    <message>
        <source>Imported %1 (mode %2)</source>
        <translation>已导入 %1（模式 %2）</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>No profile can be imported.</source>
        <translation>没有可导入的配置。</translation>
    </message>
    <message>
        <source>The profiles imported before this failure were removed again: %1.</source>
        <translation>本次失败前已导入的配置已重新移除：%1。</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>No keychain</source>
        <translation>无密钥环</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Saved profiles cannot be opened; you can use a session-only profile, which is never written to disk.</source>
        <translation>系统密钥环不可用（%1），无法打开已保存的配置。您可以使用仅限本次会话的配置，它不会写入磁盘。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>The built-in sandbox did not start: %1</source>
        <translation>内置沙箱未能启动：%1</translation>
    </message>
    <message>
        <source>Unknown profile</source>
        <translation>未知配置</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;. Showing demo data instead.</source>
        <translation>不存在名为“%1”的配置，改为显示演示数据。</translation>
    </message>
    <message>
        <source>The secret could not be read from the system keychain: %1</source>
        <translation>无法从系统密钥环读取密钥：%1</translation>
    </message>
    <message>
        <source>The keychain holds no AccessKey secret for this profile: edit the profile to enter it.</source>
        <translation>密钥环中没有此配置的 AccessKey Secret：请编辑该配置并输入。</translation>
    </message>
    <message>
        <source>The keychain holds no AccessKey secret or STS token for this profile: edit the profile to enter them.</source>
        <translation>密钥环中没有此配置的 AccessKey Secret 或 STS Token：请编辑该配置并输入。</translation>
    </message>
    <message>
        <source>The keychain holds no bearer token for this profile: edit the profile to enter it.</source>
        <translation>密钥环中没有此配置的 Bearer Token：请编辑该配置并输入。</translation>
    </message>
    <message>
        <source>Demo (built-in sandbox)</source>
        <translation>演示（内置沙箱）</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Bulk &amp;Reset Passwords...</source>
        <translation>批量重置密码(&amp;R)...</translation>
    </message>
    <message>
        <source>New passwords for every selected account, previewed before anything is sent</source>
        <translation>为所选的每个账号设置新密码，发送前先预览</translation>
    </message>
    <message>
        <source>Bulk &amp;Lock...</source>
        <translation>批量锁定(&amp;L)...</translation>
    </message>
    <message>
        <source>Lock every selected PostgreSQL account; others are listed as skipped</source>
        <translation>锁定所选的每个 PostgreSQL 账号；其他账号列为已跳过</translation>
    </message>
    <message>
        <source>Bulk &amp;Unlock...</source>
        <translation>批量解锁(&amp;U)...</translation>
    </message>
    <message>
        <source>Unlock every selected PostgreSQL account</source>
        <translation>解锁所选的每个 PostgreSQL 账号</translation>
    </message>
    <message>
        <source>Bulk &amp;Grant...</source>
        <translation>批量授权(&amp;G)...</translation>
    </message>
    <message>
        <source>Grant one privilege on a database name to every selected account</source>
        <translation>为所选的每个账号授予指定数据库上的同一权限</translation>
    </message>
    <message>
        <source>Bulk Re&amp;voke...</source>
        <translation>批量撤销授权(&amp;V)...</translation>
    </message>
    <message>
        <source>Revoke every selected account&apos;s access to a database name</source>
        <translation>撤销所选的每个账号在指定数据库上的权限</translation>
    </message>
    <message>
        <source>Bulk &amp;Edit Descriptions...</source>
        <translation>批量修改描述(&amp;E)...</translation>
    </message>
    <message>
        <source>Give every selected account the same description</source>
        <translation>为所选的每个账号设置相同的描述</translation>
    </message>
    <message>
        <source>Bulk &amp;Delete...</source>
        <translation>批量删除(&amp;D)...</translation>
    </message>
    <message>
        <source>Delete every selected account, after typing how many</source>
        <translation>删除所选的每个账号（需输入账号数量确认）</translation>
    </message>
    <message>
        <source>Bulk &amp;Create on Instances...</source>
        <translation>在多个实例上批量创建(&amp;C)...</translation>
    </message>
    <message>
        <source>Create the same account on every selected instance from one template</source>
        <translation>按同一模板在所选的每个实例上创建相同的账号</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>BulkPlan</name>
    <message>
        <source>Reset passwords</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Lock accounts</source>
        <translation>锁定账号</translation>
    </message>
    <message>
        <source>Unlock accounts</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <source>Grant a privilege</source>
        <translation>授予权限</translation>
    </message>
    <message>
        <source>Revoke a privilege</source>
        <translation>撤销权限</translation>
    </message>
    <message>
        <source>Edit descriptions</source>
        <translation>修改描述</translation>
    </message>
    <message>
        <source>Delete accounts</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>Create an account on several instances</source>
        <translation>在多个实例上创建账号</translation>
    </message>
</context>
<context>
    <name>BulkPlanner</name>
    <message>
        <source>Selected twice; it is planned once, in the row above.</source>
        <translation>重复选择；已在上方的行中计划一次。</translation>
    </message>
    <message>
        <source>The typed password does not meet the %1 rules: %2</source>
        <extracomment>%1 engine name, %2 the password rule that is broken</extracomment>
        <translation>输入的密码不符合 %1 的规则：%2</translation>
    </message>
    <message>
        <source>Reset the password to a new generated one</source>
        <translation>重置为新生成的密码</translation>
    </message>
    <message>
        <source>Reset the password to the typed one</source>
        <translation>重置为输入的密码</translation>
    </message>
    <message>
        <source>Lock the account</source>
        <translation>锁定账号</translation>
    </message>
    <message>
        <source>Unlock the account</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <source>Grant %1 on %2</source>
        <translation>授予 %2 上的%1权限</translation>
    </message>
    <message>
        <source>Revoke access to %1</source>
        <translation>撤销 %1 上的权限</translation>
    </message>
    <message>
        <source>%1 has no databases to grant on; change the account&apos;s role with Modify privileges.</source>
        <translation>%1 没有可授权的数据库；请通过“修改权限”更改该账号的角色。</translation>
    </message>
    <message>
        <source>This instance has no database named %1.</source>
        <translation>该实例上没有名为 %1 的数据库。</translation>
    </message>
    <message>
        <source>The account already holds %1 on %2.</source>
        <translation>该账号已拥有 %2 上的%1权限。</translation>
    </message>
    <message>
        <source>The account holds no privilege on %1.</source>
        <translation>该账号在 %1 上没有任何权限。</translation>
    </message>
    <message>
        <source>Set the description to &quot;%1&quot;</source>
        <translation>将描述设为“%1”</translation>
    </message>
    <message>
        <source>The account already has this description.</source>
        <translation>该账号的描述已是此内容。</translation>
    </message>
    <message>
        <source>Delete the account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>Tick &quot;Revoke their privileges first&quot; to include it.</source>
        <translation>勾选“先撤销其权限”即可包含该账号。</translation>
    </message>
    <message>
        <source>Revoke access to %1, then delete the account</source>
        <translation>撤销 %1 上的权限，然后删除账号</translation>
    </message>
    <message>
        <source>Create the account %1</source>
        <translation>创建账号 %1</translation>
    </message>
    <message>
        <source>The name breaks the %1 rules: %2</source>
        <extracomment>%1 engine name, %2 the name rule that is broken</extracomment>
        <translation>名称不符合 %1 的规则：%2</translation>
    </message>
    <message>
        <source>An account named %1 already exists on this instance.</source>
        <translation>该实例上已存在名为 %1 的账号。</translation>
    </message>
    <message>
        <source>Role %1 (Redis has no databases or account types)</source>
        <translation>角色 %1（Redis 没有数据库和账号类型）</translation>
    </message>
    <message>
        <source>This instance already has a privileged account (%1); it allows only one.</source>
        <translation>该实例已有高权限账号（%1），且只允许一个。</translation>
    </message>
    <message>
        <source>A privileged account holds every privilege: no grants are sent</source>
        <translation>高权限账号拥有全部权限：不发送授权请求</translation>
    </message>
    <message>
        <source>No database %1 here: not granted</source>
        <translation>此处没有数据库 %1：不授权</translation>
    </message>
    <message>
        <source>%1 is not a %2 privilege: nothing granted on %3</source>
        <extracomment>%1 privilege name, %2 engine, %3 database</extracomment>
        <translation>%1 不是 %2 的权限：不在 %3 上授权</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的%1权限</translation>
    </message>
    <message>
        <source>Create the account %1, then grant %2</source>
        <translation>创建账号 %1，然后授予 %2</translation>
    </message>
</context>
<context>
    <name>BulkPreviewDialog</name>
    <message>
        <source>%1: preview</source>
        <translation>%1：预览</translation>
    </message>
    <message>
        <source>Planned calls</source>
        <translation>计划的调用</translation>
    </message>
    <message>
        <source>Number of accounts to delete</source>
        <translation>要删除的账号数量</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>执行(&amp;R)</translation>
    </message>
    <message>
        <source>Skipped: %1 on %2: %3</source>
        <extracomment>%1 account, %2 instance, %3 why the rules refuse it</extracomment>
        <translation>已跳过：%2 上的 %1：%3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more skipped row(s).</source>
        <translation>
            <numerusform>…另有 %n 行已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting cannot be undone. Type the number of accounts to delete (%1) to &amp;confirm:</source>
        <translation>删除后无法恢复。请输入要删除的账号数量（%1）以确认(&amp;C)：</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run %n call(s)</source>
        <translation>
            <numerusform>执行 %n 个调用(&amp;R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n 个配置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n instance(s). The account is created from this template on each; the table shows what differs per instance.</source>
        <translation>
            <numerusform>已选择：%n 个实例。将按此模板在每个实例上创建账号；表格列出各实例的差异。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n instance(s) in %1. The account is created from this template on each; the table shows what differs per instance.</source>
        <extracomment>%1 is a number of profiles, e.g. &quot;2 profiles&quot;</extracomment>
        <translation>
            <numerusform>已选择：%1中的 %n 个实例。将按此模板在每个实例上创建账号；表格列出各实例的差异。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n account(s) on %1. Nothing is sent until you press Run.</source>
        <extracomment>%1 is a number of instances, e.g. &quot;3 instances&quot;</extracomment>
        <translation>
            <numerusform>已选择：%1上的 %n 个账号。按下“执行”之前不会发送任何请求。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n account(s) on %1 in %2. Nothing is sent until you press Run.</source>
        <extracomment>%1 is a number of instances, e.g. &quot;3 instances&quot;; %2 a number of profiles, e.g. &quot;2 profiles&quot;</extracomment>
        <translation>
            <numerusform>已选择：%2中%1上的 %n 个账号。按下“执行”之前不会发送任何请求。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) will be sent; %1 will be skipped (the Outcome column says why).</source>
        <extracomment>%1 is a number of rows, e.g. &quot;2 rows&quot;</extracomment>
        <translation>
            <numerusform>将发送 %n 个调用；将跳过%1（原因见“结果”列）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) will be sent.</source>
        <translation>
            <numerusform>将发送 %n 个调用。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkRequestForm</name>
    <message>
        <source>Database name</source>
        <translation>数据库名</translation>
    </message>
    <message>
        <source>e.g. orders</source>
        <translation>例如 orders</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Privilege:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <source>New description</source>
        <translation>新描述</translation>
    </message>
    <message>
        <source>New &amp;description:</source>
        <translation>新描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Revoke their privileges first (RDS refuses to delete an account that holds privileges)</source>
        <translation>先撤销其权限(&amp;R)（RDS 不允许删除仍拥有权限的账号）</translation>
    </message>
    <message>
        <source>&amp;Generate a new password for each account (meets its engine&apos;s rules)</source>
        <translation>为每个账号生成新密码(&amp;G)（符合其引擎的规则）</translation>
    </message>
    <message>
        <source>Use &amp;one password for all:</source>
        <translation>所有账号使用同一密码(&amp;O)：</translation>
    </message>
    <message>
        <source>Password for every account</source>
        <translation>所有账号的密码</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账号名</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>账号名(&amp;N)：</translation>
    </message>
    <message>
        <source>RDS account &amp;type:</source>
        <translation>RDS 账号类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Databases to grant on</source>
        <translation>要授权的数据库</translation>
    </message>
    <message>
        <source>comma-separated, e.g. orders, billing</source>
        <translation>以逗号分隔，例如 orders, billing</translation>
    </message>
    <message>
        <source>RDS &amp;databases:</source>
        <translation>RDS 数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>RDS &amp;privilege:</source>
        <translation>RDS 权限(&amp;P)：</translation>
    </message>
    <message>
        <source>Redis &amp;role:</source>
        <translation>Redis 角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <source>Type the password, or choose to generate one for each account.</source>
        <translation>请输入密码，或选择为每个账号生成密码。</translation>
    </message>
    <message>
        <source>Type the database name.</source>
        <translation>请输入数据库名。</translation>
    </message>
    <message>
        <source>Type the new description.</source>
        <translation>请输入新描述。</translation>
    </message>
    <message>
        <source>Type the account name.</source>
        <translation>请输入账号名。</translation>
    </message>
</context>
<context>
    <name>BulkRowModel</name>
    <message>
        <source>Will be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Reading the account to learn whether the first send applied…</source>
        <translation>正在读取账号，确认首次发送是否已生效…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>完成（%1）</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1; then failed: %2</source>
        <translation>%1；随后失败：%2</translation>
    </message>
    <message>
        <source>Unknown: may or may not have applied (no definite answer came back)</source>
        <translation>未知：可能已生效，也可能未生效（未收到明确应答）</translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>未发送（已取消）</translation>
    </message>
    <message>
        <source>A read cannot show a password: run a new reset for this account to be sure of its password.</source>
        <translation>读取无法显示密码：请对该账号重新执行一次重置，以确定其密码。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Select the row and press Copy password; the clipboard is cleared after 30 seconds.</source>
        <translation>选中该行并点击“复制密码”；剪贴板将在 30 秒后清除。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Planned call</source>
        <translation>计划的调用</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Differences on this instance</source>
        <translation>该实例上的差异</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
</context>
<context>
    <name>BulkRunDialog</name>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>取消发送(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry failed rows</source>
        <translation>重试失败的行(&amp;R)</translation>
    </message>
    <message>
        <source>Cop&amp;y password</source>
        <translation>复制密码(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Export passwords…</source>
        <translation>导出密码(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Show passwords</source>
        <translation>显示密码(&amp;S)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>已复制；剪贴板将在 %n 秒后清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>剪贴板已清除。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> · %1 calls/s</source>
        <translation> · 每秒 %1 个调用</translation>
    </message>
    <message numerus="yes">
        <source> · about %n s left</source>
        <translation>
            <numerusform> · 约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n failed</source>
        <translation>
            <numerusform> · %n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n unknown</source>
        <translation>
            <numerusform> · %n 个未知</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: no new call is sent; the %n call(s) already sent are finishing.</source>
        <translation>
            <numerusform>正在取消：不再发送新调用；已发送的 %n 个调用正在完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n 个成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n may or may not have applied (no definite answer)</source>
        <translation>
            <numerusform>%n 个结果未知（未收到明确应答）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped by the rules</source>
        <translation>
            <numerusform>%n 个因规则跳过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n call(s) were sent; their results are below. </source>
        <translation>
            <numerusform>已取消。已发送 %n 个调用，结果见下表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not sent. </source>
        <translation>
            <numerusform>%n 行未发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished. </source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>The new passwords are shown only here: copy or export them before closing.</source>
        <translation>新密码仅在此处显示：请在关闭前复制或导出。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n failed row(s)</source>
        <translation>
            <numerusform>重试 %n 个失败的行(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export passwords</source>
        <translation>导出密码</translation>
    </message>
    <message numerus="yes">
        <source>The file will hold %n password(s) in plain text. Anyone who can read it can log in to these accounts. It is created readable by you only; hand the passwords over and delete it. Export?</source>
        <translation>
            <numerusform>该文件将以明文保存 %n 个密码，任何能读取该文件的人都能登录这些账号。文件创建后仅您本人可读；请在交付密码后将其删除。是否导出？</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the joined outcomes as one sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two outcomes</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>The connection of profile %1 is not open; open it and retry.</source>
        <translation>配置“%1”的连接未打开，请打开后重试。</translation>
    </message>
    <message>
        <source>access to %1 was revoked</source>
        <translation>已撤销 %1 上的权限</translation>
    </message>
</context>
<context>
    <name>BusyRowDelegate</name>
    <message>
        <source>Working...</source>
        <translation>处理中...</translation>
    </message>
</context>
<context>
    <name>CallMeterDialog</name>
    <message>
        <source>Call Meter</source>
        <translation>调用计量</translation>
    </message>
    <message>
        <source>Call meter</source>
        <translation>调用计量</translation>
    </message>
    <message>
        <source>Calls per action</source>
        <translation>各 API 调用次数</translation>
    </message>
    <message>
        <source>Prices and free tiers are the seed&apos;s per-request OpenAPI prices in CNY; month counts are in UTC and kept between sessions.</source>
        <translation>单价和免费额度为 OpenAPI 按次计费价格（人民币）；月度计数按 UTC 计算，并在会话间保留。</translation>
    </message>
    <message>
        <source>Price note</source>
        <translation>价格说明</translation>
    </message>
    <message>
        <source>Month total</source>
        <translation>本月合计</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) this session, %1 this month, ¥%2 this month after the free tiers.</source>
        <translation>
            <numerusform>本次会话 %n 次调用，本月 %1 次，扣除免费额度后本月 ¥%2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallMeterModel</name>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>本次会话</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Price per call</source>
        <translation>单价（每次）</translation>
    </message>
    <message>
        <source>Free per month</source>
        <translation>每月免费额度</translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation>本月费用</translation>
    </message>
    <message>
        <source>no price published</source>
        <translation>未公布价格</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage ApsaraDB RDS and ApsaraDB for Redis database accounts on Alibaba Cloud.</source>
        <translation>管理阿里云云数据库 RDS 和云数据库 Redis 的数据库账号。</translation>
    </message>
    <message>
        <source>Run on the built-in sandbox with demo data; no cloud account needed.</source>
        <translation>使用内置沙箱和演示数据运行，无需阿里云账号。</translation>
    </message>
    <message>
        <source>Use the profile NAME.</source>
        <translation>使用名为 NAME 的配置。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Start in region ID, e.g. cn-hangzhou.</source>
        <translation>启动时进入地域 ID，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Send PRODUCT&apos;s calls to URL instead of the public endpoint (repeatable; PRODUCT is rds or r-kvstore).</source>
        <translation>将 PRODUCT 的调用发送到 URL 而非公网 Endpoint（可重复；PRODUCT 为 rds 或 r-kvstore）。</translation>
    </message>
    <message>
        <source>PRODUCT=URL</source>
        <translation>PRODUCT=URL</translation>
    </message>
    <message>
        <source>User interface language, e.g. zh_CN or en.</source>
        <translation>界面语言，例如 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Import the profiles of the aliyun CLI (FILE, default ~/.aliyun/config.json) without opening a window.</source>
        <translation>导入 aliyun CLI 的配置（FILE，默认 ~/.aliyun/config.json），不打开窗口。</translation>
    </message>
    <message>
        <source>Measure the time until the instance tree is filled, print it and exit.</source>
        <translation>测量实例树加载完成所需的时间，输出后退出。</translation>
    </message>
    <message>
        <source>Developer aid: open the dialog NAME for a screenshot.</source>
        <translation>开发辅助：打开名为 NAME 的对话框以便截图。</translation>
    </message>
    <message>
        <source>With --import-aliyun-config: the file to import.</source>
        <translation>与 --import-aliyun-config 一起使用：要导入的文件。</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile 需要一个配置名称。</translation>
    </message>
    <message>
        <source>--region: &apos;%1&apos; is not a region ID such as cn-hangzhou.</source>
        <translation>--region：“%1”不是地域 ID（如 cn-hangzhou）。</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language code such as zh_CN or en.</source>
        <translation>--lang：“%1”不是语言代码（如 zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>--import-aliyun-config takes at most one FILE.</source>
        <translation>--import-aliyun-config 最多接受一个 FILE。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>无法识别的参数“%1”。</translation>
    </message>
    <message>
        <source>--endpoint expects PRODUCT=URL (PRODUCT is rds or r-kvstore), got &apos;%1&apos;.</source>
        <translation>--endpoint 需要 PRODUCT=URL（PRODUCT 为 rds 或 r-kvstore），实际为“%1”。</translation>
    </message>
    <message>
        <source>--endpoint: unknown product &apos;%1&apos;; use rds or r-kvstore.</source>
        <translation>--endpoint：未知产品“%1”，请使用 rds 或 r-kvstore。</translation>
    </message>
    <message>
        <source>--endpoint: &apos;%1&apos; is not an http(s) URL with a host.</source>
        <translation>--endpoint：“%1”不是带主机名的 http(s) URL。</translation>
    </message>
    <message>
        <source>Demo sandbox: a new Redis account stays Creating this long (default 2; the service takes about 60).</source>
        <translation>演示沙箱：新建的 Redis 账号保持“创建中”的秒数（默认 2；实际服务约需 60）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Demo sandbox: a new RDS account stays Creating this long, like a lagging service (default 0).</source>
        <translation>演示沙箱：新建的 RDS 账号保持“创建中”的秒数，模拟响应滞后的服务（默认 0）。</translation>
    </message>
    <message>
        <source>Demo sandbox: delay every reply by N ms, like a far-away endpoint (default 0).</source>
        <translation>演示沙箱：每个应答延迟 N 毫秒，模拟远距离的 Endpoint（默认 0）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Demo sandbox: load the inventory from FILE and save it there on exit.</source>
        <translation>演示沙箱：从 FILE 加载资源清单，退出时保存到该文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Demo sandbox: give the first requests of named actions a chosen fault, e.g. CreateAccount=500 or ResetAccountPassword=drop@after (see apsara-sandbox --help).</source>
        <translation>演示沙箱：为指定 API 的前几个请求注入所选故障，例如 CreateAccount=500 或 ResetAccountPassword=drop@after（参见 apsara-sandbox --help）。</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>Demo sandbox: real engines behind one Redis, PostgreSQL and MySQL instance: auto starts private redis-server, postgres and mariadbd; or redis=HOST:PORT,postgres=HOST:PORT,mysql=HOST:PORT.</source>
        <translation>演示沙箱：为 Redis、PostgreSQL 和 MySQL 各一个实例接入真实引擎：auto 启动私有的 redis-server、postgres 和 mariadbd；或指定 redis=HOST:PORT,postgres=HOST:PORT,mysql=HOST:PORT。</translation>
    </message>
    <message>
        <source>ENGINES</source>
        <translation>ENGINES</translation>
    </message>
    <message>
        <source>Colours: dark or light (Fusion style), or system (default).</source>
        <translation>配色：dark（深色）或 light（浅色）（Fusion 风格），或 system（跟随系统，默认）。</translation>
    </message>
    <message>
        <source>Draw every text FACTOR times its normal size, e.g. 1.5 (0.5 to 4).</source>
        <translation>所有文字按正常大小的 FACTOR 倍显示，例如 1.5（0.5～4）。</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FACTOR</translation>
    </message>
    <message>
        <source>Open in MODE: helpdesk (find, reset, unlock), dba (everything) or audit (read only).</source>
        <translation>以 MODE 模式打开：helpdesk（服务台：查找、重置密码、解锁）、dba（全部操作）或 audit（只读审计）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Print the least-privilege RAM policy (JSON) that MODE needs (helpdesk, dba or audit) and exit.</source>
        <translation>输出 MODE（helpdesk、dba 或 audit）所需的最小权限 RAM 策略（JSON）后退出。</translation>
    </message>
    <message>
        <source>--ram-policy: &apos;%1&apos; is not one of %2.</source>
        <translation>--ram-policy：“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <source>--mode: &apos;%1&apos; is not one of %2.</source>
        <translation>--mode：“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <source>--palette: &apos;%1&apos; is not dark, light or system.</source>
        <translation>--palette：“%1”不是 dark、light 或 system。</translation>
    </message>
    <message>
        <source>--font-scale: &apos;%1&apos; is not a factor from 0.5 to 4.</source>
        <translation>--font-scale：“%1”不是 0.5～4 之间的倍数。</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number of seconds from 0 to 86400.</source>
        <translation>--%1：“%2”不是 0～86400 之间的秒数。</translation>
    </message>
    <message>
        <source>--latency-ms: &apos;%1&apos; is not a whole number of milliseconds from 0 to 60000.</source>
        <translation>--latency-ms：“%1”不是 0～60000 之间的整数毫秒数。</translation>
    </message>
    <message>
        <source>--fault-plan: %1.</source>
        <translation>--fault-plan：%1。</translation>
    </message>
    <message>
        <source>--sandbox-state needs a file path.</source>
        <translation>--sandbox-state 需要一个文件路径。</translation>
    </message>
</context>
<context>
    <name>ConnectionsMenu</name>
    <message>
        <source>&amp;Connections</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect %1 alongside the other checked profiles</source>
        <translation>连接“%1”，与其他已勾选的配置同时使用</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>凭证配置(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Create Account on %1</source>
        <translation>在 %1 上创建账号</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账号名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>账号名(&amp;N)：</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账号类型</translation>
    </message>
    <message>
        <source>Privileged (Super)</source>
        <translation>高权限账号（Super）</translation>
    </message>
    <message>
        <source>Standard (Normal)</source>
        <translation>普通账号（Normal）</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>账号类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>A privileged account manages every database itself; it gets no per-database grants here.</source>
        <translation>高权限账号可管理所有数据库，无需在此逐库授权。</translation>
    </message>
    <message>
        <source>Privileged account note</source>
        <translation>高权限账号说明</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>&amp;Privilege:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <source>Creating account %1…</source>
        <translation>正在创建账号 %1…</translation>
    </message>
    <message>
        <source>The service&apos;s list of reserved names (DescribeInstanceKeywords) could not be loaded; the name is checked against the built-in list.</source>
        <translation>无法加载服务端的保留字列表（DescribeInstanceKeywords），账号名将按内置列表检查。</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>CredentialProbe</name>
    <message>
        <source>Cannot reach %1 from this computer: %2. A cloud instance&apos;s VPC address answers only inside its VPC; use a public endpoint or test from a host in that VPC.</source>
        <translation>无法从本机连接 %1：%2。云实例的 VPC 地址仅在其所属 VPC 内可访问；请使用公网地址，或从该 VPC 内的主机测试。</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed (Debian: %2).</source>
        <translation>未安装 %1 的 Qt SQL 驱动（Debian：%2）。</translation>
    </message>
    <message>
        <source>Could not read the instance&apos;s address: %1</source>
        <translation>无法读取实例的连接地址：%1</translation>
    </message>
    <message>
        <source>The service reports no address for this instance.</source>
        <translation>服务端未返回该实例的连接地址。</translation>
    </message>
    <message>
        <source>Test login speaks Redis, PostgreSQL and MySQL/MariaDB; %1 is not one of them.</source>
        <translation>测试登录支持 Redis、PostgreSQL 和 MySQL/MariaDB；%1 不在其中。</translation>
    </message>
    <message>
        <source>Read: refused (%1)</source>
        <translation>读取：被拒绝（%1）</translation>
    </message>
    <message>
        <source>Read: allowed</source>
        <translation>读取：允许</translation>
    </message>
    <message>
        <source>Write: refused (%1)</source>
        <translation>写入：被拒绝（%1）</translation>
    </message>
    <message>
        <source>Write: allowed</source>
        <translation>写入：允许</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无应答</translation>
    </message>
    <message>
        <source>%1 is still being created: Redis lets it log in once it is Available. Try again in a moment. (%2)</source>
        <translation>%1 仍在创建中：Redis 账号状态变为可用后才允许登录。请稍后重试。（%2）</translation>
    </message>
</context>
<context>
    <name>DatabaseGrantTable</name>
    <message>
        <source>Database privileges</source>
        <translation>数据库权限</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Privilege on %1</source>
        <translation>%1 上的权限</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Change on %1</source>
        <translation>%1 上的变更</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Change to</source>
        <translation>改为</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>The account holds no privilege on this database.</source>
        <translation>该账号在此数据库上没有权限。</translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <source>Re&amp;voke all privileges, then delete</source>
        <translation>撤销全部权限后删除(&amp;V)</translation>
    </message>
    <message>
        <source>Delete Account %1</source>
        <translation>删除账号 %1</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleting %1 cannot be undone. Applications that sign in with it will stop working.</source>
        <translation>删除 %1 后无法恢复，使用该账号登录的应用将无法工作。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>&amp;Type %1 to confirm:</source>
        <translation>输入 %1 以确认(&amp;T)：</translation>
    </message>
    <message>
        <source>Account name to confirm</source>
        <translation>用于确认的账号名</translation>
    </message>
    <message>
        <source>Why the account cannot be deleted</source>
        <translation>无法删除该账号的原因</translation>
    </message>
    <message numerus="yes">
        <source>RDS does not delete an account that still holds privileges on databases or tables. Revoke them first: the button below revokes the account&apos;s privileges on %n database(s) and then deletes it.</source>
        <translation>
            <numerusform>RDS 不会删除仍拥有数据库或表权限的账号，请先撤销权限：下方按钮将撤销该账号在 %n 个数据库上的权限，然后删除该账号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all privileges, then delete</source>
        <translation>撤销全部权限后删除</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>Revoking the privileges of %1…</source>
        <translation>正在撤销 %1 的权限…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>&amp;Connect account...</source>
        <translation>连接账号(&amp;C)...</translation>
    </message>
    <message>
        <source>Demo mode banner</source>
        <translation>演示模式横幅</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; Connect your Alibaba Cloud account to manage your own instances.</source>
        <translation>&lt;b&gt;演示数据。&lt;/b&gt;连接您的阿里云账号以管理自己的实例。</translation>
    </message>
    <message>
        <source>Demo data. Connect your Alibaba Cloud account</source>
        <translation>演示数据。连接您的阿里云账号</translation>
    </message>
    <message>
        <source>Connect your Alibaba Cloud account</source>
        <translation>连接您的阿里云账号</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>%1: the field &apos;%2&apos; is missing or not text</source>
        <translation>%1：字段“%2”缺失或不是文本</translation>
    </message>
    <message>
        <source>%1: the field &apos;%2&apos; is missing or not a number of days</source>
        <translation>%1：字段“%2”缺失或不是天数</translation>
    </message>
    <message>
        <source>it is not apsara-sandbox demo data version %1 (&quot;format&quot;: &quot;%2&quot;)</source>
        <translation>不是 apsara-sandbox 演示数据第 %1 版（&quot;format&quot;: &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>地域 %1</translation>
    </message>
    <message>
        <source>%1: it has no zones</source>
        <translation>%1：没有可用区</translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>实例 %1</translation>
    </message>
    <message>
        <source>%1: engine &apos;%2&apos; is not an engine of RDS or Redis</source>
        <translation>%1：引擎“%2”不是 RDS 或 Redis 的引擎</translation>
    </message>
    <message>
        <source>%1: architecture &apos;%2&apos; is not standard, cluster or rwsplit</source>
        <translation>%1：架构“%2”不是 standard、cluster 或 rwsplit</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 出现了两次</translation>
    </message>
    <message>
        <source>%1: zone %2 is not a zone of region %3</source>
        <translation>%1：可用区 %2 不属于地域 %3</translation>
    </message>
    <message>
        <source>%1: region %2 is not one of the demo regions</source>
        <translation>%1：地域 %2 不是演示数据中的地域</translation>
    </message>
    <message>
        <source>instance %1, database %2</source>
        <translation>实例 %1，数据库 %2</translation>
    </message>
    <message>
        <source>instance %1, account %2</source>
        <translation>实例 %1，账号 %2</translation>
    </message>
    <message>
        <source>%1: status &apos;%2&apos; is not an account status</source>
        <translation>%1：状态“%2”不是账号状态</translation>
    </message>
    <message>
        <source>%1: privilege breaks the rule: %2</source>
        <translation>%1：权限不符合规则：%2</translation>
    </message>
    <message>
        <source>%1: database &apos;%2&apos; is not a database of this instance</source>
        <translation>%1：数据库“%2”不属于该实例</translation>
    </message>
    <message>
        <source>the demo data is not a JSON object (%1 at byte %2)</source>
        <translation>演示数据不是 JSON 对象（第 %2 字节处：%1）</translation>
    </message>
</context>
<context>
    <name>EditDescriptionDialog</name>
    <message>
        <source>Edit Description of %1</source>
        <translation>修改 %1 的描述</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <source>Saving the description of %1…</source>
        <translation>正在保存 %1 的描述…</translation>
    </message>
</context>
<context>
    <name>EndpointResolver</name>
    <message>
        <source>Unknown product &quot;%1&quot; in an endpoint override; use &quot;rds&quot; or &quot;r-kvstore&quot;.</source>
        <translation>Endpoint 覆盖中的产品“%1”未知，请使用 &quot;rds&quot; 或 &quot;r-kvstore&quot;。</translation>
    </message>
    <message>
        <source>No region is selected and no endpoint is set for %1.</source>
        <translation>未选择地域，也未为 %1 设置 Endpoint。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PRODUCT=URL with PRODUCT &quot;rds&quot; or &quot;r-kvstore&quot;.</source>
        <translation>“%1”不是 PRODUCT=URL 格式（PRODUCT 为 &quot;rds&quot; 或 &quot;r-kvstore&quot;）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid endpoint URL.</source>
        <translation>“%1”不是有效的 Endpoint URL。</translation>
    </message>
    <message>
        <source>Refusing plain http to %1: credentials would travel unencrypted. Use https (plain http is allowed only for 127.0.0.1, ::1 and localhost).</source>
        <translation>拒绝以明文 http 连接 %1：凭证将以未加密方式传输。请使用 https（仅 127.0.0.1、::1 和 localhost 允许明文 http）。</translation>
    </message>
    <message>
        <source>Unsupported scheme &quot;%1&quot; in %2; use https.</source>
        <translation>%2 中的协议“%1”不受支持，请使用 https。</translation>
    </message>
</context>
<context>
    <name>EngineBackends</name>
    <message>
        <source>The database engine refused the change, so nothing was changed: %1</source>
        <translation>数据库引擎拒绝了该变更，未做任何修改：%1</translation>
    </message>
    <message>
        <source>  %1 is a real engine at %2:%3</source>
        <translation>  %1 为真实引擎，地址 %2:%3</translation>
    </message>
    <message>
        <source>The engine behind %1 refused the demo accounts: %2</source>
        <translation>%1 背后的引擎拒绝了演示账号：%2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not auto or redis=HOST:PORT, postgres=HOST:PORT, mysql=HOST:PORT.</source>
        <translation>%1：“%2”不是 auto，也不是 redis=HOST:PORT、postgres=HOST:PORT、mysql=HOST:PORT 格式。</translation>
    </message>
    <message>
        <source>%1 needs auto or a list such as redis=127.0.0.1:6379.</source>
        <translation>%1 需要 auto 或列表，例如 redis=127.0.0.1:6379。</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>建议操作</translation>
    </message>
    <message>
        <source>Error code and RequestId</source>
        <translation>错误码和 RequestId</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>复制错误详情</translation>
    </message>
    <message>
        <source>Copy the message, Code and RequestId for support</source>
        <translation>复制错误信息、Code 和 RequestId，用于联系技术支持</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>none (no answer from the server)</source>
        <translation>无（服务器未应答）</translation>
    </message>
    <message>
        <source>Copy deta&amp;ils</source>
        <translation>复制详情(&amp;I)</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>重试(&amp;Y)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 what applied and what failed (&quot;etl_v2 was created; granting Read/Write on app_db failed&quot;), %2 why</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Retry continues from the step that failed; what was done is not sent again.</source>
        <translation>重试将从失败的步骤继续；已完成的步骤不会再次发送。</translation>
    </message>
</context>
<context>
    <name>FieldHint</name>
    <message>
        <source>Field hint</source>
        <translation>字段提示</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>&amp;Ticket:</source>
        <translation>工单(&amp;T)：</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>查找账号</translation>
    </message>
    <message>
        <source>Find an account in every profile and region: name, engine:, status:locked, db:orders (Ctrl+K)</source>
        <translation>在所有配置和地域中查找账号：名称、engine:、status:locked、db:orders（Ctrl+K）</translation>
    </message>
    <message>
        <source>Find results summary</source>
        <translation>查找结果摘要</translation>
    </message>
    <message>
        <source>Ticket reference</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>optional, e.g. INC-4711</source>
        <translation>可选，例如 INC-4711</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>找到的账号</translation>
    </message>
    <message>
        <source>Unknown filter %1: use engine:, product:, profile:, region:, status:, type:, db: or priv:.</source>
        <translation>未知筛选条件 %1：请使用 engine:、product:、profile:、region:、status:、type:、db: 或 priv:。</translation>
    </message>
    <message>
        <source>Type part of an account name, or a filter such as status:locked.</source>
        <translation>输入账号名的一部分，或筛选条件，如 status:locked。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n accounts found; type more to narrow them.</source>
        <translation>
            <numerusform>仅显示找到的前 %n 个账号；请继续输入以缩小范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) found.</source>
        <translation>
            <numerusform>找到 %n 个账号。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessImport</name>
    <message>
        <source>The system keychain is not available (%1). Nothing was imported; the secrets are never written to disk instead. Start or unlock the keyring (Secret Service) and try again.</source>
        <translation>系统密钥环不可用（%1）。未导入任何内容；密钥不会改为写入磁盘。请启动或解锁密钥环（Secret Service）后重试。</translation>
    </message>
    <message>
        <source>%1 is a folder. Usage: apsara-accounts --import-aliyun-config [FILE], where FILE is the aliyun CLI config.json (default ~/.aliyun/config.json).</source>
        <translation>%1 是文件夹。用法：apsara-accounts --import-aliyun-config [FILE]，其中 FILE 为 aliyun CLI 的 config.json（默认 ~/.aliyun/config.json）。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Nothing was imported: no profile in %1 can be used.</source>
        <translation>未导入任何内容：%1 中没有可用的配置。</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>导入已中止：%1</translation>
    </message>
    <message>
        <source>Nothing was imported: profiles named %1 exist already and were not to be replaced.</source>
        <translation>未导入任何内容：名为 %1 的配置已存在，且未选择替换。</translation>
    </message>
    <message>
        <source>Profiles named %1 exist already. Replace them with the ones from %2? [y/N] </source>
        <translation>名为 %1 的配置已存在。是否用 %2 中的配置替换？[y/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>InstancePolicy</name>
    <message>
        <source>The account is still being created; wait about a minute until it is Available.</source>
        <translation>账号仍在创建中，请等待约一分钟直到状态变为可用。</translation>
    </message>
    <message>
        <source>Account management needs %1 %2 or later; this instance runs %1 %3. Upgrade the major version first.</source>
        <translation>账号管理需要 %1 %2 或更高版本；该实例为 %1 %3。请先升级大版本。</translation>
    </message>
    <message>
        <source>The instance status is not known yet; refresh the instance list.</source>
        <translation>实例状态未知，请刷新实例列表。</translation>
    </message>
    <message>
        <source>The instance is %1; accounts can be changed only while it is Running.</source>
        <translation>实例状态为 %1；仅在运行中时才能修改账号。</translation>
    </message>
    <message>
        <source>This instance already has %1 accounts, the most %2 allows. Delete an unused account first.</source>
        <translation>该实例已有 %1 个账号，达到 %2 的上限。请先删除不用的账号。</translation>
    </message>
    <message>
        <source>The default account (named like the instance) cannot be deleted.</source>
        <translation>默认账号（与实例同名）不能删除。</translation>
    </message>
    <message>
        <source>The privilege of the default account (named like the instance) cannot be changed.</source>
        <translation>默认账号（与实例同名）的权限不能修改。</translation>
    </message>
    <message>
        <source>Lock and unlock exist only for PostgreSQL.</source>
        <translation>仅 PostgreSQL 支持锁定和解锁。</translation>
    </message>
    <message>
        <source>The account is already locked.</source>
        <translation>该账号已锁定。</translation>
    </message>
    <message>
        <source>The account is not locked.</source>
        <translation>该账号未锁定。</translation>
    </message>
    <message>
        <source>Resetting the privileged account exists only for MySQL, SQL Server and MariaDB.</source>
        <translation>仅 MySQL、SQL Server 和 MariaDB 支持重置高权限账号。</translation>
    </message>
    <message>
        <source>Only the privileged (Super) account can be reset; this one is %1.</source>
        <translation>仅可重置高权限账号（Super）；该账号类型为 %1。</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>The service account (operator permission) exists only for ApsaraDB RDS.</source>
        <translation>服务账号授权仅适用于云数据库 RDS。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a privilege of %2; choose one of: %3.</source>
        <translation>“%1”不是 %2 的权限，请从以下选择：%3。</translation>
    </message>
    <message>
        <source>The Copy privilege exists only on standard (non-cluster, non-read/write-splitting) instances.</source>
        <translation>复制权限仅适用于标准版实例（非集群、非读写分离）。</translation>
    </message>
    <message numerus="yes">
        <source>The account %1 still holds privileges on %n database(s); revoke them before deleting it.</source>
        <translation>
            <numerusform>账号 %1 仍拥有 %n 个数据库的权限，请先撤销后再删除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceTreeModel</name>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1
Endpoint: %2</source>
        <translation>%1
Endpoint：%2</translation>
    </message>
    <message>
        <source>%1 (1 instance)</source>
        <translation>%1（1 个实例）</translation>
    </message>
    <message>
        <source>%1 (%2 instances)</source>
        <translation>%1（%2 个实例）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · %4</source>
        <translation>%1 — %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1
%2 %3, %4
Status: %5</source>
        <translation>%1
%2 %3，%4
状态：%5</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1（加载中…）</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1（失败）</translation>
    </message>
    <message>
        <source>%1 (secret missing)</source>
        <translation>%1（缺少密钥）</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>配置“%1”</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code：%1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
</context>
<context>
    <name>InventoryLoader</name>
    <message>
        <source>Loading regions…</source>
        <translation>正在加载地域…</translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation>正在加载实例…</translation>
    </message>
    <message>
        <source>Loading the accounts of %1…</source>
        <translation>正在加载 %1 的账号…</translation>
    </message>
    <message>
        <source>Loading the databases of %1…</source>
        <translation>正在加载 %1 的数据库…</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The %1 answer is not as documented: %2 %3.</source>
        <translation>%1 的返回与文档不符：%2 %3。</translation>
    </message>
    <message>
        <source>is inside something that is not an object</source>
        <translation>所在的上级不是对象</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>不是列表</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>不是字符串</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>is not a whole number in range</source>
        <translation>不是范围内的整数</translation>
    </message>
</context>
<context>
    <name>LocalEngines</name>
    <message>
        <source>%1 is not installed (run scripts/setup.sh, or apt-get install the engine).</source>
        <translation>未安装 %1（请运行 scripts/setup.sh，或用 apt-get install 安装该引擎）。</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 未能启动：%2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the engines: %1</source>
        <translation>无法为引擎创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>%1 stopped while starting: %2</source>
        <translation>%1 在启动过程中停止：%2</translation>
    </message>
    <message>
        <source>%1 did not accept connections within %2 s.</source>
        <translation>%1 在 %2 秒内未接受连接。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Apsara Accounts</source>
        <translation>Apsara Accounts</translation>
    </message>
    <message>
        <source>Regions, products and instances</source>
        <translation>地域、产品和实例</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>筛选账号</translation>
    </message>
    <message>
        <source>Filter accounts by name, description, privilege or status (Ctrl+F)</source>
        <translation>按名称、描述、权限或状态筛选账号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Why the instance cannot be managed</source>
        <translation>无法管理该实例的原因</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>操作记录(&amp;A)</translation>
    </message>
    <message>
        <source>Show every call of this session</source>
        <translation>显示本次会话的所有调用</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>加载中</translation>
    </message>
    <message>
        <source>What is loading</source>
        <translation>正在加载的内容</translation>
    </message>
    <message>
        <source>Call meter</source>
        <translation>调用计量</translation>
    </message>
    <message>
        <source>Calls per action with the price and free tier</source>
        <translation>各 API 的调用次数、单价和免费额度</translation>
    </message>
    <message>
        <source>Background Call Failed</source>
        <translation>后台调用失败</translation>
    </message>
    <message>
        <source>Lock %1 on %2? It can no longer log in until it is unlocked.</source>
        <translation>锁定 %2 上的 %1？解锁前该账号将无法登录。</translation>
    </message>
    <message>
        <source>Unlock %1 on %2? It can log in again.</source>
        <translation>解锁 %2 上的 %1？解锁后可再次登录。</translation>
    </message>
    <message>
        <source>Locked %1 (RequestId %2).</source>
        <translation>已锁定 %1（RequestId %2）。</translation>
    </message>
    <message>
        <source>Unlocked %1 (RequestId %2).</source>
        <translation>已解锁 %1（RequestId %2）。</translation>
    </message>
    <message>
        <source>Account Not Changed</source>
        <translation>账号未变更</translation>
    </message>
    <message>
        <source>%1 was not changed.

%2

%3</source>
        <translation>%1 未变更。

%2

%3</translation>
    </message>
    <message>
        <source>Calls: %1 (¥%2 this month)</source>
        <translation>调用：%1（本月 ¥%2）</translation>
    </message>
    <message>
        <source>Apsara Accounts — %1 — %2</source>
        <translation>Apsara Accounts — %1 — %2</translation>
    </message>
    <message>
        <source>Enter opens Reset Password for the selected account; the Account menu lists every action</source>
        <translation>按 Enter 打开所选账号的“重置密码”；“账号”菜单列出全部操作</translation>
    </message>
    <message>
        <source>No account matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的账号。</translation>
    </message>
    <message>
        <source>%1 on %2 is now available.</source>
        <translation>%2 上的 %1 现已可用。</translation>
    </message>
    <message>
        <source>Outcome Unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>%1 may or may not have been changed: no definite answer came back.

%2

%3</source>
        <translation>%1 可能已变更，也可能未变更：未收到明确的应答。

%2

%3</translation>
    </message>
    <message>
        <source>Find in &amp;every account…</source>
        <translation>在所有账号中查找(&amp;E)…</translation>
    </message>
    <message>
        <source>Search every account of every profile, region and instance</source>
        <translation>在所有配置、地域和实例的全部账号中查找</translation>
    </message>
    <message>
        <source>&amp;Helpdesk mode</source>
        <translation>服务台模式(&amp;H)</translation>
    </message>
    <message>
        <source>Only find accounts, reset passwords and unlock: nothing that deletes, creates or changes privileges</source>
        <translation>仅查找账号、重置密码和解锁：不能删除、创建账号或修改权限</translation>
    </message>
    <message>
        <source>&amp;RAM policy for this role…</source>
        <translation>当前角色的 RAM 策略(&amp;R)…</translation>
    </message>
    <message>
        <source>The least-privilege RAM policy each mode needs, to show, copy or save</source>
        <translation>各模式所需的最小权限 RAM 策略，可查看、复制或保存</translation>
    </message>
    <message>
        <source>&amp;Copy account details</source>
        <translation>复制账号详情(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the account&apos;s name and where it lives, for the ticket</source>
        <translation>复制账号名及其所在位置，用于填写工单</translation>
    </message>
    <message>
        <source>Instance %1 is not listed now; refresh (F5).</source>
        <translation>实例 %1 当前不在列表中，请刷新（F5）。</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, %4, profile %5)</source>
        <translation>%2 上的 %1（%3，%4，配置“%5”）</translation>
    </message>
    <message>
        <source>Copied %1&apos;s details.</source>
        <translation>已复制 %1 的详情。</translation>
    </message>
    <message>
        <source>&amp;Bulk</source>
        <translation>批量操作(&amp;B)</translation>
    </message>
    <message>
        <source>Access &amp;Report…</source>
        <translation>访问权限报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Every account with its type, status, description and privileges, as PDF, CSV or JSON for an audit</source>
        <translation>导出所有账号及其类型、状态、描述和权限，格式为 PDF、CSV 或 JSON，用于审计</translation>
    </message>
    <message>
        <source>%1 is in profile %2: enable that profile (Connections menu) to act on it.</source>
        <translation>%1 属于配置“%2”：请在“连接”菜单中启用该配置后再操作。</translation>
    </message>
</context>
<context>
    <name>ModifyPrivilegesDialog</name>
    <message>
        <source>Modify Privileges of %1</source>
        <translation>修改 %1 的权限</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>变更摘要</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>&amp;Privilege:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <source>New privilege: %1</source>
        <translation>新权限：%1</translation>
    </message>
    <message numerus="yes">
        <source>Grant on %n database(s)</source>
        <translation>
            <numerusform>在 %n 个数据库上授权</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke on %n database(s): %1</source>
        <translation>
            <numerusform>在 %n 个数据库上撤销：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change yet.</source>
        <translation>暂无变更。</translation>
    </message>
    <message>
        <source>Changing the privileges of %1…</source>
        <translation>正在修改 %1 的权限…</translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Cancel the call in progress</source>
        <translation>取消正在进行的调用</translation>
    </message>
</context>
<context>
    <name>OperatorPermissionDialog</name>
    <message>
        <source>&amp;Grant access</source>
        <translation>授权(&amp;G)</translation>
    </message>
    <message>
        <source>Re&amp;voke access</source>
        <translation>撤销授权(&amp;V)</translation>
    </message>
    <message>
        <source>Service Account Permission on %1</source>
        <translation>%1 的服务账号授权</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>撤销授权</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Control: operate the instance</source>
        <translation>Control：操作实例</translation>
    </message>
    <message>
        <source>Data: operate the instance and access its data</source>
        <translation>Data：操作实例并访问其数据</translation>
    </message>
    <message>
        <source>Expires at (UTC)</source>
        <translation>到期时间（UTC）</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>到期时间(&amp;E)：</translation>
    </message>
    <message>
        <source>A date and time in the future, in UTC.</source>
        <translation>未来的日期和时间（UTC）。</translation>
    </message>
    <message>
        <source>The expiry time has passed; choose a date and time in the future (UTC).</source>
        <translation>到期时间已过，请选择未来的日期和时间（UTC）。</translation>
    </message>
    <message>
        <source>Revoking the service account&apos;s access…</source>
        <translation>正在撤销服务账号的授权…</translation>
    </message>
    <message>
        <source>Granting the service account access…</source>
        <translation>正在为服务账号授权…</translation>
    </message>
    <message>
        <source>Asking for the service account&apos;s current access…</source>
        <translation>正在查询服务账号当前的授权…</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>操作(&amp;T)：</translation>
    </message>
    <message>
        <source>The service account has no access to this instance now.</source>
        <translation>服务账号当前没有该实例的访问权限。</translation>
    </message>
    <message>
        <source>Current access: %1 until %2 UTC. %3</source>
        <translation>当前授权：%1，到期时间 %2（UTC）。%3</translation>
    </message>
    <message>
        <source>Access ends in %1 d %2 h; then the service account loses it.</source>
        <translation>授权将在 %1 天 %2 小时后到期，届时服务账号将失去访问权限。</translation>
    </message>
    <message>
        <source>Access ends in %1 h %2 min; then the service account loses it.</source>
        <translation>授权将在 %1 小时 %2 分钟后到期，届时服务账号将失去访问权限。</translation>
    </message>
    <message>
        <source>Access ends in %1 min; then the service account loses it.</source>
        <translation>授权将在 %1 分钟后到期，届时服务账号将失去访问权限。</translation>
    </message>
</context>
<context>
    <name>PageRequest</name>
    <message>
        <source>The PageNumber parameter must be a whole number from 1; got &apos;%1&apos;.</source>
        <translation>PageNumber 参数必须是不小于 1 的整数；实际为“%1”。</translation>
    </message>
    <message>
        <source>The PageSize parameter must be a whole number from %1 to %2; got &apos;%3&apos;.</source>
        <translation>PageSize 参数必须是 %1～%2 之间的整数；实际为“%3”。</translation>
    </message>
    <message>
        <source>The PageSize parameter must be from %1 to %2; got %3.</source>
        <translation>PageSize 参数必须在 %1～%2 之间；实际为 %3。</translation>
    </message>
</context>
<context>
    <name>PagedCall</name>
    <message>
        <source>The %1 answer still had more after %2 pages; the list was not loaded rather than shown incomplete.</source>
        <translation>%1 的返回在 %2 页之后仍有更多数据；为避免显示不完整的列表，未加载该列表。</translation>
    </message>
    <message>
        <source>is not a plausible page number (%1)</source>
        <translation>不是合理的页码（%1）</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Confir&amp;m:</source>
        <translation>确认密码(&amp;M)：</translation>
    </message>
    <message>
        <source>Caps Lock is on</source>
        <translation>大写锁定已打开</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Password rule</source>
        <translation>密码规则</translation>
    </message>
    <message>
        <source>Confirmation rule</source>
        <translation>确认规则</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the password (Ctrl+H)</source>
        <translation>显示或隐藏密码（Ctrl+H）</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Generate a password that meets the engine&apos;s rules (Ctrl+G)</source>
        <translation>生成符合该引擎规则的密码（Ctrl+G）</translation>
    </message>
    <message>
        <source>Generate password</source>
        <translation>生成密码</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation>大写锁定提示</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>很弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>极佳</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1（%2 位）</translation>
    </message>
    <message>
        <source>No password entered yet</source>
        <translation>尚未输入密码</translation>
    </message>
</context>
<context>
    <name>PendingOperation</name>
    <message>
        <source>%1; %2 failed</source>
        <extracomment>%1 what was applied (&quot;etl_v2 was created&quot;), %2 the step that failed (&quot;granting Read/Write on app_db&quot;)</extracomment>
        <translation>%1；%2 失败</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <extracomment>%1 the step that failed (&quot;Granting Read/Write on app_db&quot;)</extracomment>
        <translation>%1 失败</translation>
    </message>
</context>
<context>
    <name>PolicyRefusal</name>
    <message>
        <source>The general instance is creating/maintaining/switching (it is %1 now); wait and retry after a few minutes.</source>
        <translation>实例正在创建、维护或切换中（当前为 %1），请等待几分钟后重试。</translation>
    </message>
    <message>
        <source>Current DB instance state does not support this operation: the instance is %1; ensure it is Running.</source>
        <translation>当前实例状态不支持此操作：实例状态为 %1，请确保实例处于运行中。</translation>
    </message>
    <message>
        <source>The instance is not in the Running state (it is %1); wait until it is Running before proceeding.</source>
        <translation>实例未处于运行中（当前为 %1），请等待实例变为运行中后再操作。</translation>
    </message>
</context>
<context>
    <name>ProductInfo</name>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQL Server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <source>MariaDB</source>
        <translation>MariaDB</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>ApsaraDB for Redis</source>
        <translation>云数据库 Redis</translation>
    </message>
    <message>
        <source>ApsaraDB RDS</source>
        <translation>云数据库 RDS</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation>凭证配置</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>删除(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Import from aliyun CLI...</source>
        <translation>从 aliyun CLI 导入(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <source>STS token</source>
        <translation>STS Token</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer Token</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;TS token:</source>
        <translation>STS Token(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Bearer token:</source>
        <translation>Bearer Token(&amp;B)：</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>默认地域(&amp;R)：</translation>
    </message>
    <message>
        <source>ACS3-HMAC-SHA256 (recommended)</source>
        <translation>ACS3-HMAC-SHA256（推荐）</translation>
    </message>
    <message>
        <source>RPC HMAC-SHA1</source>
        <translation>RPC HMAC-SHA1</translation>
    </message>
    <message>
        <source>Si&amp;gning:</source>
        <translation>签名方式(&amp;G)：</translation>
    </message>
    <message>
        <source>Redis endpoint:</source>
        <translation>Redis Endpoint：</translation>
    </message>
    <message>
        <source>Leave empty for the public endpoint.</source>
        <translation>留空则使用公网 Endpoint。</translation>
    </message>
    <message>
        <source>Session only: forgotten when the application closes.</source>
        <translation>仅限本次会话：应用关闭后清除。</translation>
    </message>
    <message>
        <source>The system keychain is not available (no Secret Service, or it is locked, or access was denied). Secrets are never written to disk instead, so profiles cannot be saved now. You can use a session-only profile, which is forgotten when the application closes.</source>
        <translation>系统密钥环不可用（无 Secret Service、已锁定或拒绝访问）。密钥不会改为写入磁盘，因此现在无法保存配置。您可以使用仅限本次会话的配置，应用关闭后即被清除。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>Enter the STS security token.</source>
        <translation>请输入 STS 安全令牌（SecurityToken）。</translation>
    </message>
    <message>
        <source>Enter the bearer token.</source>
        <translation>请输入 Bearer Token。</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored value.</source>
        <translation>留空则保留已保存的值。</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>正在保存...</translation>
    </message>
    <message>
        <source>Saved for this session.</source>
        <translation>已保存（仅限本次会话）。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and remove its secrets from the system keychain?</source>
        <translation>删除配置“%1”并从系统密钥环中移除其密钥？</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was deleted.</source>
        <translation>配置“%1”已删除。</translation>
    </message>
    <message>
        <source>Testing the connection...</source>
        <translation>正在测试连接...</translation>
    </message>
    <message>
        <source>The connection works (RequestId %1).</source>
        <translation>连接正常（RequestId %1）。</translation>
    </message>
    <message>
        <source>Import from aliyun CLI</source>
        <translation>从 aliyun CLI 导入</translation>
    </message>
    <message>
        <source>aliyun CLI configuration (config.json);;All files (*)</source>
        <translation>aliyun CLI 配置 (config.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>%1 的问题</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>新建(&amp;W)</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Access&amp;Key ID:</source>
        <translation>AccessKey ID(&amp;K)：</translation>
    </message>
    <message>
        <source>AccessKey s&amp;ecret:</source>
        <translation>AccessKey Secret(&amp;E)：</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签名方式</translation>
    </message>
    <message>
        <source>RDS end&amp;point:</source>
        <translation>RDS Endpoint(&amp;P)：</translation>
    </message>
    <message>
        <source>Session on&amp;ly: keep this profile in memory and forget it when the application closes</source>
        <translation>仅限本次会话：配置仅保存在内存中，应用关闭后清除(&amp;L)</translation>
    </message>
    <message>
        <source>Session only</source>
        <translation>仅限本次会话</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>测试连接(&amp;O)</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Profiles named %1 exist already. Replace them with the ones from the file?</source>
        <translation>名为 %1 的配置已存在。是否用文件中的配置替换？</translation>
    </message>
    <message>
        <source>Nothing was imported: the existing profiles were kept.</source>
        <translation>未导入任何内容：已保留现有配置。</translation>
    </message>
</context>
<context>
    <name>ProfileRules</name>
    <message>
        <source>Enter the AccessKey ID.</source>
        <translation>请输入 AccessKey ID。</translation>
    </message>
    <message>
        <source>An AccessKey ID has 8 to 128 letters, digits or dots.</source>
        <translation>AccessKey ID 由 8～128 个字母、数字或点号组成。</translation>
    </message>
    <message>
        <source>Enter a region ID such as cn-hangzhou.</source>
        <translation>请输入地域 ID，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>A region ID looks like cn-hangzhou or ap-southeast-1.</source>
        <translation>地域 ID 形如 cn-hangzhou 或 ap-southeast-1。</translation>
    </message>
    <message>
        <source>Enter an http(s) URL with a host, or leave empty for the public endpoint.</source>
        <translation>请输入带主机名的 http(s) URL，留空则使用公网 Endpoint。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Enter a profile name.</source>
        <translation>请输入配置名称。</translation>
    </message>
    <message>
        <source>The profile name cannot start or end with a space.</source>
        <translation>配置名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>The profile name can have at most %1 characters.</source>
        <translation>配置名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The profile name cannot contain / or \.</source>
        <translation>配置名称不能包含 / 或 \。</translation>
    </message>
    <message>
        <source>The profile name cannot contain control characters.</source>
        <translation>配置名称不能包含控制字符。</translation>
    </message>
</context>
<context>
    <name>RamPolicyDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>RAM policy for this role</source>
        <translation>当前角色的 RAM 策略</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>策略内容</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Lists accounts, resets passwords and unlocks accounts; cannot create, delete or change privileges.</source>
        <translation>可列出账号、重置密码和解锁账号；不能创建、删除账号或修改权限。</translation>
    </message>
    <message>
        <source>Every action Apsara Accounts can send.</source>
        <translation>Apsara Accounts 可发送的全部 API 操作。</translation>
    </message>
    <message>
        <source>Reads only: regions, instances, databases and accounts.</source>
        <translation>仅读取：地域、实例、数据库和账号。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Save RAM policy</source>
        <translation>保存 RAM 策略</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>RdsAccountActions</name>
    <message>
        <source>The database %1 does not exist on this instance.</source>
        <translation>该实例上不存在数据库 %1。</translation>
    </message>
    <message>
        <source>DBName lists %1 database(s) but AccountPrivilege lists %2 privilege(s); give one privilege per database.</source>
        <translation>DBName 列出 %1 个数据库，而 AccountPrivilege 列出 %2 个权限；每个数据库需对应一个权限。</translation>
    </message>
    <message>
        <source>Privileges must be exactly one of Control or Data; &apos;%1&apos; is not.</source>
        <translation>Privileges 必须是 Control 或 Data 之一；“%1”不是。</translation>
    </message>
    <message>
        <source>ExpiredTime must be UTC in the form yyyy-MM-ddTHH:mm:ssZ; &apos;%1&apos; is not.</source>
        <translation>ExpiredTime 必须为 UTC 时间，格式为 yyyy-MM-ddTHH:mm:ssZ；“%1”不符合。</translation>
    </message>
    <message>
        <source>ExpiredTime %1 has already passed; choose a time in the future (UTC).</source>
        <translation>ExpiredTime %1 已过，请选择未来的时间（UTC）。</translation>
    </message>
</context>
<context>
    <name>RdsDescribe</name>
    <message>
        <source>The NextToken parameter is not a token this service issued.</source>
        <translation>NextToken 参数不是本服务签发的令牌。</translation>
    </message>
    <message>
        <source>The Key parameter must be account or database.</source>
        <translation>Key 参数必须为 account 或 database。</translation>
    </message>
</context>
<context>
    <name>RedisAccountActions</name>
    <message>
        <source>The old password is not the account&apos;s current password.</source>
        <translation>旧密码不是该账号的当前密码。</translation>
    </message>
</context>
<context>
    <name>RequestAuthenticator</name>
    <message>
        <source>The request carries no credentials: sign it with an AccessKey (RPC v1 or ACS3-HMAC-SHA256) or send a bearer token.</source>
        <translation>请求未携带凭证：请使用 AccessKey 签名（RPC v1 或 ACS3-HMAC-SHA256）或发送 Bearer Token。</translation>
    </message>
    <message>
        <source>The AccessKeyId parameter is missing.</source>
        <translation>缺少 AccessKeyId 参数。</translation>
    </message>
    <message>
        <source>Specified access key is not found.</source>
        <translation>指定的 AccessKey 不存在。</translation>
    </message>
    <message>
        <source>The SignatureMethod %1 is not supported; use HMAC-SHA1.</source>
        <translation>不支持 SignatureMethod %1，请使用 HMAC-SHA1。</translation>
    </message>
    <message>
        <source>Specified signature is not matched with our calculation.</source>
        <translation>指定的签名与服务端计算结果不匹配。</translation>
    </message>
    <message>
        <source>The Authorization header is not a valid ACS3-HMAC-SHA256 authorization.</source>
        <translation>Authorization 头不是有效的 ACS3-HMAC-SHA256 授权信息。</translation>
    </message>
    <message>
        <source>The x-acs-content-sha256 header does not match the request body.</source>
        <translation>x-acs-content-sha256 头与请求体不匹配。</translation>
    </message>
    <message>
        <source>Specified time stamp is not in the format yyyy-MM-ddTHH:mm:ssZ.</source>
        <translation>指定的时间戳格式不是 yyyy-MM-ddTHH:mm:ssZ。</translation>
    </message>
    <message>
        <source>Specified time stamp or date value is expired: it is more than %1 minutes away from the server&apos;s clock.</source>
        <translation>指定的时间戳或日期已过期：与服务器时钟相差超过 %1 分钟。</translation>
    </message>
    <message>
        <source>Specified signature nonce was used already.</source>
        <translation>指定的 SignatureNonce 已被使用。</translation>
    </message>
    <message>
        <source>The Authorization: Bearer header and the x-acs-bearer-token header carry different tokens.</source>
        <translation>Authorization: Bearer 头与 x-acs-bearer-token 头携带的令牌不一致。</translation>
    </message>
    <message>
        <source>The Action parameter is missing.</source>
        <translation>缺少 Action 参数。</translation>
    </message>
    <message>
        <source>The signature must cover the %1 header.</source>
        <translation>签名必须包含 %1 头。</translation>
    </message>
    <message>
        <source>Specified bearer token is not valid: check the API key (ALIYUN_API_KEY).</source>
        <translation>指定的 Bearer Token 无效：请检查 API Key（ALIYUN_API_KEY）。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;lear now</source>
        <translation>立即清除(&amp;L)</translation>
    </message>
    <message>
        <source>Reset Password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>复制密码</translation>
    </message>
    <message numerus="yes">
        <source>Copy the password; the clipboard is cleared after %n seconds</source>
        <translation>
            <numerusform>复制密码；剪贴板将在 %n 秒后清除</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the clipboard now</source>
        <translation>立即清除剪贴板</translation>
    </message>
    <message>
        <source>Clipboard countdown</source>
        <translation>剪贴板倒计时</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>剪贴板 %n 秒后清除</numerusform>
        </translation>
    </message>
    <message>
        <source>Resetting the password of %1…</source>
        <translation>正在重置 %1 的密码…</translation>
    </message>
    <message>
        <source>The password of %1 has been reset (RequestId %2). Hand it over now: it is not stored anywhere.</source>
        <translation>%1 的密码已重置（RequestId %2）。请立即转交：该密码不会保存在任何地方。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>剪贴板已清除。</translation>
    </message>
</context>
<context>
    <name>ResetPrivilegedAccountDialog</name>
    <message>
        <source>Reset Privileged Account %1</source>
        <translation>重置高权限账号 %1</translation>
    </message>
    <message>
        <source>&amp;Reset Account</source>
        <translation>重置账号(&amp;R)</translation>
    </message>
    <message>
        <source>What Reset account does</source>
        <translation>重置账号的作用</translation>
    </message>
    <message>
        <source>Reset account restores the permissions of the privileged account %1, for example after they were changed or revoked by hand, and sets the new password below. Applications that sign in with the old password stop working.</source>
        <translation>重置账号将恢复高权限账号 %1 的权限（例如被手动修改或撤销后），并设置下方的新密码。使用旧密码登录的应用将无法工作。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>I &amp;understand that the permissions and the password of %1 will be reset</source>
        <translation>我已了解 %1 的权限和密码将被重置(&amp;U)</translation>
    </message>
    <message>
        <source>Confirm the reset</source>
        <translation>确认重置</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>Resetting the privileged account %1…</source>
        <translation>正在重置高权限账号 %1…</translation>
    </message>
</context>
<context>
    <name>ResponseDecoder</name>
    <message>
        <source>an empty body</source>
        <translation>空响应体</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>HTML 页面</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>格式错误的 JSON</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>调用已取消。</translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation>未及时应答。</translation>
    </message>
    <message>
        <source>no RequestId</source>
        <translation>无 RequestId</translation>
    </message>
    <message>
        <source>The server answered %1 (HTTP %2) instead of a JSON object with a RequestId.</source>
        <translation>服务器返回了%1（HTTP %2），而不是带 RequestId 的 JSON 对象。</translation>
    </message>
    <message>
        <source>The answer was larger than any documented answer and was refused unread.</source>
        <translation>应答大于文档所述的任何应答，已拒绝读取。</translation>
    </message>
</context>
<context>
    <name>RoleMode</name>
    <message>
        <source>Helpdesk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>DBA</source>
        <translation>DBA</translation>
    </message>
    <message>
        <source>Read-only audit</source>
        <translation>只读审计</translation>
    </message>
</context>
<context>
    <name>RoutedAccountService</name>
    <message>
        <source>Profile %1 is not connected: enable it under Connections to act on %2.</source>
        <translation>配置“%1”未连接：请在“连接”菜单中启用后再操作 %2。</translation>
    </message>
</context>
<context>
    <name>RoutedCredentialTester</name>
    <message>
        <source>Profile %1 is not connected.</source>
        <translation>配置“%1”未连接。</translation>
    </message>
</context>
<context>
    <name>RuleFormLayout</name>
    <message>
        <source>Rule for %1</source>
        <translation>%1 的规则</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>%1 的问题</translation>
    </message>
</context>
<context>
    <name>SandboxActions</name>
    <message>
        <source>The database instance does not exist: %1; verify the DBInstanceId.</source>
        <translation>数据库实例不存在：%1；请检查 DBInstanceId。</translation>
    </message>
    <message>
        <source>The specified instance %1 does not exist.</source>
        <translation>指定的实例 %1 不存在。</translation>
    </message>
    <message>
        <source>The account %1 does not exist on this instance.</source>
        <translation>该实例上不存在账号 %1。</translation>
    </message>
    <message>
        <source>Specified account password is not valid: %1</source>
        <translation>指定的账号密码无效：%1</translation>
    </message>
    <message>
        <source>Specified account name already exists: %1 is taken on this instance; choose a different AccountName.</source>
        <translation>指定的账号名已存在：该实例上已有 %1，请使用其他 AccountName。</translation>
    </message>
    <message>
        <source>Create Account failed: input value not satisfy instance policy: %1 allows %2 privileged account(s) per instance and this one has %3.</source>
        <translation>创建账号失败：输入不满足实例策略：%1 每个实例最多允许 %2 个高权限账号，该实例已有 %3 个。</translation>
    </message>
    <message>
        <source>Exceeding the allowed amount of account: this instance allows %1 accounts and has %2. Delete unused accounts or request a quota increase.</source>
        <translation>账号数量超出上限：该实例最多允许 %1 个账号，当前已有 %2 个。请删除不用的账号或申请提高配额。</translation>
    </message>
</context>
<context>
    <name>SandboxCredentials</name>
    <message>
        <source>%1, line %2: expected &quot;access-key ID:SECRET&quot; or &quot;bearer-token TOKEN&quot;.</source>
        <translation>%1，第 %2 行：应为 &quot;access-key ID:SECRET&quot; 或 &quot;bearer-token TOKEN&quot;。</translation>
    </message>
    <message>
        <source>Cannot read the credentials file %1: %2</source>
        <translation>无法读取凭证文件 %1：%2</translation>
    </message>
    <message>
        <source>The credentials file %1 is larger than 1 MiB.</source>
        <translation>凭证文件 %1 大于 1 MiB。</translation>
    </message>
    <message>
        <source>Warning: --access-key and --bearer-token put secrets in the process list, where every user of this machine can read them; use APSARA_SANDBOX_ACCESS_KEYS, APSARA_SANDBOX_BEARER_TOKENS or APSARA_SANDBOX_CREDENTIALS_FILE instead.</source>
        <translation>警告：--access-key 和 --bearer-token 会把密钥放入进程列表，本机所有用户都能读取；请改用 APSARA_SANDBOX_ACCESS_KEYS、APSARA_SANDBOX_BEARER_TOKENS 或 APSARA_SANDBOX_CREDENTIALS_FILE。</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>a port number from 0 to 65535</source>
        <translation>0～65535 之间的端口号</translation>
    </message>
    <message>
        <source>a file path</source>
        <translation>文件路径</translation>
    </message>
    <message>
        <source>demo or empty</source>
        <translation>demo 或 empty</translation>
    </message>
    <message>
        <source>Invalid value for --access-key: expected ID:SECRET, both non-empty.</source>
        <translation>--access-key 的值无效：应为 ID:SECRET，且两者均不能为空。</translation>
    </message>
    <message>
        <source>a non-empty token</source>
        <translation>非空令牌</translation>
    </message>
    <message>
        <source>a whole number of requests per second, 0 or more</source>
        <translation>每秒请求数，不小于 0 的整数</translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation>0～1 之间的数</translation>
    </message>
    <message>
        <source>a whole number from 0 to 4294967295</source>
        <translation>0～4294967295 之间的整数</translation>
    </message>
    <message>
        <source>a number of seconds from 0 to 86400</source>
        <translation>0～86400 之间的秒数</translation>
    </message>
    <message>
        <source>Invalid value &apos;%1&apos; for %2: expected %3.</source>
        <translation>%2 的值“%1”无效：应为%3。</translation>
    </message>
    <message>
        <source>Usage: apsara-sandbox [OPTION]...

A local emulator of the ApsaraDB RDS (2014-08-15) and ApsaraDB for Redis (2015-01-01) account APIs.
  --port N                 TCP port on 127.0.0.1 (default: any free port)
  --state FILE             load the inventory from FILE and save it there on exit
  --data demo|empty        start with the demo inventory (default) or with nothing
  --access-key ID:SECRET   accept this AccessKey pair too (repeatable)
  --bearer-token TOKEN     accept this bearer token too (repeatable)
  --rate-limit QPS         requests per second per Alibaba Cloud account (default 100, 0 = off);
                           the operator limit below stays unless it is changed too
  --operator-rate-limit QPS  Grant/RevokeOperatorPermission per second per account (default 10,
                           0 = off)
  --latency-ms N           delay every reply by N ms (default 0), without holding up others
  --fault-rate P           share of requests, 0 to 1, that get an injected fault (default 0)
  --fault-seed N           seed that makes the injected faults reproducible (default 1)
  --fault-plan PLAN        give the first requests of named actions a chosen fault, e.g.
                           CreateAccount=500,ResetAccountPassword=drop@after (KIND: 500, 503,
                           drop, delay, truncate; @after: the write happened, the reply is lost)
  --creating-delay SECONDS how long a new Redis account stays Creating (default 2; the service
                           takes about 60)
  --rds-lag SECONDS        how long a new RDS account stays Creating, to simulate a lagging service
                           (default 0: RDS account calls are synchronous)
  --engines auto|LIST      real engines behind one Redis, PostgreSQL and MySQL demo instance: auto
                           starts private redis-server, postgres and mariadbd; or
                           redis=HOST:PORT,postgres=HOST:PORT,mysql=HOST:PORT
</source>
        <translation>用法：apsara-sandbox [OPTION]...

云数据库 RDS（2014-08-15）和云数据库 Redis（2015-01-01）账号 API 的本地模拟器。
  --port N                 127.0.0.1 上的 TCP 端口（默认：任一空闲端口）
  --state FILE             从 FILE 加载资源清单，退出时保存到该文件
  --data demo|empty        以演示清单（默认）或空清单启动
  --access-key ID:SECRET   同时接受该 AccessKey 对（可重复）
  --bearer-token TOKEN     同时接受该 Bearer Token（可重复）
  --rate-limit QPS         每个阿里云账号每秒请求数（默认 100，0 = 关闭）；
                           除非另行修改，下方的服务账号授权限流保持不变
  --operator-rate-limit QPS  每个账号每秒 Grant/RevokeOperatorPermission 次数（默认 10，
                           0 = 关闭）
  --latency-ms N           每个应答延迟 N 毫秒（默认 0），不阻塞其他请求
  --fault-rate P           注入故障的请求比例，0 到 1（默认 0）
  --fault-seed N           使注入的故障可复现的种子（默认 1）
  --fault-plan PLAN        为指定 API 的前几个请求注入所选故障，例如
                           CreateAccount=500,ResetAccountPassword=drop@after（KIND：500、503、
                           drop、delay、truncate；@after：写入已生效，但应答丢失）
  --creating-delay SECONDS 新 Redis 账号保持“创建中”的时长（默认 2；实际服务
                           约需 60）
  --rds-lag SECONDS        新 RDS 账号保持“创建中”的时长，用于模拟响应滞后的服务
                           （默认 0：RDS 账号调用为同步）
  --engines auto|LIST      为 Redis、PostgreSQL 和 MySQL 演示实例各接入一个真实引擎：auto
                           启动私有的 redis-server、postgres 和 mariadbd；或
                           redis=HOST:PORT,postgres=HOST:PORT,mysql=HOST:PORT
</translation>
    </message>
    <message>
        <source>a whole number of milliseconds from 0 to 60000</source>
        <translation>0～60000 之间的整数毫秒数</translation>
    </message>
    <message>
        <source>ACTION=KIND[@before|@after],... with KIND 500, 503, drop, delay or truncate</source>
        <translation>ACTION=KIND[@before|@after],...，KIND 为 500、503、drop、delay 或 truncate</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox serves the RPC-style APIs at the path &quot;/&quot; with GET or POST only.</source>
        <translation>沙箱仅在路径 &quot;/&quot; 上以 GET 或 POST 提供 RPC 风格的 API。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1; is it in use?</source>
        <translation>无法监听 127.0.0.1 的端口 %1，该端口是否已被占用？</translation>
    </message>
    <message>
        <source>The state was not loaded, so the state file %1 is not written.</source>
        <translation>状态未加载，因此不写入状态文件 %1。</translation>
    </message>
    <message>
        <source>Specified parameter Version is not valid: %1 (expected 2014-08-15 for RDS or 2015-01-01 for Redis).</source>
        <translation>指定的参数 Version 无效：%1（RDS 应为 2014-08-15，Redis 应为 2015-01-01）。</translation>
    </message>
    <message>
        <source>Specified api %1 is not found, please check your url and method.</source>
        <translation>指定的 API %1 不存在，请检查 URL 和请求方法。</translation>
    </message>
    <message>
        <source>Request was denied due to user flow control.</source>
        <translation>请求因用户流控被拒绝。</translation>
    </message>
    <message>
        <source>The request processing has failed due to some unknown error, exception or failure.</source>
        <translation>请求处理因未知错误、异常或故障而失败。</translation>
    </message>
    <message>
        <source>The request has failed due to a temporary failure of the server.</source>
        <translation>请求因服务器临时故障而失败。</translation>
    </message>
    <message>
        <source>The state file %1 breaks a product rule (%2); it was left untouched.</source>
        <translation>状态文件 %1 违反产品规则（%2），未做任何改动。</translation>
    </message>
    <message>
        <source>The demo data breaks a product rule (%1).</source>
        <translation>演示数据违反产品规则（%1）。</translation>
    </message>
    <message>
        <source>The request body is larger than %1 KiB.</source>
        <translation>请求体大于 %1 KiB。</translation>
    </message>
    <message>
        <source>The request has more than %1 parameters.</source>
        <translation>请求的参数超过 %1 个。</translation>
    </message>
</context>
<context>
    <name>SandboxState</name>
    <message>
        <source>it is not an apsara-sandbox state file (no &quot;format&quot;: &quot;%1&quot; marker)</source>
        <translation>不是 apsara-sandbox 状态文件（没有 &quot;format&quot;: &quot;%1&quot; 标记）</translation>
    </message>
    <message>
        <source>its format version %1 is not supported (this sandbox reads version %2)</source>
        <translation>不支持格式版本 %1（本沙箱读取版本 %2）</translation>
    </message>
    <message>
        <source>Cannot write the state file %1: %2</source>
        <translation>无法写入状态文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the state file %1: %2</source>
        <translation>无法读取状态文件 %1：%2</translation>
    </message>
    <message>
        <source>The state file %1 is corrupt (%2 at byte %3); it was left untouched.</source>
        <translation>状态文件 %1 已损坏（第 %3 字节处：%2），未做任何改动。</translation>
    </message>
    <message>
        <source>The state file %1 cannot be used: %2; it was left untouched.</source>
        <translation>状态文件 %1 无法使用：%2；未做任何改动。</translation>
    </message>
    <message>
        <source>instance &apos;%1&apos; has no valid id, product, engine or architecture</source>
        <translation>实例“%1”缺少有效的 ID、产品、引擎或架构</translation>
    </message>
    <message>
        <source>instance %1 has %2 accounts, more than the %3 allowed</source>
        <translation>实例 %1 有 %2 个账号，超过允许的 %3 个</translation>
    </message>
    <message>
        <source>instance %1, account %2</source>
        <translation>实例 %1，账号 %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>description &apos;%1&apos;</source>
        <translation>描述“%1”</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>%1: %2 breaks the rule: %3</source>
        <translation>%1：%2不符合规则：%3</translation>
    </message>
    <message>
        <source>%1: privilege breaks the rule: %2</source>
        <translation>%1：权限不符合规则：%2</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>The server could not be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <source>Check the network connection and the endpoint, then retry.</source>
        <translation>请检查网络连接和 Endpoint 后重试。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时应答。</translation>
    </message>
    <message>
        <source>Refresh to see whether the change happened, then retry if needed.</source>
        <translation>请刷新查看变更是否已生效，如有需要再重试。</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted.</source>
        <translation>安全连接失败：服务器证书不受信任。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock and whether a proxy intercepts HTTPS. The console never sends credentials over an untrusted connection.</source>
        <translation>请检查本机时钟以及是否有代理拦截 HTTPS。本控制台不会通过不受信任的连接发送凭证。</translation>
    </message>
    <message>
        <source>Alibaba Cloud did not accept the credentials.</source>
        <translation>阿里云未接受该凭证。</translation>
    </message>
    <message>
        <source>Check the AccessKey pair or token in the profile.</source>
        <translation>请检查配置中的 AccessKey 或令牌。</translation>
    </message>
    <message>
        <source>Too many requests were sent in a short time.</source>
        <translation>短时间内发送的请求过多。</translation>
    </message>
    <message>
        <source>Wait a few seconds; the console retries automatically with growing pauses.</source>
        <translation>请等待几秒；控制台会自动重试，且间隔逐渐增加。</translation>
    </message>
    <message>
        <source>The server rejected a value in the request.</source>
        <translation>服务器拒绝了请求中的某个值。</translation>
    </message>
    <message>
        <source>Check the values you entered and try again.</source>
        <translation>请检查输入的值后重试。</translation>
    </message>
    <message>
        <source>The instance or account no longer exists.</source>
        <translation>实例或账号已不存在。</translation>
    </message>
    <message>
        <source>Refresh the list.</source>
        <translation>请刷新列表。</translation>
    </message>
    <message>
        <source>The instance or account is in a state that does not allow this now.</source>
        <translation>实例或账号当前的状态不允许此操作。</translation>
    </message>
    <message>
        <source>Refresh, wait until the instance is Running, then retry.</source>
        <translation>请刷新，等待实例变为运行中后重试。</translation>
    </message>
    <message>
        <source>Alibaba Cloud had an internal error.</source>
        <translation>阿里云发生内部错误。</translation>
    </message>
    <message>
        <source>Retry in a few seconds. If it persists, contact support with the RequestId.</source>
        <translation>请几秒后重试。如问题持续，请提供 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>无法解析服务器的应答。</translation>
    </message>
    <message>
        <source>Retry. If it persists, report it with the RequestId.</source>
        <translation>请重试。如问题持续，请附上 RequestId 反馈。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no RequestId</source>
        <translation>无 RequestId</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>安全连接</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>流控</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>状态冲突</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务端</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>应答无法解析</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The refused action is %1. Ask the cloud account administrator to grant %2: it is a line of the %3 RAM policy (Help &gt; RAM policy for this role).</source>
        <translation>被拒绝的操作为 %1。请联系云账号管理员授予 %2：它是 %3 RAM 策略中的一项（帮助 &gt; 当前角色的 RAM 策略）。</translation>
    </message>
    <message>
        <source>No definite answer came back: the change may or may not have been applied.</source>
        <translation>未收到明确的应答：变更可能已生效，也可能未生效。</translation>
    </message>
    <message>
        <source>Refresh to see the current state before trying again; the console does not resend it blindly.</source>
        <translation>请先刷新查看当前状态再重试；控制台不会盲目重发该请求。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused this operation.</source>
        <translation>阿里云拒绝了此操作。</translation>
    </message>
    <message>
        <source>Read the Code and RequestId below; if it names a permission, ask the cloud account administrator for it.</source>
        <translation>请查看下方的 Code 和 RequestId；如其中提到某项权限，请向云账号管理员申请。</translation>
    </message>
    <message>
        <source>Alibaba Cloud rejected the request signature: the AccessKey secret does not match the AccessKey ID.</source>
        <translation>阿里云拒绝了请求签名：AccessKey Secret 与 AccessKey ID 不匹配。</translation>
    </message>
    <message>
        <source>Check the AccessKey secret in the profile; copy it again from the RAM console.</source>
        <translation>请检查配置中的 AccessKey Secret，或从 RAM 控制台重新复制。</translation>
    </message>
    <message>
        <source>Alibaba Cloud rejected the request signature.</source>
        <translation>阿里云拒绝了请求签名。</translation>
    </message>
    <message>
        <source>Check the AccessKey pair in the profile and retry.</source>
        <translation>请检查配置中的 AccessKey 后重试。</translation>
    </message>
    <message>
        <source>Alibaba Cloud does not know this AccessKey ID.</source>
        <translation>阿里云中不存在该 AccessKey ID。</translation>
    </message>
    <message>
        <source>Check the AccessKey ID in the profile, or create a new AccessKey pair in the RAM console.</source>
        <translation>请检查配置中的 AccessKey ID，或在 RAM 控制台创建新的 AccessKey。</translation>
    </message>
    <message>
        <source>This AccessKey is disabled.</source>
        <translation>该 AccessKey 已被禁用。</translation>
    </message>
    <message>
        <source>Enable the AccessKey in the RAM console, or use another one.</source>
        <translation>请在 RAM 控制台启用该 AccessKey，或改用其他 AccessKey。</translation>
    </message>
    <message>
        <source>The request&apos;s time stamp is too far from Alibaba Cloud&apos;s clock.</source>
        <translation>请求的时间戳与阿里云服务器时钟相差过大。</translation>
    </message>
    <message>
        <source>Set this computer&apos;s clock to the correct time (turn on automatic time), then retry.</source>
        <translation>请将本机时钟校准为正确时间（开启自动同步时间）后重试。</translation>
    </message>
    <message>
        <source>The request&apos;s one-time number (nonce) was already used.</source>
        <translation>请求的一次性随机数（Nonce）已被使用。</translation>
    </message>
    <message>
        <source>Retry; every new attempt gets a fresh nonce.</source>
        <translation>请重试；每次重试都会使用新的 Nonce。</translation>
    </message>
    <message>
        <source>The STS security token is invalid or has expired.</source>
        <translation>STS 安全令牌无效或已过期。</translation>
    </message>
    <message>
        <source>Get a new STS token and update the profile.</source>
        <translation>请获取新的 STS Token 并更新配置。</translation>
    </message>
    <message>
        <source>Your RAM user is not allowed to perform this action.</source>
        <translation>您的 RAM 用户无权执行此操作。</translation>
    </message>
    <message>
        <source>Ask the cloud account administrator to grant your RAM user the permission for this action.</source>
        <translation>请联系云账号管理员为您的 RAM 用户授予此操作的权限。</translation>
    </message>
    <message>
        <source>Alibaba Cloud does not accept this AccessKey ID.</source>
        <translation>阿里云不接受该 AccessKey ID。</translation>
    </message>
    <message>
        <source>Alibaba Cloud does not accept this bearer token.</source>
        <translation>阿里云不接受该 Bearer Token。</translation>
    </message>
    <message>
        <source>Check the token in the profile, or create a new one.</source>
        <translation>请检查配置中的令牌，或创建新的令牌。</translation>
    </message>
    <message>
        <source>No complete credentials are set.</source>
        <translation>未设置完整的凭证。</translation>
    </message>
    <message>
        <source>Complete the AccessKey pair or token in the profile.</source>
        <translation>请在配置中补全 AccessKey 或令牌。</translation>
    </message>
    <message>
        <source>The account exists, but it may have existed before this call.</source>
        <translation>该账号已存在，但可能在本次调用之前就已存在。</translation>
    </message>
    <message>
        <source>Its password may not be the one you typed: reset the password to be sure.</source>
        <translation>其密码可能不是您输入的密码：请重置密码以确保无误。</translation>
    </message>
    <message>
        <source>The account&apos;s status does not allow this now: it may still be Creating, or be Locked.</source>
        <translation>账号当前的状态不允许此操作：可能仍在创建中，或已被锁定。</translation>
    </message>
    <message>
        <source>Wait until the account shows Available (the list updates by itself), or unlock it first, then try again.</source>
        <translation>请等待账号变为可用（列表会自动更新），或先解锁该账号，然后重试。</translation>
    </message>
    <message>
        <source>The new account did not become Available in time.</source>
        <translation>新账号未能及时变为可用。</translation>
    </message>
    <message>
        <source>When the list shows it Available, press Retry: only the remaining steps are sent.</source>
        <translation>待列表显示其状态为可用后，请点击重试：只会发送剩余的步骤。</translation>
    </message>
    <message>
        <source>This instance&apos;s database engine does not support this operation.</source>
        <translation>该实例的数据库引擎不支持此操作。</translation>
    </message>
    <message>
        <source>Nothing on this instance can change that; do it on an instance whose engine supports it.</source>
        <translation>无法在该实例上更改这一点；请在引擎支持此操作的实例上执行。</translation>
    </message>
    <message>
        <source>This instance&apos;s engine version does not support managing accounts through the API.</source>
        <translation>该实例的引擎版本不支持通过 API 管理账号。</translation>
    </message>
    <message>
        <source>Upgrade the instance to a version with account management (Redis 4.0 or later) in the Alibaba Cloud console, then try again.</source>
        <translation>请在阿里云控制台将实例升级到支持账号管理的版本（Redis 4.0 或更高版本）后重试。</translation>
    </message>
    <message>
        <source>The instance is being created, maintained, switched over or restarted.</source>
        <translation>实例正在创建、维护、切换或重启中。</translation>
    </message>
    <message>
        <source>Wait a few minutes, then retry.</source>
        <translation>请等待几分钟后重试。</translation>
    </message>
    <message>
        <source>The input does not satisfy the instance&apos;s account policy.</source>
        <translation>输入不满足实例的账号策略。</translation>
    </message>
    <message>
        <source>Review the instance&apos;s account policy (name, password and privilege rules) and try again.</source>
        <translation>请查看实例的账号策略（账号名、密码和权限规则）后重试。</translation>
    </message>
    <message>
        <source>The instance or account does not allow this operation in its current type or state.</source>
        <translation>实例或账号当前的类型或状态不允许此操作。</translation>
    </message>
    <message>
        <source>Read the reason below; choose another account or instance, or change the state it names first.</source>
        <translation>请查看下方原因；选择其他账号或实例，或先改变其中提到的状态。</translation>
    </message>
    <message>
        <source>The database does not exist on this instance; it may have been deleted.</source>
        <translation>该实例上不存在此数据库，可能已被删除。</translation>
    </message>
    <message>
        <source>Refresh the instance to reload its databases.</source>
        <translation>请刷新实例以重新加载其数据库。</translation>
    </message>
    <message>
        <source>The endpoint is not usable.</source>
        <translation>该 Endpoint 不可用。</translation>
    </message>
    <message>
        <source>Check the endpoint override in the profile or on the command line.</source>
        <translation>请检查配置或命令行中覆盖的 Endpoint。</translation>
    </message>
    <message>
        <source>The server does not know this API; the endpoint may belong to another product.</source>
        <translation>服务器不支持此 API；该 Endpoint 可能属于其他产品。</translation>
    </message>
    <message>
        <source>Check the endpoint in the profile. If it is right, report this with the RequestId.</source>
        <translation>请检查配置中的 Endpoint。如确认无误，请附上 RequestId 反馈此问题。</translation>
    </message>
    <message>
        <source>The server does not support this API version; the endpoint may belong to another product.</source>
        <translation>服务器不支持此 API 版本；该 Endpoint 可能属于其他产品。</translation>
    </message>
    <message>
        <source>The request&apos;s time stamp was malformed.</source>
        <translation>请求的时间戳格式错误。</translation>
    </message>
    <message>
        <source>This is a fault in the console; report it with the RequestId.</source>
        <translation>这是控制台的缺陷，请附上 RequestId 反馈。</translation>
    </message>
    <message>
        <source>The account name is already taken on this instance.</source>
        <translation>该实例上已存在此账号名。</translation>
    </message>
    <message>
        <source>Choose a different account name.</source>
        <translation>请使用其他账号名。</translation>
    </message>
    <message>
        <source>The account does not exist on this instance; it may have been deleted.</source>
        <translation>该实例上不存在此账号，可能已被删除。</translation>
    </message>
    <message>
        <source>Refresh the account list.</source>
        <translation>请刷新账号列表。</translation>
    </message>
    <message>
        <source>The account name breaks the naming rules or is a reserved word.</source>
        <translation>账号名不符合命名规则或为保留字。</translation>
    </message>
    <message>
        <source>Choose a name that follows the rule shown next to the Name field.</source>
        <translation>请按账号名输入框旁显示的规则重新命名。</translation>
    </message>
    <message>
        <source>The password breaks the complexity rules.</source>
        <translation>密码不符合复杂度要求。</translation>
    </message>
    <message>
        <source>Use 8 to 32 characters with at least three of: uppercase, lowercase, digits and the special characters ! @ # $ % ^ &amp; * ( ) _ + - =</source>
        <translation>请使用 8～32 个字符，且至少包含以下三类：大写字母、小写字母、数字和特殊字符 ! @ # $ % ^ &amp; * ( ) _ + - =</translation>
    </message>
    <message>
        <source>The instance already has the most accounts it allows.</source>
        <translation>该实例的账号数量已达上限。</translation>
    </message>
    <message>
        <source>Delete unused accounts, or ask for a higher quota.</source>
        <translation>请删除不用的账号，或申请提高配额。</translation>
    </message>
    <message>
        <source>The account still holds database or table privileges, so it cannot be deleted.</source>
        <translation>该账号仍拥有数据库或表的权限，因此无法删除。</translation>
    </message>
    <message>
        <source>Revoke the account&apos;s database and table privileges first, then delete it.</source>
        <translation>请先撤销该账号的数据库和表权限，然后再删除。</translation>
    </message>
    <message>
        <source>The instance is not Running.</source>
        <translation>实例未处于运行中。</translation>
    </message>
    <message>
        <source>Wait until the instance is Running, then retry.</source>
        <translation>请等待实例变为运行中后重试。</translation>
    </message>
    <message>
        <source>The instance&apos;s current state does not allow this operation.</source>
        <translation>实例当前的状态不允许此操作。</translation>
    </message>
    <message>
        <source>The instance is being created, maintained or switched over.</source>
        <translation>实例正在创建、维护或切换中。</translation>
    </message>
    <message>
        <source>The instance does not exist in this region.</source>
        <translation>该地域中不存在此实例。</translation>
    </message>
    <message>
        <source>Check the instance ID and the selected region, then refresh the instance list.</source>
        <translation>请检查实例 ID 和所选地域，然后刷新实例列表。</translation>
    </message>
    <message>
        <source>The server does not know this action; the endpoint may belong to another product.</source>
        <translation>服务器不支持此操作；该 Endpoint 可能属于其他产品。</translation>
    </message>
    <message>
        <source>The request lacks a required value.</source>
        <translation>请求缺少必填参数。</translation>
    </message>
    <message>
        <source>The expiry time is malformed or already past.</source>
        <translation>到期时间格式错误或已过。</translation>
    </message>
    <message>
        <source>Choose a time in the future; it is sent in UTC as yyyy-MM-ddTHH:mm:ssZ.</source>
        <translation>请选择未来的时间；该时间以 UTC 格式 yyyy-MM-ddTHH:mm:ssZ 发送。</translation>
    </message>
    <message>
        <source>The request was larger than the server accepts.</source>
        <translation>请求大小超出服务器的接受范围。</translation>
    </message>
    <message>
        <source>Check the values you entered. If they look right, report this with the RequestId.</source>
        <translation>请检查输入的值。如确认无误，请附上 RequestId 反馈此问题。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>From the filter: move into the results</source>
        <translation>在筛选框中：移到结果列表</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>From the filter: open Reset Password when one account matches</source>
        <translation>在筛选框中：仅匹配一个账号时打开“重置密码”</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the filter: clear it</source>
        <translation>在筛选框中：清空筛选</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In the tree: move into the accounts of the instance</source>
        <translation>在实例树中：移到该实例的账号列表</translation>
    </message>
    <message>
        <source>In the account list: Reset Password of the selected account</source>
        <translation>在账号列表中：重置所选账号的密码</translation>
    </message>
    <message>
        <source>Move between the tree, the filter, the accounts and the details</source>
        <translation>在实例树、筛选框、账号列表和详情之间切换</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>In a password field: show or hide the password</source>
        <translation>在密码框中：显示或隐藏密码</translation>
    </message>
    <message>
        <source>In a password field: generate a password</source>
        <translation>在密码框中：生成密码</translation>
    </message>
    <message>
        <source>In a dialog: the highlighted button (OK, Create, Reset...)</source>
        <translation>在对话框中：按下高亮按钮（确定、创建、重置...）</translation>
    </message>
    <message>
        <source>In a dialog: close it and cancel its call</source>
        <translation>在对话框中：关闭对话框并取消其调用</translation>
    </message>
    <message>
        <source>Go to the field of a label, or press a button</source>
        <translation>转到标签对应的输入框，或按下按钮</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+带下划线的字母</translation>
    </message>
</context>
<context>
    <name>StatusPoller</name>
    <message>
        <source>%1 was still Creating after %2 seconds.</source>
        <translation>%2 秒后 %1 仍处于创建中。</translation>
    </message>
</context>
<context>
    <name>TestLoginDialog</name>
    <message>
        <source>Test Login of %1</source>
        <translation>测试 %1 的登录</translation>
    </message>
    <message>
        <source>Log in to %1 as %2 with a password, to prove it works and see what the account may do. The password is not stored.</source>
        <translation>以 %2 的身份使用密码登录 %1，验证账号可用并查看其可执行的操作。密码不会被保存。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Test Login</source>
        <translation>测试登录(&amp;T)</translation>
    </message>
    <message>
        <source>Test login is not available here.</source>
        <translation>此处不支持测试登录。</translation>
    </message>
    <message>
        <source>A login attempt is running.</source>
        <translation>正在尝试登录。</translation>
    </message>
    <message>
        <source>Type the account&apos;s password first.</source>
        <translation>请先输入该账号的密码。</translation>
    </message>
    <message>
        <source>Logging in...</source>
        <translation>正在登录...</translation>
    </message>
    <message>
        <source>Logged in at %1.</source>
        <translation>已成功登录 %1。</translation>
    </message>
    <message>
        <source>The account can: %1</source>
        <translation>该账号可执行的操作：%1</translation>
    </message>
    <message>
        <source>Refused by the engine at %1: %2</source>
        <translation>%1 上的引擎拒绝了登录：%2</translation>
    </message>
</context>
<context>
    <name>TestLoginOffer</name>
    <message>
        <source>Prove the new password of %1 works:</source>
        <translation>验证 %1 的新密码是否可用：</translation>
    </message>
    <message>
        <source>&amp;Test Login</source>
        <translation>测试登录(&amp;T)</translation>
    </message>
    <message>
        <source>Test login of %1</source>
        <translation>测试 %1 的登录</translation>
    </message>
    <message>
        <source>Log in to %1 as %2 with the password just set; it is kept in memory until the test closes.</source>
        <translation>使用刚设置的密码以 %2 的身份登录 %1；密码仅保存在内存中，测试结束后即清除。</translation>
    </message>
    <message>
        <source>Dismiss the Test login offer</source>
        <translation>关闭测试登录提示</translation>
    </message>
</context>
<context>
    <name>WriteOutcome</name>
    <message>
        <source>No definite answer came back, so the change may or may not have been applied (%1). Refresh to see the current state before trying again.</source>
        <translation>未收到明确的应答，变更可能已生效，也可能未生效（%1）。请先刷新查看当前状态再重试。</translation>
    </message>
    <message>
        <source>The account %1 exists, but it may have existed before this call (no definite answer came back): its password may not be the one you typed. Reset the password to be sure.</source>
        <translation>账号 %1 已存在，但可能在本次调用之前就已存在（未收到明确的应答）：其密码可能不是您输入的密码。请重置密码以确保无误。</translation>
    </message>
</context>
<context>
    <name>WriteSteps</name>
    <message>
        <source>%1…</source>
        <translation>正在%1…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>请尝试“%1 --help”。</translation>
    </message>
</context>
</TS>
