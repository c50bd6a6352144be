"""HR's records: who stands where on which HIS module, as a PDF table, an XLSX workbook
or a CSV file, and the signed permit-to-operate list for the HIS administrators.

CSV and XLSX cells that begin with ``= + - @`` (or a tab or carriage return) are
neutralised with a leading apostrophe, so a name cannot become a spreadsheet formula
(OWASP "CSV injection"). CSV is UTF-8 with a byte-order mark so Excel opens it right.

May import: reportlab, openpyxl, ``trainer.certify``, ``trainer.reports``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from trainer.certify.keys import IssuerKey
from trainer.certify.service import Row
from trainer.certify.signing import b64, unb64
from trainer.certify.words_certs import module_name, status_name
from trainer.config import atomic_write_text
from trainer.reports.layout import tr

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = ("Staff number", "Name", "Department", "HIS module", "Status", "Certificate number",
           "Issued on", "Expires on", "Theory", "Practical", "Note")


@dataclass(frozen=True)
class RecordLine:
    staff_id: str
    name: str
    department: str
    module: str
    status: str
    number: str
    issued_on: str
    expires_on: str
    theory: str
    practical: str
    note: str

    def cells(self, lang: str) -> list[str]:
        return [self.staff_id, self.name, self.department, module_name(self.module, lang),
                status_name(self.status, lang), self.number, self.issued_on, self.expires_on,
                self.theory, self.practical, self.note]


def lines_of(rows: Sequence[Row]) -> list[RecordLine]:
    out = []
    for row in rows:
        s = row.standing
        cert = s.certificate
        shown = cert is not None and s.status in ("certified", "expiring", "expired", "revoked")
        score = next((x for x in cert.scores if x.module == s.module), None) if cert else None
        theory = s.theory.score if s.theory else (score.theory if score else None)
        practical = s.practical.score if s.practical else (score.practical if score else None)
        note = cert.revoked_reason if cert is not None and s.status == "revoked" else s.reason
        out.append(RecordLine(
            row.member.staff_id, row.member.name, row.department, s.module, s.status,
            cert.number if shown and cert else "",
            cert.issued_on.isoformat() if shown and cert else "",
            cert.expires_on.isoformat() if shown and cert else "",
            "" if theory is None else f"{theory:.1f}",
            "" if practical is None else f"{practical:.1f}", note))
    return out


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def write_csv(path: Path, lines: Sequence[RecordLine], lang: str) -> int:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([tr(c, lang) for c in COLUMNS])
    for line in lines:
        writer.writerow([neutralise(c) for c in line.cells(lang)])
    path.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    return len(lines)


def write_xlsx(path: Path, lines: Sequence[RecordLine], lang: str) -> int:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = tr("Records", lang)[:31]
    sheet.append([tr(c, lang) for c in COLUMNS])
    for line in lines:
        sheet.append([neutralise(c) for c in line.cells(lang)])
    for column, width in zip("ABCDEFGHIJK", (12, 18, 16, 18, 18, 18, 12, 12, 8, 8, 24),
                             strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    book.save(path)
    return len(lines)


def write_pdf(path: Path, lines: Sequence[RecordLine], lang: str, title: str) -> int:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from trainer.reports.fonts import register_fonts

    regular, bold = register_fonts()
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=10, wordWrap="CJK")
    head = ParagraphStyle("head", parent=cell, fontName=bold)
    data = [[Paragraph(tr(c, lang), head) for c in COLUMNS]]
    data += [[Paragraph(_escape(c), cell) for c in line.cells(lang)] for line in lines]
    widths = [58, 90, 80, 84, 76, 92, 56, 56, 38, 42, 100]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3EEF0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title=title,
                            leftMargin=28, rightMargin=28, topMargin=32, bottomMargin=28)
    heading = ParagraphStyle("title", fontName=bold, fontSize=14, leading=20)
    doc.build([Paragraph(_escape(title), heading), table])
    return len(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- permit to operate ---------------------------------------------------------------------
PERMIT_COLUMNS = ("staff_id", "name", "department", "module", "certificate", "expires_on",
                  "self_attested")


def write_permit(csv_path: Path, rows: Sequence[Row], key: IssuerKey, today: date) -> Path:
    """Who may work on which HIS module today, as CSV, and a detached signature
    ``<file>.sig`` (JSON: key id, SHA-256 of the CSV bytes, Ed25519 signature)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(PERMIT_COLUMNS)
    for row in rows:
        cert = row.standing.certificate
        if cert is None or row.standing.status not in ("certified", "expiring"):
            continue
        writer.writerow([neutralise(c) for c in (
            row.member.staff_id, row.member.name, row.department, row.standing.module,
            cert.number, cert.expires_on.isoformat(), "1" if cert.self_attested else "0")])
    data = buffer.getvalue().encode("utf-8")
    csv_path.write_bytes(data)
    signature = {"format": "his-trainer permit 1", "as_of": today.isoformat(),
                 "key_id": key.key_id, "sha256": hashlib.sha256(data).hexdigest(),
                 "signature": b64(key.private.sign(data))}
    sig_path = csv_path.with_name(csv_path.name + ".sig")
    atomic_write_text(sig_path, json.dumps(signature, indent=1) + "\n")
    return sig_path


def permit_genuine(csv_path: Path, sig_path: Path, keys: dict[str, bytes]) -> bool:
    """Whether the permit CSV is exactly what the issuer signed."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        signature = json.loads(sig_path.read_text(encoding="utf-8"))
        public = keys[signature["key_id"]]
        Ed25519PublicKey.from_public_bytes(public).verify(
            unb64(signature["signature"]), csv_path.read_bytes())
    except (OSError, ValueError, KeyError, TypeError, InvalidSignature):
        return False
    return True
