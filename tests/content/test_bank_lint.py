"""Bank quality: ``bank lint`` figures, findings and thresholds, and the ``content check`` hook."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from trainer.content.bank_cli import register
from trainer.content.bank_lint import REWRITE_PENDING, lint_banks, threshold_problems
from trainer.content.stations import load_stations
from trainer.errors import ContentError
from trainer.resources import app_root

STATIONS = app_root() / "simulators" / "reference" / "stations.yaml"
OFFICIAL = "处方管理办法（卫生部令第53号）第六条"


def _single(n: int, answer: str, texts: tuple[str, ...], **extra: Any) -> dict[str, Any]:
    item = {
        "id": f"t-{n:04d}", "type": "single",
        "stem": {"zh_CN": f"第{n}题：处方的哪一项规定正确{'甲乙丙丁戊己庚辛'[n % 8]}？",
                 "en": f"Question {n}: which rule {n} is right?"},
        "options": [{"key": k, "text": {"zh_CN": t, "en": t}}
                    for k, t in zip("ABCD", texts, strict=False)],
        "answer": answer, "knowledge_point": "prescription_rules", "difficulty": 2,
        "roles": ["doctor"], "modules": ["outpatient_doctor"], "pool": "practice",
        "version": 1, "source": OFFICIAL}
    item.update(extra)
    return item


def _tf(n: int, answer: bool) -> dict[str, Any]:
    return {"id": f"t-{n:04d}", "type": "true_false",
            "stem": {"zh_CN": f"判断{n}：{'天地玄黄宇宙洪荒日月盈昃'[n % 12]}规则成立。",
                     "en": f"Statement {n} holds."},
            "answer": answer, "knowledge_point": "prescription_rules", "difficulty": 1,
            "roles": ["doctor"], "modules": ["outpatient_doctor"], "pool": "practice",
            "version": 1, "source": OFFICIAL}


def _write(root: Path, bank: str, items: list[dict[str, Any]], **extra: Any) -> Path:
    folder = root / "question_banks"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{bank}.yaml"
    data = {"bank": bank, "title": {"zh_CN": "测试", "en": "Test"}, "version": 1, **extra,
            "items": items}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _root(tmp_path: Path) -> Path:
    (tmp_path / "simulators" / "reference").mkdir(parents=True)
    shutil.copy(STATIONS, tmp_path / "simulators" / "reference" / "stations.yaml")
    return tmp_path


def _balanced(start: int = 1) -> list[dict[str, Any]]:
    """Four single items, one keyed on the longest option (25%)."""
    return [_single(start, "A", ("七天内有效", "三日", "一天", "五日")),
            _single(start + 1, "B", ("当日", "三日", "一天", "五日")),
            _single(start + 2, "C", ("当日", "三日", "一天", "五日")),
            _single(start + 3, "D", ("当日", "三日", "一天", "五日"))]


def test_longest_option_rate_fails_above_thirty_percent(tmp_path: Path) -> None:
    root = _root(tmp_path)
    ok = _write(root, "ok", _balanced())
    longest_second = _single(20, "B", ("当日", "七天内有效", "一天", "五日"))
    bad = _write(root, "bad", [*_balanced(10), longest_second])
    good, worse = lint_banks([ok, bad], root=root)
    assert good.longest_keyed == {"zh_CN": 1, "en": 1} and good.longest_rate() == 0.25
    assert "longest_option" not in good.failed
    assert worse.longest_rate() == pytest.approx(2 / 5) and "longest_option" in worse.failed


def test_true_false_balance(tmp_path: Path) -> None:
    root = _root(tmp_path)
    skewed = _write(root, "skewed", [_tf(1, False), _tf(2, False), _tf(3, False), _tf(4, True)])
    even = _write(root, "even", [_tf(5, False), _tf(6, True), _tf(7, False), _tf(8, True)])
    odd = _write(root, "odd", [_tf(9, False), _tf(10, True), _tf(11, True)])
    reports = lint_banks([skewed, even, odd], root=root)
    assert [r.keyed_false for r in reports] == [3, 2, 1]
    assert ["true_false_balance" in r.failed for r in reports] == [True, False, False]


def test_duplicate_stems_across_banks_fail_near_duplicates_are_reported(tmp_path: Path) -> None:
    root = _root(tmp_path)
    first = _write(root, "first", [_tf(1, True), _tf(2, False)])
    twin = _tf(3, False)
    twin["stem"] = {"zh_CN": " 判断1 地规则成立！", "en": "Another statement entirely."}
    near = _tf(4, True)
    near["stem"] = {"zh_CN": "判断2：玄规则成立吗", "en": "Something else again."}
    second = _write(root, "second", [twin, near])
    a, b = lint_banks([first, second], root=root)
    kinds = {(f.item, f.kind) for f in b.findings}
    assert ("t-0003", "duplicate_stem") in kinds and ("t-0004", "near_duplicate") in kinds
    assert any(f.kind == "duplicate_stem" and "second:t-0003" in f.message for f in a.findings)
    assert "duplicate_stem" in b.failed and "near_duplicate" not in b.failed


@pytest.mark.parametrize(("source", "fails"), [
    (OFFICIAL, False),
    ("医疗质量安全核心制度要点（国卫医发〔2018〕8号）·查对制度", False),
    ("网络安全法 第二十一条; 个人信息保护法 第五十一条", False),
    ("本系统站点说明 simulators/reference/stations.yaml", False),
    ("处方管理办法(2007) [P1, P2]", True),
    ("https://m.shutu.cn/template/c1644241.html", True),
    ("示例培训药品表 DOMAIN §3a(培训数据)", True),
    ("OpenHIS 门诊日结 F6/F7", True),
    ("医院内部培训资料", True),
    ("本系统 simulators/reference/drugs-that-are-not-there.yaml", True),
])
def test_sources_must_be_official_texts_or_shipped_files(tmp_path: Path, source: str,
                                                         fails: bool) -> None:
    root = _root(tmp_path)
    path = _write(root, "sources", [_tf(1, True) | {"source": source}, _tf(2, False)])
    (report,) = lint_banks([path], root=root)
    assert ("source" in report.failed) is fails
    assert all(f.item == "t-0001" for f in report.findings if f.kind == "source")


def test_items_set_for_roles_they_do_not_fit(tmp_path: Path) -> None:
    root = _root(tmp_path)
    misfit = _tf(1, True) | {"knowledge_point": "emr_rules", "roles": ["doctor", "cashier"],
                             "modules": ["outpatient_doctor", "cashier"]}
    wrong_module = _tf(2, False) | {"roles": ["pharmacist"]}
    (report,) = lint_banks([_write(root, "roles", [misfit, wrong_module])], root=root)
    messages = {f.item: f.message for f in report.findings if f.kind == "role_fit"}
    assert "emr_rules is not cashier work" in messages["t-0001"]
    assert "pharmacist, who does not train on outpatient_doctor" in messages["t-0002"]
    assert "role_fit" in report.failed


def test_keys_and_buttons_must_be_this_apps(tmp_path: Path) -> None:
    root = _root(tmp_path)
    right = _tf(1, True) | {"stem": {"zh_CN": "处方写完后按 F8 提交处方，或点【提交处方】。",
                                     "en": "Press F8 Submit prescription, or click "
                                           "[Submit prescription]."}}
    foreign = _tf(2, False) | {"stem": {"zh_CN": "日结时按F6结算确认，F7取消结算。",
                                        "en": "At closing press F6, then F7."}}
    label = _tf(3, True) | {"stem": {"zh_CN": "开完处方点【全部发药】。",
                                     "en": "Then click [Dispense all]."}}
    (report,) = lint_banks([_write(root, "ui", [right, foreign, label])], root=root)
    by_item: dict[str, list[str]] = {}
    for f in report.findings:
        if f.kind == "ui":
            by_item.setdefault(f.item, []).append(f.message)
    assert "t-0001" not in by_item
    assert "F6 must be followed by its label here: 删除诊断 / 删除药品" in by_item["t-0002"]
    assert any("F7" in m for m in by_item["t-0002"])
    assert "button “全部发药” is not on this app's stations" in by_item["t-0003"]
    assert "button “Dispense all” is not on this app's stations" in by_item["t-0003"]
    assert "ui" in report.failed


def test_key_of_another_station_is_reported(tmp_path: Path) -> None:
    root = _root(tmp_path)
    item = _tf(1, True) | {"stem": {"zh_CN": "按 F10 结束就诊。", "en": "Press F10 End visit."},
                           "roles": ["cashier"], "modules": ["cashier"],
                           "knowledge_point": "registration"}
    (report,) = lint_banks([_write(root, "keys", [item])], root=root)
    assert [f.message for f in report.findings if f.kind == "ui"] == [
        "F10 is not a key of cashier in this app"]


def test_shipped_station_map_loads_and_binds_each_key_once_per_screen(tmp_path: Path) -> None:
    stations = load_stations(STATIONS)
    assert {s.id.value for s in stations.stations} == {
        "outpatient_doctor", "inpatient_doctor", "nurse_station", "pharmacy", "cashier"}
    broken = tmp_path / "stations.yaml"
    text = STATIONS.read_text(encoding="utf-8").replace(
        "{label: {zh_CN: 过号, en: Skip}}", "{label: {zh_CN: 过号, en: Skip}, key: F2}")
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_stations(broken)
    assert "F2 is bound twice" in str(caught.value)


def test_cli_text_json_and_exit_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    root = _root(tmp_path)
    _write(root, "good", [*_balanced(), _tf(9, True), _tf(10, False)],
           review={"reviewed_by": "药学部 王主任", "reviewed_at": "2026-11-30"})
    _write(root, "skewed", [_tf(21, False), _tf(22, False), _tf(23, False), _tf(24, True)])
    monkeypatch.setenv("HIS_TRAINER_ROOT", str(root))
    assert _run("bank", "lint", "good", "--lang", "en") == 0
    out = capsys.readouterr().out
    assert "Clinical sign-off: 药学部 王主任, 2026-11-30" in out
    assert "1 of 4 single-answer items (25%; at most 30%)" in out
    assert _run("bank", "lint", "--json") == 1
    data = json.loads(capsys.readouterr().out)
    assert data["passed"] is False
    figures = {b["bank"]: b for b in data["banks"]}
    assert figures["skewed"]["false_rate"] == 0.75
    assert figures["skewed"]["failed"] == ["true_false_balance"]
    assert figures["good"]["reviewed_at"] == "2026-11-30"
    assert _run("bank", "lint", "nobody") == 2


def test_content_check_hook_reports_failed_thresholds(tmp_path: Path) -> None:
    root = _root(tmp_path)
    _write(root, "skewed", [_tf(1, False), _tf(2, False), _tf(3, False), _tf(4, True)])
    problems = threshold_problems(root)
    assert [(p.file, p.code) for p in problems] == [
        ("question_banks/skewed.yaml", "bank.lint.true_false_balance")]
    assert "3 of 4 true/false items are keyed false" in problems[0].message
    assert threshold_problems(root / "simulators") == []


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="his-trainer")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    result: int = args.handler(args)
    return result


SHIPPED = sorted(p.stem for p in (app_root() / "question_banks").glob("*.yaml"))


@pytest.mark.parametrize("bank", [b for b in SHIPPED if b not in REWRITE_PENDING])
def test_shipped_banks_meet_every_threshold(bank: str) -> None:
    banks = app_root() / "question_banks"
    (report,) = lint_banks([banks / f"{bank}.yaml"], root=app_root(),
                           compare_with=sorted(banks.glob("*.yaml")))
    assert report.failed == ()
    assert report.longest_rate() <= 0.30
    assert not [f for f in report.findings if f.kind != "near_duplicate"]


def test_courses_name_only_this_apps_keys_and_labels() -> None:
    """Every <kbd>Fn</kbd> in a course is bound on one of its stations (or globally), and a
    label written in bold right after it is that key's label there (English courses show the
    Chinese label with a gloss, so either language counts)."""
    import re

    from trainer.content.stations import key_uses

    uses = key_uses(load_stations(STATIONS))
    wrong = []
    for path in sorted((app_root() / "courses").glob("*/*.md")):
        text = path.read_text(encoding="utf-8")
        found = re.search(r"\nmodules: \[([^\]]*)\]", text)
        assert found is not None, path
        modules = set(found.group(1).replace(" ", "").split(","))
        for match in re.finditer(r"<kbd>(F\d+)</kbd>\s*\*\*([^*]+)\*\*|<kbd>(F\d+)</kbd>", text):
            key = match.group(1) or match.group(3)
            here = [u for u in uses.get(key, []) if u.station is None or u.station in modules]
            labels = {label for u in here for label in u.labels.values()}
            if not here or (match.group(2) and match.group(2) not in labels):
                wrong.append(f"{path.parent.name}/{path.name}: {match.group(0)}")
    assert wrong == []


def test_findings_are_told_in_the_trainers_language(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from trainer import words

    path = _write(tmp_path, "quiz", [_tf(1, True) | {"source": "https://m.shutu.cn/x.html"},
                                     _tf(2, False)])
    monkeypatch.delenv("HIS_TRAINER_ROOT", raising=False)
    words.dictionary.cache_clear()  # the Chinese words of the application, not of a tmp root
    assert _run("bank", "lint", str(path)) == 1
    out = capsys.readouterr().out
    assert "网页链接（https://）：应引用官方文件名称和文号" in out
    assert "结论：未达标项：官方出处" in out


def test_shortcuts_courses_are_what_the_station_map_gives() -> None:
    """``python tools/shortcut_courses.py`` after changing stations.yaml keeps them in step."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "shortcut_courses", app_root() / "tools" / "shortcut_courses.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    for course in tool.COURSES:
        for lang in tool.LANGS:
            path = app_root() / "courses" / course / f"{lang}.md"
            assert tool.render(course, lang) == path.read_text(encoding="utf-8"), path
