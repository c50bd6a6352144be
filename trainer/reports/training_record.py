"""The training record for the personnel file (培训考核记录表): one A4 page per person and
HIS module — courses completed with dates, every certifying theory and practical attempt
with its score and marker, retraining after a failure, the certificate (number, dates and
its verification code), signatories and seal from the template.

Each page is signed like a certificate (``trainer.certify.record_seal``): the values the
page prints are gathered into the record's facts, signed with the issuer key, and the page
shows the record's QR code, its typable code and the SHA-256 digest of the record; the
whole record is also on the page as invisible text for ``certs verify FILE.pdf``. Without
a key the page says plainly that it is unsigned and for information only.

May import: reportlab, ``trainer.certify``, ``trainer.reports``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
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

from trainer.certify.keys import IssuerKey
from trainer.certify.ledger import Result
from trainer.certify.record_seal import Attempt, RecordFacts, RecordSeal, seal_record
from trainer.certify.standing import Standing
from trainer.certify.words_certs import module_name, status_name
from trainer.reports.certificate import draw_qr
from trainer.reports.fonts import register_fonts
from trainer.reports.layout import tr
from trainer.reports.template import Template

QR_SIZE = 104.0


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
    code: str = ""  # the certificate's verification code, if there is one
    course_titles: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def course_title(self, course_id: str, lang: str) -> str:
        """The course's title in ``lang`` (else another language's), with its id."""
        titles = self.course_titles.get(course_id, {})
        title = titles.get(lang) or next(iter(titles.values()), "")
        return f"{title} ({course_id})" if title else course_id


def _marker(page: RecordPage, result: Result, lang: str) -> str:
    return page.markers.get(result.marker or "", result.marker or tr("automatic", lang))


def facts_of(page: RecordPage, lang: str, printed_on: str) -> RecordFacts:
    """What ``page`` prints in ``lang``, as the record's signature covers it."""
    cert = page.standing.certificate
    return RecordFacts(
        page.staff_id, page.name, page.department, page.standing.module, lang,
        page.standing.status, printed_on, cert.number if cert is not None else "",
        tuple(page.courses),
        tuple(Attempt(r.kind, r.on.isoformat(), f"{r.score:.1f}", f"{r.pass_mark:g}",
                      r.passed, _marker(page, r, lang)) for r in page.results))


class _QR(Flowable):  # type: ignore[misc]
    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text, self.size = text, size

    def wrap(self, *_: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.text, 0, 0, self.size)


class _Hidden(Flowable):  # type: ignore[misc]
    """The whole signed record as invisible text (for ``certs verify FILE.pdf``), in lines
    short enough to stay on the page (text outside it is dropped by text extractors)."""

    CHUNK, LEADING = 240, 1.6

    def __init__(self, text: str, font: str) -> None:
        super().__init__()
        self.lines = [text[i:i + self.CHUNK] for i in range(0, len(text), self.CHUNK)]
        self.font = font

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, len(self.lines) * self.LEADING + 2

    def draw(self) -> None:
        text = self.canv.beginText(0, len(self.lines) * self.LEADING)
        text.setTextRenderMode(3)  # invisible
        text.setFont(self.font, 1, self.LEADING)
        for line in self.lines:
            text.textLine(line)
        self.canv.drawText(text)


def render_records(path: Path, pages: Sequence[RecordPage], template: Template, lang: str,
                   *, key: IssuerKey | None = None, printed_on: str = "",
                   progress: Callable[[int], None] | None = None) -> int:
    """Write ``pages`` into one PDF; each page signed with ``key``, or marked unsigned."""
    regular, bold = register_fonts()
    styles = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=16, leading=22, alignment=1),
        "h": ParagraphStyle("h", fontName=bold, fontSize=11, leading=16, spaceBefore=6),
        "cell": ParagraphStyle("c", fontName=regular, fontSize=8.5, leading=11,
                               wordWrap="CJK"),
        "body": ParagraphStyle("b", fontName=regular, fontSize=9.5, leading=13),
        "small": ParagraphStyle("s", fontName=regular, fontSize=7.5, leading=10,
                                textColor=colors.HexColor("#5A6570")),
        "unsigned": ParagraphStyle("u", fontName=bold, fontSize=11, leading=15,
                                   textColor=colors.HexColor("#B3261E")),
    }
    printed_on = printed_on or date.today().isoformat()
    story: list[Flowable] = []
    for index, page in enumerate(pages):
        if index:
            story.append(PageBreak())
        facts = facts_of(page, lang, printed_on)
        seal = seal_record(facts, key) if key is not None else None
        story += _page(page, facts, seal, template, lang, styles)
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


