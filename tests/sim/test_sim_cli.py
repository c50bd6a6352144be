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
    code, text = run("sim", "run", SCENARIO, "--actions", str(log), "--lang", "en")
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
    code, text = run("sim", "run", SCENARIO, "--actions", str(log), "--lang", "en")
    assert code == 1
    assert "refused #1 start_visit: Unknown visit" in text
    assert "refused #2 -: Unreadable line in the command log" in text


def test_refusals_in_the_trainees_language_with_the_his_words(tmp_path: Path) -> None:
    log = tmp_path / "a.jsonl"
    lines = [
        {"t": 1000, "cmd": "verify_identity",
         "args": {"patient": "p003", "name": "李秀英", "dob": "1952年7月19日"}},
        {"t": 2000, "cmd": "start_visit", "args": {"visit": "v1"}},
        {"t": 3000, "cmd": "new_prescription", "args": {"visit": "v1"}},
        {"t": 4000, "cmd": "notify", "args": {"to": "doctor", "about": "\u3000"}},
        *({"t": 5000 + i, "cmd": "add_rx_item",
           "args": {"rx": "rx-1", "drug": drug, "dose": 1, "route": "po", "freq": "qd",
                    "days": 3, "reason": "门诊随访用药"}}
          for i, drug in enumerate(["loratadine", "amlodipine", "atorvastatin", "metformin",
                                    "omeprazole", "irbesartan"])),
    ]
    log.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    code, zh = run("sim", "run", SCENARIO, "--actions", str(log), "--lang", "zh_CN")
    assert code == 1 and "未通过" in zh and "场景" in zh
    assert "被拒 #1 verify_identity：日期格式错误" in zh  # a format problem, not a wrong patient
    assert "被拒 #4 notify：请填写原因" in zh  # a blank reason: reason required
    assert "同种药品超过5个 请添加新处方" in zh
    code, data = run("sim", "run", SCENARIO, "--actions", str(log), "--json", "--lang", "en")
    refused = {r["seq"]: r for r in json.loads(data)["refused_commands"]}
    assert refused[1]["code"] == "date_format" and refused[4]["code"] == "reason_required"
    assert refused[10]["code"] == "rx_full"
    assert "identity_mismatch" not in data


def test_a_closed_pipe_is_not_a_traceback() -> None:
    import subprocess
    import sys

    log = ROOT / "scenarios" / "journey-outpatient-infusion" / "expert.jsonl"
    repo = ROOT.parent
    command = [sys.executable, "-m", "trainer", "sim", "run", "journey-outpatient-infusion",
               "--actions", str(log), "--lang", "en"]
    proc = subprocess.Popen(command, cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**__import__("os").environ, "PYTHONPATH": str(repo)})
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the report is written (`| head` exited)
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err


def test_list_shows_each_scenarios_sign_off() -> None:
    code, text = run("sim", "list", "--lang", "en")
    assert code == 0
    lines = text.splitlines()
    assert len(lines) >= 20
    assert all("reviewed by" in line and "not a clinical sign-off" in line for line in lines)


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


def test_prove_reports_a_declaration_the_grading_contradicts(tmp_path: Path) -> None:
    import shutil

    code, text = run("sim", "prove", SCENARIO)
    assert code == 0 and '"disagreements": 0' in text
    root = tmp_path / "simulators"
    shutil.copytree(ROOT, root)
    path = root / "scenarios" / SCENARIO / "scenario.yaml"
    path.write_text(path.read_text("utf-8").replace("{id: ask, omit: fail}",
                                                    "{id: ask, omit: ok}"), "utf-8")
    code, text = run("sim", "prove", SCENARIO, "--root", str(root))
    assert code == 1
    assert "drop without ask: declared ok, graded fail" in text
