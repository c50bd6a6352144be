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
    <name>AdmissionTab</name>
    <message>
        <source>Admission notices (住院证) waiting</source>
        <translation>Admission notices (住院证) waiting</translation>
    </message>
    <message>
        <source>admission notices</source>
        <translation>admission notices</translation>
    </message>
    <message>
        <source>Insurance card:</source>
        <translation>Insurance card:</translation>
    </message>
    <message>
        <source>Admissions (住院号) and deposits</source>
        <translation>Admissions (住院号) and deposits</translation>
    </message>
    <message>
        <source>admissions</source>
        <translation>admissions</translation>
    </message>
    <message>
        <source>Deposit (yuan)</source>
        <translation>Deposit (yuan)</translation>
    </message>
    <message>
        <source>deposit amount in yuan</source>
        <translation>deposit amount in yuan</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Ward / bed</source>
        <translation>Ward / bed</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>Deposit held</translation>
    </message>
    <message>
        <source>Deposit channel</source>
        <translation>Deposit channel</translation>
    </message>
    <message>
        <source>Insurance card</source>
        <translation>Insurance card</translation>
    </message>
    <message>
        <source>own</source>
        <translation>own</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <source>Prescribing alert</source>
        <translation>Prescribing alert</translation>
    </message>
    <message>
        <source>Reason (your assessment) — required to continue</source>
        <translation>Reason (your assessment) — required to continue</translation>
    </message>
    <message>
        <source>reason for continuing despite the alert</source>
        <translation>reason for continuing despite the alert</translation>
    </message>
    <message>
        <source>alert text</source>
        <translation>alert text</translation>
    </message>
</context>
<context>
    <name>AllergyBadge</name>
    <message>
        <source>Allergies: NOT RECORDED — ask</source>
        <translation>Allergies: NOT RECORDED — ask</translation>
    </message>
    <message>
        <source>No known drug allergy</source>
        <translation>No known drug allergy</translation>
    </message>
    <message>
        <source>ALLERGY: %1</source>
        <translation>ALLERGY: %1</translation>
    </message>
</context>
<context>
    <name>AllergyForm</name>
    <message>
        <source>Allergy history</source>
        <translation>Allergy history</translation>
    </message>
    <message>
        <source>No known drug allergy (asked)</source>
        <translation>No known drug allergy (asked)</translation>
    </message>
    <message>
        <source>Severe reaction (anaphylaxis) to the ticked classes</source>
        <translation>Severe reaction (anaphylaxis) to the ticked classes</translation>
    </message>
    <message>
        <source>Reason (needed when removing a recorded allergy)</source>
        <translation>Reason (needed when removing a recorded allergy)</translation>
    </message>
    <message>
        <source>reason for the change</source>
        <translation>reason for the change</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>event type</source>
        <translation>event type</translation>
    </message>
    <message>
        <source>staff number</source>
        <translation>staff number</translation>
    </message>
    <message>
        <source>audit events</source>
        <translation>audit events</translation>
    </message>
    <message>
        <source>from date</source>
        <translation>from date</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>to date</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Only administrators may export the audit log.</source>
        <translation>Only administrators may export the audit log.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>%1 events exported to %2</source>
        <translation>%1 events exported to %2</translation>
    </message>
</context>
<context>
    <name>BankBrowserPage</name>
    <message>
        <source>Question banks</source>
        <extracomment>The background load started at login (None once it has ended).</extracomment>
        <translation>Question banks</translation>
    </message>
    <message>
        <source>HIS module filter</source>
        <translation>HIS module filter</translation>
    </message>
    <message>
        <source>knowledge point filter</source>
        <translation>knowledge point filter</translation>
    </message>
    <message>
        <source>difficulty filter</source>
        <translation>difficulty filter</translation>
    </message>
    <message>
        <source>pool filter</source>
        <translation>pool filter</translation>
    </message>
    <message>
        <source>question items</source>
        <translation>question items</translation>
    </message>
    <message>
        <source>item detail</source>
        <translation>item detail</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Knowledge point</source>
        <translation>Knowledge point</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>Loading the question banks…</source>
        <translation>Loading the question banks…</translation>
    </message>
    <message>
        <source>Only trainers and administrators may browse the banks.</source>
        <translation>Only trainers and administrators may browse the banks.</translation>
    </message>
    <message>
        <source>The question banks could not be loaded.</source>
        <translation>The question banks could not be loaded.</translation>
    </message>
    <message>
        <source>Practice pool</source>
        <translation>Practice pool</translation>
    </message>
    <message>
        <source>Exam pool</source>
        <translation>Exam pool</translation>
    </message>
    <message>
        <source>All HIS modules</source>
        <translation>All HIS modules</translation>
    </message>
    <message>
        <source>All knowledge points</source>
        <translation>All knowledge points</translation>
    </message>
    <message>
        <source>All difficulties</source>
        <translation>All difficulties</translation>
    </message>
    <message>
        <source>Difficulty %1</source>
        <translation>Difficulty %1</translation>
    </message>
    <message>
        <source>Both pools</source>
        <translation>Both pools</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>%1 bank(s) left out because of errors (see: his-trainer content check)</source>
        <translation>%1 bank(s) left out because of errors (see: his-trainer content check)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Marking guide</source>
        <translation>Marking guide</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>True or false</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>Fill in the blank</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Short answer</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>batches on the shelf with expiry dates</source>
        <extracomment>A batch expiring within this many days is 近效期 (flagged amber). 四查十对 as the pharmacist says it: each 查 with its 对.</extracomment>
        <translation>batches on the shelf with expiry dates</translation>
    </message>
    <message>
        <source>Red: expired — do not dispense; amber: expires within %1 days</source>
        <translation>Red: expired — do not dispense; amber: expires within %1 days</translation>
    </message>
    <message>
        <source>Stock by batch (first expiry first out)</source>
        <translation>Stock by batch (first expiry first out)</translation>
    </message>
    <message>
        <source>Batches: select a drug line</source>
        <translation>Batches: select a drug line</translation>
    </message>
    <message>
        <source>Batches of %1 — today %2</source>
        <translation>Batches of %1 — today %2</translation>
    </message>
    <message>
        <source>Off the shelf</source>
        <translation>Off the shelf</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>EXPIRED</translation>
    </message>
    <message>
        <source>Near expiry</source>
        <translation>Near expiry</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spec</translation>
    </message>
</context>
<context>
    <name>CardField</name>
    <message>
        <source>blank: the patient's own card</source>
        <translation>blank: the patient's own card</translation>
    </message>
    <message>
        <source>card used for the settlement</source>
        <translation>card used for the settlement</translation>
    </message>
    <message>
        <source>holder of the card</source>
        <translation>holder of the card</translation>
    </message>
    <message>
        <source>Card not found</source>
        <translation>Card not found</translation>
    </message>
    <message>
        <source>Card holder: %1 (%2)</source>
        <translation>Card holder: %1 (%2)</translation>
    </message>
    <message>
        <source>— NOT this patient</source>
        <translation>— NOT this patient</translation>
    </message>
