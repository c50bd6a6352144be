"""One paper item on screen: stem, options, and the parts of a case or matching set.

The view shows options in the paper's order (display letters A, B, C… map to the bank's
keys through the entry's ``orders``) and reports choices in bank keys. It is driven by the
runner's keys; option buttons take no focus so the keyboard stays with the runner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.content.banks import Item
from trainer.content.common import pick
from trainer.exams.assembly import PaperEntry

LETTERS = "ABCDEF"


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class QuestionView(QWidget):
    """Shows ``item`` with the current ``response``; ``on_change(response)`` on each choice."""

    def __init__(self, item: Item, entry: PaperEntry, number: int, lang: str,
                 response: Any, on_change: Callable[[Any], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item, self.entry, self.lang = item, entry, lang
        self.response = response
        self.on_change = on_change
        self.part = 0  # the sub-question the keys answer (case, matching)
        self.buttons: list[list[QPushButton]] = []
        self.part_frames: list[QFrame] = []
        self.text_input: QLineEdit | None = None
        layout = QVBoxLayout(self)
        head = _label(f"{number}. {pick(item.stem, lang)}", "questionStem")
        layout.addWidget(head)
        if item.type == "case":
            for index, question in enumerate(item.questions):
                keys = entry.orders[index] if index < len(entry.orders) else "".join(
                    o.key for o in question.options)
                texts = {o.key: pick(o.text, lang) for o in question.options}
                layout.addWidget(self._part(index, f"({index + 1}) {pick(question.stem, lang)}",
                                            keys, texts))
        elif item.type == "matching":
            keys = entry.orders[0] if entry.orders else "".join(o.key for o in item.options)
            texts = {o.key: pick(o.text, lang) for o in item.options}
            layout.addWidget(_label("\n".join(f"{LETTERS[i]}. {texts[k]}"
                                              for i, k in enumerate(keys)), "sharedOptions"))
            for index, question in enumerate(item.questions):
                layout.addWidget(self._part(index, f"({index + 1}) {pick(question.stem, lang)}",
                                            keys, None))
        elif item.type in ("single", "multiple"):
            keys = entry.orders[0] if entry.orders else "".join(o.key for o in item.options)
            texts = {o.key: pick(o.text, lang) for o in item.options}
            layout.addWidget(self._part(0, "", keys, texts))
        elif item.type == "true_false":
            layout.addWidget(self._part(0, "", "TF", {"T": self.tr("True"),
                                                      "F": self.tr("False")}))
        else:
            self.text_input = QLineEdit(str(response) if response is not None else "")
            self.text_input.setAccessibleName(self.tr("Your answer"))
            self.text_input.returnPressed.connect(self._on_text_entered)
            row = QHBoxLayout()
            row.addWidget(self.text_input)
            if item.unit:
                row.addWidget(QLabel(pick(item.unit, lang)))
            layout.addLayout(row)
        layout.addStretch(1)
        self.refresh()

    def _part(self, index: int, stem: str, keys: str, texts: dict[str, str] | None) -> QFrame:
        frame = QFrame()
        frame.setObjectName("questionPart")
        box = QVBoxLayout(frame)
        if stem:
            box.addWidget(_label(stem))
        row = QHBoxLayout() if texts is None else None
        buttons = []
        for position, key in enumerate(keys):
            caption = LETTERS[position] + (f". {texts[key]}" if texts else "")
            button = QPushButton(caption)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("bankKey", key)
            button.setAccessibleName(caption)
            button.clicked.connect(lambda _c=False, p=index, k=key: self._choose(p, k))
            buttons.append(button)
            (row.addWidget(button) if row is not None else box.addWidget(button))
        if row is not None:
            row.addStretch(1)
            box.addLayout(row)
        self.buttons.append(buttons)
        self.part_frames.append(frame)
        return frame

    # --- answering ------------------------------------------------------------------------
    @property
    def parts(self) -> int:
        return len(self.buttons)

    def choose_letter(self, letter: str) -> bool:
        """Answer the current part with display letter ``letter`` (A–F); False if none."""
        if not self.buttons or self.part >= len(self.buttons):
            return False
        position = LETTERS.find(letter)
        buttons = self.buttons[self.part]
        if not 0 <= position < len(buttons):
            return False
        self._choose(self.part, str(buttons[position].property("bankKey")))
        return True

    def _choose(self, part: int, key: str) -> None:
        kind = self.item.type
        if kind in ("case", "matching"):
            given = dict(self.response) if isinstance(self.response, dict) else {}
            given[str(part + 1)] = key
            new: Any = given
        elif kind == "multiple":
            chosen = set(self.response or "")
            chosen ^= {key}
            new = "".join(sorted(chosen)) or None
        elif kind == "true_false":
            new = key == "T"
        else:
            new = key
        self.part = part
        self.on_change(new)

    def _on_text_entered(self) -> None:
        assert self.text_input is not None
        text = self.text_input.text().strip()
        self.on_change(text or None)

    def move_part(self, step: int) -> None:
        if self.parts:
            self.part = max(0, min(self.parts - 1, self.part + step))
            self.refresh()

    def show_response(self, response: Any) -> None:
        self.response = response
        self.refresh()

    def refresh(self) -> None:
        for index, buttons in enumerate(self.buttons):
            for button in buttons:
                button.setChecked(self._is_chosen(index, str(button.property("bankKey"))))
            frame = self.part_frames[index]
            frame.setProperty("current", index == self.part and self.parts > 1)
            frame.style().unpolish(frame)
            frame.style().polish(frame)

    def _is_chosen(self, part: int, key: str) -> bool:
        given = self.response
        if self.item.type in ("case", "matching"):
            return isinstance(given, dict) and given.get(str(part + 1)) == key
        if self.item.type == "multiple":
            return isinstance(given, str) and key in given
        if self.item.type == "true_false":
            return isinstance(given, bool) and given is (key == "T")
        return bool(given == key)
