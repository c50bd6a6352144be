"""``his-trainer demo``: a clearly labelled demo profile with one account per role.

The passwords below are public (they are in the README). They exist only in a profile
marked as demo, which the application labels as such on every screen.
"""

from __future__ import annotations

from sqlalchemy import insert, select

from trainer.auth.staff import create_staff
from trainer.services import Services
from trainer.store.models import ProfileMeta, Staff
from trainer.vocabulary import Role

#: staff id, name, roles, department, password
DEMO_ACCOUNTS: tuple[tuple[str, str, frozenset[Role], str, str], ...] = (
    (
        "D001",
        "演示医生 Demo Doctor",
        frozenset({Role.DOCTOR}),
        "内科 Internal medicine",
        "demo-doctor",
    ),
    (
        "N001",
        "演示护士 Demo Nurse",
        frozenset({Role.NURSE}),
        "内科 Internal medicine",
        "demo-nurse",
    ),
    (
        "P001",
        "演示药师 Demo Pharmacist",
        frozenset({Role.PHARMACIST}),
        "药剂科 Pharmacy",
        "demo-pharmacist",
    ),
    (
        "C001",
        "演示收费员 Demo Cashier",
        frozenset({Role.CASHIER}),
        "收费处 Cashier office",
        "demo-cashier",
    ),
    ("T001", "演示培训师 Demo Trainer", frozenset({Role.TRAINER}), "信息科 IT", "demo-trainer"),
    (
        "H001",
        "演示护士长 Demo Head Nurse",
        frozenset({Role.DEPARTMENT_HEAD, Role.NURSE}),
        "内科 Internal medicine",
        "demo-head",
    ),
    ("R001", "演示人事 Demo HR", frozenset({Role.HR}), "人事处 HR office", "demo-hr-office"),
    ("A001", "演示管理员 Demo Admin", frozenset({Role.ADMIN}), "信息科 IT", "demo-admin"),
)


class NotEmpty(Exception):
    """The profile already has staff who are not demo accounts."""


def make_demo(services: Services) -> int:
    """Mark the profile as demo and create the missing demo accounts; returns how many."""
    created = 0
    with services.engine.begin() as conn:
        marked = conn.scalar(select(ProfileMeta.value).where(ProfileMeta.key == "demo"))
        has_staff = conn.scalar(select(Staff.staff_id).limit(1)) is not None
        if marked != "1" and has_staff:
            raise NotEmpty(str(services.profile.root))
        if marked != "1":
            conn.execute(insert(ProfileMeta).values(key="demo", value="1"))
        for staff_id, name, roles, department, password in DEMO_ACCOUNTS:
            if conn.scalar(select(Staff.staff_id).where(Staff.staff_id == staff_id)) is None:
                create_staff(
                    conn,
                    staff_id,
                    name,
                    set(roles),
                    [department],
                    password,
                    must_change_password=False,
                )
                created += 1
    return created
