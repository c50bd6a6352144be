<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutPage</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <source>development checkout</source>
        <translation>开发版（源代码）</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>构建时间</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>System</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>运行模式</translation>
    </message>
    <message>
        <source>Networked: %1</source>
        <translation>联网：%1</translation>
    </message>
    <message>
        <source>Standalone (this PC only)</source>
        <translation>单机（仅本机）</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Chinese text is set in LXGW WenKai (霞鹜文楷), SIL Open Font Licence 1.1. The interface uses Qt for Python (PySide6), LGPLv3.</source>
        <translation>中文字体为霞鹜文楷（LXGW WenKai），SIL 开源字体许可 1.1；界面使用 Qt for Python（PySide6），LGPLv3 许可。</translation>
    </message>
    <message>
        <source>About HIS Trainer</source>
        <translation>关于 HIS 培训系统</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your courses</source>
        <translation>我的课程</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Sections read</source>
        <translation>已读章节</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>最近阅读</translation>
    </message>
    <message>
        <source>No courses for your roles yet.</source>
        <translation>您的岗位暂无课程。</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>欢迎，%1</translation>
    </message>
    <message>
        <source>Roles: %1
HIS modules: %2</source>
        <translation>岗位：%1
HIS 模块：%2</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>HIS Trainer</source>
        <extracomment>The password policy's maximum (trainer.auth.passwords.MAX_LENGTH, not imported here: that module loads argon2, and this page must appear before anything heavy loads).</extracomment>
        <translation>HIS 培训系统</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>e.g. N0123</source>
        <translation>例如 N0123</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>First start on this computer: create the administrator account. There is no default password; choose one of at least 8 characters.</source>
        <translation>本机首次启动：请创建管理员账号。系统没有默认密码，请设置至少 8 个字符的密码。</translation>
    </message>
    <message>
        <source>Hospital information system training and certification</source>
        <translation>医院信息系统培训与上岗考核</translation>
    </message>
    <message>
        <source>This computer's training data could not be opened. Please call IT. (%1)</source>
        <translation>无法打开本机的培训数据，请联系信息科。（%1）</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>失败次数过多，请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>该账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>Staff number or password is wrong.</source>
        <translation>工号或密码错误。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Enter the staff number and the name.</source>
        <translation>请输入工号和姓名。</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The password may have at most 64 characters.</source>
        <translation>密码最多 64 个字符。</translation>
    </message>
    <message>
        <source>This password is too common; choose another.</source>
        <translation>该密码过于常见，请另选一个。</translation>
    </message>
    <message>
        <source>The password must not contain the staff number.</source>
        <translation>密码不能包含工号。</translation>
    </message>
    <message>
        <source>Choose another password.</source>
        <translation>请另选一个密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HIS Trainer</source>
        <translation>HIS 培训系统</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>DEMO profile — practice data only, not real training records</source>
        <translation>演示环境 — 仅供练习，不是正式培训记录</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message>
        <source>Standalone — no sync server</source>
        <translation>单机模式 — 未连接同步服务器</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Lock the screen after idle (minutes)</source>
        <translation>无操作自动锁屏（分钟）</translation>
    </message>
    <message>
        <source>Workstation settings can be changed by administrators only.</source>
        <translation>工作站设置仅管理员可以修改。</translation>
    </message>
    <message>
        <source>Same as Windows</source>
        <translation>跟随 Windows</translation>
    </message>
    <message>
        <source>Only administrators may change this setting.</source>
        <translation>只有管理员可以修改此设置。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>HIS Trainer</source>
        <translation>HIS 培训系统</translation>
    </message>
    <message>
        <source>HIS Trainer — unexpected error</source>
        <translation>HIS 培训系统 — 意外错误</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is kept.
Please send this report to IT. The log is at:
%1</source>
        <translation>程序出现错误。已保存的内容不会丢失。
请将此报告发给信息科。日志位置：
%1</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Home</source>
        <extracomment>Navigation order. ``login`` is shown before anyone is logged in, outside the shell.</extracomment>
        <translation>首页</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>药师</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收费员</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>科室负责人</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人事</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Outpatient doctor station</source>
        <translation>门诊医生站</translation>
    </message>
    <message>
        <source>Inpatient doctor station</source>
        <translation>住院医生站</translation>
    </message>
    <message>
        <source>Nurse station</source>
        <translation>护士站</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>药房</translation>
    </message>
    <message>
        <source>Registration and cashier</source>
        <translation>挂号收费</translation>
    </message>
</context>
</TS>