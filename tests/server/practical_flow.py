"""A hospital for the service-authority tests: the real service on a real PostgreSQL with
an issuer key, trainers and HR in the roster, networked workstations, and practical
attempts sat at them the way the stations record them (a proctor's unlock, proven logins,
journalled commands, the provisional finish)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, text

from testkit.postgres import ServiceThread
from tests.exams.factory import session
from tests.practical.conftest import SCENARIO, log_lines
from tests.sync.conftest import PEOPLE, seed_roster
from tests.sync.helpers import login, sync_ok
from trainer.certify.keys import IssuerKey, create_issuer_key
from trainer.certify.standing import Courses
from trainer.exams import sittings
from trainer.journal import JournalWriter, NewEvent
from trainer.practical.attempts import PracticalAttempt
from trainer.practical.definitions import load_practicals
from trainer.practical.service import PracticalService
from trainer.server.authority import Settings, write
from trainer.server.db import make_server_engine
from trainer.server.roster import StaffChange, apply_staff_change
from trainer.services import Services
from trainer.sim import library
from trainer.sim.recording import RecordedAttempt
from trainer.vocabulary import Role

STAFF = {
    "T100": ("Trainer One", ["trainer"], "trainer-one-pass"),
    "T200": ("Trainer Two", ["trainer"], "trainer-two-pass"),
    "T300": ("Trainer Three", ["trainer"], "trainer-three-pass"),
    "H100": ("HR One", ["hr"], "hr-office-pass"),
}
PASSWORDS = {**{k: v[3] for k, v in PEOPLE.items()}, **{k: v[2] for k, v in STAFF.items()}}
ALL = ["spoken_identity", "explained_to_patient", "handover_clear"]
MODULE = "nurse_station"
NO_COURSES = Courses({}, {})  # eligibility here rests on the exams alone


def exams() -> dict[str, Any]:
    found, problems = load_practicals(library.simulators_root())
    assert not problems
    exam = found[MODULE]
    return {**found, MODULE: exam.model_copy(update={"scenarios": [SCENARIO]})}


@dataclass
class Hospital:
    service: ServiceThread
    db_url: str
    engine: Engine
    key: IssuerKey | None
    settings: Settings

    def practical(self, pc: Services) -> PracticalService:
        return PracticalService(pc.journal, exams())

    def as_(self, pc: Services, staff: str) -> Any:
        """Log ``staff`` in at ``pc`` (a proven login); their session."""
        if login_of(pc) != staff:
            login(pc, staff, PASSWORDS[staff])
        roles = {"T": Role.TRAINER, "H": Role.HR, "N": Role.NURSE, "D": Role.DOCTOR}
        return session(staff, roles[staff[0]])

    def sit(self, pc: Services, commands: list[tuple[int, str, dict[str, Any]]],
            trainee: str = "N100", proctor: str = "T100") -> PracticalAttempt:
        """Unlock (proctor), start, play ``commands`` at a station, finish (trainee)."""
        practical = self.practical(pc)
        sittings.unlock_here(pc.journal, self.as_(pc, proctor), trainee, MODULE)
        me = self.as_(pc, trainee)
        found, loaded = practical.start(me, MODULE, identity_confirmed=True, seed=0)
        writer = JournalWriter(pc.journal, max_delay=0.02)
        rec = RecordedAttempt(loaded, writer, trainee, "exam", found.attempt_id)
        for t, cmd, args in commands:
            rec.apply(cmd, args, t)
        rec.flush()
        writer.close()
        return practical.finish(me, found.attempt_id)

    def hr_token(self, staff: str = "H100") -> str:
        answer = httpx.post(f"{self.service.url}/v1/admin/login",
                            json={"staff_id": staff, "password": PASSWORDS[staff]})
        assert answer.status_code == 200, answer.text
        return str(answer.json()["token"])

    def call(self, path: str, body: dict[str, Any], staff: str = "H100") -> httpx.Response:
        return httpx.post(f"{self.service.url}{path}", json=body, timeout=60,
                          headers={"Authorization": f"Bearer {self.hr_token(staff)}"})

    def events(self, kind: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT event_id, device_id, actor_id, subject_id, payload, server_seq "
                "FROM event WHERE type = :t ORDER BY server_seq"), {"t": kind}).all()
        import json

        return [{"event_id": r[0], "device_id": r[1], "actor_id": r[2], "subject_id": r[3],
                 "data": json.loads(r[4]), "server_seq": r[5]} for r in rows]

    def theory_passed(self, trainee: str = "N100", score: float = 90.0) -> None:
        """What the service writes once it has graded a certifying theory exam (branch
        ``grading`` makes it do so from the raw answers)."""
        with self.engine.begin() as conn:
            write(conn, NewEvent("exam.graded", {
                "attempt_id": f"theory-{trainee}", "module": MODULE, "score": score,
                "max_score": 100.0, "pass_mark": 80.0, "passed": score >= 80,
                "certifying": True}, subject_id=trainee))

    def rules(self, pc: Services, *, auto_issue: bool) -> None:
        """HR sets the certification rules at a workstation (pushed like any event)."""
        self.as_(pc, "H100")
        pc.journal.append(NewEvent("cert.rules_set", {
            "module": "", "window_days": 90, "validity_months": 12, "reminder_days": 30,
            "auto_issue": auto_issue}, actor_id="H100"))
        sync_ok(pc)


def login_of(pc: Services) -> str | None:
    from tests.sync.helpers import logged_in

    return logged_in(pc)


def seed_staff(db_url: str) -> None:
    seed_roster(db_url)
    engine = make_server_engine(db_url)
    for staff_id, (name, roles, password) in STAFF.items():
        apply_staff_change(engine, StaffChange(staff_id, name, roles, ["ward-3"], True,
                                               password, must_change_password=False))
    engine.dispose()


@pytest.fixture
def hospital(server_db: str, tmp_path: Path) -> Iterator[Hospital]:
    seed_staff(server_db)
    key = create_issuer_key(tmp_path / "issuer", "the service's issuer passphrase")
    settings = Settings(key, exams=exams(), courses=NO_COURSES)
    live = ServiceThread(server_db, settings=settings)
    engine = make_server_engine(server_db)
    yield Hospital(live, server_db, engine, key, settings)
    engine.dispose()
    live.stop()


def expert() -> list[tuple[int, str, dict[str, Any]]]:
    return log_lines()


def critical() -> list[tuple[int, str, dict[str, Any]]]:
    return log_lines("critical/kcl_push_accepted.jsonl")
