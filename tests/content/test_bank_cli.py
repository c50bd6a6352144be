"""``his-trainer bank import/export`` through :func:`trainer.content.bank_cli.register`."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from trainer.content.bank_cli import register
from trainer.content.banks import load_bank

DATA = Path(__file__).parent / "data" / "banks"


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="his-trainer")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    result: int = args.handler(args)
    return result


def test_nothing_written_while_questions_are_skipped(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "nursing.yaml"
    assert _run("bank", "import", str(DATA / "nursing.gift"), "--out", str(out),
                "--module", "nurse_station") == 1
    assert not out.exists()
    err = capsys.readouterr().err
    assert "skipped description '说明'" in err and "--skip-invalid" in err


def test_skip_invalid_writes_and_lists(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "nursing.yaml"
    assert _run("bank", "import", str(DATA / "nursing.xml"), "--format", "moodle-xml",
                "--out", str(out), "--skip-invalid", "--module", "nurse_station",
                "--role", "nurse", "--pool", "exam", "--bank-id", "ward", "--lang", "en") == 0
    captured = capsys.readouterr()
    assert captured.err == ""  # matching and numerical import now
    assert "wrote 7 item(s)" in captured.out
    bank = load_bank(out)
    assert bank.bank == "ward" and bank.items[0].pool == "exam"
    assert set(bank.items[0].stem) == {"en"}


def test_usage_errors(tmp_path: Path) -> None:
    assert _run("bank", "import", str(tmp_path / "x.doc"), "--out", str(tmp_path / "o.yaml"),
                "--module", "nurse_station") == 2
    assert _run("bank", "import", str(DATA / "nursing.gift"), "--out",
                str(tmp_path / "o.yaml"), "--module", "radiology") == 2
    with pytest.raises(SystemExit) as caught:
        _run("bank", "import", str(DATA / "nursing.gift"))
    assert caught.value.code == 2


def test_export_then_import_gives_the_same_bank(tmp_path: Path) -> None:
    first = tmp_path / "first.yaml"
    assert _run("bank", "import", str(DATA / "nursing.gift"), "--out", str(first),
                "--module", "nurse_station", "--skip-invalid") == 0
    sheet = tmp_path / "nursing.xlsx"
    assert _run("bank", "export", str(first), "--out", str(sheet)) == 0
    second = tmp_path / "second.yaml"
    assert _run("bank", "import", str(sheet), "--out", str(second)) == 0
    assert load_bank(second) == load_bank(first)
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")


def test_export_by_bank_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "root" / "question_banks"
    folder.mkdir(parents=True)
    assert _run("bank", "import", str(DATA / "nursing.gift"), "--out",
                str(folder / "nursing.yaml"), "--module", "nurse_station",
                "--skip-invalid") == 0
    monkeypatch.setenv("HIS_TRAINER_ROOT", str(tmp_path / "root"))
    assert _run("bank", "export", "nursing", "--out", str(tmp_path / "n.xlsx"),
                "--lang", "zh_CN") == 0
    assert (tmp_path / "n.xlsx").is_file()
    assert _run("bank", "export", "nobody", "--out", str(tmp_path / "m.xlsx")) == 1
    assert "file not found" in capsys.readouterr().err


def test_partial_answers_are_refused_by_the_excel_export(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "first.yaml"
    assert _run("bank", "import", str(DATA / "gift_examples.gift"), "--out", str(first),
                "--module", "nurse_station") == 0
    assert _run("bank", "export", str(first), "--out", str(tmp_path / "n.xlsx")) == 1
    err = capsys.readouterr().err
    assert "verbal_orders-2: partial answers have no Excel column" in err
    assert not (tmp_path / "n.xlsx").exists()
