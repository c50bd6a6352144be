"""The training record for the personnel file (培训考核记录表): one A4 page per person and
HIS module — courses completed with dates, every certifying theory and practical attempt
with its score and marker, retraining after a failure, and the certificate with its QR
code and typable code (the signed part), signatories and seal from the template.

May import: reportlab, ``trainer.certify``, ``trainer.reports``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from trainer.certify.ledger import Result
from trainer.certify.standing import Standing
from trainer.certify.words_certs import module_name, status_name
from trainer.reports.certificate import draw_qr
from trainer.reports.fonts import register_fonts
from trainer.reports.layout import tr
from trainer.reports.template import Template


@dataclass(frozen=True)
class RecordPage:
    """One person on one HIS module."""

    staff_id: str
    name: str
    department: str
    standing: Standing
    results: tuple[Result, ...]
    courses: tuple[tuple[str, str], ...]  # (course id, completed on or "")
    markers: Mapping[str, str]  # staff id → name of trainers who marked
    payload: str = ""  # the certificate's QR text, if there is one
    code: str = ""
    course_titles: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def course_title(self, course_id: str, lang: str) -> str:
        """The course's title in ``lang`` (else another language's), with its id."""
        titles = self.course_titles.get(course_id, {})
        title = titles.get(lang) or next(iter(titles.values()), "")
        return f"{title} ({course_id})" if title else course_id


class _QR(Flowable):  # type: ignore[misc]
    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text, self.size = text, size

    def wrap(self, *_: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.text, 0, 0, self.size)


def render_records(path: Path, pages: Sequence[RecordPage], template: Template, lang: str,
                   *, progress: Callable[[int], None] | None = None) -> int:
    regular, bold = register_fonts()
    styles = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=16, leading=22, alignment=1),
        "h": ParagraphStyle("h", fontName=bold, fontSize=11, leading=16, spaceBefore=6),
        "cell": ParagraphStyle("c", fontName=regular, fontSize=8.5, leading=11,
                               wordWrap="CJK"),
        "body": ParagraphStyle("b", fontName=regular, fontSize=9.5, leading=13),
    }
    story: list[Flowable] = []
    for index, page in enumerate(pages):
        if index:
            story.append(PageBreak())
        story += _page(page, template, lang, styles)
        if progress is not None:
            progress(index + 1)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=tr("Training record", lang),
                            leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=36)
    doc.build(story)
    return len(pages)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(rows: list[list[str]], widths: list[float], cell: ParagraphStyle) -> Table:
    table = Table([[Paragraph(_esc(c), cell) for c in row] for row in rows],
                  colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3EEF0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _page(page: RecordPage, template: Template, lang: str,
          styles: Mapping[str, ParagraphStyle]) -> list[Flowable]:
    s = page.standing
    cell = styles["cell"]
    out: list[Flowable] = [
        Paragraph(_esc(template.hospital[lang]), styles["body"]),
        Paragraph(_esc(tr("Training and assessment record", lang)), styles["title"]),
        _table([[tr("Name", lang), tr("Staff number", lang), tr("Department", lang),
                 tr("HIS module", lang), tr("Status", lang)],
                [page.name, page.staff_id, page.department, module_name(s.module, lang),
                 status_name(s.status, lang)]], [130, 70, 110, 110, 95], cell),
        Paragraph(_esc(tr("Courses", lang)), styles["h"]),
        _table([[tr("Course", lang), tr("Completed on", lang)]]
               + [[page.course_title(c, lang), d or tr("not completed", lang)]
                  for c, d in page.courses],
               [300, 215], cell),
        Paragraph(_esc(tr("Examinations", lang)), styles["h"]),
        _table(_attempt_rows(page, lang), [48, 62, 70, 44, 44, 56, 80, 111], cell),
    ]
    out += _certificate(page, lang, styles)
    out += _signatures(template, lang, styles)
    return out


def _attempt_rows(page: RecordPage, lang: str) -> list[list[str]]:
    rows = [[tr("Exam", lang), tr("Date", lang), tr("Attempt", lang), tr("Score", lang),
             tr("Pass mark", lang), tr("Result", lang), tr("Marked by", lang),
             tr("Note", lang)]]
    failed: set[str] = set()  # kinds with a failed attempt so far
    for r in page.results:
        notes = []
        if r.critical_errors:
            notes.append(tr("Critical error", lang) + ": " + ", ".join(r.critical_errors))
        if r.overridden:
            notes.append(tr("Overridden", lang) + ": " + r.reason)
        if r.kind in failed:
            notes.append(tr("Retake after retraining", lang))
        if not r.passed:
            failed.add(r.kind)
        marker = page.markers.get(r.marker or "", r.marker or tr("automatic", lang))
        rows.append([tr("Theory" if r.kind == "theory" else "Practical", lang),
                     r.on.isoformat(), r.attempt_id, f"{r.score:.1f}", f"{r.pass_mark:g}",
                     tr("Passed" if r.passed else "Failed", lang), marker, "; ".join(notes)])
    if len(rows) == 1:
        rows.append(["—"] * 8)
    return rows


def _certificate(page: RecordPage, lang: str,
                 styles: Mapping[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(_esc(tr("Certificate", lang)), styles["h"])]
    cert = page.standing.certificate
    if cert is None:
        return [*out, Paragraph(_esc(tr("No certificate", lang)), styles["body"])]
    lines = [f"{tr('Certificate number', lang)} {cert.number}",
             f"{tr('Issued on', lang)} {cert.issued_on.isoformat()}",
             f"{tr('Expires on', lang)} {cert.expires_on.isoformat()}",
             f"{tr('Status', lang)} {status_name(page.standing.status, lang)}"]
    if cert.revoked_on is not None:
        lines.append(f"{tr('Revoked', lang)} {cert.revoked_on.isoformat()}: "
                     f"{cert.revoked_reason}")
    if page.code:
        lines.append(f"{tr('Verification code', lang)} {page.code}")
    text = [Paragraph(_esc(line), styles["body"]) for line in lines]
    if not page.payload:
        return out + text
    table = Table([[text, _QR(page.payload, 86)]], colWidths=[420, 95])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [*out, table]


def _signatures(template: Template, lang: str,
                styles: Mapping[str, ParagraphStyle]) -> list[Flowable]:
    people = template.signatories[:3]
    if not people:
        return []
    cells = [Paragraph(_esc(f"{p.title[lang]}  {p.name[lang]}") + "<br/><br/>"
                       + _esc(f"{tr('Signature', lang)} ________  {tr('Date', lang)} ______"),
                       styles["body"]) for p in people]
    return [Spacer(1, 18), Table([cells], colWidths=[515 / len(people)] * len(people))]
