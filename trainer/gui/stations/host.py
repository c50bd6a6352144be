"""The station host: runs one attempt at a scenario on a station screen.

It shows the brief and the clock, turns what the screen asks for into sandbox commands
(:meth:`StationHost.issue`), journals them (:class:`trainer.sim.recording.RecordedAttempt`:
applied at once, written by the group-commit writer, so the GUI thread never waits for the
disk), re-renders the screen from the sandbox, and says what the HIS says: a refused
command in the HIS's own words in the trainee's language, a soft alert in the alert panel
with a reason box ("填写理由继续"). Modes: guided (the scenario's hint and the next control
highlighted), practice (a word after each finished task), exam (neither; timed, finished
automatically at the time limit), demo (driven by the demonstration player).

May import: PySide6, trainer.sim (recording, refusals, checks, log, scenario_files),
trainer.journal, trainer.gui.stations (stationmap, alerts, widgets).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.alerts import AlertPanel
from trainer.gui.stations.stationmap import station_map, text
from trainer.journal import JournalWriter
from trainer.sim.checks import evaluate
from trainer.sim.grading import Result
from trainer.sim.log import LogEntry
from trainer.sim.recording import RecordedAttempt
from trainer.sim.refusals import refusal

#: For a hint judged on the state, the command that usually makes it true.
ENTITY_COMMAND = {
    "patients": "record_allergies",
    "diagnoses": "add_diagnosis",
    "rx_items": "add_rx_item",
    "executions": "execute_order",
    "visits": "write_emr",
    "vitals": "record_vitals",
    "skin_tests": "record_skin_test",
    "orders": "new_order",
    "batches": "quarantine_batch",
    "order_reviews": "review_ward_order",
    "unit_doses": "unit_dose",
    "drug_returns": "confirm_return",
    "refunds": "approve_refund",
}
GUIDE_STYLE = "border:3px solid #ff6f00;background:#fff3e0;"


class StationScreen(QWidget):
    """What a station screen provides to the host."""

    host: StationHost

    def _lay_out(self, side: QWidget, work: QWidget, side_width: int) -> None:
        """The HIS layout every station shares: the patient list or bed cards on the left,
        the work area on the right, with a splitter between them."""
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(self)
        outer.addWidget(split)
        split.addWidget(side)
        split.addWidget(work)
        split.setSizes([side_width, 900])

    def _issue(self, cmd: str, args: dict[str, Any]) -> object:
        """Send a command to the sandbox through the host (journalled, refusals shown)."""
        return self.host.issue(cmd, args)

    def show_state(self, recorded: RecordedAttempt) -> None:
        """Show the sandbox's state."""

    def control_for(self, cmd: str) -> QWidget | None:
        """The control that issues ``cmd`` (guided mode highlights it)."""
        return None

    def result_words(self, entry: LogEntry) -> str | None:
        """What the HIS says after an accepted command, when the screen has more to say
        than "done" (the cashier's change); None: the host's words."""
        return None

    def retranslate(self) -> None:
        """Texts in the current language."""


def hint_command(expr: Any) -> str | None:
    """The command a hint's ``done_when`` waits for (``done: {cmd: …}``), else a guess
    from the entity it looks at."""
    if isinstance(expr, dict):
        done = expr.get("done")
        if isinstance(done, dict) and isinstance(done.get("cmd"), str):
            return str(done["cmd"])
        exists = expr.get("exists")
        if isinstance(exists, dict) and exists.get("entity") in ENTITY_COMMAND:
            return ENTITY_COMMAND[str(exists["entity"])]
        for value in expr.values():
            found = hint_command(value)
            if found:
                return found
    if isinstance(expr, list):
        for value in expr:
            found = hint_command(value)
            if found:
                return found
    return None


def reveal(control: QWidget) -> None:
    """Bring the tab that holds ``control`` to the front."""
    child: QWidget | None = control
    while child is not None:
        parent = child.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
        child = parent


def command_label(cmd: str, lang: str) -> str:
    """The station-map label of the button that issues ``cmd`` (核对身份, 提交处方…)."""
    for station in station_map().stations:
        for screen in station.screens:
            for button in screen.buttons:
                if button.command == cmd:
                    return text(button.label, lang)
    return cmd


