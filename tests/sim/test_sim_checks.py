"""The check language, predicate by predicate, on one small attempt."""

from __future__ import annotations

from typing import Any

import pytest

from trainer.sim.attempt import SimAttempt
from trainer.sim.checks import evaluate, problems


@pytest.fixture
def facts(load: Any) -> Any:
    loaded = load("doctor-penicillin-allergy")
    s = SimAttempt(loaded.scenario, loaded.reference)
    s.apply(1000, "start_visit", {"visit": "v1"})
    s.apply(2000, "verify_identity", {"patient": "p003", "name": "Li Xiuying", "dob": "1952-07-19"})
    s.apply(3000, "record_allergies", {"patient": "p003", "classes": ["penicillin"]})
    s.apply(4000, "new_prescription", {"visit": "v1"})
    s.apply(5000, "add_rx_item", {"rx": "rx-1", "drug": "amoxicillin", "dose": 0.5, "route": "po",
                                  "freq": "tid", "days": 5})
    s.apply(6000, "add_rx_item", {"rx": "rx-1", "drug": "azithromycin", "dose": 500, "unit": "mg",
                                  "route": "po", "freq": "qd", "days": 3})
    return s.facts()


@pytest.mark.parametrize(("expr", "expected"), [
    ({"done": {"cmd": "verify_identity", "patient": "p003"}}, True),
    ({"done": {"cmd": "verify_identity", "role": "nurse"}}, False),
    ({"done": {"cmd": "add_rx_item", "args": {"drug": "azithromycin", "days": 3}}}, True),
    ({"done": {"cmd": "add_rx_item", "args": {"drug": ["amoxicillin", "cefuroxime"]}}}, False),
    ({"done": {"cmd": "add_rx_item", "args": {"days": {"ge": 3, "le": 3}}}}, True),
    ({"done": {"cmd": "add_rx_item", "max": 0}}, False),
    ({"done": {"cmd": "add_rx_item", "min": 1, "max": 1}}, True),
    ({"done": {}}, True),
    ({"refused": {"cmd": "add_rx_item", "code": "allergy"}}, True),
    ({"refused": {"code": "wrong_station", "max": 0}}, True),
    ({"before": {"first": {"cmd": "verify_identity"}, "then": {"cmd": "new_prescription"},
                 "same_patient": True}}, True),
    ({"before": {"first": {"cmd": "new_prescription"}, "then": {"cmd": "verify_identity"}}},
     False),
    ({"before": {"first": {"cmd": "end_visit"}, "then": {"cmd": "sign_prescription"}}}, True),
    ({"elapsed_at_most": {"seconds": 6}}, True),
    ({"elapsed_at_most": {"seconds": 5}}, False),
    ({"exists": {"entity": "rx_items", "where": {"drug": "azithromycin", "dose": 500}}}, True),
    ({"exists": {"entity": "rx_items", "where": {"status": "draft", "overridden": {"eq": []}}}},
     True),
    ({"exists": {"entity": "rx_items", "where": {"overridden": []}}}, False),
    ({"exists": {"entity": "patients", "where": {"allergies_recorded": {"has": "penicillin"}}}},
     True),
    ({"exists": {"entity": "patients", "where": {"allergies_recorded": {"lacks": "nsaid"}}}},
     True),
    ({"exists": {"entity": "visits", "where": {"primary_diagnosis": None}}}, True),
    ({"exists": {"entity": "visits", "where": {"status": {"in": ["seen", "waiting"]}}}}, False),
    ({"exists": {"entity": "visits", "where": {"status": {"ne": "seen"}, "called": False}}},
     True),
    ({"exists": {"entity": "rx_items", "where": {"days": {"gt": "3"}}}}, False),
    ({"exists": {"entity": "rx_items", "where": {"allergy_conflict": 1}}}, False),
    ({"none": {"entity": "dispensings"}}, True),
    ({"none": {"entity": "rx_items", "where": {"antibiotic": True}}}, False),
    ({"all": [{"none": {"entity": "dispensings"}}, {"not": {"none": {"entity": "visits"}}}]},
     True),
    ({"any": [{"none": {"entity": "visits"}}, {"done": {"cmd": "start_visit"}}]}, True),
])
def test_predicates(facts: Any, expr: dict[str, Any], expected: bool) -> None:
    assert problems(expr, ("check",)) == []
    assert evaluate(expr, facts) is expected


@pytest.mark.parametrize(("expr", "where"), [
    ({"done": {"cmd": "x"}}, ("check", "done", "cmd")),
    ({"done": {"cmd": "start_visit", "args": {"visit": {"near": 1}}}},
     ("check", "done", "args", "visit", "near")),
    ({"done": {"min": -1}}, ("check", "done", "min")),
    ({"all": []}, ("check", "all")),
    ({"all": [{"nope": 1}]}, ("check", "all", 0, "nope")),
    ({"not": {"done": "x"}}, ("check", "not", "done")),
    ({"before": {"first": {"cmd": "start_visit"}}}, ("check", "before")),
    ({"before": {"first": {}, "then": {}, "order": 1}}, ("check", "before", "order")),
    ({"exists": {"entity": "visits", "where": {"status": {"in": "seen"}}}},
     ("check", "exists", "where", "status", "in")),
    ({"none": {"entity": "visits", "min": 1}}, ("check", "none", "min")),
    ({"elapsed_at_most": {"minutes": 3}}, ("check", "elapsed_at_most")),
    ({"done": {}, "exists": {}}, ("check",)),
    ("done", ("check",)),
])
def test_problems_are_located(expr: Any, where: tuple[Any, ...]) -> None:
    found = problems(expr, ("check",))
    assert found and found[0][0] == where
