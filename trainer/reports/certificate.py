"""The certificate: one A4 landscape page per certificate, in zh_CN or en, from the
hospital's template (``trainer.reports.template``), with the font embedded.

Each page shows the number, the holder (name, staff number, department), modules and
scores, issue and expiry dates, a QR code with the signed payload and the short typable
code. The payload is also on the page as invisible text, so ``certs verify FILE.pdf``
reads it back without decoding the image. A sample (``certs sample``) is unsigned and
marked 样本 / SAMPLE across the page.

May import: reportlab, ``trainer.reports``, ``trainer.certify``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from trainer.certify.words_certs import module_name
from trainer.reports.fonts import fit_size, register_fonts
from trainer.reports.layout import tr, wrap
from trainer.reports.template import Template

PAGE = landscape(A4)
INK = HexColor("#1F2D3A")
ACCENT = HexColor("#0B6E76")
GREY = HexColor("#5A6570")
QR_SIZE = 112.0


@dataclass(frozen=True)
class Sheet:
    """What one certificate page shows (scores in percent)."""

    lang: str
    name: str
    staff_id: str
    department: str
    number: str
    modules: tuple[tuple[str, float, float], ...]  # (module, theory, practical)
    issued_on: str
    expires_on: str
    self_attested: bool
    payload: str  # the signed QR text ("" for a sample)
    code: str  # the short typable code ("" for a sample)
    sample: bool = False


class CertificateDrawer:
    """Draws sheets on a canvas; fonts and images are prepared once."""

    def __init__(self, template: Template) -> None:
        self.regular, self.bold = register_fonts()
        self.template = template
        self.logo = ImageReader(str(template.logo)) if template.logo else None
        self.seal = ImageReader(str(template.seal)) if template.seal else None

    def draw(self, c: Canvas, sheet: Sheet) -> None:
        width, height = PAGE
        lang = sheet.lang
        self._frame(c, width, height)
        self._heading(c, sheet, width, height)
        self._holder(c, sheet, width, height)
        self._results(c, sheet, width, height)
        self._verification(c, sheet)
        self._signatories(c, lang, width)
        if sheet.sample:
            self._watermark(c, width, height)
        elif self.template.is_sample:
            c.setFillColor(HexColor("#C0392B"))
            c.setFont(self.bold, 10)
            c.drawRightString(width - 40, height - 44, tr("SAMPLE TEMPLATE", lang))
        if sheet.payload:
            text = c.beginText(34, 30)
            text.setTextRenderMode(3)  # invisible: for `certs verify FILE.pdf`
            text.setFont(self.regular, 1)
            text.textLine(sheet.payload)
            c.drawText(text)

    def _frame(self, c: Canvas, width: float, height: float) -> None:
        c.setStrokeColor(ACCENT)
        c.setLineWidth(3)
        c.rect(18, 18, width - 36, height - 36)
        c.setLineWidth(0.8)
        c.rect(26, 26, width - 52, height - 52)

    def _heading(self, c: Canvas, sheet: Sheet, width: float, height: float) -> None:
        lang = sheet.lang
        if self.logo is not None:
            c.drawImage(self.logo, 48, height - 112, 66, 66, mask="auto")
        hospital = self.template.hospital[lang]
        c.setFillColor(INK)
        c.setFont(self.bold, fit_size(hospital, self.bold, 560, 20))
        c.drawCentredString(width / 2, height - 74, hospital)
        title = self.template.title[lang]
        c.setFillColor(ACCENT)
        c.setFont(self.bold, fit_size(title, self.bold, 590, 30))
        c.drawCentredString(width / 2, height - 124, title)

    def _holder(self, c: Canvas, sheet: Sheet, width: float, height: float) -> None:
        lang = sheet.lang
        c.setFillColor(GREY)
        c.setFont(self.regular, 14)
        c.drawCentredString(width / 2, height - 164, tr("This is to certify that", lang))
        c.setFillColor(INK)
        c.setFont(self.bold, fit_size(sheet.name, self.bold, 640, 30))
        c.drawCentredString(width / 2, height - 206, sheet.name)
        details = "    ".join((f"{tr('Staff number', lang)} {sheet.staff_id}",
                               f"{tr('Department', lang)} {sheet.department}",
                               f"{tr('Certificate number', lang)} {sheet.number}"))
        c.setFont(self.regular, fit_size(details, self.regular, 700, 12))
        c.drawCentredString(width / 2, height - 232, details)
        c.setFont(self.regular, 12)
        c.setFillColor(INK)
        y = height - 262
        for line in wrap(self.template.statement[lang], self.regular, 12, 680)[:3]:
            c.drawCentredString(width / 2, y, line)
            y -= 17

    def _results(self, c: Canvas, sheet: Sheet, width: float, height: float) -> None:
        lang = sheet.lang
        y = height - 330
        for module, theory, practical in sheet.modules[:5]:
            line = (f"{module_name(module, lang)}    {tr('Theory', lang)} {theory:.1f}"
                    f"    {tr('Practical', lang)} {practical:.1f}")
            c.setFont(self.bold, fit_size(line, self.bold, 640, 15))
            c.drawCentredString(width / 2, y, line)
            y -= 21
        dates = (f"{tr('Issued on', lang)} {sheet.issued_on}        "
                 f"{tr('Expires on', lang)} {sheet.expires_on}")
        c.setFont(self.regular, 12)
        c.drawCentredString(width / 2, y - 6, dates)
        if sheet.self_attested:
            c.setFillColor(GREY)
            c.setFont(self.regular, 9.5)
            c.drawCentredString(width / 2, y - 24, tr(
                "Self-attested: issued and signed on a standalone PC", lang))

    def _verification(self, c: Canvas, sheet: Sheet) -> None:
        lang = sheet.lang
        x, y = 48.0, 48.0
        if sheet.payload:
            draw_qr(c, sheet.payload, x, y + 14, QR_SIZE)
        c.setFillColor(INK)
        c.setFont(self.regular, 9)
        code = sheet.code or "—"
        c.drawString(x + QR_SIZE + 8, y + 40, f"{tr('Verification code', lang)} {code}")
        c.setFillColor(GREY)
        c.drawString(x + QR_SIZE + 8, y + 27, tr("Scan the QR code or type the code", lang))
        c.drawString(x + QR_SIZE + 8, y + 16, "his-trainer certs verify")

    def _signatories(self, c: Canvas, lang: str, width: float) -> None:
        people = self.template.signatories[:3]
        column = 170.0
        right = width - 52
        for index, person in enumerate(reversed(people)):
            centre = right - column / 2 - index * column
            c.setStrokeColor(GREY)
            c.setLineWidth(0.6)
            c.line(centre - 70, 104, centre + 70, 104)
            c.setFillColor(INK)
            c.setFont(self.bold, fit_size(person.name[lang], self.bold, 150, 13))
            c.drawCentredString(centre, 86, person.name[lang])
            c.setFont(self.regular, fit_size(person.title[lang], self.regular, 160, 10))
            c.drawCentredString(centre, 70, person.title[lang])
            if self.seal is not None and len(people) - 1 - index == self.template.seal_over:
                c.drawImage(self.seal, centre - 4, 92, 92, 92, mask="auto")

    def _watermark(self, c: Canvas, width: float, height: float) -> None:
        c.saveState()
        c.setFillColor(Color(0.8, 0.1, 0.1, alpha=0.16))
        c.translate(width / 2, height / 2)
        c.rotate(24)
        c.setFont(self.bold, 120)
        c.drawCentredString(0, -40, "样本 SAMPLE")
        c.restoreState()
        c.setFillColor(HexColor("#C0392B"))
        c.setFont(self.bold, 11)
        c.drawRightString(width - 40, height - 44, "样本 · 未签名 / SAMPLE · NOT SIGNED")


#: The QR data mask. ReportLab's encoder tries all eight and scores each (90 % of its
#: 70 ms per code); any mask is valid (ISO/IEC 18004 §7.8: the mask is in the format
#: information every decoder reads), so one fixed mask makes 1,000 certificates ~10× faster.
QR_MASK = 2


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code's modules (error correction M), top row first."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.version = code.calculate_version()
    code.makeImpl(False, QR_MASK)
    return [[bool(m) for m in row] for row in code.modules]


def draw_qr(c: Canvas, text: str, x: float, y: float, size: float, border: int = 2) -> None:
    """The QR code as one filled path of horizontal runs (small and fast to render)."""
    rows = qr_matrix(text)
    box = size / (len(rows) + 2 * border)
    path = c.beginPath()
    for r, row in enumerate(rows):
        top = y + size - (r + border + 1) * box
        col = 0
        while col < len(row):
            if not row[col]:
                col += 1
                continue
            start = col
            while col < len(row) and row[col]:
                col += 1
            path.rect(x + (start + border) * box, top, (col - start) * box, box * 1.02)
    c.setFillColor(INK)
    c.drawPath(path, stroke=0, fill=1)


def new_canvas(path: Path | str, title: str) -> Canvas:
    register_fonts()
    c = Canvas(str(path), pagesize=PAGE, initialFontName="WenKai", initialFontSize=12)
    c.setTitle(title)
    c.setCreator("HIS Trainer")
    return c


def render_certificates(path: Path, sheets: Iterable[Sheet], template: Template, *,
                        progress: Callable[[int], None] | None = None,
                        cancelled: Callable[[], bool] | None = None) -> int:
    """Write ``sheets`` into one PDF at ``path``; returns the pages written. Cancelling
    stops between pages and leaves no partial file behind."""
    drawer = CertificateDrawer(template)
    tmp = path.with_name(path.name + ".part")
    c = new_canvas(tmp, "Certificates")
    count = 0
    try:
        for sheet in sheets:
            if cancelled is not None and cancelled():
                tmp.unlink(missing_ok=True)
                return count
            drawer.draw(c, sheet)
            c.showPage()
            count += 1
            if progress is not None:
                progress(count)
        c.save()
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count
