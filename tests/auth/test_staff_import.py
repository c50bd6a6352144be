"""HR staff lists: every problem with row and column, nothing imported until clean."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from trainer.auth.roster import RosterService
from trainer.auth.staff_file import read_staff_file
from trainer.auth.staff_import import apply_import, plan_import
from trainer.cli import main
from trainer.errors import ContentError
from trainer.services import Services
from trainer.vocabulary import Role

GOOD = ("工号,姓名,科室,岗位\n"
        "N200,王小红,心内科,护士\n"
        "D200,赵医生,心内科,医生/培训师\n"
        "H200,钱护士长,心内科,护士长\n")


def write(tmp_path: Path, text: str, name: str = "staff.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def problems(path: Path) -> list[str]:
    return [str(p) for p in read_staff_file(path).problems]


def test_a_clean_file_is_previewed_then_applied(tmp_path: Path,
                                                demo_services: Services) -> None:
    admin = demo_services.login.demo_session("A001")
    text = GOOD + "N001,演示护士 Demo Nurse,外科 Surgery,护士\n"  # an existing nurse transfers
    plan = plan_import(demo_services.engine, admin, write(tmp_path, text))
    assert plan.ok
    assert (plan.count("create"), plan.count("update")) == (3, 1)
    assert next(c for c in plan.changes if c.row.staff_id == "N001").changes == ("departments",)
    assert apply_import(demo_services.engine, demo_services.journal, admin, plan) == 4
    roster = RosterService(demo_services.engine, demo_services.journal)
    assert roster.get(admin, "H200").roles == {Role.DEPARTMENT_HEAD, Role.NURSE}
    assert roster.get(admin, "D200").roles == {Role.DOCTOR, Role.TRAINER}
    assert roster.get(admin, "N001").departments == ("外科 Surgery",)
    again = plan_import(demo_services.engine, admin, write(tmp_path, text))
    assert again.count("unchanged") == 4


def test_english_headers_and_an_excel_workbook(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Staff number", "Name", "Department", "Role", "Phone"])
    sheet.append([1001, "Wang Hong", "Cardiology", "nurse", "138"])
    sheet.append(["P77", "Li Ming", "Pharmacy", "Pharmacist", None])
    path = tmp_path / "hr.xlsx"
    book.save(path)
    found = read_staff_file(path)
    assert found.problems == ()
    assert [(r.staff_id, r.roles) for r in found.rows] == [
        ("1001", {Role.NURSE}), ("P77", {Role.PHARMACIST})]


def test_gbk_csv_from_excel_is_read(tmp_path: Path) -> None:
    found = read_staff_file(write(tmp_path, GOOD, encoding="gbk"))
    assert found.encoding == "gb18030" and len(found.rows) == 3 and not found.problems


def test_missing_columns_are_named(tmp_path: Path) -> None:
    assert problems(write(tmp_path, "工号,姓名\nN1,王\n")) == [
        "staff.csv:1: missing column 科室/department",
        "staff.csv:1: missing column 岗位/role"]


def test_every_bad_row_is_reported_with_row_and_column(tmp_path: Path) -> None:
    text = ("工号,姓名,科室,岗位\n"
            "N300,张三,内科,护士\n"
            "N 301,李四,内科,护士\n"        # bad staff number
            "N302,,内科,护工\n"              # empty name, unknown role
            "N300,王五,,医生\n"              # duplicate number (and empty department)
            "N303,赵六,外科,\n")            # empty role
    assert problems(write(tmp_path, text)) == [
        "staff.csv:3: A (工号/staff number): 'N 301' is not a staff number (letters, digits, "
        "- or _, up to 32)",
        "staff.csv:4: B (姓名/name): empty",
        "staff.csv:4: D (岗位/role): unknown role '护工'",
        "staff.csv:5: C (科室/department): empty",
        "staff.csv:6: D (岗位/role): empty",
    ]
    text2 = "工号,姓名,科室,岗位\nN300,张三,内科,护士\nN300,王五,外科,医生\n"
    assert problems(write(tmp_path, text2)) == [
        "staff.csv:3: A (工号/staff number): staff number N300 already on row 2"]


def test_nothing_is_imported_from_a_file_with_problems(tmp_path: Path,
                                                       demo_services: Services) -> None:
    admin = demo_services.login.demo_session("A001")
    plan = plan_import(demo_services.engine, admin,
                       write(tmp_path, GOOD + "X1,坏行,内科,清洁工\n"))
    assert not plan.ok
    with pytest.raises(ContentError):
        apply_import(demo_services.engine, demo_services.journal, admin, plan)
    roster = RosterService(demo_services.engine, demo_services.journal)
    assert "N200" not in {m.staff_id for m in roster.list_staff(admin)}


def test_binary_and_undecodable_files(tmp_path: Path) -> None:
    assert "neither UTF-8 nor GBK" in problems(_bytes(tmp_path, b"\xff\xfe\xfa\x80\x81"))[0]
    assert "not a readable Excel workbook" in problems(_bytes(tmp_path, b"PK\x03\x04broken",
                                                              "x.xlsx"))[0]
    assert problems(_bytes(tmp_path, b"")) == ["x.csv: the file is empty"]


def _bytes(tmp_path: Path, data: bytes, name: str = "x.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_an_import_never_removes_the_admin_role(tmp_path: Path,
                                                demo_services: Services) -> None:
    admin = demo_services.login.demo_session("A001")
    plan = plan_import(demo_services.engine, admin,
                       write(tmp_path, "工号,姓名,科室,岗位\n"
                                       "A001,演示管理员 Demo Admin,信息科 IT,护士\n"))
    apply_import(demo_services.engine, demo_services.journal, admin, plan)
    roster = RosterService(demo_services.engine, demo_services.journal)
    assert roster.get(admin, "A001").roles == {Role.ADMIN, Role.NURSE}


def test_cli_dry_run_and_import(tmp_path: Path, demo_services: Services,
                                monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, GOOD)
    root = str(demo_services.profile.root)
    assert main(["staff", "import", str(path), "--dry-run"]) == 0
    assert "3 valid row(s), 0 problem(s)" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("demo-admin\n"))
    assert main(["--data-dir", root, "staff", "import", str(path), "--admin", "A001",
                 "--password-stdin"]) == 0
    assert "imported: 3 staff" in capsys.readouterr().out
    bad = write(tmp_path, "工号,姓名\n", "bad.csv")
    assert main(["staff", "import", str(bad), "--dry-run"]) == 1


cells = st.one_of(st.text(max_size=12), st.sampled_from(
    ["工号", "姓名", "科室", "岗位", "护士", "医生", "N1", "", "内科", "护士长/培训师", "Role"]))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(cells, max_size=6), max_size=8), st.sampled_from(["utf-8", "gb18030"]))
def test_fuzzed_csv_gives_located_problems_or_rows(tmp_path_factory: pytest.TempPathFactory,
                                                   table: list[list[str]], encoding: str
                                                   ) -> None:
    import csv

    buffer = io.StringIO()
    csv.writer(buffer).writerows(table)
    path = tmp_path_factory.mktemp("fuzz") / "f.csv"
    try:
        path.write_bytes(buffer.getvalue().encode(encoding))
    except UnicodeEncodeError:
        return
    found = read_staff_file(path)
    assert all(p.file == "f.csv" for p in found.problems)
    assert all(p.line is None or 1 <= p.line <= len(table) + 1 for p in found.problems)
    assert bool(found.rows) or bool(found.problems)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_crash(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    for name in ("r.csv", "r.xlsx"):
        path = folder / name
        path.write_bytes(data)
        found = read_staff_file(path)
        assert found.problems or found.rows or not data