</context>
<context>
    <name>CashierScreen</name>
    <message>
        <source>Supervisor signs in</source>
        <translation>Supervisor signs in</translation>
    </message>
    <message>
        <source>Supervisor signs out</source>
        <translation>Supervisor signs out</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>change %1</translation>
    </message>
    <message>
        <source>cash due %1</source>
        <translation>cash due %1</translation>
    </message>
    <message>
        <source>%1 back by %2</source>
        <translation>%1 back by %2</translation>
    </message>
    <message>
        <source>fund (统筹) %1 re-settled; new invoice %2</source>
        <translation>fund (统筹) %1 re-settled; new invoice %2</translation>
    </message>
    <message>
        <source>paid back %1, to pay %2</source>
        <translation>paid back %1, to pay %2</translation>
    </message>
    <message>
        <source>Insurance e-voucher (医保电子凭证): %1, %2</source>
        <translation>Insurance e-voucher (医保电子凭证): %1, %2</translation>
    </message>
    <message>
        <source>Card read: %1</source>
        <translation>Card read: %1</translation>
    </message>
    <message>
        <source>%1 patient(s) of that name: check the birth date</source>
        <translation>%1 patient(s) of that name: check the birth date</translation>
    </message>
    <message>
        <source>No patient with this card, e-voucher, ID or name</source>
        <translation>No patient with this card, e-voucher, ID or name</translation>
    </message>
    <message>
        <source>Read card / scan insurance e-voucher QR or ID card, or type a name, then Enter</source>
        <translation>Read card / scan insurance e-voucher QR or ID card, or type a name, then Enter</translation>
    </message>
    <message>
        <source>card, insurance e-voucher, ID card or name</source>
        <translation>card, insurance e-voucher, ID card or name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Patient lookup — %1</source>
        <translation>Patient lookup — %1</translation>
    </message>
    <message>
        <source>card reader result</source>
        <translation>card reader result</translation>
    </message>
    <message>
        <source>patients found</source>
        <translation>patients found</translation>
    </message>
    <message>
        <source>cashier station tabs</source>
        <translation>cashier station tabs</translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation>Notify:</translation>
    </message>
    <message>
        <source>whom to notify</source>
        <translation>whom to notify</translation>
    </message>
    <message>
        <source>What to report (e.g. someone else's insurance card offered, a cash shortfall)</source>
        <translation>What to report (e.g. someone else's insurance card offered, a cash shortfall)</translation>
    </message>
    <message>
        <source>message to report</source>
        <translation>message to report</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notify</translation>
    </message>
    <message>
        <source>Send the notification</source>
        <translation>Send the notification</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>unknown problem</source>
        <translation>unknown problem</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>The courses for your roles and HIS modules. Select one and press Enter to continue where you left off. Keyboard shortcuts and FAQ are under Help.</source>
        <translation>The courses for your roles and HIS modules. Select one and press Enter to continue where you left off. Keyboard shortcuts and FAQ are under Help.</translation>
    </message>
    <message>
        <source>courses</source>
        <translation>courses</translation>
    </message>
    <message>
        <source>No courses for your roles yet.</source>
        <translation>No courses for your roles yet.</translation>
    </message>
    <message>
        <source>Unavailable courses</source>
        <translation>Unavailable courses</translation>
    </message>
    <message>
        <source>Course folder</source>
        <translation>Course folder</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>unavailable courses</source>
        <translation>unavailable courses</translation>
    </message>
</context>
<context>
    <name>CentralIssue</name>
    <message>
        <source>Nobody in the list is eligible for a certificate.</source>
        <translation>Nobody in the list is eligible for a certificate.</translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <source>The sync service issues certificates. Your password (checked by the service):</source>
        <translation>The sync service issues certificates. Your password (checked by the service):</translation>
    </message>
    <message>
        <source>%1 certificate(s) issued by the sync service</source>
        <translation>%1 certificate(s) issued by the sync service</translation>
    </message>
    <message>
        <source>not issued: %1</source>
        <translation>not issued: %1</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>HIS module</source>
        <translation>HIS module</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>issued from</source>
        <translation>issued from</translation>
    </message>
    <message>
        <source>issued until</source>
        <translation>issued until</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificates</translation>
    </message>
    <message>
        <source>batch progress</source>
        <translation>batch progress</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Issued from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>One file per person</source>
        <translation>One file per person</translation>
    </message>
    <message>
        <source>Training records…</source>
        <translation>Training records…</translation>
    </message>
    <message>
        <source>Issue to eligible…</source>
        <translation>Issue to eligible…</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>No certificate in force to show.</source>
        <translation>No certificate in force to show.</translation>
    </message>
    <message>
        <source>Save certificates in</source>
        <translation>Save certificates in</translation>
    </message>
    <message>
        <source>Save certificates</source>
        <translation>Save certificates</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>%1 file(s) written</source>
        <translation>%1 file(s) written</translation>
    </message>
    <message>
        <source>Save training records</source>
        <translation>Save training records</translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <source>Issuer key passphrase:</source>
        <translation>Issuer key passphrase:</translation>
    </message>
    <message>
        <source>%1 certificate(s) issued</source>
        <translation>%1 certificate(s) issued</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ChargingTab</name>
    <message>
        <source>Insurance / visit card:</source>
        <translation>Insurance / visit card:</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Received (yuan)</source>
        <translation>Received (yuan)</translation>
    </message>
    <message>
        <source>cash: what the patient hands over</source>
        <translation>cash: what the patient hands over</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Change given</translation>
    </message>
    <message>
        <source>items to charge</source>
        <translation>items to charge</translation>
    </message>
    <message>
        <source>electronic invoice</source>
        <translation>electronic invoice</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Insurance class</source>
        <translation>Insurance class</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>E-invoice %1: %2, %3 received, %4 change</source>
        <translation>E-invoice %1: %2, %3 received, %4 change</translation>
    </message>
    <message>
        <source>Pre-settled: confirm the charge to issue the e-invoice</source>
        <translation>Pre-settled: confirm the charge to issue the e-invoice</translation>
    </message>
    <message>
        <source>Read the card and pre-settle (F7)</source>
        <translation>Read the card and pre-settle (F7)</translation>
    </message>
</context>
<context>
    <name>ClosingTab</name>
    <message>
        <source>Takings by payment method (cash float included)</source>
        <translation>Takings by payment method (cash float included)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>System amount</source>
        <translation>System amount</translation>
    </message>
    <message>
        <source>Counted (yuan)</source>
        <translation>Counted (yuan)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>counted: %1</source>
        <translation>counted: %1</translation>
    </message>
    <message>
        <source>system: %1</source>
        <translation>system: %1</translation>
    </message>
    <message>
        <source>difference: %1</source>
        <translation>difference: %1</translation>
    </message>
    <message>
        <source>Note on any difference (what happened, who was told)</source>
        <translation>Note on any difference (what happened, who was told)</translation>
    </message>
    <message>
        <source>closing note</source>
        <translation>closing note</translation>
    </message>
    <message>
        <source>Closing report (日结报表)</source>
        <translation>Closing report (日结报表)</translation>
    </message>
    <message>
        <source>closing report</source>
        <translation>closing report</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CounselTab</name>
    <message>
        <source>What the patient was told (edit as you say it):</source>
        <translation>What the patient was told (edit as you say it):</translation>
    </message>
    <message>
        <source>counselling note</source>
        <translation>counselling note</translation>
    </message>
    <message>
        <source>Points covered (★ = this prescription needs it):</source>
        <translation>Points covered (★ = this prescription needs it):</translation>
    </message>
    <message>
        <source>prescription being counselled</source>
        <translation>prescription being counselled</translation>
    </message>
    <message>
        <source>counselling state</source>
        <translation>counselling state</translation>
    </message>
    <message>
        <source>No prescription selected</source>
        <translation>No prescription selected</translation>
    </message>
    <message>
        <source>Counselling %1 · prescription %2</source>
        <translation>Counselling %1 · prescription %2</translation>
    </message>
    <message>
        <source>✓ Counselled</source>
        <translation>✓ Counselled</translation>
    </message>
    <message>
        <source>not covered: %1</source>
        <translation>not covered: %1</translation>
    </message>
    <message>
        <source>Not counselled yet</source>
        <translation>Not counselled yet</translation>
    </message>
</context>
<context>
    <name>CourseListPage</name>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Continue at: %1</source>
        <translation>Continue at: %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>%1 of %2 sections</source>
        <translation>%1 of %2 sections</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>all HIS modules</source>
        <translation>all HIS modules</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind and HIS modules</source>
        <translation>Kind and HIS modules</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>Reading time</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>open the selected course</source>
        <translation>open the selected course</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>◀ Back</source>
        <extracomment>Rich-text style of course sections (Qt supports a subset of CSS 2.1).</extracomment>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Back to where you were (Alt+Left)</source>
        <translation>Back to where you were (Alt+Left)</translation>
    </message>
    <message>
        <source>back</source>
        <translation>back</translation>
    </message>
    <message>
        <source>table of contents</source>
        <translation>table of contents</translation>
    </message>
    <message>
        <source>section text</source>
        <translation>section text</translation>
    </message>
    <message>
        <source>mark as read</source>
        <translation>mark as read</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Choose a course in the course catalogue.</source>
        <translation>Choose a course in the course catalogue.</translation>
    </message>
    <message>
        <source>Your reading could not be saved: %1</source>
        <translation>Your reading could not be saved: %1</translation>
    </message>
    <message>
        <source>This link cannot be opened: %1</source>
        <translation>This link cannot be opened: %1</translation>
    </message>
    <message>
        <source>This link leads out of HIS Trainer to a web site:
%1

Open it in the web browser?</source>
        <translation>This link leads out of HIS Trainer to a web site:
%1

Open it in the web browser?</translation>
    </message>
    <message>
        <source>This course is not part of your training.</source>
        <translation>This course is not part of your training.</translation>
    </message>
    <message>
        <source>This course is not available: %1</source>
        <translation>This course is not available: %1</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Not read yet</translation>
    </message>
    <message>
        <source>Already read</source>
        <translation>Already read</translation>
    </message>
    <message>
        <source>%1 of %2 sections read</source>
        <translation>%1 of %2 sections read</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <source>Mark as read and continue ▶</source>
        <translation>Mark as read and continue ▶</translation>
    </message>
</context>
<context>
    <name>DemoControls</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>play or pause the demonstration</source>
        <translation>play or pause the demonstration</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>show the next step</source>
        <translation>show the next step</translation>
    </message>
    <message>
        <source>demonstration speed</source>
        <translation>demonstration speed</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>DepartmentPage</name>
    <message>
        <source>My department: training and certification</source>
        <translation>My department: training and certification</translation>
    </message>
    <message>
        <source>HIS module</source>
        <translation>HIS module</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>staff of my department</source>
        <translation>staff of my department</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>Theory</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>Practical</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>%1 staff; by HIS module: certified %2, expiring soon %3, expired %4, in retraining %5, in training %6</source>
        <translation>%1 staff; by HIS module: certified %2, expiring soon %3, expired %4, in retraining %5, in training %6</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>your password on the sync service</source>
        <extracomment>A call to the service ended (tests wait for it).</extracomment>
        <translation>your password on the sync service</translation>
    </message>
    <message>
        <source>enrolled workstations</source>
        <translation>enrolled workstations</translation>
    </message>
    <message>
        <source>departments for the new workstation</source>
        <translation>departments for the new workstation</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Workstations</translation>
    </message>
    <message>
        <source>Your password, to confirm it is you</source>
        <translation>Your password, to confirm it is you</translation>
    </message>
    <message>
        <source>Show workstations</source>
        <translation>Show workstations</translation>
    </message>
    <message>
        <source>Departments the new PC serves, separated by 、</source>
        <translation>Departments the new PC serves, separated by 、</translation>
    </message>
    <message>
        <source>New enrolment code</source>
        <translation>New enrolment code</translation>
    </message>
    <message>
        <source>For a standalone PC with its own staff (merge)</source>
        <translation>For a standalone PC with its own staff (merge)</translation>
    </message>
    <message>
        <source>the new code merges a standalone PC's staff and history</source>
        <translation>the new code merges a standalone PC's staff and history</translation>
    </message>
    <message>
        <source>Enrol this PC…</source>
        <translation>Enrol this PC…</translation>
    </message>
    <message>
        <source>Revoke the selected workstation</source>
        <translation>Revoke the selected workstation</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Events waiting</source>
        <translation>Events waiting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>This PC syncs with %1. The list and new codes come from that service.</source>
        <translation>This PC syncs with %1. The list and new codes come from that service.</translation>
    </message>
    <message>
        <source>This PC is standalone: it is not enrolled with a sync service. Enrol it with the service's address and a code from IT.</source>
        <translation>This PC is standalone: it is not enrolled with a sync service. Enrol it with the service's address and a code from IT.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Select the workstation to revoke.</source>
        <translation>Select the workstation to revoke.</translation>
    </message>
    <message>
        <source>Enter the departments the new PC serves.</source>
        <translation>Enter the departments the new PC serves.</translation>
    </message>
    <message>
        <source>One-time merge code for %1, valid until %2: the standalone PC brings its staff and history.</source>
        <translation>One-time merge code for %1, valid until %2: the standalone PC brings its staff and history.</translation>
    </message>
    <message>
        <source>One-time code for %1, valid until %2.</source>
        <translation>One-time code for %1, valid until %2.</translation>
    </message>
    <message>
        <source>Asking the sync service…</source>
        <translation>Asking the sync service…</translation>
    </message>
    <message>
        <source>The service refused: wrong password, or you are not an administrator there.</source>
        <translation>The service refused: wrong password, or you are not an administrator there.</translation>
    </message>
    <message>
        <source>The sync service cannot be reached: %1.</source>
        <translation>The sync service cannot be reached: %1.</translation>
    </message>
</context>
<context>
    <name>DiagnosisTab</name>
    <message>
        <source>ICD-10 code, pinyin initials or name, e.g. J03.9 or GXY</source>
        <translation>ICD-10 code, pinyin initials or name, e.g. J03.9 or GXY</translation>
    </message>
    <message>
        <source>diagnosis search</source>
        <translation>diagnosis search</translation>
    </message>
    <message>
        <source>Primary diagnosis</source>
        <translation>Primary diagnosis</translation>
    </message>
    <message>
        <source>diagnoses of this visit</source>
        <translation>diagnoses of this visit</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
</context>
<context>
    <name>DispenseTab</name>
    <message>
        <source>Scan drug (batch barcode):</source>
        <translation>Scan drug (batch barcode):</translation>
    </message>
    <message>
        <source>scan field for drug batch barcodes</source>
        <translation>scan field for drug batch barcodes</translation>
    </message>
    <message>
        <source>scan or type the batch number, then Enter</source>
        <translation>scan or type the batch number, then Enter</translation>
    </message>
    <message>
        <source>scan result</source>
        <translation>scan result</translation>
    </message>
    <message>
        <source>drugs to dispense with the chosen batch</source>
        <translation>drugs to dispense with the chosen batch</translation>
    </message>
    <message>
        <source>who prepared the prescription</source>
        <translation>who prepared the prescription</translation>
    </message>
    <message>
        <source>Not on this prescription: %1</source>
        <translation>Not on this prescription: %1</translation>
    </message>
    <message>
        <source>Unknown code: %1</source>
        <translation>Unknown code: %1</translation>
    </message>
    <message>
        <source>%1 batch %2 EXPIRED %3 — do not dispense</source>
        <translation>%1 batch %2 EXPIRED %3 — do not dispense</translation>
    </message>
    <message>
        <source>%1 batch %2 is off the shelf (expiry %3) — do not dispense</source>
        <translation>%1 batch %2 is off the shelf (expiry %3) — do not dispense</translation>
    </message>
    <message>
        <source>%1 batch %2 near expiry: %3</source>
        <translation>%1 batch %2 near expiry: %3</translation>
    </message>
    <message>
        <source>%1 batch %2, expires %3</source>
        <translation>%1 batch %2, expires %3</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>Dispensed</translation>
    </message>
    <message>
        <source>Batch chosen</source>
        <translation>Batch chosen</translation>
    </message>
    <message>
        <source>not chosen (shelf order)</source>
        <translation>not chosen (shelf order)</translation>
    </message>
    <message>
        <source>EXPIRED batch — do not dispense</source>
        <translation>EXPIRED batch — do not dispense</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Prepared by %1: check it again before handing it over</source>
        <translation>Prepared by %1: check it again before handing it over</translation>
    </message>
    <message>
        <source>Not confirmed as prepared (配药确认) yet</source>
        <translation>Not confirmed as prepared (配药确认) yet</translation>
    </message>
</context>
<context>
    <name>DoctorScreen</name>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>queue status</source>
        <translation>queue status</translation>
    </message>
    <message>
        <source>patient queue</source>
        <translation>patient queue</translation>
    </message>
    <message>
        <source>record tabs</source>
        <translation>record tabs</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this PC with the sync service</source>
        <extracomment>The enrolment (and merge) call ended, well or not (tests wait for it). The PC is now enrolled (the page shows the service). A profile with staff or history of its own offers them to the service.</extracomment>
        <translation>Enrol this PC with the sync service</translation>
    </message>
    <message>
        <source>Service &amp;address</source>
        <translation>Service &amp;address</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>One-time &amp;code</translation>
    </message>
    <message>
        <source>CA certificate (&amp;optional)</source>
        <translation>CA certificate (&amp;optional)</translation>
    </message>
    <message>
        <source>https://server:port</source>
        <translation>https://server:port</translation>
    </message>
    <message>
        <source>address of the sync service</source>
        <translation>address of the sync service</translation>
    </message>
    <message>
        <source>one-time enrolment code from IT</source>
        <translation>one-time enrolment code from IT</translation>
    </message>
    <message>
        <source>CA certificate file to trust, optional</source>
        <translation>CA certificate file to trust, optional</translation>
    </message>
    <message>
        <source>Only if IT gave you a certificate file</source>
        <translation>Only if IT gave you a certificate file</translation>
    </message>
    <message>
        <source>what the service made of each person</source>
        <translation>what the service made of each person</translation>
    </message>
    <message>
        <source>This PC has been used on its own: %1 staff and %2 recorded events. Enrolling merges its staff into the service's roster and sends its history there (certificates issued here stay marked self-attested). Use a merge code from IT. A staff number the service already uses for someone else is never merged silently: IT resolves it on the Workstations page, and that person's history waits until then.</source>
        <translation>This PC has been used on its own: %1 staff and %2 recorded events. Enrolling merges its staff into the service's roster and sends its history there (certificates issued here stay marked self-attested). Use a merge code from IT. A staff number the service already uses for someone else is never merged silently: IT resolves it on the Workstations page, and that person's history waits until then.</translation>
    </message>
    <message>
        <source>Enter the service's address and the one-time code IT gave you. This PC then gets its staff from the service.</source>
        <translation>Enter the service's address and the one-time code IT gave you. This PC then gets its staff from the service.</translation>
    </message>
    <message>
        <source>Merge the roster again</source>
        <translation>Merge the roster again</translation>
    </message>
    <message>
        <source>Enrol and merge this PC's staff</source>
        <translation>Enrol and merge this PC's staff</translation>
    </message>
    <message>
        <source>Enrol this PC</source>
        <translation>Enrol this PC</translation>
    </message>
    <message>
        <source>Enter the service's address and the code.</source>
        <translation>Enter the service's address and the code.</translation>
    </message>
    <message>
        <source>Asking the sync service…</source>
        <translation>Asking the sync service…</translation>
    </message>
    <message>
        <source>Enrolled. The service added %1 people, knew %2 already, and lists %3 staff number(s) in clash for IT.</source>
        <translation>Enrolled. The service added %1 people, knew %2 already, and lists %3 staff number(s) in clash for IT.</translation>
    </message>
    <message>
        <source>Enrolled. This PC now syncs with the service.</source>
        <translation>Enrolled. This PC now syncs with the service.</translation>
    </message>
    <message>
        <source>added to the service's roster</source>
        <translation>added to the service's roster</translation>
    </message>
    <message>
        <source>already on the service: the same person</source>
        <translation>already on the service: the same person</translation>
    </message>
    <message>
        <source>this staff number belongs to someone else on the service; IT resolves it on the Workstations page, and this person's history waits until then</source>
        <translation>this staff number belongs to someone else on the service; IT resolves it on the Workstations page, and this person's history waits until then</translation>
    </message>
    <message>
        <source>Enrolled, but the staff could not be merged yet: %1</source>
        <translation>Enrolled, but the staff could not be merged yet: %1</translation>
    </message>
    <message>
        <source>Not enrolled: %1</source>
        <translation>Not enrolled: %1</translation>
    </message>
</context>
<context>
    <name>EntrustedTab</name>
    <message>
        <source>entrusted orders of the ward</source>
        <translation>entrusted orders of the ward</translation>
    </message>
    <message>
        <source>What was done (e.g. patient told to fast)</source>
        <translation>What was done (e.g. patient told to fast)</translation>
    </message>
    <message>
        <source>note on carrying out the entrusted order</source>
        <translation>note on carrying out the entrusted order</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Entrusted order</source>
        <translation>Entrusted order</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Times done</source>
        <translation>Times done</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Last note</translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <source>Theory exams</source>
        <translation>Theory exams</translation>
    </message>
    <message>
        <source>Resume the interrupted exam</source>
        <translation>Resume the interrupted exam</translation>
    </message>
    <message>
        <source>Back to the exam list</source>
        <translation>Back to the exam list</translation>
    </message>
    <message>
        <source>I confirm I am {name} ({staff}) and sit this exam myself</source>
        <translation>I confirm I am {name} ({staff}) and sit this exam myself</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>Practise</translation>
    </message>
    <message>
        <source>Practise {module}</source>
        <translation>Practise {module}</translation>
    </message>
    <message>
        <source>Start the exam</source>
        <translation>Start the exam</translation>
    </message>
    <message>
        <source>Start the {module} exam</source>
        <translation>Start the {module} exam</translation>
    </message>
    <message>
        <source>Unlocked: {module}.</source>
        <translation>Unlocked: {module}.</translation>
    </message>
    <message>
        <source>The exam could not be resumed in time and was submitted as it stood.</source>
        <translation>The exam could not be resumed in time and was submitted as it stood.</translation>
    </message>
</context>
<context>
    <name>ExamRunner</name>
    <message>
        <source>← Previous</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Flag for review (Ctrl+F)</source>
        <translation>Flag for review (Ctrl+F)</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation>Submit (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Paused: the exam clock is stopped.</source>
        <translation>Paused: the exam clock is stopped.</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Time remaining</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>A trainer marks this answer.</source>
        <translation>A trainer marks this answer.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Right.</translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation>Not right.</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>flagged</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <source>Practice — untimed</source>
        <translation>Practice — untimed</translation>
    </message>
    <message>
        <source>Time left {clock}</source>
        <translation>Time left {clock}</translation>
    </message>
    <message>
        <source>Submit now? Enter submits, Esc goes back.</source>
        <translation>Submit now? Enter submits, Esc goes back.</translation>
    </message>
    <message>
        <source>Unanswered: {items}.</source>
        <translation>Unanswered: {items}.</translation>
    </message>
</context>
<context>
    <name>ExamStatus</name>
    <message>
        <source>Passed.</source>
        <translation>Passed.</translation>
    </message>
    <message>
        <source>Retraining: {sections} section(s) left to read in {courses}.</source>
        <translation>Retraining: {sections} section(s) left to read in {courses}.</translation>
    </message>
    <message>
        <source>Retake from {time}.</source>
        <translation>Retake from {time}.</translation>
    </message>
    <message>
        <source>No attempts left today.</source>
        <translation>No attempts left today.</translation>
    </message>
    <message>
        <source>Unlocked: confirm who you are and start.</source>
        <translation>Unlocked: confirm who you are and start.</translation>
    </message>
    <message>
        <source>Ask a trainer to unlock the exam at this PC, or type the sitting code.</source>
        <translation>Ask a trainer to unlock the exam at this PC, or type the sitting code.</translation>
    </message>
</context>
<context>
    <name>ExecutionTab</name>
    <message>
        <source>Scan (wristband / drug label):</source>
        <translation>Scan (wristband / drug label):</translation>
    </message>
    <message>
        <source>scan field for wristbands and drug labels</source>
        <translation>scan field for wristbands and drug labels</translation>
    </message>
    <message>
        <source>scan or type the code, then Enter</source>
        <translation>scan or type the code, then Enter</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Concentration</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>check: %1</translation>
    </message>
    <message>
        <source>three checks, eight matches</source>
        <translation>three checks, eight matches</translation>
    </message>
    <message>
        <source>orders to give</source>
        <translation>orders to give</translation>
    </message>
    <message>
        <source>bedside scan status</source>
        <translation>bedside scan status</translation>
    </message>
    <message>
        <source>Reason for holding (e.g. positive skin test)</source>
        <translation>Reason for holding (e.g. positive skin test)</translation>
    </message>
    <message>
        <source>reason for holding the order</source>
        <translation>reason for holding the order</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Drug scanned</source>
        <translation>Drug scanned</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Wristband scanned: %1 bed %2</source>
        <translation>Wristband scanned: %1 bed %2</translation>
    </message>
    <message>
        <source>No wristband scanned yet</source>
        <translation>No wristband scanned yet</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>My practical exams (results signed off by a trainer)</source>
        <translation>My practical exams (results signed off by a trainer)</translation>
    </message>
    <message>
        <source>Handed in, waiting for a trainer: your {0} practical exam. The result is provisional until a trainer signs it off.</source>
        <translation>Handed in, waiting for a trainer: your {0} practical exam. The result is provisional until a trainer signs it off.</translation>
    </message>
    <message>
        <source>No signed-off practical exam yet. A result shows here once a trainer has signed it off.</source>
        <translation>No signed-off practical exam yet. A result shows here once a trainer has signed it off.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>Score {0} (pass mark {1}) — {2}</source>
        <translation>Score {0} (pass mark {1}) — {2}</translation>
    </message>
    <message>
        <source>Critical error: {0}</source>
        <translation>Critical error: {0}</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translation>Not done: {0}</translation>
    </message>
    <message>
        <source>Trainer's comments: {0}</source>
        <translation>Trainer's comments: {0}</translation>
    </message>
    <message>
        <source>Retraining has been assigned: see your home page.</source>
        <translation>Retraining has been assigned: see your home page.</translation>
    </message>
</context>
<context>
    <name>FlagsView</name>
    <message>
        <source>Grading flags from the sync service</source>
        <translation>Grading flags from the sync service</translation>
    </message>
    <message>
        <source>Certifying theory exams the sync service held, did not certify, waits to be marked, or graded differently from this PC. The service checks your password and roles.</source>
        <translation>Certifying theory exams the sync service held, did not certify, waits to be marked, or graded differently from this PC. The service checks your password and roles.</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Your password:</translation>
    </message>
    <message>
        <source>your password for the sync service</source>
        <translation>your password for the sync service</translation>
    </message>
    <message>
        <source>Show the flags</source>
        <translation>Show the flags</translation>
    </message>
    <message>
        <source>Back to the review queue</source>
        <translation>Back to the review queue</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>Type your password first.</translation>
    </message>
    <message>
        <source>Asking the sync service…</source>
        <translation>Asking the sync service…</translation>
    </message>
    <message>
        <source>%1 flagged attempt(s), newest first.</source>
        <translation>%1 flagged attempt(s), newest first.</translation>
    </message>
    <message>
        <source>The sync service flags no attempt.</source>
        <translation>The sync service flags no attempt.</translation>
    </message>
    <message>
        <source>The sync service refused: wrong password, or you are not a trainer there.</source>
        <translation>The sync service refused: wrong password, or you are not a trainer there.</translation>
    </message>
    <message>
        <source>The sync service cannot be reached: %1</source>
        <translation>The sync service cannot be reached: %1</translation>
    </message>
</context>
<context>
    <name>HandOverPanel</name>
    <message>
        <source>&amp;Switch user</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <source>Switch user: log out so the next person can log in</source>
        <translation>Switch user: log out so the next person can log in</translation>
    </message>
    <message>
        <source>Back to the journeys</source>
        <translation>Back to the journeys</translation>
    </message>
    <message>
        <source>who plays the next leg</source>
        <translation>who plays the next leg</translation>
    </message>
</context>
<context>
    <name>HandoverTab</name>
    <message>
        <source>S — Situation</source>
        <translation>S — Situation</translation>
    </message>
    <message>
        <source>B — Background</source>
        <translation>B — Background</translation>
    </message>
    <message>
        <source>A — Assessment</source>
        <translation>A — Assessment</translation>
    </message>
    <message>
        <source>R — Recommendation</source>
        <translation>R — Recommendation</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>Shift:</translation>
    </message>
    <message>
        <source>Day shift</source>
        <translation>Day shift</translation>
    </message>
    <message>
        <source>Evening shift</source>
        <translation>Evening shift</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>Night shift</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>shift</translation>
    </message>
    <message>
        <source>ward census</source>
        <translation>ward census</translation>
    </message>
    <message>
        <source>patients to hand over</source>
        <translation>patients to hand over</translation>
    </message>
    <message>
        <source>Handed over at the bedside</source>
        <translation>Handed over at the bedside</translation>
    </message>
    <message>
        <source>In the ward %1 · critical %2 · serious %3</source>
        <translation>In the ward %1 · critical %2 · serious %3</translation>
    </message>
    <message>
        <source>Critical (病危)</source>
        <translation>Critical (病危)</translation>
    </message>
    <message>
        <source>Serious (病重)</source>
        <translation>Serious (病重)</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Note written</source>
        <translation>Note written</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Frequently asked questions and the keyboard shortcuts of your HIS stations. Press Ctrl+F to search all courses and help.</source>
        <translation>Frequently asked questions and the keyboard shortcuts of your HIS stations. Press Ctrl+F to search all courses and help.</translation>
    </message>
    <message>
        <source>help topics</source>
        <translation>help topics</translation>
    </message>
    <message>
        <source>No help topics for your roles yet.</source>
        <translation>No help topics for your roles yet.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>course progress</source>
        <translation>course progress</translation>
    </message>
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
        <source>Continue at</source>
        <translation>Continue at</translation>
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
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>Identity check: what the patient states (two identifiers)</source>
        <translation>Identity check: what the patient states (two identifiers)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>Date of birth (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Wristband</source>
        <translation>Wristband</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import staff</source>
        <translation>Import staff</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged. Nothing is changed until you press Import.</source>
        <translation>%1 new, %2 changed, %3 unchanged. Nothing is changed until you press Import.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The file has %1 problem(s). Nothing will be imported; correct the file and try again.</source>
        <translation>The file has %1 problem(s). Nothing will be imported; correct the file and try again.</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problems</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>changes</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <source>department (transfer)</source>
        <translation>department (transfer)</translation>
    </message>
    <message>
        <source> — disabled, stays disabled</source>
        <translation> — disabled, stays disabled</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Back to the journeys (continue later)</source>
        <extracomment>The simulators folder (None: the shipped one; tests give their own).</extracomment>
        <translation>Back to the journeys (continue later)</translation>
    </message>
    <message>
        <source>Hand over to the next station (Ctrl+Shift+H)</source>
        <translation>Hand over to the next station (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Hand over: end this leg; the next station takes the patient over</source>
        <translation>Hand over: end this leg; the next station takes the patient over</translation>
    </message>
    <message>
        <source>The %1 station is not part of this version of HIS Trainer, so this leg cannot be played here.</source>
        <translation>The %1 station is not part of this version of HIS Trainer, so this leg cannot be played here.</translation>
    </message>
    <message>
        <source>leg %1 of %2 (%3)</source>
        <translation>leg %1 of %2 (%3)</translation>
    </message>
    <message>
        <source>Handed over. Next: %1, played by %2. Switch user so that %2 can log in and continue the journey on this page.</source>
        <translation>Handed over. Next: %1, played by %2. Switch user so that %2 can log in and continue the journey on this page.</translation>
    </message>
    <message>
        <source>You may not play %1 under your login (%2): it is a %3's leg. Switch user so that %4 can log in and continue it here.</source>
        <translation>You may not play %1 under your login (%2): it is a %3's leg. Switch user so that %4 can log in and continue it here.</translation>
    </message>
    <message>
        <source>%1 is not yours: it is played by %2. Switch user so that %2 can log in and continue the journey on this page.</source>
        <translation>%1 is not yours: it is played by %2. Switch user so that %2 can log in and continue the journey on this page.</translation>
    </message>
</context>
<context>
    <name>JourneyResult</name>
    <message>
        <source>each leg's verdict and who played it</source>
        <translation>each leg's verdict and who played it</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Leg</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>Played by</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>critical error: %1</source>
        <translation>critical error: %1</translation>
    </message>
</context>
<context>
    <name>JourneySetup</name>
    <message>
        <source>Patient journeys: one patient, every station in turn</source>
        <translation>Patient journeys: one patient, every station in turn</translation>
    </message>
    <message>
        <source>journey scenarios</source>
        <translation>journey scenarios</translation>
    </message>
    <message>
        <source>Legs (a team exercise: type the staff number of the person who plays each leg)</source>
        <translation>Legs (a team exercise: type the staff number of the person who plays each leg)</translation>
    </message>
    <message>
        <source>legs of the journey and who plays them</source>
        <translation>legs of the journey and who plays them</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Leg</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Played by (staff number)</source>
        <translation>Played by (staff number)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>practice mode</source>
        <translation>practice mode</translation>
    </message>
    <message>
        <source>Guided practice</source>
        <translation>Guided practice</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>&amp;Play all legs (training)</source>
        <translation>&amp;Play all legs (training)</translation>
    </message>
    <message>
        <source>Play every leg of the journey yourself</source>
        <translation>Play every leg of the journey yourself</translation>
    </message>
    <message>
        <source>Start &amp;team exercise</source>
        <translation>Start &amp;team exercise</translation>
    </message>
    <message>
        <source>Start a team exercise: each leg played by the person typed in</source>
        <translation>Start a team exercise: each leg played by the person typed in</translation>
    </message>
    <message>
        <source>Unfinished journeys you play a leg of</source>
        <translation>Unfinished journeys you play a leg of</translation>
    </message>
    <message>
        <source>unfinished journeys</source>
        <translation>unfinished journeys</translation>
    </message>
    <message>
        <source>&amp;Continue the journey</source>
        <translation>&amp;Continue the journey</translation>
    </message>
    <message>
        <source>Continue the selected journey</source>
        <translation>Continue the selected journey</translation>
    </message>
    <message>
        <source>(%1 legs)</source>
        <translation>(%1 legs)</translation>
    </message>
    <message>
        <source>team exercise</source>
        <translation>team exercise</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>%1 (%2) — leg %3 of %4, %5, played by %6</source>
        <translation>%1 (%2) — leg %3 of %4, %5, played by %6</translation>
    </message>
    <message>
        <source> — your turn</source>
        <translation> — your turn</translation>
    </message>
    <message>
        <source>Type the staff number of the person who plays leg %1.</source>
        <translation>Type the staff number of the person who plays leg %1.</translation>
    </message>
</context>
<context>
    <name>LegStrip</name>
    <message>
        <source>leg %1 of %2: %3, played by %4, %5</source>
        <translation>leg %1 of %2: %3, played by %4, %5</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>handed over</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>to come</translation>
    </message>
    <message>
        <source>Leg %1 of %2 — %3: %4</source>
        <translation>Leg %1 of %2 — %3: %4</translation>
    </message>
    <message>
        <source>this leg's brief</source>
        <translation>this leg's brief</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>password to unlock</source>
        <translation>password to unlock</translation>
    </message>
    <message>
        <source>switch user</source>
        <translation>switch user</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>In use by %1. Only this person can unlock; anyone else may switch user, which ends this session.</source>
        <translation>In use by %1. Only this person can unlock; anyone else may switch user, which ends this session.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>staff number</source>
        <extracomment>The password policy's maximum (trainer.auth.passwords.MAX_LENGTH, not imported here: that module loads argon2, and this page must appear before anything heavy loads). Refusals of the details typed for a new person (said in words; anything else on the first-administrator form means someone else was quicker). Sync errors that mean "no answer from the service" rather than "no such person". An online lookup of an unknown staff number has ended (tests wait for it).</extracomment>
        <translation>staff number</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>administrator staff number</source>
        <translation>administrator staff number</translation>
    </message>
    <message>
        <source>administrator name</source>
        <translation>administrator name</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>new password</translation>
    </message>
    <message>
        <source>repeat password</source>
        <translation>repeat password</translation>
    </message>
    <message>
        <source>HIS Trainer</source>
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
        <source>Checking with the hospital server…</source>
        <translation>Checking with the hospital server…</translation>
    </message>
    <message>
        <source>The hospital server cannot be reached; only staff known to this computer can log in now.</source>
        <translation>The hospital server cannot be reached; only staff known to this computer can log in now.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Enter the staff number and the name.</source>
        <translation>Enter the staff number and the name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>navigation</source>
        <translation>navigation</translation>
    </message>
    <message>
        <source>lock screen</source>
        <translation>lock screen</translation>
    </message>
    <message>
        <source>log out</source>
        <translation>log out</translation>
    </message>
    <message>
        <source>HIS Trainer</source>
        <translation>HIS Trainer</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <source>DEMO profile — practice data only, not real training records</source>
        <translation>DEMO profile — practice data only, not real training records</translation>
    </message>
</context>
<context>
    <name>NurseScreen</name>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <source>New orders</source>
        <translation>New orders</translation>
    </message>
    <message>
        <source>Entrusted: %1</source>
        <translation>Entrusted: %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>bed overview</source>
        <translation>bed overview</translation>
    </message>
    <message>
        <source>orders to verify</source>
        <translation>orders to verify</translation>
    </message>
    <message>
        <source>What to tell the doctor</source>
        <translation>What to tell the doctor</translation>
    </message>
    <message>
        <source>message to the doctor</source>
        <translation>message to the doctor</translation>
    </message>
    <message>
        <source>nurse station tabs</source>
        <translation>nurse station tabs</translation>
    </message>
</context>
<context>
    <name>OwnCertificates</name>
    <message>
        <source>%1 valid until %2 (%3 days left)</source>
        <translation>%1 valid until %2 (%3 days left)</translation>
    </message>
    <message>
        <source>top-up course %1 due by %2</source>
        <translation>top-up course %1 due by %2</translation>
    </message>
    <message>
        <source>your certificates</source>
        <translation>your certificates</translation>
    </message>
</context>
<context>
    <name>PaperPreviewPage</name>
    <message>
        <source>Paper preview</source>
        <translation>Paper preview</translation>
    </message>
    <message>
        <source>HIS module</source>
        <translation>HIS module</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Knowledge point</source>
        <translation>Knowledge point</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>{items} questions, {minutes} minutes, pass mark {mark}%. The same seed gives the same paper on any PC.</source>
        <translation>{items} questions, {minutes} minutes, pass mark {mark}%. The same seed gives the same paper on any PC.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>temporary password</source>
        <translation>temporary password</translation>
    </message>
    <message>
        <source>%1 must choose a new password at the next login.</source>
        <translation>%1 must choose a new password at the next login.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Change password</source>
        <extracomment>A save attempt ended, successfully or not (tests wait for it).</extracomment>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>current password</source>
        <translation>current password</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>new password</translation>
    </message>
    <message>
        <source>repeat new password</source>
        <translation>repeat new password</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>You must choose a new password before you continue: it was set by an administrator or is too old. Use at least 8 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>You must choose a new password before you continue: it was set by an administrator or is too old. Use at least 8 characters; a short sentence is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Use at least 8 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>Use at least 8 characters; a short sentence is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The hospital server cannot be reached; try again when this computer is connected. Your password was not changed.</source>
        <translation>The hospital server cannot be reached; try again when this computer is connected. Your password was not changed.</translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <source>No patient selected</source>
        <translation>No patient selected</translation>
    </message>
    <message>
        <source>patient banner</source>
        <translation>patient banner</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>bed</source>
        <translation>bed</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 y</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>PharmacyScreen</name>
    <message>
        <source>Not found: %1</source>
        <translation>Not found: %1</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>unpaid</translation>
    </message>
    <message>
        <source>Rx</source>
        <translation>Rx</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Ward patients</source>
        <translation>Ward patients</translation>
    </message>
    <message>
        <source>Prescription queue</source>
        <translation>Prescription queue</translation>
    </message>
    <message>
        <source>Swipe the card or type the Rx number, then Enter</source>
        <translation>Swipe the card or type the Rx number, then Enter</translation>
    </message>
    <message>
        <source>find a prescription by card or Rx number</source>
        <translation>find a prescription by card or Rx number</translation>
    </message>
    <message>
        <source>ward patients</source>
        <translation>ward patients</translation>
    </message>
    <message>
        <source>prescription queue</source>
        <translation>prescription queue</translation>
    </message>
    <message>
        <source>pharmacy station tabs</source>
        <translation>pharmacy station tabs</translation>
    </message>
</context>
<context>
    <name>PracticalExamPage</name>
    <message>
        <source>Practical exams (实操考试)</source>
        <translation>Practical exams (实操考试)</translation>
    </message>
    <message>
        <source>Your proctor unlocks your practical exam on this PC. Tick the box to confirm who you are, then start it: a task opens on the station screen, without hints and against the clock. Hand it in when you are done; a trainer reviews it.</source>
        <translation>Your proctor unlocks your practical exam on this PC. Tick the box to confirm who you are, then start it: a task opens on the station screen, without hints and against the clock. Hand it in when you are done; a trainer reviews it.</translation>
    </message>
    <message>
        <source>Resume my practical exam</source>
        <translation>Resume my practical exam</translation>
    </message>
    <message>
        <source>Back to my practical exams</source>
        <translation>Back to my practical exams</translation>
    </message>
    <message>
        <source>I confirm I am {name} ({staff}) and sit this practical exam myself</source>
        <translation>I confirm I am {name} ({staff}) and sit this practical exam myself</translation>
    </message>
    <message>
        <source>Confirm who you are</source>
        <translation>Confirm who you are</translation>
    </message>
    <message>
        <source>Start the practical exam</source>
        <translation>Start the practical exam</translation>
    </message>
    <message>
        <source>Start the {module} practical exam</source>
        <translation>Start the {module} practical exam</translation>
    </message>
    <message>
        <source>This module has no practical exam.</source>
        <translation>This module has no practical exam.</translation>
    </message>
    <message>
        <source>This version has no station screen for this module yet: the practical exam cannot be taken here.</source>
        <translation>This version has no station screen for this module yet: the practical exam cannot be taken here.</translation>
    </message>
    <message>
        <source>Finish the practical exam you started first.</source>
        <translation>Finish the practical exam you started first.</translation>
    </message>
    <message>
        <source>Unlocked for you on this PC: confirm who you are and start.</source>
        <translation>Unlocked for you on this PC: confirm who you are and start.</translation>
    </message>
    <message>
        <source>Not unlocked. Your proctor unlocks it on this PC, or gives you the sitting code.</source>
        <translation>Not unlocked. Your proctor unlocks it on this PC, or gives you the sitting code.</translation>
    </message>
    <message>
        <source>Unlocked: {module}.</source>
        <translation>Unlocked: {module}.</translation>
    </message>
    <message>
        <source>Your {module} practical exam is handed in.

Its result is provisional until a trainer has reviewed your work and signed it off. You will then find the result, the trainer's comments and anything to practise again under “My practical exams”.</source>
        <translation>Your {module} practical exam is handed in.

Its result is provisional until a trainer has reviewed your work and signed it off. You will then find the result, the trainer's comments and anything to practise again under “My practical exams”.</translation>
    </message>
</context>
<context>
    <name>PrepareTab</name>
    <message>
        <source>drugs to prepare</source>
        <translation>drugs to prepare</translation>
    </message>
    <message>
        <source>Prepared by (staff id):</source>
        <translation>Prepared by (staff id):</translation>
    </message>
    <message>
        <source>staff id of the pharmacist who prepared it</source>
        <translation>staff id of the pharmacist who prepared it</translation>
    </message>
    <message>
        <source>staff id</source>
        <translation>staff id</translation>
    </message>
    <message>
        <source>preparation state</source>
        <translation>preparation state</translation>
    </message>
    <message>
        <source>✓ Prepared by %1 — check it again at the window, then dispense</source>
        <translation>✓ Prepared by %1 — check it again at the window, then dispense</translation>
    </message>
    <message>
        <source>Ready to prepare</source>
        <translation>Ready to prepare</translation>
    </message>
    <message>
        <source>Not ready: prepare after approval and payment</source>
        <translation>Not ready: prepare after approval and payment</translation>
    </message>
</context>
<context>
    <name>PrescriptionTab</name>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Paediatric</source>
        <translation>Paediatric</translation>
    </message>
    <message>
        <source>Psychotropic II</source>
        <translation>Psychotropic II</translation>
    </message>
    <message>
        <source>Psychotropic I</source>
        <translation>Psychotropic I</translation>
    </message>
    <message>
        <source>Narcotic</source>
        <translation>Narcotic</translation>
    </message>
    <message>
        <source>prescription kind</source>
        <translation>prescription kind</translation>
    </message>
    <message>
        <source>No pain indication</source>
        <translation>No pain indication</translation>
    </message>
    <message>
        <source>Cancer pain</source>
        <translation>Cancer pain</translation>
    </message>
    <message>
        <source>Chronic pain</source>
        <translation>Chronic pain</translation>
    </message>
    <message>
        <source>pain indication (controlled drugs)</source>
        <translation>pain indication (controlled drugs)</translation>
    </message>
    <message>
        <source>Drug (pinyin initials, e.g. AMXL)</source>
        <translation>Drug (pinyin initials, e.g. AMXL)</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>drugs on the prescription</source>
        <translation>drugs on the prescription</translation>
    </message>
    <message>
        <source>current prescription</source>
        <translation>current prescription</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>No prescription: press New prescription (F3)</source>
        <translation>No prescription: press New prescription (F3)</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>Alerts overridden</source>
        <translation>Alerts overridden</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Practical exams waiting for review (oldest first)</source>
        <translation>Practical exams waiting for review (oldest first)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open the replay</source>
        <translation>Open the replay</translation>
    </message>
    <message>
        <source>Grading flags from the sync service…</source>
        <translation>Grading flags from the sync service…</translation>
    </message>
    <message>
        <source>Nothing waiting for review.</source>
        <translation>Nothing waiting for review.</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>All modules</translation>
    </message>
    <message>
        <source>Waiting for a trainer</source>
        <translation>Waiting for a trainer</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>Finished at</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Automatic score</source>
        <translation>Automatic score</translation>
    </message>
    <message>
        <source>Agreement between markers (double-marked attempts)</source>
        <translation>Agreement between markers (double-marked attempts)</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Double-marked</source>
        <translation>Double-marked</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Mean difference (points)</source>
        <translation>Mean difference (points)</translation>
    </message>
    <message>
        <source>Adjudicated towards</source>
        <translation>Adjudicated towards</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Chief complaint</source>
        <translation>Chief complaint</translation>
    </message>
    <message>
        <source>Present illness</source>
        <translation>Present illness</translation>
    </message>
    <message>
        <source>Past history</source>
        <translation>Past history</translation>
    </message>
    <message>
        <source>Allergy history</source>
        <translation>Allergy history</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examination</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Test results</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>RefundLines</name>
    <message>
        <source>lines of the invoice to refund</source>
        <translation>lines of the invoice to refund</translation>
    </message>
    <message>
        <source>what the refund pays back</source>
        <translation>what the refund pays back</translation>
    </message>
    <message>
        <source>Charge item</source>
        <translation>Charge item</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>Dispensed</translation>
    </message>
    <message>
        <source>Returned (退药确认)</source>
        <translation>Returned (退药确认)</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Refundable</translation>
    </message>
    <message>
        <source>Refund packs</source>
        <translation>Refund packs</translation>
    </message>
    <message>
        <source>packs to refund: %1</source>
        <translation>packs to refund: %1</translation>
    </message>
    <message>
        <source>No packs entered: whole invoice</source>
        <translation>No packs entered: whole invoice</translation>
    </message>
    <message>
        <source>Whole invoice</source>
        <translation>Whole invoice</translation>
    </message>
    <message>
        <source>back: fund (统筹) %1, personal account %2, %3 %4</source>
        <translation>back: fund (统筹) %1, personal account %2, %3 %4</translation>
    </message>
    <message>
        <source>; new invoice for the rest %1</source>
        <translation>; new invoice for the rest %1</translation>
    </message>
    <message>
        <source>⚠ Enter the packs to refund: the whole invoice is more than the pharmacy confirmed returned (%1)</source>
        <translation>⚠ Enter the packs to refund: the whole invoice is more than the pharmacy confirmed returned (%1)</translation>
    </message>
    <message>
        <source>✘ More than the pharmacy confirmed returned: %1</source>
        <translation>✘ More than the pharmacy confirmed returned: %1</translation>
    </message>
</context>
<context>
    <name>RefundTab</name>
    <message>
        <source>Invoice number or patient name</source>
        <translation>Invoice number or patient name</translation>
    </message>
    <message>
        <source>find invoice</source>
        <translation>find invoice</translation>
    </message>
    <message>
        <source>paid invoices</source>
        <translation>paid invoices</translation>
    </message>
    <message>
        <source>refund requests</source>
        <translation>refund requests</translation>
    </message>
    <message>
        <source>Reason for the refund request</source>
        <translation>Reason for the refund request</translation>
    </message>
    <message>
        <source>reason for the refund request</source>
        <translation>reason for the refund request</translation>
    </message>
    <message>
        <source>Supervisor (in person):</source>
        <translation>Supervisor (in person):</translation>
    </message>
    <message>
        <source>Supervisor approval (the supervisor in person)</source>
        <translation>Supervisor approval (the supervisor in person)</translation>
    </message>
    <message>
        <source>supervisor's staff id (typed by the supervisor)</source>
        <translation>supervisor's staff id (typed by the supervisor)</translation>
    </message>
    <message>
        <source>supervisor's staff id</source>
        <translation>supervisor's staff id</translation>
    </message>
    <message>
        <source>Supervisor signs in</source>
        <translation>Supervisor signs in</translation>
    </message>
    <message>
        <source>Supervisor signs out</source>
        <translation>Supervisor signs out</translation>
    </message>
    <message>
        <source>who is signed in on this PC</source>
        <translation>who is signed in on this PC</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>Refund to</translation>
    </message>
    <message>
        <source>refund channel</source>
        <translation>refund channel</translation>
    </message>
    <message>
        <source>original payment channel</source>
        <translation>original payment channel</translation>
    </message>
    <message>
        <source>reason for declining the refund</source>
        <translation>reason for declining the refund</translation>
    </message>
    <message>
        <source>Refund rules (退费须知)</source>
        <translation>Refund rules (退费须知)</translation>
    </message>
    <message>
        <source>1. Drugs: refund only after the pharmacy has confirmed the return (退药确认).</source>
        <translation>1. Drugs: refund only after the pharmacy has confirmed the return (退药确认).</translation>
    </message>
    <message>
        <source>2. Every refund needs the supervisor's approval, signed in person.</source>
        <translation>2. Every refund needs the supervisor's approval, signed in person.</translation>
    </message>
    <message>
        <source>3. Pay back through the original channel (原路退回) — never cash for WeChat.</source>
        <translation>3. Pay back through the original channel (原路退回) — never cash for WeChat.</translation>
    </message>
    <message>
        <source>4. The original invoice is reversed (冲红); check the patient's identity first.</source>
        <translation>4. The original invoice is reversed (冲红); check the patient's identity first.</translation>
    </message>
    <message>
        <source>Pharmacy return confirmed</source>
        <translation>Pharmacy return confirmed</translation>
    </message>
    <message>
        <source>Pharmacy has NOT confirmed the return — do not refund</source>
        <translation>Pharmacy has NOT confirmed the return — do not refund</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Approved by %1</translation>
    </message>
    <message>
        <source>Not approved by a supervisor yet</source>
        <translation>Not approved by a supervisor yet</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <source>5. Partial refund: only the packs the pharmacy confirmed returned; the insurance is re-settled and a new invoice is issued for the rest.</source>
        <translation>5. Partial refund: only the packs the pharmacy confirmed returned; the insurance is re-settled and a new invoice is issued for the rest.</translation>
    </message>
    <message>
        <source>Pharmacy confirmed the return of the packs refunded: %1</source>
        <translation>Pharmacy confirmed the return of the packs refunded: %1</translation>
    </message>
    <message>
        <source>Refund exceeds what the pharmacy confirmed returned (%1) — do not refund</source>
        <translation>Refund exceeds what the pharmacy confirmed returned (%1) — do not refund</translation>
    </message>
    <message>
        <source>Back the way it came: %1 %2; personal account %3; fund (统筹) %4</source>
        <translation>Back the way it came: %1 %2; personal account %3; fund (统筹) %4</translation>
    </message>
    <message>
        <source>original: %1</source>
        <translation>original: %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Personal account (个账)</source>
        <translation>Personal account (个账)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Whole invoice</source>
        <translation>Whole invoice</translation>
    </message>
    <message>
        <source>not returned</source>
        <translation>not returned</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Refund packs</source>
        <translation>Refund packs</translation>
    </message>
    <message>
        <source>Pharmacy return</source>
        <translation>Pharmacy return</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Original channel</source>
        <translation>Original channel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reissued invoice</source>
        <translation>Reissued invoice</translation>
    </message>
    <message>
        <source>Signed in: supervisor %1</source>
        <translation>Signed in: supervisor %1</translation>
    </message>
    <message>
        <source>Signed in: cashier</source>
        <translation>Signed in: cashier</translation>
    </message>
</context>
<context>
    <name>RegistrationTab</name>
    <message>
        <source>Clinic level</source>
        <translation>Clinic level</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Card / insurance e-voucher</source>
        <translation>Card / insurance e-voucher</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Received (yuan)</source>
        <translation>Received (yuan)</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Change given</translation>
    </message>
    <message>
        <source>cash: what the patient hands over</source>
        <translation>cash: what the patient hands over</translation>
    </message>
    <message>
        <source>Reason for cancelling (退号原因)</source>
        <translation>Reason for cancelling (退号原因)</translation>
    </message>
    <message>
        <source>reason for cancelling the registration</source>
        <translation>reason for cancelling the registration</translation>
    </message>
    <message>
        <source>registrations today</source>
        <translation>registrations today</translation>
    </message>
    <message>
        <source>doctor schedule of the department</source>
        <translation>doctor schedule of the department</translation>
    </message>
    <message>
        <source>— department (no doctor chosen) —</source>
        <translation>— department (no doctor chosen) —</translation>
    </message>
    <message>
        <source>am</source>
        <translation>am</translation>
    </message>
    <message>
        <source>pm</source>
        <translation>pm</translation>
    </message>
    <message>
        <source>%1  %2  %3 left</source>
        <translation>%1  %2  %3 left</translation>
    </message>
    <message>
        <source>(full)</source>
        <translation>(full)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Slots left</source>
        <translation>Slots left</translation>
    </message>
    <message>
        <source>%1  (fee %2, insurance pays %3)</source>
        <translation>%1  (fee %2, insurance pays %3)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ReplayView</name>
    <message>
        <source>◀ Back to the queue</source>
        <translation>◀ Back to the queue</translation>
    </message>
    <message>
        <source>← Previous step</source>
        <translation>← Previous step</translation>
    </message>
    <message>
        <source>Next step →</source>
        <translation>Next step →</translation>
    </message>
    <message>
        <source>Jump to the next problem</source>
        <translation>Jump to the next problem</translation>
    </message>
    <message>
        <source>Mark this attempt ▶</source>
        <translation>Mark this attempt ▶</translation>
    </message>
    <message>
        <source>✓ the HIS accepted the command · ✗ the HIS refused it · red: a problem at this step (a check lost, a critical error, a refusal) · ⏸ a pause before the step</source>
        <translation>✓ the HIS accepted the command · ✗ the HIS refused it · red: a problem at this step (a check lost, a critical error, a refusal) · ⏸ a pause before the step</translation>
    </message>
    <message>
        <source>The trainee's screen after this step (read-only: nothing here changes the attempt)</source>
        <translation>The trainee's screen after this step (read-only: nothing here changes the attempt)</translation>
    </message>
    <message>
        <source>Orders (医嘱)</source>
        <translation>Orders (医嘱)</translation>
    </message>
    <message>
        <source>Prescriptions (处方)</source>
        <translation>Prescriptions (处方)</translation>
    </message>
    <message>
        <source>Line no.</source>
        <translation>Line no.</translation>
    </message>
    <message>
        <source>Drug and use</source>
        <translation>Drug and use</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>screen locked</translation>
    </message>
    <message>
        <source>user switched or logged out</source>
        <translation>user switched or logged out</translation>
    </message>
    <message>
        <source>Paused during the exam: {0}</source>
        <translation>Paused during the exam: {0}</translation>
    </message>
    <message>
        <source>0  Start: the patient as given</source>
        <translation>0  Start: the patient as given</translation>
    </message>
    <message>
        <source>⏸ paused {0}</source>
        <translation>⏸ paused {0}</translation>
    </message>
    <message>
        <source>Before the first command. Task: {0}</source>
        <translation>Before the first command. Task: {0}</translation>
    </message>
    <message>
        <source>Step {0} at {1}: {2}</source>
        <translation>Step {0} at {1}: {2}</translation>
    </message>
    <message>
        <source>Critical error: {0}</source>
        <translation>Critical error: {0}</translation>
    </message>
    <message>
        <source>Check lost: {0}</source>
        <translation>Check lost: {0}</translation>
    </message>
    <message>
        <source>Never done: {0}</source>
        <translation>Never done: {0}</translation>
    </message>
    <message>
        <source>Refused by the HIS: {0}</source>
        <translation>Refused by the HIS: {0}</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Allergies not recorded</source>
        <translation>Allergies not recorded</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>No known allergies</translation>
    </message>
    <message>
        <source>⚠ Allergic: {0}</source>
        <translation>⚠ Allergic: {0}</translation>
    </message>
</context>
<context>
    <name>RequestTab</name>
    <message>
        <source>Lab test</source>
        <translation>Lab test</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Specimen</translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation>Clinical note</translation>
    </message>
    <message>
        <source>Imaging exam</source>
        <translation>Imaging exam</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Body site</translation>
    </message>
    <message>
        <source>e.g. fever for 3 days, check for infection</source>
        <translation>e.g. fever for 3 days, check for infection</translation>
    </message>
    <message>
        <source>requests of this visit</source>
        <translation>requests of this visit</translation>
    </message>
    <message>
        <source>fees of the requests</source>
        <translation>fees of the requests</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>to pay</source>
        <translation>to pay</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Requested item</source>
        <translation>Requested item</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Total %1 — paid at the cashier</source>
        <translation>Total %1 — paid at the cashier</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Try this scenario again</source>
        <translation>Try this scenario again</translation>
    </message>
    <message>
        <source>Next scenario</source>
        <translation>Next scenario</translation>
    </message>
    <message>
        <source>Go to the next scenario</source>
        <translation>Go to the next scenario</translation>
    </message>
    <message>
        <source>result details</source>
        <translation>result details</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>PASSED</translation>
    </message>
    <message>
        <source>NOT PASSED</source>
        <translation>NOT PASSED</translation>
    </message>
    <message>
        <source>pass mark %1</source>
        <translation>pass mark %1</translation>
    </message>
    <message>
        <source>Critical errors</source>
        <translation>Critical errors</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>Time %1 s, %2 commands, %3 refused, %4 detours</source>
        <translation>Time %1 s, %2 commands, %3 refused, %4 detours</translation>
    </message>
    <message>
        <source>The expert: %1 s, %2 commands</source>
        <translation>The expert: %1 s, %2 commands</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>No finished practice yet: open your station and practise.</source>
        <translation>No finished practice yet: open your station and practise.</translation>
    </message>
</context>
<context>
    <name>ReturnsTab</name>
    <message>
        <source>Rule: once dispensed, drugs are not taken back except for a quality defect (医疗机构药事管理规定). Never return more than was dispensed.</source>
        <translation>Rule: once dispensed, drugs are not taken back except for a quality defect (医疗机构药事管理规定). Never return more than was dispensed.</translation>
    </message>
    <message>
        <source>dispensed drugs of the prescription</source>
        <translation>dispensed drugs of the prescription</translation>
    </message>
    <message>
        <source>Packs returned:</source>
        <translation>Packs returned:</translation>
    </message>
    <message>
        <source>packs returned</source>
        <translation>packs returned</translation>
    </message>
    <message>
        <source>Cashier's office (refund)</source>
        <translation>Cashier's office (refund)</translation>
    </message>
    <message>
        <source>Prescribing doctor</source>
        <translation>Prescribing doctor</translation>
    </message>
    <message>
        <source>whom to notify</source>
        <translation>whom to notify</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>What to tell them</source>
        <translation>What to tell them</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notify</translation>
    </message>
    <message>
        <source>send the notification</source>
        <translation>send the notification</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Dispensed packs</source>
        <translation>Dispensed packs</translation>
    </message>
    <message>
        <source>Returned packs</source>
        <translation>Returned packs</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>Returnable</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>{0} — {1} — {2}</source>
        <translation>{0} — {1} — {2}</translation>
    </message>
    <message>
        <source>Adjudicate</source>
        <translation>Adjudicate</translation>
    </message>
    <message>
        <source>Submit my mark</source>
        <translation>Submit my mark</translation>
    </message>
    <message>
        <source>Another trainer has marked this attempt. You mark it on your own: their mark is hidden until you submit yours.</source>
        <translation>Another trainer has marked this attempt. You mark it on your own: their mark is hidden until you submit yours.</translation>
    </message>
    <message>
        <source>Mark by {0}: {1} ({2})</source>
        <translation>Mark by {0}: {1} ({2})</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source> — changed: {0}</source>
        <translation> — changed: {0}</translation>
    </message>
    <message>
        <source>Flagged by the service: {0}</source>
        <translation>Flagged by the service: {0}</translation>
    </message>
    <message>
        <source>The two marks disagree: a third trainer decides.</source>
        <translation>The two marks disagree: a third trainer decides.</translation>
    </message>
    <message>
        <source>You have marked it. Sign off, or wait for a second mark.</source>
        <translation>You have marked it. Sign off, or wait for a second mark.</translation>
    </message>
    <message>
        <source>Not marked yet. Look at the replay, tick the rubric, then submit your mark and sign off.</source>
        <translation>Not marked yet. Look at the replay, tick the rubric, then submit your mark and sign off.</translation>
    </message>
    <message>
        <source>Your mark is saved.</source>
        <translation>Your mark is saved.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>drugs on the prescription under review</source>
        <translation>drugs on the prescription under review</translation>
    </message>
    <message>
        <source>prescription review alerts</source>
        <translation>prescription review alerts</translation>
    </message>
    <message>
        <source>prescription under review</source>
        <translation>prescription under review</translation>
    </message>
    <message>
        <source>Reason for returning:</source>
        <translation>Reason for returning:</translation>
    </message>
    <message>
        <source>reason for returning the prescription</source>
        <translation>reason for returning the prescription</translation>
    </message>
    <message>
        <source>pick a reason or type it</source>
        <translation>pick a reason or type it</translation>
    </message>
    <message>
        <source>No prescription selected</source>
        <translation>No prescription selected</translation>
    </message>
    <message>
        <source>Prescription %1 · form: %2 · diagnosis: %3</source>
        <translation>Prescription %1 · form: %2 · diagnosis: %3</translation>
    </message>
    <message>
        <source>Open the prescription (F3) to run the review checks.</source>
        <translation>Open the prescription (F3) to run the review checks.</translation>
    </message>
    <message>
        <source>Review checks: no alert.</source>
        <translation>Review checks: no alert.</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <source>Exam review</source>
        <translation>Exam review</translation>
    </message>
    <message>
        <source>Submitted — result after grading. The sync service grades certifying exams; your result appears here after the next sync.</source>
        <translation>Submitted — result after grading. The sync service grades certifying exams; your result appears here after the next sync.</translation>
    </message>
    <message>
        <source>By knowledge point</source>
        <translation>By knowledge point</translation>
    </message>
    <message>
        <source>provisional — short answers wait for a trainer</source>
        <translation>provisional — short answers wait for a trainer</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>Score {score} / {max} ({percent}%): {verdict}. Pass mark {mark}%.</source>
        <translation>Score {score} / {max} ({percent}%): {verdict}. Pass mark {mark}%.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Right answer</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(not shown)</translation>
    </message>
    <message>
        <source>The explanation of exam questions is not shown (hospital setting).</source>
        <translation>The explanation of exam questions is not shown (hospital setting).</translation>
    </message>
</context>
<context>
    <name>RosterClashes</name>
    <message>
        <source>Roster clashes</source>
        <translation>Roster clashes</translation>
    </message>
    <message>
        <source>staff numbers in clash after a merge</source>
        <translation>staff numbers in clash after a merge</translation>
    </message>
    <message>
        <source>the selected clash is the same person</source>
        <translation>the selected clash is the same person</translation>
    </message>
    <message>
        <source>new staff number for the PC's person</source>
        <translation>new staff number for the PC's person</translation>
    </message>
    <message>
        <source>rename the PC's person to the new staff number</source>
        <translation>rename the PC's person to the new staff number</translation>
    </message>
    <message>
        <source>Same person (map)</source>
        <translation>Same person (map)</translation>
    </message>
    <message>
        <source>Rename the PC's person to…</source>
        <translation>Rename the PC's person to…</translation>
    </message>
    <message>
        <source>New staff number</source>
        <translation>New staff number</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>On the service</source>
        <translation>On the service</translation>
    </message>
    <message>
        <source>On the PC</source>
        <translation>On the PC</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Events held</translation>
    </message>
    <message>
        <source>Show workstations to see the staff numbers in clash after merging a standalone PC.</source>
        <translation>Show workstations to see the staff numbers in clash after merging a standalone PC.</translation>
    </message>
    <message>
        <source>No staff number is in clash.</source>
        <translation>No staff number is in clash.</translation>
    </message>
    <message>
        <source>A merged PC uses these staff numbers for someone else than the service does; their events wait on the service. Select one: the same person, or give the PC's person a new staff number.</source>
        <translation>A merged PC uses these staff numbers for someone else than the service does; their events wait on the service. Select one: the same person, or give the PC's person a new staff number.</translation>
    </message>
    <message>
        <source>Select the staff number in clash first.</source>
        <translation>Select the staff number in clash first.</translation>
    </message>
    <message>
        <source>Same person?</source>
        <translation>Same person?</translation>
    </message>
    <message>
        <source>%1 on %2 and %3 on the service are one person: the PC's history under %4 becomes theirs. This cannot be undone.</source>
        <translation>%1 on %2 and %3 on the service are one person: the PC's history under %4 becomes theirs. This cannot be undone.</translation>
    </message>
    <message>
        <source>A staff number is 1 to 32 letters, digits, - or _, starting with a letter or digit.</source>
        <translation>A staff number is 1 to 32 letters, digits, - or _, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>Give the PC's person a staff number other than %1.</source>
        <translation>Give the PC's person a staff number other than %1.</translation>
    </message>
    <message>
        <source>%1 is itself in clash: choose another staff number.</source>
        <translation>%1 is itself in clash: choose another staff number.</translation>
    </message>
    <message>
        <source>%1 on %2 is now %3; %4 waiting event(s) were released.</source>
        <translation>%1 on %2 is now %3; %4 waiting event(s) were released.</translation>
    </message>
    <message>
        <source>%1 on %2 is the service's %3; %4 waiting event(s) were released.</source>
        <translation>%1 on %2 is the service's %3; %4 waiting event(s) were released.</translation>
    </message>
</context>
<context>
    <name>RubricView</name>
    <message>
        <source>◀ Back to the replay</source>
        <translation>◀ Back to the replay</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>1. What the system checked (automatic, provisional)</source>
        <translation>1. What the system checked (automatic, provisional)</translation>
    </message>
    <message>
        <source>2. What you saw: tick each item the trainee did</source>
        <translation>2. What you saw: tick each item the trainee did</translation>
    </message>
    <message>
        <source>3. Your mark</source>
        <translation>3. Your mark</translation>
    </message>
    <message>
        <source>Change the score (needs a reason):</source>
        <translation>Change the score (needs a reason):</translation>
    </message>
    <message>
        <source>Reason for changing the system's verdict (required if you change the score or clear a critical error):</source>
        <translation>Reason for changing the system's verdict (required if you change the score or clear a critical error):</translation>
    </message>
    <message>
        <source>Comments for the trainee:</source>
        <translation>Comments for the trainee:</translation>
    </message>
    <message>
        <source>This module's certificate is issued when the exam is signed off. If you hold the issuer key passphrase (HR or the admin does), type it here; otherwise leave it empty and HR issues the certificate.</source>
        <translation>This module's certificate is issued when the exam is signed off. If you hold the issuer key passphrase (HR or the admin does), type it here; otherwise leave it empty and HR issues the certificate.</translation>
    </message>
    <message>
        <source>Issuer key passphrase</source>
        <translation>Issuer key passphrase</translation>
    </message>
    <message>
        <source>Automatic score: {0} (pass mark {1})</source>
        <translation>Automatic score: {0} (pass mark {1})</translation>
    </message>
    <message>
        <source>⚠ Critical error — uphold: {0}</source>
        <translation>⚠ Critical error — uphold: {0}</translation>
    </message>
    <message>
        <source>{0} ({1} points)</source>
        <translation>{0} ({1} points)</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>Score: {0} — {1}</source>
        <translation>Score: {0} — {1}</translation>
    </message>
    <message>
        <source>Score = {0}% of the automatic score + {1}% for the ticked items. Pass: {2} or more and no critical error upheld.</source>
        <translation>Score = {0}% of the automatic score + {1}% for the ticked items. Pass: {2} or more and no critical error upheld.</translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <source>Practise on the HIS: choose a scenario</source>
        <translation>Practise on the HIS: choose a scenario</translation>
    </message>
    <message>
        <source>scenarios of your role</source>
        <translation>scenarios of your role</translation>
    </message>
    <message>
        <source>Guided practice</source>
        <translation>Guided practice</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Exam (timed)</source>
        <translation>Exam (timed)</translation>
    </message>
    <message>
        <source>Watch demonstration</source>
        <translation>Watch demonstration</translation>
    </message>
    <message>
        <source>Unfinished attempts (resume where you stopped)</source>
        <translation>Unfinished attempts (resume where you stopped)</translation>
    </message>
    <message>
        <source>unfinished attempts</source>
        <translation>unfinished attempts</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Resume the selected attempt</source>
        <translation>Resume the selected attempt</translation>
    </message>
    <message>
        <source>%1 — %2 commands, %3 s</source>
        <translation>%1 — %2 commands, %3 s</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search courses and help</source>
        <extracomment>What the page searches for when first shown: a key term of the person's station (also what ``his-trainer screenshot --page search`` shows).</extracomment>
        <translation>Search courses and help</translation>
    </message>
    <message>
        <source>Words to find, in Chinese or English, e.g. 医嘱, 退费, refund</source>
        <translation>Words to find, in Chinese or English, e.g. 医嘱, 退费, refund</translation>
    </message>
    <message>
        <source>search query</source>
        <translation>search query</translation>
    </message>
    <message>
        <source>search results</source>
        <translation>search results</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Results: %1</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>interface language</source>
        <translation>interface language</translation>
    </message>
    <message>
        <source>idle lock minutes</source>
        <translation>idle lock minutes</translation>
    </message>
    <message>
        <source>change my password</source>
        <translation>change my password</translation>
    </message>
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
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Workstation settings can be changed by administrators only.</source>
        <translation>Workstation settings can be changed by administrators only.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Only administrators may change this setting.</source>
        <translation>Only administrators may change this setting.</translation>
    </message>
</context>
<context>
    <name>SettlementTab</name>
    <message>
        <source>admissions to settle</source>
        <translation>admissions to settle</translation>
    </message>
    <message>
        <source>settlements</source>
        <translation>settlements</translation>
    </message>
    <message>
        <source>Balance paid back by</source>
        <translation>Balance paid back by</translation>
    </message>
    <message>
        <source>channel of the balance</source>
        <translation>channel of the balance</translation>
    </message>
    <message>
        <source>channel of the deposits</source>
        <translation>channel of the deposits</translation>
    </message>
    <message>
        <source>Settlement rules (出院结算须知)</source>
        <translation>Settlement rules (出院结算须知)</translation>
    </message>
    <message>
        <source>Check the identity first (two identifiers).</source>
        <translation>Check the identity first (two identifiers).</translation>
    </message>
    <message>
        <source>Ward drugs all returned (病区退药完成)</source>
        <translation>Ward drugs all returned (病区退药完成)</translation>
    </message>
    <message>
        <source>%1 unit doses not returned to the pharmacy — do not settle; ask the ward nurse to return them</source>
        <translation>%1 unit doses not returned to the pharmacy — do not settle; ask the ward nurse to return them</translation>
    </message>
    <message>
        <source>Discharge ordered by the doctor</source>
        <translation>Discharge ordered by the doctor</translation>
    </message>
    <message>
        <source>No discharge order yet</source>
        <translation>No discharge order yet</translation>
    </message>
    <message>
        <source>Deposit paid by %1: the balance goes back the same way (原路退回)</source>
        <translation>Deposit paid by %1: the balance goes back the same way (原路退回)</translation>
    </message>
    <message>
        <source>Amounts due are after the insurance split (统筹/个账/自付/自费).</source>
        <translation>Amounts due are after the insurance split (统筹/个账/自付/自费).</translation>
    </message>
    <message>
        <source>deposit: %1</source>
        <translation>deposit: %1</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ward / bed</source>
        <translation>Ward / bed</translation>
    </message>
    <message>
        <source>Discharge ordered</source>
        <translation>Discharge ordered</translation>
    </message>
    <message>
        <source>Unsettled charges</source>
        <translation>Unsettled charges</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>Deposit held</translation>
    </message>
    <message>
        <source>Deposit channel</source>
        <translation>Deposit channel</translation>
    </message>
    <message>
        <source>Ward drugs returned</source>
        <translation>Ward drugs returned</translation>
    </message>
    <message>
        <source>Interim</source>
        <translation>Interim</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Pooled fund (统筹)</source>
        <translation>Pooled fund (统筹)</translation>
    </message>
    <message>
        <source>Personal account (个账)</source>
        <translation>Personal account (个账)</translation>
    </message>
    <message>
        <source>Co-payment (自付)</source>
        <translation>Co-payment (自付)</translation>
    </message>
    <message>
        <source>Self-paid (自费)</source>
        <translation>Self-paid (自费)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Deposit set off</source>
        <translation>Deposit set off</translation>
    </message>
    <message>
        <source>Paid back / to pay</source>
        <translation>Paid back / to pay</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
</context>
<context>
    <name>SittingCodeRow</name>
    <message>
        <source>Sitting code from the proctor</source>
        <translation>Sitting code from the proctor</translation>
    </message>
    <message>
        <source>Sitting code</source>
        <translation>Sitting code</translation>
    </message>
    <message>
        <source>Use code</source>
        <translation>Use code</translation>
    </message>
</context>
<context>
    <name>SittingsPage</name>
    <message>
        <source>Exam sittings</source>
        <translation>Exam sittings</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>HIS module</source>
        <translation>HIS module</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Staff numbers (comma-separated)</source>
        <translation>Staff numbers (comma-separated)</translation>
    </message>
    <message>
        <source>Unlock the exam at this PC</source>
        <translation>Unlock the exam at this PC</translation>
    </message>
    <message>
        <source>Schedule a sitting</source>
        <translation>Schedule a sitting</translation>
    </message>
    <message>
        <source>Signed in (签到)</source>
        <translation>Signed in (签到)</translation>
    </message>
    <message>
        <source>Short answers to mark</source>
        <translation>Short answers to mark</translation>
    </message>
    <message>
        <source>Mark (0 to 1)</source>
        <translation>Mark (0 to 1)</translation>
    </message>
    <message>
        <source>Save the mark</source>
        <translation>Save the mark</translation>
    </message>
    <message>
        <source>Unlocked for {staff} at this PC: they can log in and start.</source>
        <translation>Unlocked for {staff} at this PC: they can log in and start.</translation>
    </message>
    <message>
        <source>Sitting scheduled. Its one-time code is {code} (shown once).</source>
        <translation>Sitting scheduled. Its one-time code is {code} (shown once).</translation>
    </message>
</context>
<context>
    <name>SkinTestTab</name>
    <message>
        <source>drug tested</source>
        <translation>drug tested</translation>
    </message>
    <message>
        <source>skin tests of the patient</source>
        <translation>skin tests of the patient</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>SplitPanel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Pooled fund (统筹)</source>
        <translation>Pooled fund (统筹)</translation>
    </message>
    <message>
        <source>Personal account (个账)</source>
        <translation>Personal account (个账)</translation>
    </message>
    <message>
        <source>Co-payment (自付)</source>
        <translation>Co-payment (自付)</translation>
    </message>
    <message>
        <source>Self-paid (自费)</source>
        <translation>Self-paid (自费)</translation>
    </message>
    <message>
        <source>Cash due (现金支付)</source>
        <translation>Cash due (现金支付)</translation>
    </message>
    <message>
        <source>insurance pre-settlement</source>
        <translation>insurance pre-settlement</translation>
    </message>
</context>
<context>
    <name>StaffAdminPage</name>
    <message>
        <source>filter staff</source>
        <translation>filter staff</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Filter by staff number, name or department</source>
        <translation>Filter by staff number, name or department</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Import from HR file…</source>
        <translation>Import from HR file…</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>Re-enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer log in; their records are kept.</source>
        <translation>Disable %1? They can no longer log in; their records are kept.</translation>
    </message>
    <message>
        <source>HR staff list</source>
        <translation>HR staff list</translation>
    </message>
    <message>
        <source>Staff lists (*.xlsx *.csv)</source>
        <translation>Staff lists (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>Checking %1 …</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>The file could not be checked.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed.</source>
        <translation>Imported: %1 new, %2 changed.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>staff number</source>
        <translation>staff number</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>departments</translation>
    </message>
    <message>
        <source>temporary password</source>
        <translation>temporary password</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Departments (separate with 、)</source>
        <translation>Departments (separate with 、)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>New member of staff</source>
        <translation>New member of staff</translation>
    </message>
    <message>
        <source>Edit member of staff</source>
        <translation>Edit member of staff</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StationHost</name>
    <message>
        <source>Finish and grade</source>
        <extracomment>For a hint judged on the state, the command that usually makes it true. A practical exam's own time limit (its definition), instead of the scenario's.</extracomment>
        <translation>Finish and grade</translation>
    </message>
    <message>
        <source>Finish the attempt and see the result</source>
        <translation>Finish the attempt and see the result</translation>
    </message>
    <message>
        <source>attempt time</source>
        <translation>attempt time</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>guidance</translation>
    </message>
    <message>
        <source>message from the HIS</source>
        <translation>message from the HIS</translation>
    </message>
    <message>
        <source>scenario brief</source>
        <translation>scenario brief</translation>
    </message>
    <message>
        <source>Guided practice</source>
        <translation>Guided practice</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>Demonstration</translation>
    </message>
    <message>
        <source>Practical exam</source>
        <translation>Practical exam</translation>
    </message>
    <message>
        <source>Hand in the practical exam</source>
        <translation>Hand in the practical exam</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>saving…</translation>
    </message>
    <message>
        <source>The patient says: %1</source>
        <translation>The patient says: %1</translation>
    </message>
    <message>
        <source>no drug allergy</source>
        <translation>no drug allergy</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>All tasks done: finish to see your result.</source>
        <translation>All tasks done: finish to see your result.</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Task done: %1</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>Time left %1</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Back to the scenario list (resume later)</source>
        <translation>Back to the scenario list (resume later)</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <source>Counted (packs) for the chosen batch:</source>
        <translation>Counted (packs) for the chosen batch:</translation>
    </message>
    <message>
        <source>packs counted</source>
        <translation>packs counted</translation>
    </message>
    <message>
        <source>stocktake result</source>
        <translation>stocktake result</translation>
    </message>
    <message>
        <source>Choose a batch in the list first</source>
        <translation>Choose a batch in the list first</translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>Not counted yet</translation>
    </message>
    <message>
        <source>Counted %1, book %2, difference %3</source>
        <translation>Counted %1, book %2, difference %3</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Standalone — no sync server</source>
        <extracomment>A sync run ended (successfully or not); :meth:`status` has the result. The indicator's text changed.</extracomment>
        <translation>Standalone — no sync server</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>waiting: %1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>last error: %1</translation>
    </message>
    <message>
        <source>this PC's clock is wrong</source>
        <translation>this PC's clock is wrong</translation>
    </message>
    <message>
        <source>sync status</source>
        <translation>sync status</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
</context>
<context>
    <name>TenMatches</name>
    <message>
        <source>Four checks, ten matches</source>
        <translation>Four checks, ten matches</translation>
    </message>
    <message>
        <source>Check the prescription:</source>
        <translation>Check the prescription:</translation>
    </message>
    <message>
        <source>Check the drug:</source>
        <translation>Check the drug:</translation>
    </message>
    <message>
        <source>Check compatibility:</source>
        <translation>Check compatibility:</translation>
    </message>
    <message>
        <source>Check rationality:</source>
        <translation>Check rationality:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Drug name</source>
        <translation>Drug name</translation>
    </message>
    <message>
        <source>Dosage form</source>
        <translation>Dosage form</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Usage and dose</source>
        <translation>Usage and dose</translation>
    </message>
    <message>
        <source>Clinical diagnosis</source>
        <translation>Clinical diagnosis</translation>
    </message>
    <message>
        <source>match: %1</source>
        <translation>match: %1</translation>
    </message>
</context>
<context>
    <name>TrainingRecords</name>
    <message>
        <source>Training records</source>
        <translation>Training records</translation>
    </message>
    <message>
        <source>Issuer key passphrase to sign the records
(leave empty to print them unsigned, for information only):</source>
        <translation>Issuer key passphrase to sign the records
(leave empty to print them unsigned, for information only):</translation>
    </message>
    <message>
        <source>unsigned, for information only</source>
        <translation>unsigned, for information only</translation>
    </message>
</context>
<context>
    <name>UnitDoseTab</name>
    <message>
        <source>orders for unit-dose dispensing</source>
        <translation>orders for unit-dose dispensing</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <source>days of doses to prepare</source>
        <translation>days of doses to prepare</translation>
    </message>
    <message>
        <source>Pharmacist review</source>
        <translation>Pharmacist review</translation>
    </message>
    <message>
        <source>Units a day</source>
        <translation>Units a day</translation>
    </message>
    <message>
        <source>Batch chosen</source>
        <translation>Batch chosen</translation>
    </message>
    <message>
        <source>In the drawer</source>
        <translation>In the drawer</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>QR text or verification code</source>
        <translation>QR text or verification code</translation>
    </message>
    <message>
        <source>verification result</source>
        <translation>verification result</translation>
    </message>
    <message>
        <source>Paste the text of the QR code of a certificate or a training record, type a certificate's verification code, or open the PDF.</source>
        <translation>Paste the text of the QR code of a certificate or a training record, type a certificate's verification code, or open the PDF.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Open PDF…</source>
        <translation>Open PDF…</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>Open certificate</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VitalsTab</name>
    <message>
        <source>T ℃</source>
        <translation>T ℃</translation>
    </message>
    <message>
        <source>P /min</source>
        <translation>P /min</translation>
    </message>
    <message>
        <source>R /min</source>
        <translation>R /min</translation>
    </message>
    <message>
        <source>BP sys</source>
        <translation>BP sys</translation>
    </message>
    <message>
        <source>BP dia</source>
        <translation>BP dia</translation>
    </message>
    <message>
        <source>SpO2 %</source>
        <translation>SpO2 %</translation>
    </message>
    <message>
        <source>Pain 0-10</source>
        <translation>Pain 0-10</translation>
    </message>
    <message>
        <source>axillary</source>
        <translation>axillary</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>oral</translation>
    </message>
    <message>
        <source>rectal</source>
        <translation>rectal</translation>
    </message>
    <message>
        <source>temperature method</source>
        <translation>temperature method</translation>
    </message>
    <message>
        <source>vital-signs chart</source>
        <translation>vital-signs chart</translation>
    </message>
</context>
<context>
    <name>WardDoctorScreen</name>
    <message>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <source>Entrusted: %1</source>
        <translation>Entrusted: %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>bed cards</source>
        <translation>bed cards</translation>
    </message>
    <message>
        <source>orders of the patient</source>
        <translation>orders of the patient</translation>
    </message>
    <message>
        <source>Drug (pinyin initials, e.g. AMXL)</source>
        <translation>Drug (pinyin initials, e.g. AMXL)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Entrusted order:</source>
        <translation>Entrusted order:</translation>
    </message>
    <message>
        <source>e.g. fasting blood test tomorrow morning</source>
        <translation>e.g. fasting blood test tomorrow morning</translation>
    </message>
    <message>
        <source>text of the entrusted order</source>
        <translation>text of the entrusted order</translation>
    </message>
    <message>
        <source>PRN (as needed)</source>
        <translation>PRN (as needed)</translation>
    </message>
</context>
<context>
    <name>WardReturnsTab</name>
    <message>
        <source>returns sent by the wards</source>
        <translation>returns sent by the wards</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No ward returns waiting.</source>
        <translation>No ward returns waiting.</translation>
    </message>
</context>
<context>
    <name>WardReviewTab</name>
    <message>
        <source>ward orders to review</source>
        <translation>ward orders to review</translation>
    </message>
    <message>
        <source>review alerts of the selected order</source>
        <translation>review alerts of the selected order</translation>
    </message>
    <message>
        <source>Reason for sending back:</source>
        <translation>Reason for sending back:</translation>
    </message>
    <message>
        <source>reason for sending the order back</source>
        <translation>reason for sending the order back</translation>
    </message>
    <message>
        <source>pick a reason or type it</source>
        <translation>pick a reason or type it</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Order status</translation>
    </message>
    <message>
        <source>Pharmacist review</source>
        <translation>Pharmacist review</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Review checks: no alert.</source>
        <translation>Review checks: no alert.</translation>
    </message>
</context>
<context>
    <name>WindowIdentity</name>
    <message>
        <source>Identity check: what the patient states (two identifiers)</source>
        <translation>Identity check: what the patient states (two identifiers)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>identity check state</source>
        <translation>identity check state</translation>
    </message>
    <message>
        <source>identity check at the window</source>
        <translation>identity check at the window</translation>
    </message>
    <message>
        <source>✓ identity checked</source>
        <translation>✓ identity checked</translation>
    </message>
    <message>
        <source>identity not checked yet</source>
        <translation>identity not checked yet</translation>
    </message>
</context>
<context>
    <name>WrongAnswersPage</name>
    <message>
        <source>Wrong-answer notebook</source>
        <translation>Wrong-answer notebook</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Knowledge point</source>
        <translation>Knowledge point</translation>
    </message>
    <message>
        <source>Times wrong</source>
        <translation>Times wrong</translation>
    </message>
    <message>
        <source>Right in a row</source>
        <translation>Right in a row</translation>
    </message>
    <message>
        <source>Questions to practise again</source>
        <translation>Questions to practise again</translation>
    </message>
    <message>
        <source>Practise these (Enter)</source>
        <translation>Practise these (Enter)</translation>
    </message>
    <message>
        <source>Back to the notebook</source>
        <translation>Back to the notebook</translation>
    </message>
    <message>
        <source>{count} question(s) to get right twice in a row.</source>
        <translation>{count} question(s) to get right twice in a row.</translation>
    </message>
    <message>
        <source>Nothing to practise again: every question you missed has been answered right twice in a row.</source>
        <translation>Nothing to practise again: every question you missed has been answered right twice in a row.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Logout</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>User switched</source>
        <translation>User switched</translation>
    </message>
    <message>
        <source>Roster or password change</source>
        <translation>Roster or password change</translation>
    </message>
</context>
<context>
    <name>cashier</name>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Finance office</source>
        <translation>Finance office</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <source>Ward nurse</source>
        <translation>Ward nurse</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Ward %1</source>
        <translation>Ward %1</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Pre-settled, not paid</source>
        <translation>Pre-settled, not paid</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Charged</translation>
    </message>
    <message>
        <source>Reversed (冲红)</source>
        <translation>Reversed (冲红)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>In consultation</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Cancelled (退号)</source>
        <translation>Cancelled (退号)</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
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
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Exams</translation>
    </message>
    <message>
        <source>Practical exam</source>
        <translation>Practical exam</translation>
    </message>
    <message>
        <source>Wrong answers</source>
        <translation>Wrong answers</translation>
    </message>
    <message>
        <source>Exam sittings</source>
        <translation>Exam sittings</translation>
    </message>
    <message>
        <source>Paper preview</source>
        <translation>Paper preview</translation>
    </message>
    <message>
        <source>Question banks</source>
        <translation>Question banks</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Workstations</translation>
    </message>
    <message>
        <source>Outpatient doctor station</source>
        <translation>Outpatient doctor station</translation>
    </message>
    <message>
        <source>Nurse station</source>
        <translation>Nurse station</translation>
    </message>
    <message>
        <source>Registration and cashier station</source>
        <translation>Registration and cashier station</translation>
    </message>
    <message>
        <source>Pharmacy station</source>
        <translation>Pharmacy station</translation>
    </message>
    <message>
        <source>Patient journeys</source>
        <translation>Patient journeys</translation>
    </message>
    <message>
        <source>Practice results</source>
        <translation>Practice results</translation>
    </message>
    <message>
        <source>My practical exams</source>
        <translation>My practical exams</translation>
    </message>
    <message>
        <source>Practical exam review</source>
        <translation>Practical exam review</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>My department</source>
        <translation>My department</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
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
    <name>pharmacy</name>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned to prescriber</source>
        <translation>Returned to prescriber</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>Dispensed</translation>
    </message>
    <message>
        <source>Drugs returned</source>
        <translation>Drugs returned</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Allergy: the patient is allergic to this drug's class</source>
        <extracomment>常用退方理由: the reasons the HIS offers; the pharmacist picks one and adds the detail.</extracomment>
        <translation>Allergy: the patient is allergic to this drug's class</translation>
    </message>
    <message>
        <source>Duplicate therapy: two drugs of the same class</source>
        <translation>Duplicate therapy: two drugs of the same class</translation>
    </message>
    <message>
        <source>Wrong prescription form: a psychotropic drug needs its special prescription</source>
        <translation>Wrong prescription form: a psychotropic drug needs its special prescription</translation>
    </message>
    <message>
        <source>Drug interaction with the patient's other drugs</source>
        <translation>Drug interaction with the patient's other drugs</translation>
    </message>
    <message>
        <source>Dose over the maximum daily dose</source>
        <translation>Dose over the maximum daily dose</translation>
    </message>
    <message>
        <source>Route not suitable for this drug</source>
        <translation>Route not suitable for this drug</translation>
    </message>
    <message>
        <source>Ordinary (white)</source>
        <translation>Ordinary (white)</translation>
    </message>
    <message>
        <source>Emergency (light yellow)</source>
        <translation>Emergency (light yellow)</translation>
    </message>
    <message>
        <source>Paediatric (light green)</source>
        <translation>Paediatric (light green)</translation>
    </message>
    <message>
        <source>Psychotropic II (white, marked)</source>
        <translation>Psychotropic II (white, marked)</translation>
    </message>
    <message>
        <source>Psychotropic I (light red)</source>
        <translation>Psychotropic I (light red)</translation>
    </message>
    <message>
        <source>Narcotic (light red)</source>
        <translation>Narcotic (light red)</translation>
    </message>
    <message>
        <source>Psych. II</source>
        <translation>Psych. II</translation>
    </message>
    <message>
        <source>Psych. I</source>
        <translation>Psych. I</translation>
    </message>
    <message>
        <source>Narcotic</source>
        <translation>Narcotic</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>When and how to take it</source>
        <translation>When and how to take it</translation>
    </message>
    <message>
        <source>Main adverse effects</source>
        <translation>Main adverse effects</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Special warning (controlled / high-alert)</source>
        <translation>Special warning (controlled / high-alert)</translation>
    </message>
    <message>
        <source>Controlled drug: for this patient only, never give it to others; keep it locked away; bring back what is left and the empty packs</source>
        <translation>Controlled drug: for this patient only, never give it to others; keep it locked away; bring back what is left and the empty packs</translation>
    </message>
    <message>
        <source>High-alert drug: take exactly the dose prescribed; come back at once if you feel unwell</source>
        <translation>High-alert drug: take exactly the dose prescribed; come back at once if you feel unwell</translation>
    </message>
    <message>
        <source>Storage: keep in a cool, dry place out of the reach of children</source>
        <translation>Storage: keep in a cool, dry place out of the reach of children</translation>
    </message>
    <message>
        <source>For: %1 only</source>
        <translation>For: %1 only</translation>
    </message>
    <message>
        <source>for %1 days</source>
        <translation>for %1 days</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>Controlled</source>
        <translation>Controlled</translation>
    </message>
    <message>
        <source>A once-only frequency on a long-term order</source>
        <extracomment>The order's safety facts in the words of the review system (the refusal words where the HIS has them).</extracomment>
        <translation>A once-only frequency on a long-term order</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>self.banner</name>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
</context>
<context>
    <name>stations</name>
    <message>
        <source>Penicillins</source>
        <translation>Penicillins</translation>
    </message>
    <message>
        <source>Cephalosporins</source>
        <translation>Cephalosporins</translation>
    </message>
    <message>
        <source>Beta-lactams</source>
        <translation>Beta-lactams</translation>
    </message>
    <message>
        <source>Sulfonamides</source>
        <translation>Sulfonamides</translation>
    </message>
    <message>
        <source>NSAIDs</source>
        <translation>NSAIDs</translation>
    </message>
    <message>
        <source>Salicylates</source>
        <translation>Salicylates</translation>
    </message>
    <message>
        <source>Macrolides</source>
        <translation>Macrolides</translation>
    </message>
    <message>
        <source>Quinolones</source>
        <translation>Quinolones</translation>
    </message>
    <message>
        <source>Nitroimidazoles</source>
        <translation>Nitroimidazoles</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporary</translation>
    </message>
    <message>
        <source>Long-term PRN</source>
        <translation>Long-term PRN</translation>
    </message>
    <message>
        <source>Once PRN</source>
        <translation>Once PRN</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>Dispensed</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Positive (+)</source>
        <translation>Positive (+)</translation>
    </message>
    <message>
        <source>General clinic</source>
        <translation>General clinic</translation>
    </message>
    <message>
        <source>Associate chief</source>
        <translation>Associate chief</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Expert clinic</source>
        <translation>Expert clinic</translation>
    </message>
    <message>
        <source>Emergency clinic</source>
        <translation>Emergency clinic</translation>
    </message>
    <message>
        <source>Negative (-)</source>
        <translation>Negative (-)</translation>
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
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
</TS>