"""The command line: --data-dir everywhere, --version, content check exit codes."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from trainer.cli import FEATURE_COMMANDS, build_parser, main


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
             ) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    found = [(path, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found += commands(child, (*path, name))
    return found


def test_every_command_accepts_data_dir() -> None:
    parser = build_parser(["--help"])  # loads every feature command
    names = {path[0] for path, _ in commands(parser) if path}
    assert set(FEATURE_COMMANDS) <= names
    for path, sub in commands(parser):
        assert "--data-dir" in sub._option_string_actions, path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("his-trainer 0.")


def test_content_check_reports_located_problems_and_exit_code(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    course = tmp_path / "courses" / "broken"
    course.mkdir(parents=True)
    (course / "zh_CN.md").write_text("---\nid: broken\n---\n", encoding="utf-8")
    assert main(["content", "check", str(tmp_path / "courses"), "--data-dir",
                 str(tmp_path / "p")]) == 1
    out = capsys.readouterr().out
    assert "courses/broken/zh_CN.md:2: kind: Field required" in out
    assert main(["content", "check", "--data-dir", str(tmp_path / "p")]) == 0
    assert "content ok" in capsys.readouterr().out


def test_errors_are_said_in_the_profile_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A refused command says why in words from the table, in the profile's language."""
    from trainer.config import Settings, open_profile

    profile = tmp_path / "p"
    enrol = ["sync", "enrol", "http://hospital.example/his", "CODE", "--data-dir", str(profile)]
    assert main(enrol) == 1
    assert "error: The server address must start with https://" in capsys.readouterr().err
    Settings(open_profile(profile)).set("language", "zh_CN")
    assert main(enrol) == 1
    assert "error: 服务器地址必须以 https:// 开头" in capsys.readouterr().err
    assert main(["--lang", "en", *enrol]) == 1  # --lang wins over the profile
    assert "error: The server address must start with https://" in capsys.readouterr().err
