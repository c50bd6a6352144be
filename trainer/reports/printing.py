"""Printing certificates for HR: which certificates a batch holds, their sheets, and the
batch written as one PDF or one file per person, with progress and cancel.

The batch runs wherever it is called from: the GUI calls it off the GUI thread. Roles are
checked by the certification service (``cert.view``) and here (``cert.print``).

May import: ``trainer.certify``, ``trainer.reports``, ``trainer.auth``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from trainer.auth.permissions import require
from trainer.auth.session import Session
from trainer.certify.ledger import Certificate, required_courses
from trainer.certify.service import CertificationService, Row
from trainer.certify.signing import qr_payload, typable_code
from trainer.reports.certificate import Sheet, render_certificates
from trainer.reports.template import Template
from trainer.reports.training_record import RecordPage

PRINTABLE = ("certified", "expiring")


@dataclass(frozen=True)
class Batch:
    """What to print: the filters HR chose (empty: any)."""

    staff_id: str = ""
    department: str = ""
    module: str = ""
    status: str = ""  # a standing status; default: certificates in force
    issued_from: date | None = None
    issued_until: date | None = None


def sheet_for(service: CertificationService, cert: Certificate, row: Row | None,
              lang: str) -> Sheet:
    member = row.member if row is not None else None
    record = service.record_of(cert, member)
    department = row.department if row is not None else ""
    return Sheet(lang, record.name, record.holder, department, record.number,
                 tuple((s.module, s.theory, s.practical) for s in record.scores),
                 record.issued_on, record.expires_on, record.self_attested,
                 qr_payload(record, cert.signature), typable_code(cert.signature))


def batch_rows(service: CertificationService, session: Session | None, batch: Batch,
               today: date) -> list[tuple[Row, Certificate]]:
    """The people and certificates in ``batch``, one certificate each (the latest)."""
    require(session, "cert.print")
    rows = service.rows(session, today, department=batch.department, module=batch.module,
                        status=batch.status, staff_id=batch.staff_id)
    chosen: dict[str, tuple[Row, Certificate]] = {}
    for row in rows:
        cert = row.standing.certificate
        if cert is None or (not batch.status and row.standing.status not in PRINTABLE):
            continue
        if batch.issued_from and cert.issued_on < batch.issued_from:
            continue
        if batch.issued_until and cert.issued_on > batch.issued_until:
            continue
        chosen.setdefault(cert.number, (row, cert))
    return sorted(chosen.values(), key=lambda rc: (rc[0].department, rc[0].member.staff_id,
                                                    rc[1].number))


def safe_file_name(text: str) -> str:
    """A file name that works on Windows too (no reserved characters)."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", text).strip(" .")
    return cleaned[:80] or "certificate"


def print_batch(service: CertificationService, session: Session | None, batch: Batch,
                template: Template, out: Path, *, lang: str, today: date,
                per_person: bool = False, progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """Write the batch: one PDF at ``out``, or (``per_person``) one PDF per person in the
    folder ``out``. Returns the files written; a cancelled batch returns those finished."""
    chosen = batch_rows(service, session, batch, today)
    total = len(chosen)
    if total == 0:
        return []
    sheets = [sheet_for(service, cert, row, lang) for row, cert in chosen]
    if not per_person:
        def step(done: int) -> None:
            if progress is not None:
                progress(done, total)
        written = render_certificates(out, sheets, template, progress=step,
                                      cancelled=cancelled)
        return [out] if written == total and out.exists() else []
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    for done, ((row, cert), sheet) in enumerate(zip(chosen, sheets, strict=True), start=1):
        if cancelled is not None and cancelled():
            break
        target = out / safe_file_name(f"{row.member.staff_id}_{cert.number}.pdf")
        render_certificates(target, [sheet], template)
        files.append(target)
        if progress is not None:
            progress(done, total)
    return files


def record_pages(service: CertificationService, session: Session | None, batch: Batch,
                 today: date) -> list[RecordPage]:
    """Training-record pages: one per person and HIS module in ``batch`` (any status)."""
    require(session, "cert.print")
    ledger = service.ledger()
    rows = service.rows(session, today, department=batch.department, module=batch.module,
                        status=batch.status, staff_id=batch.staff_id, ledger=ledger)
    courses = service.courses()
    markers_wanted = {r.marker for (_, _), results in ledger.results.items() for r in results
                      if r.marker}
    markers = {sid: m.name for sid, m in service.members(markers_wanted).items()}
    pages = []
    for row in rows:
        holder, module = row.member.staff_id, row.standing.module
        done = []
        for course in required_courses(ledger, module, courses.by_module):
            day = ledger.course_done_on(holder, course, courses.sections.get(course, ()))
            done.append((course, day.isoformat() if day else ""))
        cert = row.standing.certificate
        code = typable_code(cert.signature) if cert is not None else ""
        pages.append(RecordPage(holder, row.member.name, row.department, row.standing,
                                tuple(ledger.results_of(holder, module)), tuple(done),
                                markers, code, courses.titles))
    return pages