class StationHost(QWidget):
    applied = Signal(object)  # LogEntry
    finished = Signal(object)  # Result

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("station-host")
        self.lang = lang
        self.recorded: RecordedAttempt | None = None
        self.station_screen: StationScreen | None = None
        self.writer: JournalWriter | None = None
        self._guided: QWidget | None = None
        self._guided_style = ""
        self._last_hint: dict[str, str] | None = None
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._on_timer_timeout)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight:bold;")
        self.mode_label = QLabel(self)
        self.clock = QLabel(self)
        self.clock.setObjectName("station-clock")
        self.saved_label = QLabel(self)
        self.finish_button = QPushButton(self)
        self.finish_button.setObjectName("finish-attempt")
        self.finish_button.clicked.connect(self.finish)
        top.addWidget(self.title)
        top.addWidget(self.mode_label)
        top.addStretch(1)
        top.addWidget(self.saved_label)
        top.addWidget(self.clock)
        top.addWidget(self.finish_button)
        layout.addLayout(top)
        self.brief = QLabel(self)
        self.brief.setWordWrap(True)
        self.brief.setStyleSheet("color:#37474f;")
        layout.addWidget(self.brief)
        self.hint = QLabel(self)
        self.hint.setObjectName("guided-hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("background:#fff8e1;border:1px solid #ffb300;padding:3px;")
        layout.addWidget(self.hint)
        self.message = QLabel(self)
        self.message.setObjectName("his-message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.alert = AlertPanel(self)
        self.alert.resubmit.connect(self._on_alert_resubmit)
        layout.addWidget(self.alert)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.finish_button.setText(self.tr("Finish and grade"))
        self.finish_button.setAccessibleName(self.tr("Finish the attempt and see the result"))
        self.clock.setAccessibleName(self.tr("attempt time"))
        self.hint.setAccessibleName(self.tr("guidance"))
        self.message.setAccessibleName(self.tr("message from the HIS"))
        self.brief.setAccessibleName(self.tr("scenario brief"))
        if self.recorded is not None:
            sc = self.recorded.loaded.scenario
            self.title.setText(text(sc.title, self.lang))
            self.brief.setText(text(sc.brief, self.lang))
            modes = {
                "guided": self.tr("Guided practice"),
                "practice": self.tr("Practice"),
                "exam": self.tr("Exam"),
                "demo": self.tr("Demonstration"),
            }
            self.mode_label.setText(f"[{modes[self.recorded.mode]}]")
        if self.station_screen is not None:
            self.station_screen.retranslate()
        self.alert.retranslate(self.lang)

    # the attempt
    def start(self, recorded: RecordedAttempt, screen: StationScreen) -> None:
        self.recorded, self.station_screen = recorded, screen
        self.writer = recorded.writer
        screen.host = self
        self.body.addWidget(screen, 1)
        self.finish_button.setVisible(recorded.mode != "demo")
        self.message.clear()
        self.retranslate()
        screen.show_state(recorded)
        self._guide()
        self._on_timer_timeout()
        self.timer.start()

    def issue(self, cmd: str, args: dict[str, Any], t: int | None = None) -> LogEntry | None:
        """Apply one command for the screen (at elapsed ``t`` when a demonstration plays a
        log); show the HIS's answer; re-render."""
        if self.recorded is None or self.recorded.result is not None:
            return None
        entry = self.recorded.apply(cmd, args, t)
        self.alert.hide_alert()
        if entry.accepted:
            self._say(self._result_words(entry), ok=True)
        elif entry.code == "alert_needs_reason":
            self.alert.show_alert(cmd, args, entry.facts, self.lang)
            self._say("", ok=True)
        else:
            self._say(refusal(entry.code, self.lang, entry.facts), ok=False)
        assert self.station_screen is not None
        self.station_screen.show_state(self.recorded)
        self._guide()
        if self.recorded.writer is not None:
            self.saved_label.setText(self.tr("saving…"))
        self.applied.emit(entry)
        return entry

    def _on_alert_resubmit(self, cmd: str, args: dict[str, Any]) -> None:
        self.issue(cmd, args)

    def _result_words(self, entry: LogEntry) -> str:
        own = self.station_screen.result_words(entry) if self.station_screen else None
        if own:
            return own
        says = entry.result.get("says")
        if entry.cmd == "ask_allergies" and isinstance(says, list):
            from trainer.gui.stations.widgets import allergy_names

            return self.tr("The patient says: %1").replace(
                "%1", allergy_names(says) if says else self.tr("no drug allergy")
            )
        return self.tr("Done: %1").replace("%1", command_label(entry.cmd, self.lang))

    def _say(self, words: str, *, ok: bool) -> None:
        self.message.setText(words)
        color = "#1b5e20" if ok else "#b71c1c"
        style = f"color:{color};font-weight:{'normal' if ok else 'bold'};"
        if style != self.message.styleSheet():
            self.message.setStyleSheet(style)

    def _guide(self) -> None:
        """Guided: show the next hint and highlight its control; practice: say when a task
        is done; exam and demo-without-captions: nothing."""
        assert self.recorded is not None and self.station_screen is not None
        mode = self.recorded.mode
        nxt = self._next_hint()
        self.hint.setVisible(mode in ("guided", "demo") and nxt is not None)
        if nxt is None:
            self._highlight(None)
            if mode != "exam" and self._last_hint is not None:
                self._say(self.tr("All tasks done: finish to see your result."), ok=True)
            self._last_hint = None
            return
        hint_text, cmd = nxt
        if mode == "practice" and self._last_hint not in (None, hint_text):
            assert self._last_hint is not None
            self._say(
                self.tr("Task done: %1").replace("%1", text(self._last_hint, self.lang)), ok=True
            )
        self._last_hint = hint_text
        if mode not in ("guided", "demo"):
            return
        self.hint.setText("▶ " + text(hint_text, self.lang))
        control = self.station_screen.control_for(cmd) if cmd else None
        self._highlight(control)

    def _highlight(self, control: QWidget | None) -> None:
        """Guided: the next control gets the orange frame (restyled only when it moves)."""
        if control is self._guided:
            return
        if self._guided is not None:
            self._guided.setStyleSheet(self._guided_style)
        self._guided = control
        if control is not None:
            self._guided_style = control.styleSheet()
            control.setStyleSheet(GUIDE_STYLE)
            reveal(control)

    def _next_hint(self) -> tuple[dict[str, str], str | None] | None:
        assert self.recorded is not None
        facts = self.recorded.attempt.facts()
        for hint in self.recorded.loaded.scenario.hints:
            if not evaluate(hint.done_when, facts):
                return dict(hint.text), hint_command(hint.done_when)
        return None

    def guided_control(self) -> QWidget | None:
        return self._guided

    def _on_timer_timeout(self) -> None:
        if self.recorded is None:
            return
        elapsed = self.recorded.elapsed_ms() // 1000
        limit = self.recorded.loaded.scenario.time_limit_s
        if self.recorded.mode == "exam":
            left = max(0, limit - elapsed)
            self.clock.setText(
                self.tr("Time left %1").replace("%1", f"{left // 60:02d}:{left % 60:02d}")
            )
            if left == 0 and self.recorded.result is None:
                self.finish()
        else:
            self.clock.setText(f"{elapsed // 60:02d}:{elapsed % 60:02d}")
        if self.recorded.writer is None:
            self.saved_label.clear()
        elif self.recorded.saved():
            self.saved_label.setText(self.tr("saved"))

    def finish(self) -> Result | None:
        """Grade, journal ``sim.finished`` and stop; the page shows the result."""
        if self.recorded is None:
            return None
        result = self.recorded.finish()
        self.stop()
        self.finished.emit(result)
        return result

    def stop(self) -> None:
        """Commit what is queued and stop the writer (finish, lock, log out, close)."""
        self.timer.stop()
        if self.writer is not None:
            if self.recorded is not None:
                self.recorded.flush()
            self.writer.close()
            self.writer = None
            if self.recorded is not None:
                self.recorded.writer = None
