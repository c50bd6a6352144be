"""Blood transfusion at the bedside (输血双人核对): two nurses each check the blood against
the crossmatch report (三查八对), the wristband is scanned, then the transfusion starts.

Source: 《临床输血技术规范》（卫医发〔2000〕184号）: 取血与发血的双方必须共同查对…; 输血前由
两名医护人员核对交叉配血报告单及血袋标签各项内容; 输血时由两名医护人员带病历共同到患者床旁核对.
The second nurse is identified by staff id (``seed.inpatient.nurses``; at a station
trainer.auth authenticates her, as for a supervisor's approval).

May import: trainer.sim.commands, trainer.sim.inpatient_state, trainer.sim.state, the
standard library.
"""

from __future__ import annotations

from typing import Any

from trainer.sim.commands import Arg, Context, Refused, command, need
from trainer.sim.inpatient_state import ip
from trainer.sim.state import Sandbox

#: 三查: 有效期, 血液质量, 输血装置; 八对: 姓名, 床号, 住院号, 血袋号, 血型, 交叉配血结果,
#: 血液种类, 剂量.
BLOOD_CHECKS = ("expiry", "quality", "set", "name", "bed", "inpatient_no", "bag_no", "abo_rh",
                "crossmatch", "product", "dose")


@command("blood_check", "nurse", Arg("unit"), Arg("by"), Arg("checks", "list"))
def blood_check(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """输血核对: one nurse (``by``, a staff id) checks the unit; two different nurses needed."""
    st = ip(sb)
    unit = need(st.blood, a["unit"], "unknown_unit")
    if a["by"] not in st.nurses:
        raise Refused("not_a_nurse", patient=unit["patient"], staff=a["by"])
    wrong = [c for c in a["checks"] if c not in BLOOD_CHECKS]
    if wrong:
        raise Refused("bad_argument", argument="checks", expected="|".join(BLOOD_CHECKS),
                      patient=unit["patient"])
    unit["checks"].append({"by": a["by"], "items": list(a["checks"]), "at_ms": ctx.t})
    found = [c for c in ("expiry", "crossmatch") if
             (c == "expiry" and unit["expiry"] < sb.reference.today and c in a["checks"])
             or (c == "crossmatch" and unit["crossmatch"] != "compatible" and c in a["checks"])]
    return {"patient": unit["patient"], "problems": found}


@command("start_transfusion", "nurse", Arg("unit"))
def start_transfusion(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """开始输血: hang the unit; records who checked it and the wristband scan before it."""
    st = ip(sb)
    unit = need(st.blood, a["unit"], "unknown_unit")
    if any(t["unit"] == unit["id"] for t in st.transfusions):
        raise Refused("already_started", patient=unit["patient"])
    full = {c["by"] for c in unit["checks"] if set(BLOOD_CHECKS) <= set(c["items"])}
    st.transfusions.append({
        "unit": unit["id"], "patient": unit["patient"], "product": unit["product"],
        "checkers": len({c["by"] for c in unit["checks"]}), "double_checked": len(full) >= 2,
        "wristband_scanned": sb.scanned_patient == unit["patient"],
        "compatible": unit["crossmatch"] == "compatible",
        "expired": unit["expiry"] < sb.reference.today, "at_ms": ctx.t})
    return {"patient": unit["patient"]}
