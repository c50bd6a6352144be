"""Practical exams judged by the service (issue 17): what a workstation says about an
attempt is only a claim until the service has checked it.

For each attempt touched by new events (:func:`trainer.server.authority.judge_new`):

1. **Re-run.** Once the attempt's finish has arrived, the service replays its command log
   (``sim.command`` events) against its own copy of the pinned scenario version (found by
   id, version and content hash on its :class:`Shelf`; none → ``held`` with the reason
   ``scenario_unknown``, judged again when content is added and the judge runs). The log
   must be whole and untouched: numbered 1…n without gaps or twins, in the order the
   workstation journalled it, from the device and person that started the attempt, each
   command's integrity chain link (:func:`trainer.sim.recording.chain_link`) matching and
   the last one equal to the finish's ``log_digest``; every command must be accepted or
   refused by the service's sandbox as the workstation recorded, and the service's grade
   must equal the provisional result. Any difference → ``flagged`` (with every reason), a
   trainer must look, and no sign-off of it counts. A command arriving after the verdict
   flags it too (``log_late``).
2. **Marks across PCs.** Two trainers' marks, from whichever workstations, further apart
   than the definition's tolerance or on different sides of pass/fail →
   ``practical.referred``: the attempt waits for adjudication everywhere.
3. **Sign-off.** A ``practical.signed_off`` counts only when the service accepts it
   (``practical.sign_off_checked``): the re-run verified it, the signer marked it and is
   not the trainee, no adjudication is outstanding, each mark that is not an override is
   what the rubric gives on the service's automatic score, and the signed score, pass and
   critical errors are the decision of the marks the service holds. An accepted sign-off
   may issue a certificate at once (:func:`trainer.server.issuing.after_result`).

May import: sqlalchemy, trainer.journal, trainer.practical, trainer.sim, trainer.content
(errors), trainer.server.*, the standard library.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from trainer.errors import ContentError
from trainer.journal.events import Event, NewEvent
from trainer.practical import verdicts as vd
from trainer.practical.attempts import PracticalAttempt, fold_attempts
from trainer.practical.marking import mark_score
from trainer.practical.service import scenario_hash
from trainer.server.authority import Settings, events_where, write
from trainer.sim import library
from trainer.sim.attempt import SimAttempt
from trainer.sim.grading import grade
from trainer.sim.recording import chain_link
from trainer.sim.replay import expert_path
from trainer.sim.scenario_files import LoadedScenario

#: Verdict types the service writes: they never make it judge again.
OWN = frozenset(vd.TYPES)


class Shelf:
    """The service's copies of scenario versions: the installed content first, then any
    archive folders (each laid out as ``simulators/``) holding older versions."""

    def __init__(self, roots: Sequence[Path] | None = None) -> None:
        self.roots = list(roots) if roots else [library.simulators_root()]

    def find(self, scenario_id: str, version: int, digest: str) -> LoadedScenario | None:
        for root in self.roots:
            try:
                loaded = library.scenario(scenario_id, root)
            except ContentError:
                continue
            if loaded.scenario.version == version and scenario_hash(loaded) == digest:
                return loaded
        return None


def attempts_touched(rows: Sequence[Sequence[Any]]) -> dict[str, str]:
    """Attempt id → trainee for new rows ``(server_seq, type, subject_id, actor_id,
    payload)``: practical events name both; a command's subject is its attempt."""
    touched: dict[str, str] = {}
    for _seq, kind, subject, actor, payload in rows:
        if kind in OWN:
            continue
        if kind == "sim.command":
            if subject and actor:
                touched.setdefault(subject, actor)
            continue
        try:
            attempt_id = json.loads(payload).get("attempt_id")
        except (ValueError, AttributeError):
            continue
        if isinstance(attempt_id, str) and subject:
            touched.setdefault(attempt_id, subject)
    return touched


