"""The course reader, catalogue, help and search pages in the real window."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trainer.gui import messages
from trainer.gui.app import build_window, make_app
from trainer.gui.reading.catalogue import CataloguePage
from trainer.gui.reading.course import CoursePage
from trainer.gui.reading.search import HTML_ROLE, SearchPage
from trainer.gui.shell.help import HelpPage
from trainer.gui.shell.home import HomePage
from trainer.gui.shell.main_window import MainWindow
from trainer.services import Services

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def app() -> QApplication:
    return make_app()  # once: restyling every widget again is what makes GUI tests slow


@pytest.fixture
def window(app: QApplication, demo_services: Services) -> Iterator[MainWindow]:
    _ctx, win = build_window(demo_services, "en")
    yield win
    win.close()
    shiboken6.delete(win)  # now, not at some later event loop: leftovers slow every test


def log_in(win: MainWindow, staff: str, password: str) -> None:
    win.ctx.log_in(staff, password)
    assert win.screens.currentWidget() is win.shell


def page(win: MainWindow, name: str) -> object:
    shown = win.show_page(name)
    assert shown is not None
    return shown


def test_open_read_leave_and_resume(qtbot: QtBot, window: MainWindow) -> None:
    log_in(window, "N001", "demo-nurse")
    catalogue = page(window, "catalogue")
    assert isinstance(catalogue, CataloguePage)
    assert catalogue.selected_course() == "nurse_station"
    assert catalogue.open_selected()
    reader = window.stack.currentWidget()
    assert isinstance(reader, CoursePage) and reader.course is not None
    sections = [s.id for s in reader.course.sections]
    assert reader.current_section_id() == sections[0]
    reader.mark_read_and_continue()
    reader.mark_read_and_continue()
    assert reader.current_section_id() == sections[2]
    assert reader.progress.text() == f"2 of {len(sections)} sections read"
    assert reader.toc.item(0).text().startswith("✓")
    assert not reader.toc.item(2).text().startswith("✓")

    window.ctx.log_out()
    log_in(window, "N001", "demo-nurse")
    catalogue = page(window, "catalogue")
    assert isinstance(catalogue, CataloguePage)
    row = catalogue.list.topLevelItem(0)
    assert row is not None and row.text(3) == f"2 of {len(sections)} sections"
    catalogue.list.itemActivated.emit(row, 0)  # Enter on the row
    reader = window.stack.currentWidget()
    assert isinstance(reader, CoursePage)
    assert reader.current_section_id() == sections[2]


def test_the_reader_opens_where_the_person_left_off_by_itself(window: MainWindow) -> None:
    log_in(window, "N001", "demo-nurse")
    reader = page(window, "course")
    assert isinstance(reader, CoursePage) and reader.course is not None
    assert reader.course.course_id == "nurse_station"
    assert reader.current_section_id() == "order-verification"
    assert "<table" in reader.view.toHtml()  # the order-types table is rendered
    reader.show_section(3)
    reader.mark_read_and_continue()
    window.ctx.log_out()
    log_in(window, "N001", "demo-nurse")
    reader = page(window, "course")
    assert isinstance(reader, CoursePage) and reader.course is not None
    assert reader.current_section_id() == reader.course.sections[4].id


def test_links_inside_courses(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_in(window, "N001", "demo-nurse")
    reader = page(window, "course")
    assert isinstance(reader, CoursePage)
    assert reader.open_course("nurse_faq", "")
    reader.view.anchorClicked.emit(QUrl("course:nurse_station#verbal-orders"))
    assert reader.course is not None and reader.course.course_id == "nurse_station"
    assert reader.current_section_id() == "verbal-orders"
    reader.view.anchorClicked.emit(QUrl("#graded-nursing"))
    assert reader.current_section_id() == "graded-nursing"
    reader.go_back()
    assert reader.current_section_id() == "verbal-orders"
    reader.go_back()
    assert reader.course.course_id == "nurse_faq"

    asked: list[str] = []
    opened: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda _parent, text: asked.append(text) or False)
    monkeypatch.setattr(
        "trainer.gui.reading.course.QDesktopServices.openUrl",
        lambda url: opened.append(url.toString()) or True,
    )
    reader.view.anchorClicked.emit(QUrl("https://www.nhc.gov.cn/"))
    assert len(asked) == 1 and "https://www.nhc.gov.cn/" in asked[0] and opened == []
    monkeypatch.setattr(messages, "ask", lambda _parent, _text: True)
    reader.view.anchorClicked.emit(QUrl("https://www.nhc.gov.cn/"))
    assert opened == ["https://www.nhc.gov.cn/"]


def test_a_course_of_another_role_is_not_opened(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, text: warnings.append(text))
    log_in(window, "N001", "demo-nurse")
    reader = page(window, "course")
    assert isinstance(reader, CoursePage)
    assert not reader.open_course("pharmacy")
    assert warnings == ["This course is not part of your training."]
    assert reader.course is not None and reader.course.course_id == "nurse_station"


@pytest.mark.parametrize(
    ("query", "course", "lang"), [("医嘱", "nurse_station", "zh_CN"), ("refund", "cashier", "en")]
)
def test_search_finds_two_character_chinese_and_english_terms(
    window: MainWindow, query: str, course: str, lang: str
) -> None:
    staff, password = (
        ("N001", "demo-nurse") if course.startswith("nurse") else ("C001", "demo-cashier")
    )
    log_in(window, staff, password)
    search = page(window, "search")
    assert isinstance(search, SearchPage)
    hits = search.search(query)
    assert hits and hits[0].course_id == course and hits[0].lang == lang
    assert search.results.count() == len(hits)
    assert search.count.text() == f"Results: {len(hits)}"
    shown = str(search.results.item(0).data(HTML_ROLE))
    assert "background-color" in shown and query.lower() in shown.lower()
    search.results.setCurrentRow(0)
    search.results.itemActivated.emit(search.results.item(0))
    reader = window.stack.currentWidget()
    assert isinstance(reader, CoursePage)
    assert (reader.course and reader.course.course_id, reader.current_section_id()) == (
        course,
        hits[0].section_id,
    )


def test_search_starts_with_a_suggestion_and_ctrl_f_comes_back(window: MainWindow) -> None:
    log_in(window, "C001", "demo-cashier")
    search = page(window, "search")
    assert isinstance(search, SearchPage)
    assert search.query.text() == "refund" and search.hits
    assert search.search("zzqqxx") == [] and search.count.text() == "Nothing found"
    window.show_page("home")
    assert search.find_shortcut is not None
    search.find_shortcut.activated.emit()
    assert window.stack.currentWidget() is search
    assert search.query.selectedText() == "zzqqxx"


def test_help_lists_faq_and_shortcuts_of_the_person(window: MainWindow) -> None:
    log_in(window, "P001", "demo-pharmacist")
    help_page = page(window, "help")
    assert isinstance(help_page, HelpPage)
    rows = [help_page.list.topLevelItem(i) for i in range(help_page.list.topLevelItemCount())]
    assert [(r.text(0), r.text(1)) for r in rows if r] == [
        ("Pharmacy FAQ", "FAQ · Pharmacy"),
        ("Pharmacy shortcuts", "Keyboard shortcuts · Pharmacy"),
    ]
    assert help_page.open_selected()
    reader = window.stack.currentWidget()
    assert isinstance(reader, CoursePage) and reader.course is not None
    assert reader.course.course_id == "pharmacy_faq"


def test_a_broken_course_shows_as_unavailable_with_its_reason(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(REPO / "courses" / "nurse_station", tmp_path / "courses" / "nurse_station")
    broken = tmp_path / "courses" / "nurse_broken"
    broken.mkdir()
    (broken / "en.md").write_text("---\nid: nurse_broken\n---\n## A {#a}\n", encoding="utf-8")
    monkeypatch.setenv("HIS_TRAINER_ROOT", str(tmp_path))
    window.ctx.services.reload_content()
    log_in(window, "N001", "demo-nurse")
    catalogue = page(window, "catalogue")
    assert isinstance(catalogue, CataloguePage)
    assert catalogue.list.topLevelItemCount() == 1
    assert not catalogue.unavailable.isHidden()
    item = catalogue.unavailable.topLevelItem(0)
    assert item is not None and item.text(0) == "nurse_broken"
    assert "en.md" in item.text(1) and "kind" in item.text(1)


def test_home_shows_reading_progress_and_opens_the_reader(window: MainWindow) -> None:
    log_in(window, "N001", "demo-nurse")
    reader = page(window, "course")
    assert isinstance(reader, CoursePage) and reader.course is not None
    reader.mark_read_and_continue()
    second = reader.course.sections[1]
    home = page(window, "home")
    assert isinstance(home, HomePage)
    home.refresh()
    table = home.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith("Nurse"))
    assert table.item(row, 1).text() == f"1 / {len(reader.course.sections)}"
    assert table.item(row, 2).text() == second.title
    assert table.item(row, 3).text() != "—"
    reader.show_section(5)
    home.table.cellActivated.emit(row, 0)  # Enter on the row
    assert window.stack.currentWidget() is reader
    assert reader.current_section_id() == second.id


def test_images_load_only_from_inside_the_course_folder(app: QApplication, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage, QTextDocument

    from trainer.gui.reading.course import CourseBrowser

    folder = tmp_path / "course"
    (folder / "images").mkdir(parents=True)
    picture = QImage(4, 4, QImage.Format.Format_RGB32)
    picture.fill(0x2D5F8B)
    assert picture.save(str(folder / "images" / "grid.png"))
    assert picture.save(str(tmp_path / "outside.png"))
    view = CourseBrowser()
    view.folder = folder
    image = QTextDocument.ResourceType.ImageResource.value
    loaded = view.loadResource(image, QUrl("images/grid.png"))
    assert isinstance(loaded, QImage) and loaded.width() == 4
    assert view.loadResource(image, QUrl("../outside.png")) is None
    assert view.loadResource(image, QUrl(str(tmp_path / "outside.png"))) is None
    assert view.loadResource(image, QUrl("https://example.org/x.png")) is None
    shiboken6.delete(view)


def test_switching_language_shows_the_same_section_in_the_new_language(
    qtbot: QtBot, window: MainWindow
) -> None:
    log_in(window, "N001", "demo-nurse")
    reader = page(window, "course")
    assert isinstance(reader, CoursePage) and reader.course is not None
    reader.show_section(3)
    english = reader.course.sections[3].title
    window.ctx.set_language("zh_CN", remember=False)
    try:
        qtbot.waitUntil(lambda: reader.course is not None and reader.course.lang == "zh_CN")
        assert reader.current_section_id() == "three-checks"
        assert reader.course.sections[3].title != english
        assert reader.course.sections[3].title in reader.view.toPlainText()
    finally:
        window.ctx.set_language("en", remember=False)


def test_keyboard_enter_opens_ctrl_enter_marks_read_alt_left_goes_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import Qt

    with qtbot.waitActive(window):  # shortcuts need the window active
        window.show()
        window.activateWindow()
    log_in(window, "N001", "demo-nurse")
    catalogue = page(window, "catalogue")
    assert isinstance(catalogue, CataloguePage)
    catalogue.list.setFocus()
    qtbot.keyClick(catalogue.list, Qt.Key.Key_Return)
    reader = window.stack.currentWidget()
    assert isinstance(reader, CoursePage) and reader.course is not None
    first = reader.current_section_id()
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert first in reader.read and reader.current_section_id() != first
    reader.view.anchorClicked.emit(QUrl("#worked-examples"))
    assert reader.current_section_id() == "worked-examples"
    qtbot.keyClick(reader.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert reader.current_section_id() == reader.course.sections[1].id
    qtbot.keyClick(reader.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.stack.currentWidget()
    assert isinstance(search, SearchPage) and search.query.hasFocus()
