"""Read HR's staff list (CSV or XLSX) and validate every row before anything changes.

Columns (Chinese or English headers, any order, extra columns ignored):
工号 / staff number, 姓名 / name, 科室 / department, 岗位 or 角色 / role. Several roles
or departments in one cell are separated by 、 , ; / (departments: not /). CSV files
may be UTF-8 (with or without BOM) or GBK/GB18030 as Excel saves them on Chinese
Windows. Every problem names the file, the row and the column.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from trainer.auth.staff import MAX_NAME, STAFF_ID
from trainer.errors import Problem
from trainer.vocabulary import Role

HEADERS: dict[str, tuple[str, ...]] = {
    "staff_id": ("工号", "职工号", "员工号", "staff number", "staff no", "staff no.",
                 "staff_id", "staff id", "employee id", "id"),
    "name": ("姓名", "name", "full name"),
    "department": ("科室", "部门", "所在科室", "department", "dept"),
    "roles": ("岗位/角色", "岗位", "角色", "职务", "role", "roles", "position"),
}
COLUMN_WORDS = {"staff_id": "工号/staff number", "name": "姓名/name",
                "department": "科室/department", "roles": "岗位/role"}

ROLE_WORDS: dict[str, frozenset[Role]] = {
    **{w: frozenset({Role.DOCTOR}) for w in ("医生", "医师", "doctor", "physician")},
    **{w: frozenset({Role.NURSE}) for w in ("护士", "护师", "nurse")},
    **{w: frozenset({Role.PHARMACIST}) for w in ("药师", "药剂师", "pharmacist")},
    **{w: frozenset({Role.CASHIER}) for w in ("收费员", "收费", "cashier")},
    **{w: frozenset({Role.TRAINER}) for w in ("培训师", "带教", "trainer")},
    "护士长": frozenset({Role.DEPARTMENT_HEAD, Role.NURSE}),
    "head nurse": frozenset({Role.DEPARTMENT_HEAD, Role.NURSE}),
    "科主任": frozenset({Role.DEPARTMENT_HEAD, Role.DOCTOR}),
    "department head": frozenset({Role.DEPARTMENT_HEAD}),
    "department_head": frozenset({Role.DEPARTMENT_HEAD}),
    **{w: frozenset({Role.HR}) for w in ("人事", "人事处", "hr")},
    **{w: frozenset({Role.ADMIN}) for w in ("管理员", "系统管理员", "admin", "administrator")},
}
ROLE_SPLIT = re.compile(r"[、,，;；/|+]+")
DEPT_SPLIT = re.compile(r"[、,，;；|]+")
MAX_ROWS = 20_000


@dataclass(frozen=True)
class StaffRow:
    row: int
    staff_id: str
    name: str
    departments: tuple[str, ...]
    roles: frozenset[Role]


@dataclass(frozen=True)
class StaffFile:
    rows: tuple[StaffRow, ...]
    problems: tuple[Problem, ...]
    encoding: str  # "xlsx", "utf-8", "gb18030"


def read_staff_file(path: Path, name: str | None = None) -> StaffFile:
    """Parse and validate ``path``; never raises for bad content."""
    file = name or path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return StaffFile((), (Problem(file, None, "", f"cannot read file: {exc.strerror}",
                                      "staff.unreadable"),), "")
    if raw[:2] == b"PK" or path.suffix.lower() in {".xlsx", ".xlsm"}:
        table, problems, encoding = _xlsx_cells(raw, file)
    else:
        table, problems, encoding = _csv_cells(raw, file)
    if problems:
        return StaffFile((), tuple(problems), encoding)
    rows, problems = validate_table(table, file)
    return StaffFile(tuple(rows), tuple(problems), encoding)


def _csv_cells(raw: bytes, file: str) -> tuple[list[list[str]], list[Problem], str]:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        return [], [Problem(file, None, "", "the file is neither UTF-8 nor GBK text; save it "
                            "as CSV UTF-8 or as an Excel workbook", "staff.encoding")], ""
    if "\x00" in text:
        return [], [Problem(file, None, "", "binary data, not a CSV text file",
                            "staff.encoding")], ""
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",\t;")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    try:
        table = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as exc:
        return [], [Problem(file, None, "", f"CSV: {exc}", "staff.csv")], ""
    return table, [], "utf-8" if encoding == "utf-8-sig" else encoding


def _xlsx_cells(raw: bytes, file: str) -> tuple[list[list[str]], list[Problem], str]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        return [], [Problem(file, None, "", f"not a readable Excel workbook ({type(exc).__name__}"
                            "); save it again as .xlsx", "staff.xlsx")], "xlsx"
    try:
        sheet = book.worksheets[0]
        table = [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    except Exception as exc:  # openpyxl raises many kinds on damaged sheets
        return [], [Problem(file, None, "", f"damaged worksheet ({type(exc).__name__})",
                            "staff.xlsx")], "xlsx"
    finally:
        book.close()
    return table, [], "xlsx"


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def validate_table(table: list[list[str]], file: str) -> tuple[list[StaffRow], list[Problem]]:
    """Validate a header row plus data rows; all problems, located by row and column."""
    header_at = next((i for i, r in enumerate(table) if any(c.strip() for c in r)), None)
    if header_at is None:
        return [], [Problem(file, None, "", "the file is empty", "staff.empty")]
    columns, problems = _columns(table[header_at], file, header_at + 1)
    if problems:
        return [], problems
    rows: list[StaffRow] = []
    seen: dict[str, int] = {}
    if len(table) - header_at - 1 > MAX_ROWS:
        return [], [Problem(file, None, "", f"more than {MAX_ROWS} rows", "staff.too_many")]
    for index in range(header_at + 1, len(table)):
        cells = table[index]
        if not any(c.strip() for c in cells):
            continue
        row, found = _row(cells, columns, file, index + 1)
        problems += found
        if row is None:
            continue
        if row.staff_id in seen:
            problems.append(Problem(file, row.row, _where(columns, "staff_id"),
                                    f"staff number {row.staff_id} already on row "
                                    f"{seen[row.staff_id]}", "staff.duplicate"))
            continue
        seen[row.staff_id] = row.row
        rows.append(row)
    if not rows and not problems:
        problems.append(Problem(file, header_at + 2, "", "no staff rows under the header",
                                "staff.empty"))
    return rows, problems


def _columns(header: list[str], file: str, line: int) -> tuple[dict[str, int], list[Problem]]:
    names = {alias.casefold(): key for key, aliases in HEADERS.items() for alias in aliases}
    columns: dict[str, int] = {}
    problems = []
    for index, cell in enumerate(header):
        key = names.get(cell.strip().casefold())
        if key is None:
            continue
        if key in columns:
            problems.append(Problem(file, line, f"{_letter(index)} ({cell.strip()})",
                                    f"second {COLUMN_WORDS[key]} column", "staff.header"))
        columns[key] = index
    for key in HEADERS:
        if key not in columns:
            problems.append(Problem(file, line, "", f"missing column {COLUMN_WORDS[key]}",
                                    "staff.missing_column"))
    return columns, problems


def _row(cells: list[str], columns: dict[str, int], file: str, line: int
         ) -> tuple[StaffRow | None, list[Problem]]:
    def cell(key: str) -> str:
        index = columns[key]
        return cells[index].strip() if index < len(cells) else ""

    problems = []
    staff_id, name, dept, role_text = (cell(k) for k in ("staff_id", "name", "department",
                                                         "roles"))
    if not STAFF_ID.match(staff_id):
        problems.append(Problem(file, line, _where(columns, "staff_id"),
                                "empty" if not staff_id else f"'{staff_id}' is not a staff "
                                "number (letters, digits, - or _, up to 32)", "staff.bad_id"))
    if not name or len(name) > MAX_NAME:
        problems.append(Problem(file, line, _where(columns, "name"),
                                "empty" if not name else "longer than 100 characters",
                                "staff.bad_name"))
    departments = tuple(d.strip() for d in DEPT_SPLIT.split(dept) if d.strip())
    if not departments:
        problems.append(Problem(file, line, _where(columns, "department"), "empty",
                                "staff.bad_department"))
    roles: set[Role] = set()
    words = [w.strip() for w in ROLE_SPLIT.split(role_text) if w.strip()]
    unknown = [w for w in words if w.casefold() not in ROLE_WORDS]
    for word in words:
        roles |= ROLE_WORDS.get(word.casefold(), frozenset())
    if unknown or not words:
        problems.append(Problem(file, line, _where(columns, "roles"),
                                f"unknown role {', '.join(repr(u) for u in unknown)}" if unknown
                                else "empty", "staff.bad_role"))
    if problems:
        return None, problems
    return StaffRow(line, staff_id, name, departments, frozenset(roles)), []


def _where(columns: dict[str, int], key: str) -> str:
    return f"{_letter(columns[key])} ({COLUMN_WORDS[key]})"


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