def judge(conn: Connection, settings: Settings, attempt_id: str, trainee: str) -> None:
    history = events_where(conn, "subject_id = :t AND type LIKE 'practical.%'", t=trainee)
    tolerances = {m: e.tolerance for m, e in settings.exams.items()}
    found = fold_attempts(history, tolerances).get(attempt_id)
    if found is None or found.trainee != trainee or found.result is None:
        return  # not started or not finished yet (as far as the service knows)
    commands = events_where(conn, "subject_id = :a AND type = 'sim.command'", a=attempt_id)
    found = _review(conn, settings, found, history, commands)
    found = _compare_marks(conn, found)
    _check_sign_off(conn, settings, found, history)


def hold(conn: Connection, attempt_id: str, trainee: str, reason: str) -> None:
    """Record that the service could not judge the attempt (judged again by
    ``/v1/admin/judge``)."""
    write(conn, NewEvent(vd.RERUN.name, {"attempt_id": attempt_id, "outcome": vd.HELD,
                                         "reasons": [reason]}, subject_id=trainee))


# --- 1. the re-run ----------------------------------------------------------------------------
def _review(conn: Connection, settings: Settings, found: PracticalAttempt,
            history: list[Event], commands: list[Event]) -> PracticalAttempt:
    review = found.review
    if review is not None and review["outcome"] == vd.FLAGGED:
        return found
    if review is not None and review["outcome"] == vd.VERIFIED:
        at = max(e.server_seq or 0 for e in history if e.type == vd.RERUN.name
                 and e.data()["attempt_id"] == found.attempt_id)
        if not any((c.server_seq or 0) > at for c in commands):
            return found
        return _record(conn, found, {**review, "outcome": vd.FLAGGED,
                                     "reasons": [*review.get("reasons", ()), "log_late"]})
    loaded = settings.shelf.find(found.scenario_id, found.scenario_version,
                                 found.scenario_hash)
    if loaded is None:
        if review is None:  # held once; judged again when the shelf has it
            return _record(conn, found, {"attempt_id": found.attempt_id,
                                         "outcome": vd.HELD, "reasons": ["scenario_unknown"],
                                         "scenario_hash": found.scenario_hash})
        return found
    return _record(conn, found, rerun(found, loaded, commands, _finish_of(history, found)))


def _finish_of(history: list[Event], found: PracticalAttempt) -> dict[str, Any]:
    return next(e.data() for e in history if e.type == "practical.finished"
                and e.data()["attempt_id"] == found.attempt_id)


def rerun(found: PracticalAttempt, loaded: LoadedScenario, commands: list[Event],
          finish: dict[str, Any]) -> dict[str, Any]:
    """The ``practical.rerun`` payload: the service's result and every reason to doubt
    the workstation's log or result."""
    reasons: list[str] = []
    rows = [(c, c.data()) for c in commands]
    by_seq = sorted(rows, key=lambda r: int(r[1]["seq"]))
    seqs = [int(d["seq"]) for _, d in by_seq]
    if len(set(seqs)) != len(seqs):
        reasons.append("log_twins")
    if sorted(set(seqs)) != list(range(1, len(set(seqs)) + 1)):
        reasons.append("log_gap")
    if any(c.device_id != found.device_id or c.actor_id != found.trainee for c, _ in rows):
        reasons.append("log_foreign")
    if any(d["scenario_id"] != found.scenario_id
           or int(d["scenario_version"]) != found.scenario_version
           or d["attempt_id"] != found.attempt_id for _, d in rows):
        reasons.append("log_scenario")
    order = [c.device_seq for c, _ in by_seq if c.device_id == found.device_id]
    if order != sorted(order):
        reasons.append("log_order")
    link = found.attempt_id
    for _, d in by_seq:
        link = chain_link(link, int(d["seq"]), int(d["t"]), str(d["cmd"]), dict(d["args"]),
                          bool(d["ok"]), d.get("code"))
        if d.get("chain") != link:
            reasons.append("log_chain")
            break
    if finish.get("log_digest") != link or int(finish["commands"]) != len(rows):
        reasons.append("log_digest")
    sim = SimAttempt(loaded.scenario, loaded.reference)
    for _, d in by_seq:
        entry = sim.apply(int(d["t"]), str(d["cmd"]), dict(d["args"]))
        if (entry.accepted != bool(d["ok"]) or entry.code != d.get("code")) \
                and "log_replay" not in reasons:
            reasons.append("log_replay")
    result = grade(sim, expert_path(loaded))
    checks = {c.id: c.passed for c in result.checks}
    if (result.score != float(finish["score"]) or result.passed != bool(finish["passed"])
            or checks != dict(finish["checks"])
            or sorted(result.committed) != sorted(finish.get("critical_errors", ()))):
        reasons.append("result_differs")
    return {"attempt_id": found.attempt_id, "outcome": vd.FLAGGED if reasons else vd.VERIFIED,
            "reasons": reasons, "score": result.score, "passed": result.passed,
            "checks": checks, "critical_errors": list(result.committed),
            "commands": len(sim.log), "scenario_hash": found.scenario_hash}


