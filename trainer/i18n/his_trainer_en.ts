<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>development checkout</source>
        <translation>development checkout</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Built</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Networked: %1</source>
        <translation>Networked: %1</translation>
    </message>
    <message>
        <source>Standalone (this PC only)</source>
        <translation>Standalone (this PC only)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>Chinese text is set in LXGW WenKai (霞鹜文楷), SIL Open Font Licence 1.1. The interface uses Qt for Python (PySide6), LGPLv3.</source>
        <translation>Chinese text is set in LXGW WenKai (霞鹜文楷), SIL Open Font Licence 1.1. The interface uses Qt for Python (PySide6), LGPLv3.</translation>
    </message>
    <message>
        <source>About HIS Trainer</source>
        <translation>About HIS Trainer</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your courses</source>
        <translation>Your courses</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Sections read</source>
        <translation>Sections read</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Last read</translation>
    </message>
    <message>
        <source>No courses for your roles yet.</source>
        <translation>No courses for your roles yet.</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>Roles: %1
HIS modules: %2</source>
        <translation>Roles: %1
HIS modules: %2</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>HIS Trainer</source>
        <extracomment>The password policy's maximum (trainer.auth.passwords.MAX_LENGTH, not imported here: that module loads argon2, and this page must appear before anything heavy loads).</extracomment>
        <translation>HIS Trainer</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>e.g. N0123</source>
        <translation>e.g. N0123</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>First start on this computer: create the administrator account. There is no default password; choose one of at least 8 characters.</source>
        <translation>First start on this computer: create the administrator account. There is no default password; choose one of at least 8 characters.</translation>
    </message>
    <message>
        <source>Hospital information system training and certification</source>
        <translation>Hospital information system training and certification</translation>
    </message>
    <message>
        <source>This computer's training data could not be opened. Please call IT. (%1)</source>
        <translation>This computer's training data could not be opened. Please call IT. (%1)</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Too many failed attempts. Try again in %1 seconds.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>This account is disabled. Ask the administrator.</translation>
    </message>
    <message>
        <source>Staff number or password is wrong.</source>
        <translation>Staff number or password is wrong.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Enter the staff number and the name.</source>
        <translation>Enter the staff number and the name.</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>The password may have at most 64 characters.</source>
        <translation>The password may have at most 64 characters.</translation>
    </message>
    <message>
        <source>This password is too common; choose another.</source>
        <translation>This password is too common; choose another.</translation>
    </message>
    <message>
        <source>The password must not contain the staff number.</source>
        <translation>The password must not contain the staff number.</translation>
    </message>
    <message>
        <source>Choose another password.</source>
        <translation>Choose another password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HIS Trainer</source>
        <translation>HIS Trainer</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>DEMO profile — practice data only, not real training records</source>
        <translation>DEMO profile — practice data only, not real training records</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <source>Standalone — no sync server</source>
        <translation>Standalone — no sync server</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Lock the screen after idle (minutes)</source>
        <translation>Lock the screen after idle (minutes)</translation>
    </message>
    <message>
        <source>Workstation settings can be changed by administrators only.</source>
        <translation>Workstation settings can be changed by administrators only.</translation>
    </message>
    <message>
        <source>Same as Windows</source>
        <translation>Same as Windows</translation>
    </message>
    <message>
        <source>Only administrators may change this setting.</source>
        <translation>Only administrators may change this setting.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>HIS Trainer</source>
        <translation>HIS Trainer</translation>
    </message>
    <message>
        <source>HIS Trainer — unexpected error</source>
        <translation>HIS Trainer — unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is kept.
Please send this report to IT. The log is at:
%1</source>
        <translation>Something went wrong. Your saved work is kept.
Please send this report to IT. The log is at:
%1</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Home</source>
        <extracomment>Navigation order. ``login`` is shown before anyone is logged in, outside the shell.</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Department head</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Outpatient doctor station</source>
        <translation>Outpatient doctor station</translation>
    </message>
    <message>
        <source>Inpatient doctor station</source>
        <translation>Inpatient doctor station</translation>
    </message>
    <message>
        <source>Nurse station</source>
        <translation>Nurse station</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <source>Registration and cashier</source>
        <translation>Registration and cashier</translation>
    </message>
</context>
</TS>