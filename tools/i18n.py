"""Translation files: ``update`` extracts tr() strings into the .ts sources, ``release``
builds the .qm files the application loads.

    python tools/i18n.py update    # after changing UI strings (developers)
    python tools/i18n.py release   # run by make; the .qm files are build output
    python tools/i18n.py check     # every UI string and every word translated

The English file's translations are the source texts (the sources are English). The
Chinese translations are kept per area of the app in ``trainer/i18n/zh_CN/*.json``
(English source → Chinese), reviewed like code; ``update`` writes them into the .ts file
and lists every source text that has no translation yet. Several people can add UI
strings at once without editing the same .ts file by hand.

The same dictionaries translate the table of words for error codes and statuses
(:mod:`trainer.words`, used by the GUI and the CLI without Qt): ``update`` and ``check``
also list every defined word whose English template has no Chinese yet.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "trainer" / "i18n"
LANGS = ("zh_CN", "en")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def ts_file(lang: str) -> Path:
    return I18N / f"his_trainer_{lang}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "trainer" / "gui").rglob("*.py"))


def update() -> None:
    for lang in LANGS:
        subprocess.run(
            [
                tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                *sources(),
                "-ts",
                str(ts_file(lang).relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )
    fill_english()
    missing = fill_chinese() + words_without_chinese()
    for text in missing:
        print(f"no Chinese translation yet: {text!r}")
    if missing:
        raise SystemExit(f"{len(missing)} string(s) need a translation in {I18N / 'zh_CN'}")


def check() -> None:
    """Fail when a UI string or a word has no Chinese (the .ts files as they are)."""
    missing = unfinished_in_ts() + words_without_chinese()
    for text in missing:
        print(f"no Chinese translation yet: {text!r}")
    if missing:
        raise SystemExit(f"{len(missing)} string(s) need a translation in {I18N / 'zh_CN'}")


def defined_words() -> dict[str, str]:
    """Every word defined anywhere in trainer (code → English template).

    Words are defined where their codes are raised, at import; importing every module
    finds them all, whichever feature added them.
    """
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import trainer
    from trainer import words

    for module in pkgutil.walk_packages(trainer.__path__, "trainer."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    return words.defined()


def words_without_chinese() -> list[str]:
    chinese = chinese_dictionary()
    return sorted({english for english in defined_words().values() if english not in chinese})


def unfinished_in_ts() -> list[str]:
    tree = ET.parse(ts_file("zh_CN"))
    return [message.findtext("source") or "" for message in tree.iter("message")
            if (t := message.find("translation")) is None or t.get("type") == "unfinished"
            or not (t.text or "").strip()]


def chinese_dictionary() -> dict[str, str]:
    merged: dict[str, str] = {}
    for path in sorted((I18N / "zh_CN").glob("*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


def fill_chinese() -> list[str]:
    """Write the dictionaries into the zh_CN .ts; returns source texts still missing."""
    words = chinese_dictionary()
    path = ts_file("zh_CN")
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if source in words:
            translation.text = words[source]
            translation.attrib.pop("type", None)
        else:
            translation.text = ""
            translation.set("type", "unfinished")
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def fill_english() -> None:
    """English translations equal the English sources (keeps the file 'finished')."""
    path = ts_file("en")
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is None or translation is None:
            continue
        translation.text = source.text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def release() -> None:
    for lang in LANGS:
        qm = I18N / f"his_trainer_{lang}.qm"
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts_file(lang)), "-qm", str(qm)], check=True
        )


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "release"
    {"update": update, "release": release, "check": check}[command]()
