"""Paper assembly: properties over random banks and blueprints (hypothesis)."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.exams import factory
from trainer.content.blueprints import exam_pool, shortfalls
from trainer.exams.assembly import BlueprintShortfall, assemble, draw, practice_paper

KINDS = ("single", "multiple", "true_false", "numerical", "case", "matching")
BANK = factory.bank(300, kinds=KINDS) + factory.bank(60, pool="practice", kinds=KINDS)
POOL = exam_pool(BANK, "nurse_station")
BY_ID = {i.id: i for i in BANK}

sections = st.lists(st.fixed_dictionaries({
    "count": st.integers(1, 12),
    "knowledge_points": st.lists(st.sampled_from(factory.KPS), max_size=2, unique=True),
    "difficulty": st.tuples(st.integers(1, 3), st.integers(3, 5)),
    "types": st.lists(st.sampled_from(KINDS), max_size=2, unique=True),
}), min_size=1, max_size=5)


def satisfiable(secs: list[dict[str, object]]) -> bool:
    return not shortfalls(factory.blueprint(secs), POOL)


@settings(max_examples=150, deadline=None)
@given(sections, st.integers(0, 2**31), st.booleans())
def test_paper_is_exact_reproducible_and_whole(secs: list[dict[str, object]], seed: int,
                                               shuffle: bool) -> None:
    blueprint = factory.blueprint(secs, shuffle_items=shuffle, shuffle_options=shuffle)
    if shortfalls(blueprint, POOL):
        # the check is conservative: a draw may still succeed, but never half-way
        try:
            paper = draw(blueprint, POOL, seed)
        except BlueprintShortfall:
            return
    else:  # no shortfall reported: every seed must succeed
        paper = assemble(blueprint, BANK, seed)
    # reproducible: the same seed on "another PC" (the bank in another order) → same paper
    assert assemble(blueprint, list(reversed(BANK)), seed) == paper
    # no repeats
    assert len(set(paper.item_ids)) == len(paper.item_ids)
    # exactly the blueprint: each section's count, each item meeting its section
    per_section = Counter(e.section for e in paper.entries)
    assert per_section == {i: s.count for i, s in enumerate(blueprint.sections)}
    for entry in paper.entries:
        item = BY_ID[entry.item_id]
        assert blueprint.sections[entry.section].takes(item) and item.pool == "exam"
        if item.type == "case":  # the cluster is whole: every sub-question, its own options
            assert len(entry.orders) == len(item.questions)
            for order, question in zip(entry.orders, item.questions, strict=True):
                assert sorted(order) == [o.key for o in question.options]
        elif item.options:
            assert sorted(entry.orders[0]) == [o.key for o in item.options]
        if not shuffle:
            assert all(o == "".join(sorted(o)) for o in entry.orders)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**31), st.integers(0, 2**31))
def test_different_seeds_mostly_differ(a: int, b: int) -> None:
    blueprint = factory.blueprint([{"count": 20}])
    if a != b:
        assert assemble(blueprint, BANK, a).item_ids != assemble(blueprint, BANK, b).item_ids


def test_unsatisfiable_blueprint_names_its_shortfall() -> None:
    blueprint = factory.blueprint([
        {"count": 5, "types": ["case"], "knowledge_points": ["privacy"]},
        {"count": 400}])
    found = shortfalls(blueprint, POOL)
    assert [index for index, _n, _a in found] == [0, 1]
    with pytest.raises(BlueprintShortfall) as short:
        draw(blueprint, POOL, 1)
    facts = short.value.facts
    assert facts["section"] == 0 and facts["needed"] == 5 and facts["available"] < 5
    assert "privacy" in facts["criteria"] and "case" in facts["criteria"]


def test_practice_paper_puts_weak_points_first() -> None:
    paper = practice_paper(BANK, "nurse_station", 10, seed=4, weakness={"privacy": 0.9})
    kps = [BY_ID[i].knowledge_point for i in paper.item_ids]
    assert kps == ["privacy"] * 10
    assert all(BY_ID[i].pool == "practice" for i in paper.item_ids)
