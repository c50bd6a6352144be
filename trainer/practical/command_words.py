"""The simulator's commands and order statuses in words a head nurse reads in the replay
(English here; Chinese in i18n/zh_CN/practical.json). An unknown name is shown as is.

May import: trainer.words.
"""

from __future__ import annotations

from trainer import words

COMMANDS = {
    "add_diagnosis": "Add a diagnosis", "add_rx_item": "Add a drug to the prescription",
    "approve_prescription": "Approve the prescription", "approve_refund": "Approve the refund",
    "ask_allergies": "Ask about allergies", "call_patient": "Call the patient",
    "cancel_order": "Cancel an order", "charge": "Charge", "confirm_checks": "Confirm checks",
    "confirm_return": "Confirm the drug return", "counsel": "Counsel the patient",
    "daily_closing": "Daily closing", "decline_refund": "Decline the refund",
    "dispense": "Dispense", "end_visit": "End the visit", "execute_order": "Execute an order",
    "hand_over": "Hand over", "hold_order": "Hold an order", "new_order": "New order",
    "new_prescription": "New prescription", "notify": "Notify",
    "order_skin_test": "Order a skin test", "pay_refund": "Pay out the refund",
    "quarantine_batch": "Quarantine a batch", "record_allergies": "Record allergies",
    "record_skin_test": "Record a skin test result", "record_vitals": "Record vital signs",
    "register": "Register", "remove_rx_item": "Remove a drug from the prescription",
    "request_refund": "Request a refund", "return_prescription": "Return the prescription",
    "review_prescription": "Review the prescription", "scan_drug": "Scan a drug",
    "scan_wristband": "Scan the wristband", "settle": "Settle the bill",
    "sign_prescription": "Sign the prescription", "start_visit": "Start the visit",
    "stop_order": "Stop an order", "supervisor_login": "Supervisor logs in",
    "supervisor_logout": "Supervisor logs out", "verify_identity": "Verify identity",
    "verify_order": "Verify an order", "void_prescription": "Void the prescription",
    "write_emr": "Write the EMR note",
    # issue 12: 嘱托, 交班记录 and 检验/检查申请 (write_handover_note is not hand_over, the
    # end of a journey leg)
    "new_entrusted_order": "New entrusted order",
    "execute_entrusted_order": "Carry out an entrusted order",
    "write_handover_note": "Write a handover note", "request_test": "Request a lab test or exam",
    "prepare_prescription": "Prepare the prescription (配药)", "stocktake": "Count a batch",
    # the inpatient journey (issue 19)
    "admission_assessment": "Admission nursing assessment",
    "admission_orders": "Write the admission orders",
    "admit_register": "Register the admission (入院登记)",
    "admit_to_ward": "Receive the patient on the ward",
    "blood_check": "Two-person blood check",
    "cancel_registration": "Cancel the registration (退号)",
    "collect_specimen": "Collect the specimen",
    "condition_notice": "Issue a critical condition notice",
    "confirm_ward_return": "Confirm the ward drug return",
    "deposit": "Take a deposit (预交金)",
    "discharge_education": "Discharge education",
    "discharge_order": "Write the discharge order",
    "discharge_patient": "Discharge the patient from the ward",
    "discharge_settle": "Discharge settlement",
    "discharge_summary": "Write the discharge summary",
    "interim_settle": "Interim settlement (中途结算)",
    "issue_wristband": "Print and put on the wristband",
    "order_test": "Order a test",
    "order_transfer": "Order a transfer",
    "reorganize_orders": "Reorganise the orders (重整医嘱)",
    "return_ward_drug": "Return a ward drug",
    "review_ward_order": "Review a ward order (pharmacist)",
    "risk_assessment": "Risk assessment",
    "scan_specimen": "Scan the specimen label",
    "start_transfusion": "Start the transfusion",
    "transfer_in": "Receive the transferred patient",
    "transfer_out": "Transfer the patient out",
    "unit_dose": "Dispense unit doses (摆药)",
}
STATUSES = {
    "new": "New", "verified": "Verified", "stopped": "Stopped", "cancelled": "Cancelled",
    "held": "Held", "draft": "Draft", "signed": "Signed", "approved": "Approved",
    "returned": "Returned", "dispensed": "Dispensed",
    "returned_to_pharmacy": "Returned to the pharmacy", "void": "Void",
}

words.define_many({f"practical.cmd.{k}": v for k, v in COMMANDS.items()})
words.define_many({f"practical.line.{k}": v for k, v in STATUSES.items()})


def command_name(cmd: str, lang: str) -> str:
    return words.say(f"practical.cmd.{cmd}", lang) if cmd in COMMANDS else cmd


def status_name(status: str, lang: str) -> str:
    return words.say(f"practical.line.{status}", lang) if status in STATUSES else status
