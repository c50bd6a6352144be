"""A standalone profile joins the service: its roster is offered for merging right after
enrolment, before anything is pushed (ARCHITECTURE §4; the service's side is
:mod:`trainer.server.merge`).

The offer is the profile's staff (number, name, roles, current departments, password
hash) and the last ``device_seq`` written so far: everything up to it is the standalone
history, self-attested. The answer says per person *added*, *same* or *clash*; clashes
are kept in the sync state (``merge_clashes``) to show, and an administrator resolves them
on the service (the Workstations page's "Roster clashes", or ``his-trainer server
resolve``); until then the service holds that person's history. The history is then
pushed by the ordinary sync.

May import: sqlalchemy, trainer.sync, trainer.journal, trainer.store, the standard library.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, func, select

from trainer.journal import Journal
from trainer.store.models import Staff, StaffDepartment, StaffRole
from trainer.sync import outbox, state
from trainer.sync.transport import Transport


@dataclass(frozen=True)
class MergeOutcome:
    history_upto: int
    added: tuple[str, ...]
    same: tuple[str, ...]
    clashes: tuple[str, ...]


def local_roster(conn: Connection) -> list[dict[str, Any]]:
    """Every person of the profile, with roles and current departments."""
    roles: dict[str, list[str]] = {}
    for sid, role in conn.execute(select(StaffRole.staff_id, StaffRole.role)):
        roles.setdefault(sid, []).append(role)
    departments: dict[str, list[str]] = {}
    for sid, dept in conn.execute(select(StaffDepartment.staff_id, StaffDepartment.department)
                                  .where(StaffDepartment.until.is_(None))):
        departments.setdefault(sid, []).append(dept)
    people = conn.execute(select(Staff.staff_id, Staff.name, Staff.password_hash)
                          .order_by(Staff.staff_id))
    return [{"staff_id": sid, "name": name, "roles": sorted(roles.get(sid, [])),
             "departments": sorted(departments.get(sid, [])), "password_hash": pw}
            for sid, name, pw in people]


def own_history(engine: Engine, journal: Journal) -> tuple[int, int]:
    """How many people this profile has and how many events it has written itself: a
    standalone profile with either must be enrolled with a merge code."""
    with engine.connect() as conn:
        people = conn.scalar(select(func.count()).select_from(Staff)) or 0
        return int(people), outbox.last_seq(conn, journal.device_id)


def outcome_by_person(engine: Engine, merged: MergeOutcome) -> list[tuple[str, str, str]]:
    """``(staff number, name here, added | same | clash)`` for everyone offered, by number."""
    with engine.connect() as conn:
        names = dict(conn.execute(select(Staff.staff_id, Staff.name)).tuples().all())
    rows = [(sid, outcome) for outcome, ids in (("added", merged.added), ("same", merged.same),
                                                ("clash", merged.clashes)) for sid in ids]
    return sorted((sid, str(names.get(sid, "")), outcome) for sid, outcome in rows)


def offer_roster(engine: Engine, journal: Journal, link: Transport) -> MergeOutcome:
    """Offer this profile's roster and history mark to the service it just enrolled with
    (asked again, the service answers what it decided the first time)."""
    with engine.connect() as conn:
        people = local_roster(conn)
        upto = outbox.last_seq(conn, journal.device_id)
    answer = link.call("POST", "/v1/merge", {"people": people, "history_upto": upto})
    by: dict[str, list[str]] = {"added": [], "same": [], "clash": []}
    for person in answer["people"]:
        by.setdefault(person["outcome"], []).append(person["staff_id"])
    with engine.begin() as conn:
        state.put(conn, "merge_clashes", json.dumps(by["clash"]))
        state.put(conn, "history_upto", int(answer["history_upto"]))
    return MergeOutcome(int(answer["history_upto"]), tuple(by["added"]), tuple(by["same"]),
                        tuple(by["clash"]))


def merge_after_enrol(engine: Engine, journal: Journal) -> MergeOutcome:
    """:func:`offer_roster` over the link the profile's sync state names."""
    with engine.connect() as conn:
        url, token = state.get(conn, "server_url"), state.get_token(conn)
        ca = state.get(conn, "ca_file")
    link = Transport(str(url), token, ca_file=ca)
    try:
        return offer_roster(engine, journal, link)
    finally:
        link.close()
