"""The background runner: results, errors in words, progress, cancel, network calls one at
a time, and the broadcast of what a call changed."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from trainer.changes import Changes
from trainer.errors import TrainerError
from trainer.gui.app import make_app
from trainer.gui.context import AppContext
from trainer.gui.operations import Operation, Progress, failure_words, running
from trainer.journal import NewEvent
from trainer.services import Services


@pytest.fixture(autouse=True)
def app() -> None:
    make_app()


def test_the_result_comes_back_on_the_gui_thread() -> None:
    seen: list[tuple[int, bool]] = []
    op = Operation(None, lambda _p: 6 * 7)
    op.on_success(lambda value: seen.append(
        (value, threading.current_thread() is threading.main_thread())))
    assert op.start().wait()
    assert seen == [(42, True)] and op.done and running() == []


def test_a_refusal_reaches_on_failure_and_reads_in_words() -> None:
    failures: list[TrainerError] = []

    def refuse(_p: Progress) -> None:
        raise TrainerError(code="auth.bad_credentials")

    Operation(None, refuse).on_failure(failures.append).start().wait()
    (error,) = failures
    assert failure_words(error, "en") == "Staff number or password is wrong."
    assert failure_words(error, "zh_CN") == "工号或密码错误。"


def test_a_bug_is_logged_and_said_plainly(dialogs: list[str]) -> None:
    def crash(_p: Progress) -> None:
        raise ValueError("a bug")

    Operation(None, crash).start().wait()  # no on_failure: a message box says it
    (said,) = dialogs
    assert said.startswith("warning: ")
    assert said.endswith(" | Something went wrong; the details are in the log.")
    dialogs.clear()


def test_progress_is_reported_while_the_call_runs(qtbot: QtBot) -> None:
    reports: list[tuple[int, int]] = []

    def count(progress: Progress) -> None:
        for done in range(1, 4):
            progress.report(done, 3)
            time.sleep(0.25)  # longer than the poll interval

    op = Operation(None, count).on_progress(lambda done, total: reports.append((done, total)))
    op.start()
    qtbot.waitUntil(lambda: op.done, timeout=10_000)
    assert (1, 3) in reports and (3, 3) in reports
    assert reports == sorted(reports)


def test_a_running_call_stops_when_cancelled(qtbot: QtBot) -> None:
    outcome: list[str] = []
    started = threading.Event()

    def long_work(progress: Progress) -> str:
        started.set()
        for _ in range(200):
            progress.check()
            time.sleep(0.02)
        return "finished"

    op = Operation(None, long_work).on_success(outcome.append)
    op.on_cancel(lambda: outcome.append("cancelled")).start()
    assert started.wait(5)
    op.cancel()
    assert op.wait()
    assert outcome == ["cancelled"]


def test_network_calls_run_one_at_a_time_in_order() -> None:
    events: list[str] = []

    def call(name: str) -> Operation[None]:
        def talk(_p: Progress) -> None:
            events.append(f"{name} start")
            time.sleep(0.2)
            events.append(f"{name} end")

        return Operation(None, talk, network=True)

    first, second = call("first").start(), call("second").start()
    local = Operation(None, lambda _p: events.append("local")).start()
    assert second.state == "queued"  # waits for the first
    third = call("third").start()
    third.cancel()  # dropped from the queue at once, never run
    assert third.done and isinstance(third.error, TrainerError)
    assert local.wait() and second.wait() and first.done
    assert [e for e in events if e != "local"] == [
        "first start", "first end", "second start", "second end"]


def test_what_a_call_wrote_is_announced_on_the_context(services: Services) -> None:
    ctx = AppContext(services.profile, services.settings, services)
    heard: list[Changes] = []
    ctx.changed.connect(heard.append)

    def read_a_section(_p: Progress) -> None:
        services.journal.append(NewEvent(
            "course.section_read", {"course_id": "nurse_station",
                                    "section_id": "order-verification",
                                    "course_version": 1, "lang": "en"},
            actor_id="N001", subject_id="N001"))

    op = Operation(ctx, read_a_section).start()
    assert op.wait()
    assert op.changes == Changes(frozenset({"course.section_read"}), frozenset({"N001"}))
    assert heard == [op.changes]
    Operation(ctx, lambda _p: None).start().wait()  # wrote nothing: nothing announced
    assert len(heard) == 1


def test_callbacks_are_skipped_when_the_page_is_gone() -> None:
    page = QObject()
    seen: list[int] = []
    release = threading.Event()

    def slow(_p: Progress) -> int:
        release.wait(5)
        return 1

    op = Operation(None, slow, parent=page).on_success(seen.append).start()
    shiboken6.delete(page)
    release.set()
    assert op.wait() and seen == []
