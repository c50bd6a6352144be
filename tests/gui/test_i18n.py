"""Every UI string goes through tr(), and both translations are complete and current."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

from trainer import words

REPO = Path(__file__).resolve().parents[2]
GUI = REPO / "trainer" / "gui"
TEXT_SETTERS = {
    "setText",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "addItem",
    "setHorizontalHeaderLabels",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
}


def literal_texts(node: ast.Call) -> list[str]:
    out = []
    for arg in node.args[:1]:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            out.append(arg.value)
        elif isinstance(arg, ast.List):
            out += [
                e.value
                for e in arg.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
    return [t for t in out if any(ch.isalpha() for ch in t)]


def test_no_untranslated_literals_reach_widgets() -> None:
    found = []
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in TEXT_SETTERS:
                found += [
                    f"{path.relative_to(REPO)}:{node.lineno}: {t!r}" for t in literal_texts(node)
                ]
    assert found == []


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def test_chinese_translation_is_complete() -> None:
    zh = messages(REPO / "trainer" / "i18n" / "his_trainer_zh_CN.ts")
    unfinished = [
        src
        for src, m in zh.items()
        if (
            m.find("translation") is None
            or m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
            or not (m.findtext("translation") or "").strip()
        )
    ]
    assert unfinished == []


def test_translation_sources_are_up_to_date(tmp_path: Path) -> None:
    """lupdate over the code finds exactly the strings the .ts files hold."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    for lang in ("zh_CN", "en"):
        assert set(messages(fresh)) == set(
            messages(REPO / "trainer" / "i18n" / f"his_trainer_{lang}.ts")
        ), lang


def i18n_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", REPO / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_defined_word_has_chinese() -> None:
    """The table of words (error codes, statuses) is translated like the UI strings."""
    tool = i18n_tool()
    defined = tool.defined_words()
    assert {"auth.bad_credentials", "sync.offline", "operation.failed"} <= set(defined)
    assert tool.words_without_chinese() == []
    assert words.say("auth.throttled", "zh_CN", seconds=3) == "失败次数过多，请在 3 秒后重试。"
    assert words.say("sync.offline", "en").startswith("The sync server cannot be reached")


def test_qt_own_buttons_follow_the_language(qapp: object) -> None:
    """Qt's standard buttons (a dialog's 关闭/确定/取消) are in Chinese with the interface,
    and back in English after switching."""
    from PySide6.QtWidgets import QDialogButtonBox

    from trainer.gui.i18n import install_language

    def texts() -> list[str]:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Close)
        return sorted(b.text().replace("&", "") for b in box.buttons())

    try:
        install_language("zh_CN")
        assert texts() == sorted(["确定", "关闭"])
    finally:
        install_language("en")
    assert texts() == ["Close", "OK"]
