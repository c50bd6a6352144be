"""Partial refunds (退费): only the packs the pharmacy took back, the insurance re-settled, the
patient's part back by her channel, the invoice 红冲 and reissued — through commands only."""

from __future__ import annotations

from typing import Any

from trainer.sim.attempt import SimAttempt
from trainer.sim.cashier import build_invoice, expected_takings
from trainer.sim.records import ENTITIES

REASON = "1盒包装破损，药房已收回"


def open_attempt(load: Any, scenario_id: str = "cashier-partial-refund") -> SimAttempt:
    loaded = load(scenario_id)
    return SimAttempt(loaded.scenario, loaded.reference)


def approve_and_pay(s: SimAttempt, refund: str, method: str, t: int = 10) -> Any:
    assert s.apply(t, "supervisor_login", {"staff": "s_zhou"}).accepted
    assert s.apply(t + 1, "approve_refund", {"refund": refund}).accepted
    assert s.apply(t + 2, "supervisor_logout", {}).accepted
    return s.apply(t + 3, "pay_refund", {"refund": refund, "method": method})


def row(s: SimAttempt, entity: str, key: str, value: str) -> dict[str, Any]:
    rows = [r for r in ENTITIES[entity](s.sandbox) if r.get(key) == value]
    assert len(rows) == 1, rows
    return rows[0]


def test_partial_refund_resettles_and_reissues(load: Any) -> None:
    s = open_attempt(load)
    sb = s.sandbox
    inv1 = sb.invoices["inv1"]
    # 氨溴索 2 × 8.00 + 氯雷他定 12.00, resident insurance: 统筹 11.20, 个账 5.00, 支付宝 11.80
    assert (inv1.total, inv1.pooled, inv1.personal, inv1.due) == (2800, 1120, 500, 1180)
    assert sb.patients["p014"].personal_account == 0  # the seeded invoice used the account
    e = s.apply(1, "request_refund", {"invoice": "inv1", "reason": REASON,
                                      "quantities": {"ambroxol": 1}})
    assert e.accepted and e.result["partial"] is True
    paid = approve_and_pay(s, e.result["refund"], "alipay")
    assert paid.accepted, paid.code
    # the kept lines (1 box each) re-settled: 统筹 8.00, 个账 5.00, 支付宝 7.00
    assert paid.result == {"amount": 4.8, "pooled": 3.2, "personal": 0.0,
                           "new_invoice": "inv-1"}
    new = sb.invoices["inv-1"]
    assert (new.total, new.pooled, new.personal, new.due) == (2000, 800, 500, 700)
    assert new.replaces == "inv1" and new.method == "alipay" and new.status == "paid"
    assert inv1.status == "reversed"
    assert {ln["item"]: ln["quantity"] for ln in new.lines} == {"ambroxol": 1, "loratadine": 1}
    assert sb.patients["p014"].personal_account == 0
    assert expected_takings(sb)["alipay"] == 700
    assert sb.prescriptions["rx1"].paid  # what she keeps stays paid
    r = row(s, "refunds", "id", "ref-1")
    assert (r["partial"], r["items"], r["packs"], r["drugs_returned"], r["same_channel"]) == \
        (True, ["ambroxol"], 1, True, True)


def test_refunding_more_than_returned_is_recorded(load: Any) -> None:
    s = open_attempt(load)
    e = s.apply(1, "request_refund", {"invoice": "inv1", "reason": REASON,
                                      "quantities": {"ambroxol": 2}})
    assert row(s, "refunds", "id", e.result["refund"])["drugs_returned"] is False
    whole = s.apply(2, "request_refund", {"invoice": "inv1", "reason": REASON})
    assert whole.result["partial"] is False
    assert row(s, "refunds", "id", whole.result["refund"])["drugs_returned"] is False


def test_every_pack_asked_is_a_whole_refund(load: Any) -> None:
    s = open_attempt(load)
    e = s.apply(1, "request_refund", {"invoice": "inv1", "reason": REASON,
                                      "quantities": {"ambroxol": 2, "loratadine": 1}})
    assert e.result["partial"] is False
    assert s.sandbox.refunds[e.result["refund"]].quantities is None


def test_bad_quantities_are_refused(load: Any) -> None:
    s = open_attempt(load)
    cases = [({"ambroxol": 3}, "refund_exceeds_billed"), ({"aspirin": 1}, "not_on_invoice"),
             ({"ambroxol": 0}, "bad_argument"), ({"ambroxol": -1}, "bad_argument"),
             ({"ambroxol": 1.5}, "bad_argument"), ({"ambroxol": True}, "bad_argument")]
    for t, (quantities, code) in enumerate(cases, start=1):
        e = s.apply(t, "request_refund", {"invoice": "inv1", "reason": REASON,
                                          "quantities": quantities})
        assert e.code == code, (quantities, e.code)
    assert not s.sandbox.refunds


def test_the_reissued_invoice_refunds_only_what_comes_back_later(load: Any) -> None:
    s = open_attempt(load)
    e = s.apply(1, "request_refund", {"invoice": "inv1", "reason": REASON,
                                      "quantities": {"ambroxol": 1}})
    approve_and_pay(s, e.result["refund"], "alipay")
    again = s.apply(20, "request_refund", {"invoice": "inv-1", "reason": REASON,
                                           "quantities": {"ambroxol": 1}})
    assert row(s, "refunds", "id", again.result["refund"])["drugs_returned"] is False
    s.sandbox.drug_returns.append({"rx": "rx1", "patient": "p014", "drug": "ambroxol",
                                   "quantity": 1, "at_ms": 21})
    assert row(s, "refunds", "id", again.result["refund"])["drugs_returned"] is True
    assert s.apply(22, "pay_refund", {"refund": "ref-1", "method": "alipay"}).code == \
        "refund_closed"


def test_personal_account_part_goes_back_to_the_account(load: Any) -> None:
    s = open_attempt(load)
    sb = s.sandbox
    sb.patients["p014"].personal_account = 10000
    lines = [ln for ln in sb.invoices["inv1"].lines]
    inv = build_invoice(sb, "inv9", "p014", "charge", lines, "p014")
    inv.prescriptions = ["rx1"]
    sb.invoices["inv9"] = inv
    assert s.apply(1, "settle", {"invoice": "inv9", "method": "wechat"}).accepted
    # copay 16.80 all from the account, nothing in cash
    assert (inv.personal, inv.due, sb.patients["p014"].personal_account) == (1680, 0, 8320)
    e = s.apply(2, "request_refund", {"invoice": "inv9", "reason": REASON,
                                      "quantities": {"ambroxol": 1}})
    paid = approve_and_pay(s, e.result["refund"], "wechat")
    assert paid.result["personal"] == 4.8 and paid.result["pooled"] == 3.2
    assert paid.result["amount"] == 0
    assert sb.patients["p014"].personal_account == 10000 - 1200
