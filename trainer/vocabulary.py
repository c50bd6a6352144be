"""The hospital's fixed vocabulary: HIS modules, staff roles, content languages.

Every course, bank item, scenario, blueprint and certification rule names the HIS
module(s) it belongs to (ARCHITECTURE §5); these are the only valid names.

May import: the standard library only.
"""

from __future__ import annotations

from enum import StrEnum


class Module(StrEnum):
    """An HIS station; what a certificate covers."""

    OUTPATIENT_DOCTOR = "outpatient_doctor"  # 门诊医生站
    INPATIENT_DOCTOR = "inpatient_doctor"  # 住院医生站
    NURSE_STATION = "nurse_station"  # 护士站
    PHARMACY = "pharmacy"  # 药房
    CASHIER = "cashier"  # 挂号收费


class Role(StrEnum):
    """What a member of staff may do in HIS Trainer; a person may hold several."""

    DOCTOR = "doctor"
    NURSE = "nurse"
    PHARMACIST = "pharmacist"
    CASHIER = "cashier"
    TRAINER = "trainer"
    DEPARTMENT_HEAD = "department_head"  # 护士长 / 科主任: read-only view of their department
    HR = "hr"
    ADMIN = "admin"


#: Trainee roles and the HIS modules they are trained and certified on.
TRAINEE_MODULES: dict[Role, tuple[Module, ...]] = {
    Role.DOCTOR: (Module.OUTPATIENT_DOCTOR, Module.INPATIENT_DOCTOR),
    Role.NURSE: (Module.NURSE_STATION,),
    Role.PHARMACIST: (Module.PHARMACY,),
    Role.CASHIER: (Module.CASHIER,),
}

TRAINEE_ROLES: frozenset[Role] = frozenset(TRAINEE_MODULES)

#: Content languages. Shipped content must exist in all of them.
LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"


def modules_for_roles(roles: set[Role] | frozenset[Role]) -> tuple[Module, ...]:
    """The HIS modules a person with ``roles`` trains on, in a stable order."""
    wanted = {m for r in roles for m in TRAINEE_MODULES.get(r, ())}
    return tuple(m for m in Module if m in wanted)
