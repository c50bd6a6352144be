"""The efficiency figure's detours rest on the longest common subsequence of the attempt's
commands and the expert path: the bit-parallel count equals the classic table's."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.sim.grading import _common_length

COMMANDS = st.sampled_from(["verify_identity", "scan_wristband", "scan_drug",
                            "confirm_checks", "execute_order", "notify"])


def table(a: list[str], b: list[str]) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b, start=1):
            keep = row[j]
            row[j] = prev + 1 if x == y else max(row[j], row[j - 1])
            prev = keep
    return row[-1]


@given(st.lists(COMMANDS, max_size=60), st.lists(COMMANDS, max_size=90))
def test_bit_parallel_equals_the_table(a: list[str], b: list[str]) -> None:
    assert _common_length(a, b) == table(a, b)


def test_known_values() -> None:
    assert _common_length(["a", "b", "c", "b", "d", "a", "b"],
                          ["b", "d", "c", "a", "b", "a"]) == 4
    assert _common_length([], ["a"]) == 0 and _common_length(["a"] * 3, ["a"]) == 1
