"""Patient journeys practised at the stations: who plays which leg, and the journeys left
unfinished.

A journey is an attempt (:class:`~trainer.sim.recording.RecordedAttempt`) at a scenario with
``legs``, each leg's station working on the state the previous leg handed over. When it
starts, ``sim.journey`` records its plan: the mode, whether it is a team exercise, and the
staff number that plays each leg (in training one trainee plays every leg). Each leg's
commands are journalled as ``sim.command`` by whoever is logged in for that leg, so an
unfinished journey is rebuilt from the commands of *every* player, found by the attempt id
(:func:`open_journeys`), not from one person's as :func:`~trainer.sim.recording.open_attempts`
does.

In a team exercise a leg is played only by the person it was given to, who must hold the
leg's role (:func:`leg_refusal`).

May import: trainer.journal, trainer.sim (recording, log), the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from trainer.journal import Journal, NewEvent
from trainer.journal.events import EventType, Payload, register
from trainer.sim.log import LogEntry
from trainer.sim.recording import SIM_COMMAND, SIM_FINISHED, OpenAttempt


class JourneyPlanned(Payload):
    """A journey started: its attempt and who plays each leg."""

    attempt_id: str
    scenario_id: str
    scenario_version: int
    mode: str
    team: bool
    players: tuple[str, ...]


# The subject is the attempt id (as for sim.command), not a member of staff.
SIM_JOURNEY = register(EventType("sim.journey", 1, JourneyPlanned, any_subject=True))


@dataclass(frozen=True)
class JourneyPlan:
    attempt_id: str
    scenario_id: str
    scenario_version: int
    mode: str
    team: bool
    players: tuple[str, ...]  # staff number per leg

    def player(self, leg: int) -> str:
        return self.players[min(leg, len(self.players) - 1)]

    def event(self, actor_id: str | None) -> NewEvent:
        """The ``sim.journey`` event that records this plan (``actor_id``: who set it up)."""
        payload = {"attempt_id": self.attempt_id, "scenario_id": self.scenario_id,
                   "scenario_version": self.scenario_version, "mode": self.mode,
                   "team": self.team, "players": list(self.players)}
        return NewEvent(SIM_JOURNEY.name, payload, actor_id=actor_id,
                        subject_id=self.attempt_id)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> JourneyPlan:
        return cls(str(data["attempt_id"]), str(data["scenario_id"]),
                   int(data["scenario_version"]), str(data["mode"]), bool(data["team"]),
                   tuple(str(p) for p in data["players"]))


@dataclass(frozen=True)
class OpenJourney:
    """A journey not finished yet: its plan, its commands so far, who issued each."""

    plan: JourneyPlan
    attempt: OpenAttempt
    actors: tuple[str | None, ...]  # per command, in order
    leg: int = 0  # the leg reached: the hand-overs accepted so far

    @property
    def player(self) -> str:
        """Who plays the leg reached."""
        return self.plan.player(self.leg)


def open_journeys(journal: Journal, staff_id: str) -> list[OpenJourney]:
    """The unfinished journeys ``staff_id`` plays a leg of, oldest first."""
    plans = [JourneyPlan.from_data(e.data()) for e in journal.events(type=SIM_JOURNEY.name)]
    out = []
    for plan in plans:
        if staff_id not in plan.players:
            continue
        rows: dict[int, tuple[tuple[int, str, dict[str, Any]], str | None]] = {}
        handed_over: set[int] = set()
        finished = False
        for event in journal.events(types=(SIM_COMMAND.name, SIM_FINISHED.name),
                                    subject_id=plan.attempt_id):
            data = event.data()
            if event.type == SIM_FINISHED.name:
                finished = True
                break
            rows[int(data["seq"])] = ((int(data["t"]), str(data["cmd"]), data["args"]),
                                      event.actor_id)
            if data["cmd"] == "hand_over" and data["ok"]:
                handed_over.add(int(data["seq"]))
        if finished:
            continue
        ordered = [rows[seq] for seq in sorted(rows)]
        attempt = OpenAttempt(plan.attempt_id, plan.scenario_id, plan.scenario_version,
                              plan.mode, tuple(command for command, _ in ordered))
        out.append(OpenJourney(plan, attempt, tuple(actor for _, actor in ordered),
                               len(handed_over)))
    return out


def leg_refusal(plan: JourneyPlan, leg_role: str, leg: int, staff_id: str,
                roles: frozenset[str]) -> str | None:
    """Why ``staff_id`` (holding ``roles``) may not play ``leg`` now, or None.

    ``journey.wrong_role``: a team leg needs its role; ``journey.not_your_leg``: it was
    given to someone else. In training the trainee plays every leg, whatever the role."""
    if not plan.team:
        return None if staff_id in plan.players else "journey.not_your_leg"
    if leg_role not in roles:
        return "journey.wrong_role"
    if plan.player(leg) != staff_id:
        return "journey.not_your_leg"
    return None


def leg_players(log: list[LogEntry], actors: dict[int, str | None],
                plan: JourneyPlan, legs: int) -> list[tuple[str, ...]]:
    """Who played each leg: the people logged in when its commands were issued (``actors``
    by command number), else the person it was given to."""
    played: list[list[str]] = [[] for _ in range(legs)]
    for entry in log:
        actor = actors.get(entry.seq)
        if actor and 0 <= entry.leg < legs and actor not in played[entry.leg]:
            played[entry.leg].append(actor)
    return [tuple(p) if p else (plan.player(i),) for i, p in enumerate(played)]
