"""Build the starting sandbox from a scenario's seed and the reference data.

Seeded prescriptions and orders are taken as written (they were entered before the
trainee arrived); safety checks apply only to what the trainee orders.

May import: trainer.content, trainer.sim.state, trainer.sim.safety, trainer.sim.cashier,
trainer.sim.entrusted,
the standard library.
"""

from __future__ import annotations

from trainer.sim.cashier import build_invoice
from trainer.sim.entrusted import EntrustedOrder, entrusted
from trainer.sim.inpatient_state import seed_inpatient
from trainer.sim.reference import Batch, Patient, Reference
from trainer.sim.safety import Proposed, packs_needed
from trainer.sim.scenarios import Scenario, SeedPatient, SeedPrescription
from trainer.sim.state import (
    Dispensing,
    Order,
    PatientState,
    Prescription,
    Refund,
    RxItem,
    Sandbox,
    SkinTest,
    Visit,
)


def build_sandbox(scenario: Scenario, ref: Reference) -> Sandbox:
    """The state before the first command."""
    seed = scenario.seed
    sb = Sandbox(reference=ref, cash_float=seed.cash_float, supervisors=set(seed.supervisors))
    for sp in seed.patients:
        pat = own_patient(sp) if sp.own else ref.patients[sp.id]
        recorded = pat.allergies_recorded if sp.allergies_recorded == "as_reference" \
            else sp.allergies_recorded
        sb.patients[sp.id] = PatientState(
            pat, None if recorded is None else list(recorded),
            severe_allergies=sorted(set(sp.severe_allergies) | set(pat.severe_allergies)),
            bed=sp.bed or pat.bed, ward=sp.ward or pat.ward,
            personal_account=pat.personal_account)
    replaced = {b.drug for b in seed.stock}
    sb.stock = [b for b in ref.stock if b.drug not in replaced]
    sb.stock += [Batch(drug=b.drug, batch=b.batch, expiry=b.expiry, quantity=b.quantity)
                 for b in seed.stock]
    for v in seed.visits:
        sb.visits[v.id] = Visit(v.id, v.patient, v.clinic, v.dept, v.status)
    for rx in seed.prescriptions:
        sb.prescriptions[rx.id] = _prescription(sb, rx)
    for o in seed.orders:
        unit = o.unit or ref.drugs[o.drug].strength.unit
        sb.orders[o.id] = Order(o.id, o.patient, o.drug, o.dose, unit, o.route, o.freq, o.kind,
                                o.status)
    for e in seed.entrusted:
        entrusted(sb)[e.id] = EntrustedOrder(e.id, e.patient, e.text, e.kind, e.status)
    sb.skin_tests = [SkinTest(t.patient, t.drug, t.result) for t in seed.skin_tests]
    _seed_money(sb, scenario)
    seed_inpatient(sb, seed.inpatient)
    return sb


def own_patient(sp: SeedPatient) -> Patient:
    """A scenario's own patient (not one of the reference patients)."""
    assert sp.name is not None and sp.sex is not None and sp.dob is not None
    recorded = None if sp.allergies_recorded == "as_reference" else sp.allergies_recorded
    return Patient(id=sp.id, name=dict(sp.name), sex=sp.sex, dob=sp.dob,
                   id_number=sp.id_number, wristband=sp.wristband or f"WB-{sp.id}",
                   card_no=sp.card_no or f"C-{sp.id}", payer_type=sp.payer_type or "self_pay",
                   personal_account=sp.personal_account or 0,
                   allergies=sp.allergies or (), allergies_recorded=recorded,
                   severe_allergies=sp.severe_allergies, bed=sp.bed, ward=sp.ward)


def _prescription(sb: Sandbox, seed: SeedPrescription) -> Prescription:
    rx = Prescription(seed.id, seed.visit, seed.patient, seed.kind, status=seed.status,
                      paid=seed.paid or seed.status == "dispensed",
                      reviewed=seed.status != "signed")
    for item in seed.items:
        unit = item.unit or sb.reference.drugs[item.drug].strength.unit
        prop = Proposed(seed.patient, item.drug, item.dose, unit, item.route, item.freq,
                        item.days, seed.kind)
        rx.items.append(RxItem(item.drug, item.dose, unit, item.route, item.freq, item.days,
                               packs_needed(sb, prop)))
    if seed.status == "dispensed":
        for line in rx.items:
            batch = next((b for b in sb.stock if b.drug == line.drug), None)
            if batch is not None:
                sb.dispensings.append(Dispensing(rx.id, rx.patient, line.drug, batch.batch,
                                                 batch.expiry, line.quantity, 0))
    return rx


def _seed_money(sb: Sandbox, scenario: Scenario) -> None:
    seed = scenario.seed
    for inv in seed.invoices:
        lines = []
        for rx_id in inv.prescriptions:
            for item in sb.prescriptions[rx_id].items:
                drug = sb.reference.drugs[item.drug]
                lines.append({"item": item.drug, "rx": rx_id, "quantity": item.quantity,
                              "amount": drug.price * item.quantity, "category": drug.category})
        invoice = build_invoice(sb, inv.id, inv.patient, "charge", lines, inv.patient)
        invoice.prescriptions = list(inv.prescriptions)
        invoice.method, invoice.received, invoice.status = inv.method, invoice.due, "paid"
        sb.patients[inv.patient].personal_account -= invoice.personal  # the account paid it
        sb.invoices[inv.id] = invoice
        for rx_id in inv.prescriptions:
            sb.prescriptions[rx_id].paid = True
        sb.payments.append({"invoice": inv.id, "method": inv.method, "amount": invoice.due,
                            "at_ms": 0})
    for r in seed.refunds:
        refund = Refund(r.id, r.invoice, sb.invoices[r.invoice].patient, r.reason, r.approved_by)
        refund.approved_ms = 0 if r.approved_by else None
        sb.refunds[r.id] = refund
    sb.drug_returns = [{"rx": d.rx, "patient": sb.prescriptions[d.rx].patient, "drug": d.drug,
                        "quantity": d.quantity, "at_ms": 0} for d in seed.drug_returns]
