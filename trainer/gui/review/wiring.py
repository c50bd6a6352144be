"""The practical service of an open profile: the shipped definitions, the hospital's
proctor rule, and retraining courses (as the theory exam finds them).

May import: trainer.services, trainer.sim.library, trainer.practical, trainer.gui.exams
(wiring), the standard library.
"""

from __future__ import annotations

from trainer.gui.exams.wiring import exam_service
from trainer.practical.definitions import load_practicals
from trainer.practical.service import PracticalService
from trainer.services import Services
from trainer.sim import library

_CACHE: dict[int, PracticalService] = {}


def practical_service(services: Services) -> PracticalService:
    """One :class:`PracticalService` per open profile."""
    found = _CACHE.get(id(services))
    if found is not None and found.journal is services.journal:
        return found
    exams, _problems = load_practicals(library.simulators_root())  # `content check` lists them
    service = PracticalService(
        services.journal, exams,
        proctor_may_sign_off=lambda: bool(
            services.settings.get("practical_proctor_may_sign_off")),
        retraining_courses=exam_service(services).retraining_courses)
    _CACHE[id(services)] = service
    return service
