"""Import every station module so that the command registry is complete.

Anything that needs the full vocabulary (the attempt, the check-language validator, the
docs test) imports this module.

May import: the station modules of trainer.sim.
"""

from __future__ import annotations

from trainer.sim import (  # inpatient (docs/simulator/inpatient.md)
    cashier,
    common,
    doctor,
    entrusted,
    handover,
    inpatient_billing,
    inpatient_pharmacy,
    inpatient_records,
    nurse,
    outpatient_requests,
    pharmacy,
    refunds,
    station_records,
    transfusion,
    ward_doctor,
    ward_nurse,
)
from trainer.sim.commands import REGISTRY, CommandSpec

STATION_MODULES = (common, doctor, nurse, pharmacy, cashier, refunds, ward_doctor, ward_nurse,
                   transfusion, inpatient_pharmacy, inpatient_billing, inpatient_records,
                   entrusted, handover, outpatient_requests)
ENTITY_MODULES = (station_records,)  # check-language entities of the modules above


def vocabulary() -> dict[str, CommandSpec]:
    """Every command by name (a copy, sorted by station then name)."""
    order = {s: i for i, s in enumerate(("any", "doctor", "nurse", "pharmacist", "cashier",
                                             "supervisor"))}
    return dict(sorted(REGISTRY.items(), key=lambda kv: (order[kv[1].station], kv[0])))
