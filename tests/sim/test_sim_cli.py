"""`his-trainer sim run`, wired through `register` on a parser of our own."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

from trainer.sim.cli import register

ROOT = Path(__file__).resolve().parents[2] / "simulators"

SCENARIO = "doctor-penicillin-allergy"


def run(*argv: str) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="his-trainer")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    out = io.StringIO()
    code = args.handler(args, out)
    return code, out.getvalue()


def test_expert_log_passes() -> None:
    log = ROOT / "scenarios" / SCENARIO / "expert.jsonl"
    code, text = run("sim", "run", SCENARIO, "--actions", str(log))
    assert code == 0 and "score 100/100" in text and "PASS" in text
    assert "11 commands, 0 refused, 0 detours" in text


def test_critical_error_fails_as_json() -> None:
    log = ROOT / "scenarios" / SCENARIO / "critical" / "no_identity_check.jsonl"
    folder = ROOT / "scenarios" / SCENARIO
    code, text = run("sim", "run", str(folder), "--actions", str(log), "--json")
    data = json.loads(text)
    assert code == 1 and data["passed"] is False
    assert data["committed_critical_errors"] == ["no_identity_check"]
    assert {c["id"]: c["passed"] for c in data["checks"]}["identity_checked"] is False
    assert data["efficiency"]["expert_commands"] == 11
    assert data["refused_commands"] == []


def test_refusals_are_listed(tmp_path: Path) -> None:
    log = tmp_path / "a.jsonl"
    log.write_text('{"t": 1, "cmd": "start_visit", "args": {"visit": "v9"}}\nnot json\n', "utf-8")
    code, text = run("sim", "run", SCENARIO, "--actions", str(log))
    assert code == 1
    assert "refused #1 start_visit: unknown_visit" in text
    assert "refused #2 -: malformed_line" in text


def test_usage_errors(tmp_path: Path) -> None:
    assert run("sim", "run", "no-such-scenario", "--actions", "x.jsonl")[0] == 2
    assert run("sim", "run", SCENARIO, "--actions", str(tmp_path / "missing.jsonl"))[0] == 2


def test_invalid_content_exits_1(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "simulators"
    shutil.copytree(ROOT, root)
    path = root / "scenarios" / SCENARIO / "scenario.yaml"
    path.write_text(path.read_text("utf-8").replace("weight: 30", "weight: -1"), "utf-8")
    log = tmp_path / "a.jsonl"
    log.write_text("", "utf-8")
    code, text = run("sim", "run", SCENARIO, "--actions", str(log), "--root", str(root))
    assert code == 1 and "checks[4].weight" in text
