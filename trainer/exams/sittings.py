"""Proctored sittings: scheduling, unlocking one certifying attempt, attendance (签到).

A certifying attempt starts only under an *unlock* for that person at that PC: a trainer
logged in at the PC unlocks it (:func:`unlock_here`), or the trainee types the one-time
code of a sitting they are on (:func:`unlock_by_code`; the code is stored only as a salted
hash, and each person may use it once). Starting the attempt records attendance.

May import: trainer.journal, trainer.auth, trainer.errors, trainer.exams.events, the
standard library.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass

from trainer.auth.permissions import require
from trainer.auth.session import Session
from trainer.errors import TrainerError
from trainer.journal import Journal
from trainer.journal.events import NewEvent

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read out in a room
CODE_LENGTH = 8


@dataclass(frozen=True)
class Sitting:
    sitting_id: str
    module: str
    starts_at: str
    room: str
    staff_ids: tuple[str, ...]
    scheduled_by: str | None


@dataclass(frozen=True)
class Unlock:
    unlock_id: str
    trainee: str
    module: str
    device_id: str
    by: str
    sitting_id: str | None
    proctor: str | None
    time: str
    used: bool  # an attempt has started under it


def _hash(salt: str, code: str) -> str:
    return hashlib.sha256(f"{salt}:{code.strip().upper()}".encode()).hexdigest()


def schedule_sitting(journal: Journal, session: Session, module: str, starts_at: str,
                     room: str, staff_ids: list[str]) -> tuple[Sitting, str]:
    """Schedule a sitting; returns it and its one-time code (shown once to the proctor)."""
    require(session, "exam.proctor")
    if not staff_ids:
        raise TrainerError(code="exam.sitting_empty")
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    salt = secrets.token_hex(8)
    sitting = Sitting(str(uuid.uuid4()), module, starts_at, room, tuple(staff_ids),
                      session.staff_id)
    journal.append(NewEvent("exam.sitting_scheduled", {
        "sitting_id": sitting.sitting_id, "module": module, "starts_at": starts_at,
        "room": room, "staff_ids": list(staff_ids), "code_salt": salt,
        "code_hash": _hash(salt, code)}, actor_id=session.staff_id,
        subject_id=sitting.sitting_id))
    return sitting, code


def sittings(journal: Journal) -> list[Sitting]:
    return [Sitting(d["sitting_id"], d["module"], d["starts_at"], d["room"],
                    tuple(d["staff_ids"]), e.actor_id)
            for e in journal.events(type="exam.sitting_scheduled") for d in [e.data()]]


def unlocks_of(journal: Journal, trainee: str) -> list[Unlock]:
    # one unlock, one attempt: a practical exam started on it uses it up too
    used = {e.data().get("unlock_id") for e in journal.events(
        subject_id=trainee, types=("exam.started", "practical.started"))}
    return [Unlock(d["unlock_id"], trainee, d["module"], d["device_id"], d["by"],
                   d.get("sitting_id"), e.actor_id, e.time, d["unlock_id"] in used)
            for e in journal.events(subject_id=trainee, type="exam.unlocked")
            for d in [e.data()]]


def pending_unlock(journal: Journal, trainee: str, module: str | None = None
                   ) -> Unlock | None:
    """An unused unlock for ``trainee`` at this PC (for ``module`` if given)."""
    for unlock in reversed(unlocks_of(journal, trainee)):
        if (not unlock.used and unlock.device_id == journal.device_id
                and (module is None or unlock.module == module)):
            return unlock
    return None


def _unlock(journal: Journal, trainee: str, module: str, by: str, proctor: str | None,
            sitting_id: str | None = None) -> Unlock:
    unlock_id = str(uuid.uuid4())
    [event] = journal.append(NewEvent("exam.unlocked", {
        "unlock_id": unlock_id, "module": module, "device_id": journal.device_id,
        "sitting_id": sitting_id, "by": by}, actor_id=proctor, subject_id=trainee))
    return Unlock(unlock_id, trainee, module, journal.device_id, by, sitting_id, proctor,
                  event.time, False)


def unlock_here(journal: Journal, proctor: Session, trainee: str, module: str) -> Unlock:
    """A trainer logged in at this PC unlocks one certifying attempt for ``trainee``."""
    require(proctor, "exam.proctor")
    if proctor.staff_id == trainee:
        raise TrainerError(code="exam.self_unlock")
    return _unlock(journal, trainee, module, "trainer", proctor.staff_id)


def unlock_by_code(journal: Journal, trainee: Session, code: str) -> Unlock:
    """The trainee types the sitting's one-time code (valid once per person)."""
    require(trainee, "training.take")
    for sitting_event in list(journal.events(type="exam.sitting_scheduled")):
        data = sitting_event.data()
        if not hmac.compare_digest(_hash(data["code_salt"], code), data["code_hash"]):
            continue
        if trainee.staff_id not in data["staff_ids"]:
            raise TrainerError(code="exam.not_on_sitting", sitting=data["sitting_id"])
        if any(u.sitting_id == data["sitting_id"] for u in unlocks_of(journal,
                                                                     trainee.staff_id)):
            raise TrainerError(code="exam.code_used", sitting=data["sitting_id"])
        return _unlock(journal, trainee.staff_id, data["module"], "code",
                       sitting_event.actor_id, data["sitting_id"])
    raise TrainerError(code="exam.bad_code")


def attend(journal: Journal, unlock: Unlock) -> NewEvent:
    """The attendance event of ``unlock`` (appended with the attempt's start)."""
    return NewEvent("exam.attended", {"unlock_id": unlock.unlock_id, "module": unlock.module,
                                      "device_id": journal.device_id,
                                      "sitting_id": unlock.sitting_id},
                    actor_id=unlock.trainee, subject_id=unlock.trainee)


def attendance(journal: Journal, sitting_id: str | None = None) -> list[tuple[str, str]]:
    """``(trainee, time)`` of everyone who signed in (at ``sitting_id`` if given)."""
    return [(e.subject_id or "", e.time) for e in journal.events(type="exam.attended")
            if sitting_id is None or e.data().get("sitting_id") == sitting_id]