def _record(conn: Connection, found: PracticalAttempt, payload: dict[str, Any]
            ) -> PracticalAttempt:
    write(conn, NewEvent(vd.RERUN.name, payload, subject_id=found.trainee))
    return replace(found, review=payload)


# --- 2. marks from several workstations -------------------------------------------------------
def _compare_marks(conn: Connection, found: PracticalAttempt) -> PracticalAttempt:
    first, second = found.mark_of("first"), found.mark_of("second")
    if first is None or second is None or found.referred is not None \
            or found.adjudication is not None:
        return found
    apart = abs(first.score - second.score) > found.tolerance
    if not apart and first.passed == second.passed:
        return found
    payload = {"attempt_id": found.attempt_id, "first_marker": first.marker,
               "first_score": first.score, "first_passed": first.passed,
               "second_marker": second.marker, "second_score": second.score,
               "second_passed": second.passed, "tolerance": found.tolerance,
               "reason": "tolerance" if apart else "pass_fail"}
    write(conn, NewEvent(vd.REFERRED.name, payload, subject_id=found.trainee))
    return replace(found, referred=payload)


# --- 3. the sign-off --------------------------------------------------------------------------
def _check_sign_off(conn: Connection, settings: Settings, found: PracticalAttempt,
                    history: list[Event]) -> None:
    if found.signed_off is None or found.sign_off_verdict is not None:
        return
    review = found.review
    if review is None or review["outcome"] == vd.HELD:
        return  # judged once the re-run is possible
    reasons = sign_off_problems(settings, found)
    event = next(e for e in history if e.type == "practical.signed_off"
                 and e.data()["attempt_id"] == found.attempt_id)
    write(conn, NewEvent(vd.SIGN_OFF_CHECKED.name, {
        "attempt_id": found.attempt_id, "sign_off_event": event.event_id,
        "accepted": not reasons, "reasons": reasons}, subject_id=found.trainee))
    if not reasons and bool(found.signed_off["passed"]):
        from trainer.server.issuing import after_result

        after_result(conn, settings, found.trainee, found.module)


def sign_off_problems(settings: Settings, found: PracticalAttempt) -> list[str]:
    """Why the service does not accept the attempt's sign-off (empty: it does)."""
    assert found.signed_off is not None and found.review is not None
    data, review = found.signed_off, found.review
    reasons = []
    if review["outcome"] != vd.VERIFIED:
        reasons.append("rerun_flagged")
    if found.signed_by in (None, found.trainee) or found.signed_by not in found.markers:
        reasons.append("signer")
    if found.disagreement and found.adjudication is None:
        reasons.append("needs_adjudication")
    exam = settings.exams.get(found.module)
    for mark in found.marks:
        if exam is None or review.get("score") is None:
            break
        if not mark.overridden and (
                mark.score != mark_score(exam, float(review["score"]), list(mark.rubric))
                or tuple(mark.critical_errors) != tuple(review.get("critical_errors", ()))):
            reasons.append("mark_differs")
            break
    decision = replace(found, signed_off=None).decision  # what it was when signed
    if decision is None or float(data["score"]) != decision.score \
            or bool(data["passed"]) != decision.passed \
            or tuple(data.get("critical_errors", ())) != tuple(decision.critical_errors):
        reasons.append("decision_differs")
    if data.get("module") != found.module or float(data["pass_mark"]) != found.pass_mark:
        reasons.append("decision_differs")
    return sorted(set(reasons))
