"""The embedded font of every document: LXGW WenKai (TrueType, OFL, ``assets/fonts``),
with a corrected ToUnicode map so text survives extraction.

ReportLab 5.1 writes each subset's ToUnicode CMap as ``<code> <%04X>`` of the code point,
which for a character beyond the Basic Multilingual Plane (CJK Extension B such as 𠮷,
U+20BB7) gives five hex digits — not UTF-16BE — so ``pdftotext`` returns something else.
:class:`ExtractableTTFont` rewrites those maps after ReportLab has made them, with
surrogate pairs for such characters (PDF 32000-1 §9.10.3). ``tests/reports`` checks it
with ``pdftotext``.

May import: reportlab, ``trainer.resources``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from trainer.resources import asset

REGULAR = "WenKai"
BOLD = "WenKai-Bold"
FILES = {REGULAR: "LXGWWenKai-Regular.ttf", BOLD: "LXGWWenKai-Bold.ttf"}


def utf16_hex(code_point: int) -> str:
    return chr(code_point).encode("utf-16-be", "surrogatepass").hex().upper()


def to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """A ToUnicode CMap for one subset (codes 0..n-1 → the subset's code points)."""
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({font_name})", f"/Ordering ({font_name})",
        "/Supplement 0", ">> def", f"/CMapName /{font_name} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
    ]
    # at most 100 entries per bfchar block (PDF limit)
    for start in range(0, len(subset), 100):
        chunk = subset[start:start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{start + i:02X}> <{utf16_hex(cp)}>" for i, cp in enumerate(chunk)]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class ExtractableTTFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose subsets' ToUnicode maps are right beyond the BMP too."""

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            if all(cp <= 0xFFFF for cp in subset):
                continue  # ReportLab's own map is right for these
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)
                            ).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = to_unicode_cmap(base, subset)


@cache
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces once per process; returns their names."""
    for name, file in FILES.items():
        pdfmetrics.registerFont(ExtractableTTFont(name, str(asset("fonts", file))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    return REGULAR, BOLD


def fit_size(text: str, font: str, width: float, largest: float, smallest: float = 6.0
             ) -> float:
    """The largest size ≤ ``largest`` at which ``text`` fits ``width`` (never below
    ``smallest``: the caller then wraps)."""
    measured = float(pdfmetrics.stringWidth(text, font, largest))
    if measured <= width:
        return largest
    return max(smallest, largest * width / measured)
