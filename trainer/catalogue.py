"""The catalogue of event declarations: one place that imports every feature's event
types, so that whoever needs the complete registry (the sync service validating pushed
events, a rebuild, the audit page) gets it by importing this module.

A feature that declares event types adds its module's name to :data:`EVENT_MODULES`.

May import: the feature modules listed below (each registers its own types), importlib.
"""

from __future__ import annotations

import importlib

from trainer.journal.events import REGISTRY, EventType

#: Modules that declare event types (``trainer.journal.events.register``), by name.
EVENT_MODULES: tuple[str, ...] = (
    "trainer.auth.audit",
    "trainer.journal.projections.course_progress",
    "trainer.exams.events",
    "trainer.practical.events",
    "trainer.practical.verdicts",
    "trainer.certify.events",
    "trainer.sim.recording",
    "trainer.sim.journeys",
)

#: Results: written only where grading is authoritative (the service in networked mode).
#: A device never pushes them, whether or not their declaration is loaded yet.
RESULT_TYPES = frozenset({"exam.graded", "cert.issued", "cert.revoked", "practical.rerun",
                          "practical.referred", "practical.sign_off_checked"})


def load() -> dict[str, EventType]:
    """Import every declaring module; returns the (now complete) registry."""
    for name in EVENT_MODULES:
        importlib.import_module(name)
    return REGISTRY


def event_type(name: str) -> EventType | None:
    return load().get(name)
