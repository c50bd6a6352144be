"""Certificate PDFs read back with poppler (pdftotext, pdffonts, pdftoppm) and pypdf:
difficult names fit and extract unchanged, the font is embedded, pages render."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from trainer.reports.certificate import Sheet, render_certificates
from trainer.reports.fonts import BOLD, fit_size, register_fonts, to_unicode_cmap
from trainer.reports.template import load_template, template_folder

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils not installed")

NAMES = [
    "𠮷田 李雪",
    "𠮷𡈽𤭢" * 20,  # 60 characters of CJK Extension B
    "王" * 60,
    "Zoë O’Brien-Łukasz",
    "D'Artagnan Ñúñez-Ølstad",
    "Maximilian Alexander Fitzgerald-Worthington O'Shaughnessy Jr",  # 60 characters
    "阿卜杜热合曼·买买提",
]


def sheet(name: str, lang: str = "zh_CN", **kw: object) -> Sheet:
    values: dict[str, object] = dict(
        lang=lang, name=name, staff_id="N100", department="内科 Internal medicine",
        number="AB12-2026-00001", modules=(("nurse_station", 92.0, 88.5),),
        issued_on="2026-03-31", expires_on="2027-03-31", self_attested=True,
        payload="HT1.abc.def", code="ABCDE-FGHJK")
    values.update(kw)
    return Sheet(**values)  # type: ignore[arg-type]


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True, encoding="utf-8").stdout


@pytest.fixture(scope="module")
def names_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("names") / "names.pdf"
    template = load_template(template_folder(None))
    sheets = [sheet(n, lang) for n in NAMES for lang in ("zh_CN", "en")]
    assert render_certificates(out, sheets, template) == len(sheets)
    return out


def test_difficult_names_come_back_unchanged_from_pdftotext(names_pdf: Path) -> None:
    pages = pdftotext(names_pdf).split("\f")
    for index, name in enumerate(n for n in NAMES for _ in range(2)):
        lines = [line.strip() for line in pages[index].splitlines()]
        assert unicodedata.normalize("NFC", name) in lines, (name, pages[index][:400])


def test_difficult_names_extract_with_pypdf_too(names_pdf: Path) -> None:
    reader = PdfReader(names_pdf)
    for index, name in enumerate(n for n in NAMES for _ in range(2)):
        assert name in (reader.pages[index].extract_text() or "")


def test_every_name_fits_the_name_line() -> None:
    _regular, bold = register_fonts()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for name in NAMES:
        size = fit_size(name, bold, 640, 30)
        assert stringWidth(name, bold, size) <= 640.01
        assert size >= 6
    assert fit_size("李雪", BOLD, 640, 30) == 30  # short names are not shrunk


def test_the_font_is_embedded(names_pdf: Path) -> None:
    out = subprocess.run(["pdffonts", str(names_pdf)], capture_output=True, text=True,
                         check=True).stdout
    fonts = [line.split() for line in out.splitlines()[2:]]
    assert fonts, out
    assert all("LXGWWenKai" in f[0] for f in fonts), out
    assert all(f[-5:-2] == ["yes", "yes", "yes"] for f in fonts), out  # emb sub uni


def test_to_unicode_map_uses_surrogate_pairs_beyond_the_bmp() -> None:
    cmap = to_unicode_cmap("X", [0x41, 0x20BB7])
    assert "<00> <0041>" in cmap and "<01> <D842DFB7>" in cmap


def test_pages_render_and_show_ink_where_the_name_is(names_pdf: Path, tmp_path: Path
                                                     ) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "2", str(names_pdf),
                    str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == 2
    from PIL import Image

    with Image.open(pngs[0]) as image:
        width, height = image.size
        assert width > height  # landscape
        grey = image.convert("L")
        # the name line (about 35 % down the page) has dark pixels
        band = grey.crop((width // 4, int(height * 0.31), 3 * width // 4, int(height * 0.38)))
        assert band.getextrema()[0] < 100


def test_sample_says_sample_and_carries_no_payload(tmp_path: Path) -> None:
    out = tmp_path / "sample.pdf"
    template = load_template(template_folder(None))
    render_certificates(out, [sheet("李雪", payload="", code="", sample=True)], template)
    text = pdftotext(out)
    assert "样本" in text and "SAMPLE" in text
    assert "HT1." not in text


def test_a_bad_template_is_refused_with_file_and_field(tmp_path: Path) -> None:
    from trainer.errors import ContentError

    folder = tmp_path / "certificate"
    shutil.copytree(template_folder(None), folder)
    text = (folder / "template.json").read_text(encoding="utf-8")
    (folder / "template.json").write_text(text.replace('"seal.png"', '"missing.png"')
                                          .replace('"en": "Zhang Shili"', '"en": ""'),
                                          encoding="utf-8")
    with pytest.raises(ContentError) as refused:
        load_template(folder)
    fields = {p.field for p in refused.value.problems}
    assert fields == {"seal", "signatories[0].name.en"}
    assert all(p.file.endswith("template.json") for p in refused.value.problems)
    assert template_folder(tmp_path) == folder  # the profile's template wins


def test_cancelled_batch_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    template = load_template(template_folder(None))
    calls = iter([False, False, True])
    written = render_certificates(out, [sheet("李雪")] * 5, template,
                                  cancelled=lambda: next(calls))
    assert written == 2 and not out.exists()
    assert not list(tmp_path.iterdir())


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools not installed")
@pytest.mark.parametrize("name", ["李雪", "𠮷𡈽𤭢" * 20])
def test_printed_qr_code_scans_back_to_a_verifiable_payload(tmp_path: Path,
                                                            name: str) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from trainer.certify.keys import IssuerKey
    from trainer.certify.signing import (
        CertificateRecord,
        Score,
        parse_qr,
        qr_payload,
        sign,
        signature_valid,
    )

    key = IssuerKey.of(Ed25519PrivateKey.generate())
    record = CertificateRecord("AB12-2026-00001", "N100", name, ("nurse_station",),
                               (Score("nurse_station", 92.0, 88.5),), "2026-03-31",
                               "2027-03-31", True, key.key_id)
    payload = qr_payload(record, sign(record, key.private))
    out = tmp_path / "qr.pdf"
    render_certificates(out, [sheet(name, payload=payload)],
                        load_template(template_folder(None)))
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(out), str(tmp_path / "p")],
                   check=True)
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "p-1.png")],
                             capture_output=True, text=True, check=True).stdout.strip()
    assert scanned == payload
    back, signature = parse_qr(scanned)
    assert back.name == name and signature_valid(back, signature, key.public)
