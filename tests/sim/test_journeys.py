"""Journeys in the journal: the sim.journey plan, an unfinished journey found by every
player and rebuilt from every player's commands at the leg it reached, finished journeys
gone; who may play a leg; who played each."""

from __future__ import annotations

from trainer.journal import JournalWriter
from trainer.services import Services
from trainer.sim import library
from trainer.sim.journeys import JourneyPlan, leg_players, leg_refusal, open_journeys
from trainer.sim.log import parse_log
from trainer.sim.recording import RecordedAttempt, resume

SCENARIO = "journey-outpatient-infusion"
TEAM = ("C001", "D001", "C001", "P001", "N001")


def _golden() -> list[tuple[int, str, dict]]:  # type: ignore[type-arg]
    folder = library.simulators_root() / "scenarios" / SCENARIO
    lines = parse_log((folder / "expert.jsonl").read_text(encoding="utf-8"))
    return [(int(str(ln.t)), str(ln.cmd), dict(ln.args)) for ln in lines]  # type: ignore[call-overload]


def _plan(team: bool = True) -> JourneyPlan:
    return JourneyPlan("a-1", SCENARIO, 1, "practice", team, TEAM if team else ("D001",) * 5)


def test_an_unfinished_journey_is_found_by_every_player_and_resumes_at_its_leg(
        services: Services) -> None:
    loaded = library.scenario(SCENARIO)
    writer = JournalWriter(services.journal, max_delay=0.05)
    plan = _plan()
    rec = RecordedAttempt(loaded, writer, "T001", plan.mode, plan.attempt_id)
    rec.pending.append(writer.submit(plan.event("T001")))
    golden = _golden()
    handovers = [i for i, (_t, cmd, _a) in enumerate(golden) if cmd == "hand_over"]
    for i, (t, cmd, args) in enumerate(golden[:handovers[1] + 1]):  # cashier, then doctor
        rec.staff_id = "C001" if i <= handovers[0] else "D001"
        assert rec.apply(cmd, args, t).accepted
    rec.flush()
    assert rec.attempt.leg == 2

    for staff in ("C001", "D001", "P001", "N001"):
        [found] = open_journeys(services.journal, staff)
        assert found.plan == plan
    assert open_journeys(services.journal, "T001") == []  # set up, plays no leg
    assert open_journeys(services.journal, "D002") == []
    [found] = open_journeys(services.journal, "C001")
    assert (found.leg, found.player) == (2, "C001")  # the second cashier leg is next
    assert found.actors == ("C001",) * (handovers[0] + 1) + ("D001",) * (
        handovers[1] - handovers[0])
    again = resume(loaded, found.attempt, None, "C001")
    assert again.attempt.leg == 2
    assert [e.to_json() for e in again.attempt.log] == [e.to_json() for e in rec.attempt.log]
    actors = {i + 1: actor for i, actor in enumerate(found.actors)}
    assert leg_players(again.attempt.log, actors, plan, 5) == [
        ("C001",), ("D001",), ("C001",), ("P001",), ("N001",)]

    rec.finish()
    rec.flush()
    writer.close()
    assert open_journeys(services.journal, "C001") == []


def test_a_team_leg_needs_its_role_and_its_person_training_needs_neither() -> None:
    team, training = _plan(), _plan(team=False)
    assert leg_refusal(team, "doctor", 1, "D001", frozenset({"doctor"})) is None
    assert leg_refusal(team, "doctor", 1, "N001", frozenset({"nurse"})) == "journey.wrong_role"
    assert leg_refusal(team, "doctor", 1, "T001", frozenset({"trainer"})) == \
        "journey.wrong_role"
    assert leg_refusal(team, "doctor", 1, "D002", frozenset({"doctor"})) == \
        "journey.not_your_leg"
    assert leg_refusal(training, "cashier", 0, "D001", frozenset({"doctor"})) is None
    assert leg_refusal(training, "cashier", 0, "N001", frozenset({"cashier"})) == \
        "journey.not_your_leg"
