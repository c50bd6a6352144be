"""Moodle's documented GIFT examples: every one of the 43 questions imports.

``data/banks/gift_examples.gift`` is modelled question for question on Moodle's
``question/format/gift/examples.txt`` (the same constructs in the same order, written about
hospital practice). Before case/matching/numerical items 29 imported and 14 were left out
(8 numerical, 3 matching, 3 single choice with partial credit); now all do. The file has no
cloze (embedded answers), the one type a hospital exam never uses, which stays unsupported.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from trainer.content.banks import Bank
from trainer.content.importers import ImportOptions, import_gift
from trainer.exams.grading import grade_item

DATA = Path(__file__).parent / "data" / "banks"
OPTIONS = ImportOptions(modules=("nurse_station",), lang="en")


def _bank() -> Bank:
    bank, problems, skipped = import_gift(DATA / "gift_examples.gift", OPTIONS)
    assert problems == [] and skipped == [] and bank is not None
    return bank


def test_all_43_import_with_their_types() -> None:
    bank = _bank()
    assert len(bank.items) == 43
    assert Counter(i.type for i in bank.items) == {
        "single": 16, "fill_in": 9, "numerical": 8, "true_false": 5, "matching": 3,
        "multiple": 2}


def test_names_are_ids_and_a_repeated_name_gets_a_suffix() -> None:
    ids = [i.id for i in _bank().items]
    assert {"prescription_colours", "sos_validity", "verbal_orders", "verbal_orders-2",
            "gift_control_characters", "level_1_care", "verbal_orders_short_answer_ex",
            "numerical_example"} <= set(ids)
    assert ids[0] == "gift_examples-0001"  # nameless: its position, as before
    assert len(set(ids)) == 43


def test_numerical_forms() -> None:
    by_id = {i.id: i for i in _bank().items}
    plain, tolerance, ranged = by_id["gift_examples-0016"], by_id["gift_examples-0017"], \
        by_id["gift_examples-0018"]
    assert (plain.answer, plain.tolerance) == (7.0, 0.0)
    assert (tolerance.answer, tolerance.tolerance) == (41.67, 0.5)
    assert (ranged.answer, ranged.tolerance) == (41.75, 0.75)  # {#41..42.5}
    example = by_id["numerical_example"]
    assert grade_item(example, "8") == 1.0 and grade_item(example, "9.5") == 0.5
    assert grade_item(example, "10.5") == 0.0
    assert "50% credit for being close" in (example.explanation or {})["en"]


def test_matching_sets() -> None:
    by_id = {i.id: i for i in _bank().items}
    capitals = by_id["gift_examples-0015"]
    assert [o.text["en"] for o in capitals.options] == [
        "every hour", "every 2 hours", "every 3 hours", "continuous"]
    assert [q.stem["en"] for q in capitals.questions] == ["Level 1", "Level 2", "Level 3",
                                                          "Special"]
    one_line = by_id["gift_examples-0039"]
    assert [q.answer for q in one_line.questions] == ["A", "B", "C"]
    assert grade_item(one_line, {"1": "A", "2": "B", "3": "A"}) == 2 / 3


def test_partial_credit_is_kept() -> None:
    by_id = {i.id: i for i in _bank().items}
    single = by_id["verbal_orders"]  # ~wrong ~%25% ~%50% =right: single, weighted
    assert single.type == "single" and single.partial_credit and single.answer == "D"
    assert grade_item(single, "C") == 0.5 and grade_item(single, "D") == 1.0
    short = by_id["verbal_orders-2"]  # =right =%75%misspelled =%25%broad
    assert grade_item(short, "resuscitation") == 1.0
    assert grade_item(short, "Resusitation") == 0.75 and grade_item(short, "emergencies") == 0.25
    negative = by_id["gift_examples-0031"]
    assert grade_item(negative, "BC") == 1.0 and grade_item(negative, "AB") == 0.0


def test_escapes_and_markdown() -> None:
    by_id = {i.id: i for i in _bank().items}
    assert [o.text["en"] for o in by_id["gift_examples-0032"].options] == [
        "= 2 mg + 2 mg", "= 2 mg + 3 mg", "= 2 mg + 4 mg"]
    control = by_id["gift_control_characters"]
    assert control.answer == "F" and control.options[5].text["en"] == "\\"
    assert by_id["gift_examples-0025"].stem["en"].startswith(
        "Which drug class does the **red allergy badge**")