def _page(page: RecordPage, facts: RecordFacts, seal: RecordSeal | None, template: Template,
          lang: str, styles: Mapping[str, ParagraphStyle]) -> list[Flowable]:
    s = page.standing
    cell = styles["cell"]
    out: list[Flowable] = [
        _heading(facts, seal, template, lang, styles),
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
        _table(_attempt_rows(page, facts, lang), [48, 62, 70, 44, 44, 56, 80, 111], cell),
    ]
    if seal is not None:  # on the first page: a long record continues on the next ones
        out.insert(1, _Hidden(seal.text, styles["body"].fontName))
    out += _certificate(page, lang, styles)
    out += _signatures(template, lang, styles)
    return out


def _heading(facts: RecordFacts, seal: RecordSeal | None, template: Template, lang: str,
             styles: Mapping[str, ParagraphStyle]) -> Flowable:
    """Hospital, title, printing day and the record's signature: QR code, typable code and
    digest, or the plain mark of an unsigned record."""
    left: list[Flowable] = [
        Paragraph(_esc(template.hospital[lang]), styles["body"]),
        Paragraph(_esc(tr("Training and assessment record", lang)), styles["title"]),
        Paragraph(_esc(f"{tr('Printed on', lang)} {facts.printed_on}"), styles["body"])]
    if seal is None:
        left.append(Paragraph(_esc(tr("Unsigned — for information only", lang)),
                              styles["unsigned"]))
        seal_cell: Flowable = Spacer(1, 1)
    else:
        digest = " ".join(seal.digest[i:i + 8] for i in range(0, len(seal.digest), 8))
        left += [Paragraph(_esc(f"{tr('Record verification code', lang)} {seal.code}"),
                           styles["body"]),
                 Paragraph(_esc(f"{tr('Record digest (SHA-256)', lang)} {digest}"),
                           styles["small"]),
                 Paragraph(_esc(tr("Scan the QR code or run: his-trainer certs verify",
                                   lang)), styles["small"])]
        seal_cell = _QR(seal.qr, QR_SIZE)
    table = Table([[left, seal_cell]], colWidths=[515 - QR_SIZE - 6, QR_SIZE + 6])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return table


def _attempt_rows(page: RecordPage, facts: RecordFacts, lang: str) -> list[list[str]]:
    rows = [[tr("Exam", lang), tr("Date", lang), tr("Attempt", lang), tr("Score", lang),
             tr("Pass mark", lang), tr("Result", lang), tr("Marked by", lang),
             tr("Note", lang)]]
    failed: set[str] = set()  # kinds with a failed attempt so far
    for r, a in zip(page.results, facts.attempts, strict=True):
        notes = []
        if r.critical_errors:
            notes.append(tr("Critical error", lang) + ": " + ", ".join(r.critical_errors))
        if r.overridden:
            notes.append(tr("Overridden", lang) + ": " + r.reason)
        if r.kind in failed:
            notes.append(tr("Retake after retraining", lang))
        if not r.passed:
            failed.add(r.kind)
        rows.append([tr("Theory" if a.kind == "theory" else "Practical", lang), a.on,
                     r.attempt_id, a.score, a.pass_mark,
                     tr("Passed" if a.passed else "Failed", lang), a.marker,
                     "; ".join(notes)])
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
    return out + [Paragraph(_esc(line), styles["body"]) for line in lines]


def _signatures(template: Template, lang: str,
                styles: Mapping[str, ParagraphStyle]) -> list[Flowable]:
    people = template.signatories[:3]
    if not people:
        return []
    cells = [Paragraph(_esc(f"{p.title[lang]}  {p.name[lang]}") + "<br/><br/>"
                       + _esc(f"{tr('Signature', lang)} ________  {tr('Date', lang)} ______"),
                       styles["body"]) for p in people]
    return [Spacer(1, 18), Table([cells], colWidths=[515 / len(people)] * len(people))]
