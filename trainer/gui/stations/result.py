"""The results screen after an attempt: the score against the pass mark, each check with
its text (met or not), critical errors in red with the rule they break, efficiency (time,
commands, refused, detours, the expert's figures), and 再试一次 / 下一个场景.

May import: PySide6, trainer.sim (grading, scenario_files), trainer.gui.stations.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from trainer.gui.stations.stationmap import text
from trainer.sim.grading import Result
from trainer.sim.scenario_files import LoadedScenario


class ResultView(QWidget):
    try_again = Signal()
    next_scenario = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sim-result")
        self.lang = lang
        layout = QVBoxLayout(self)
        self.headline = QLabel(self)
        self.headline.setObjectName("result-headline")
        layout.addWidget(self.headline)
        self.details = QTextBrowser(self)
        self.details.setObjectName("result-details")
        layout.addWidget(self.details, 1)
        row = QHBoxLayout()
        self.again = QPushButton(self)
        self.again.setObjectName("result-try-again")
        self.again.clicked.connect(self.try_again)
        self.next = QPushButton(self)
        self.next.setObjectName("result-next")
        self.next.clicked.connect(self.next_scenario)
        row.addStretch(1)
        row.addWidget(self.again)
        row.addWidget(self.next)
        layout.addLayout(row)
        self.result: Result | None = None
        self.loaded: LoadedScenario | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.again.setText(self.tr("Try again"))
        self.again.setAccessibleName(self.tr("Try this scenario again"))
        self.next.setText(self.tr("Next scenario"))
        self.next.setAccessibleName(self.tr("Go to the next scenario"))
        self.details.setAccessibleName(self.tr("result details"))
        self.headline.setAccessibleName(self.tr("score"))
        if self.result is not None and self.loaded is not None:
            self.show_result(self.loaded, self.result)

    def show_result(self, loaded: LoadedScenario, result: Result) -> None:
        self.loaded, self.result = loaded, result
        lang = self.lang
        verdict = self.tr("PASSED") if result.passed else self.tr("NOT PASSED")
        color = "#1b5e20" if result.passed else "#b71c1c"
        self.headline.setText(
            f"<span style='font-size:20pt;color:{color}'><b>{result.score:g}</b> / 100 · "
            f"{verdict}</span>  "
            + escape(self.tr("pass mark %1").replace("%1", str(result.pass_mark)))
            + f" — {escape(text(loaded.scenario.title, lang))}"
        )
        heads = {
            "critical": escape(self.tr("Critical errors")),
            "rule": escape(self.tr("Rule")),
            "checks": escape(self.tr("Checks")),
            "efficiency": escape(self.tr("Efficiency")),
        }
        sources = {c.id: c.source for c in loaded.scenario.critical_errors}
        parts = []
        committed = [c for c in result.critical_errors if c.committed]
        if committed:
            parts.append(f"<h3 style='color:#b71c1c'>{heads['critical']}</h3>")
            for crit in committed:
                rule = sources.get(crit.id, "")
                parts.append(
                    f"<p style='color:#b71c1c'><b>✗ {escape(text(crit.text, lang))}</b>"
                    + (f"<br/><small>{heads['rule']}: {escape(rule)}</small>" if rule else "")
                    + "</p>"
                )
        parts.append(f"<h3>{heads['checks']}</h3><table cellpadding='3'>")
        for check in result.checks:
            mark = (
                "<span style='color:#1b5e20'>✓</span>"
                if check.passed
                else "<span style='color:#b71c1c'>✗</span>"
            )
            parts.append(
                f"<tr><td>{mark}</td><td>{escape(text(check.text, lang))}</td>"
                f"<td align='right'>{check.weight}</td></tr>"
            )
        parts.append("</table>")
        eff = result.efficiency
        parts.append(
            f"<h3>{heads['efficiency']}</h3><p>"
            + escape(
                self.tr("Time %1 s, %2 commands, %3 refused, %4 detours")
                .replace("%1", f"{eff.time_ms / 1000:g}")
                .replace("%2", str(eff.commands))
                .replace("%3", str(eff.refused))
                .replace("%4", str(eff.detours))
            )
        )
        if eff.expert_commands is not None and eff.expert_time_ms is not None:
            parts.append(
                "<br/>"
                + escape(
                    self.tr("The expert: %1 s, %2 commands")
                    .replace("%1", f"{eff.expert_time_ms / 1000:g}")
                    .replace("%2", str(eff.expert_commands))
                )
            )
        parts.append("</p>")
        self.details.setHtml("".join(parts))
        self.again.setFocus()
