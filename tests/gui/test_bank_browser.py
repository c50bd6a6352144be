"""The bank browser: trainers and admins only, filters, item detail in the UI language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from trainer.gui.app import build_window, make_app
from trainer.gui.shell.main_window import MainWindow
from trainer.gui.teaching.bank_browser import BankBrowserPage
from trainer.services import Services


@pytest.fixture(scope="module")
def app() -> QApplication:
    return make_app()


def open_window(demo_services: Services, lang: str, staff: str, password: str) -> MainWindow:
    _ctx, win = build_window(demo_services, lang)
    win.ctx.log_in(staff, password)
    return win


@pytest.fixture
def trainer_window(app: QApplication, demo_services: Services) -> Iterator[MainWindow]:
    win = open_window(demo_services, "en", "T001", "demo-trainer")
    yield win
    win.close()
    shiboken6.delete(win)


def browser(win: MainWindow) -> BankBrowserPage:
    page = win.show_page("bank-browser")
    assert isinstance(page, BankBrowserPage)
    if page.loading is not None:  # started at login; the page fills itself when it ends
        assert page.loading.wait()
    assert page.banks is not None
    return page


def choose(combo: object, value: object) -> None:
    index = combo.findData(value)  # type: ignore[attr-defined]
    assert index >= 0
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]
    combo.activated.emit(index)  # type: ignore[attr-defined]


def test_trainees_do_not_see_the_bank_browser(app: QApplication, demo_services: Services) -> None:
    win = open_window(demo_services, "en", "N001", "demo-nurse")
    try:
        assert win.show_page("bank-browser") is None
        assert "Question banks" not in [win.nav.item(i).text() for i in range(win.nav.count())]
    finally:
        win.close()
        shiboken6.delete(win)


def test_filters_narrow_the_items(trainer_window: MainWindow) -> None:
    page = browser(trainer_window)
    everything = len(page.items)
    assert everything == page.table.rowCount() > 100
    choose(page.module, "pharmacy")
    choose(page.difficulty, 2)
    choose(page.pool, "exam")
    assert 0 < len(page.items) < everything
    assert page.status.text() == f"{len(page.items)} items"
    for row in range(page.table.rowCount()):
        assert page.table.item(row, 3).text() == "2"
        assert page.table.item(row, 4).text() == "Exam pool"
    point = page.items[0].knowledge_point
    choose(page.knowledge_point, point)
    assert page.items and {i.knowledge_point for i in page.items} == {point}
    choose(page.module, None)
    choose(page.difficulty, None)
    choose(page.pool, None)
    choose(page.knowledge_point, None)
    assert len(page.items) == everything


def test_item_detail_shows_stem_options_answer_explanation_and_source(
    trainer_window: MainWindow,
) -> None:
    page = browser(trainer_window)
    row = next(i for i, item in enumerate(page.items) if item.type == "single")
    page.table.setCurrentCell(row, 0)
    text = page.detail.toPlainText()
    item = page.items[row]
    assert item.stem in text and "Answer:" in text and "Explanation:" in text
    assert "Source:" in text and item.item_id in text and "✓" in text
    assert "statistic" not in text.lower()  # none until exams exist


def test_the_detail_follows_the_interface_language(
    app: QApplication, demo_services: Services
) -> None:
    win = open_window(demo_services, "zh_CN", "A001", "demo-admin")
    try:
        page = browser(win)
        page.table.setCurrentCell(0, 0)
        text = page.detail.toPlainText()
        assert "答案" in text and "出处" in text
        assert page.items[0].stem in text
        assert any("\u4e00" <= ch <= "\u9fff" for ch in page.items[0].stem)
    finally:
        win.close()
        shiboken6.delete(win)
