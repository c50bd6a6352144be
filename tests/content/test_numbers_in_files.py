"""Numbers typed by trainers: odd values give a clear refusal, never a traceback."""

from __future__ import annotations

import pytest

from trainer.content.importers.xlsx_rows import CellError, cell_int
from trainer.sim.reference import to_fen


@pytest.mark.parametrize("value", [float("inf"), "Infinity", "1e400", "-1", "1.234", "NaN"])
def test_money_that_is_not_an_amount_is_a_value_error(value: object) -> None:
    with pytest.raises(ValueError):
        to_fen(value)


def test_money_in_yuan_becomes_fen() -> None:
    assert to_fen(12.5) == 1250 and to_fen("0.05") == 5


@pytest.mark.parametrize("value", ["⑴", "⒈", "1.5", "三"])
def test_cells_that_only_look_like_numbers_are_cell_errors(value: str) -> None:
    with pytest.raises(CellError):
        cell_int(value)


def test_full_width_digits_are_numbers() -> None:
    assert cell_int("３") == 3 and cell_int(" 4 ") == 4 and cell_int(2.0) == 2
