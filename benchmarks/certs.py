"""1,000 certificates into one PDF, against bare ReportLab drawing the same page in the
same run (budget 1.3×), and the size of a one-certificate PDF.

Ours: ``render_certificates`` (template, fitted names, wrapped statement, translated
labels, QR path, invisible payload). Bare: the same page drawn with plain canvas calls
whose positions and sizes were worked out beforehand, with the same fonts, images and
the same QR modules from ReportLab's encoder — what a hand-written one-off script does.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figure

COUNT = 1000
RUNS = 3


def _sheets() -> list:  # type: ignore[type-arg]
    from trainer.reports.certificate import Sheet

    return [Sheet("zh_CN", f"{'𠮷田李雪王芳'[i % 6]}{'张伟' * (1 + i % 3)}", f"N{i:05d}", "内科",
                  f"AB12-2026-{i:05d}", (("nurse_station", 90.0 + i % 10, 85.5),),
                  "2026-03-31", "2027-03-31", True,
                  f"HT1.{'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo' * 9}{i:05d}.{'S' * 86}",
                  "ABCDE-FGHJK") for i in range(COUNT)]


def _bare(path: Path, sheets: list, template) -> None:  # type: ignore[no-untyped-def,type-arg]
    from reportlab.lib.colors import HexColor
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from trainer.reports.certificate import PAGE, qr_matrix

    width, height = PAGE
    ink, accent, grey = HexColor("#1F2D3A"), HexColor("#0B6E76"), HexColor("#5A6570")
    logo, seal = ImageReader(str(template.logo)), ImageReader(str(template.seal))
    c = Canvas(str(path), pagesize=PAGE, initialFontName="WenKai")
    statement = template.statement["zh_CN"]
    for s in sheets:
        c.setStrokeColor(accent)
        c.setLineWidth(3)
        c.rect(18, 18, width - 36, height - 36)
        c.setLineWidth(0.8)
        c.rect(26, 26, width - 52, height - 52)
        c.drawImage(logo, 48, height - 112, 66, 66, mask="auto")
        c.setFillColor(ink)
        c.setFont("WenKai-Bold", 20)
        c.drawCentredString(width / 2, height - 74, template.hospital["zh_CN"])
        c.setFillColor(accent)
        c.setFont("WenKai-Bold", 30)
        c.drawCentredString(width / 2, height - 124, template.title["zh_CN"])
        c.setFillColor(grey)
        c.setFont("WenKai", 14)
        c.drawCentredString(width / 2, height - 164, "兹证明")
        c.setFillColor(ink)
        c.setFont("WenKai-Bold", 30)
        c.drawCentredString(width / 2, height - 206, s.name)
        c.setFont("WenKai", 12)
        c.drawCentredString(width / 2, height - 232,
                            f"工号 {s.staff_id}    科室 {s.department}    证书编号 {s.number}")
        c.drawCentredString(width / 2, height - 262, statement)
        c.setFont("WenKai-Bold", 15)
        _module, theory, practical = s.modules[0]
        c.drawCentredString(width / 2, height - 330,
                            f"护士站    理论 {theory:.1f}    实操 {practical:.1f}")
        c.setFont("WenKai", 12)
        c.drawCentredString(width / 2, height - 357,
                            f"发证日期 {s.issued_on}        失效日期 {s.expires_on}")
        c.setFillColor(grey)
        c.setFont("WenKai", 9.5)
        c.drawCentredString(width / 2, height - 375, "自证：由单机版在本机签发")
        rows = qr_matrix(s.payload)
        box = 112 / (len(rows) + 4)
        c.setFillColor(ink)
        for r, row in enumerate(rows):
            for col, dark in enumerate(row):
                if dark:
                    c.rect(48 + (col + 2) * box, 62 + 112 - (r + 3) * box, box, box,
                           stroke=0, fill=1)
        c.setFont("WenKai", 9)
        c.drawString(168, 88, f"验证码 {s.code}")
        c.drawString(168, 75, "扫描二维码或输入验证码核验")
        c.drawString(168, 64, "his-trainer certs verify")
        for i, person in enumerate(template.signatories):
            centre = width - 52 - 85 - (len(template.signatories) - 1 - i) * 170
            c.line(centre - 70, 104, centre + 70, 104)
            c.setFont("WenKai-Bold", 13)
            c.drawCentredString(centre, 86, person.name["zh_CN"])
            c.setFont("WenKai", 10)
            c.drawCentredString(centre, 70, person.title["zh_CN"])
            if i == 0:
                c.drawImage(seal, centre - 4, 92, 92, 92, mask="auto")
        text = c.beginText(34, 30)
        text.setTextRenderMode(3)
        text.setFont("WenKai", 1)
        text.textLine(s.payload)
        c.drawText(text)
        c.showPage()
    c.save()


def run() -> list[Figure]:
    from trainer.reports.certificate import render_certificates
    from trainer.reports.fonts import register_fonts
    from trainer.reports.template import load_template, template_folder

    register_fonts()
    template = load_template(template_folder(None))
    sheets = _sheets()
    ours, bare = [], []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        _bare(out / "warm.pdf", sheets[:5], template)
        render_certificates(out / "warm2.pdf", sheets[:5], template)
        for _ in range(RUNS):  # alternate, so load on the machine hits both alike
            start = time.perf_counter()
            render_certificates(out / "ours.pdf", sheets, template)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            _bare(out / "bare.pdf", sheets, template)
            bare.append(time.perf_counter() - start)
        render_certificates(out / "one.pdf", sheets[:1], template)
        one_kb = (out / "one.pdf").stat().st_size / 1024
        sizes = ((out / "ours.pdf").stat().st_size / 1024 / 1024,
                 (out / "bare.pdf").stat().st_size / 1024 / 1024)
    mine, base = statistics.median(ours), statistics.median(bare)
    return [
        Figure("1,000 certificates in one PDF / bare ReportLab", mine / base, "×", budget=1.3,
               note=f"ours {mine:.1f} s, bare {base:.1f} s; files {sizes[0]:.1f} / "
                    f"{sizes[1]:.1f} MB"),
        Figure("one-certificate PDF", one_kb, "KB",
               note="fonts subset and embedded, logo, seal, QR"),
    ]
