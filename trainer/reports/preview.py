"""Pages of a PDF as pixels, for the preview and for printing through the system's print
dialog (the GUI paints them on a ``QPrinter``). PDFium (``pypdfium2``) rasterises: Qt's
own PDF module is not in PySide6-Essentials, and nothing here may assume a PDF viewer.

May import: pypdfium2, ``trainer.errors``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from trainer.errors import TrainerError


@dataclass(frozen=True)
class Raster:
    """One page as 8-bit RGB rows (``stride`` bytes each)."""

    width: int
    height: int
    stride: int
    pixels: bytes


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise TrainerError(code="cert.bad_pdf", path=str(path)) from exc
    try:
        return len(document)
    finally:
        document.close()


def rasterise(path: Path, dpi: float, pages: range | None = None) -> Iterator[Raster]:
    """Each page (or those in ``pages``) at ``dpi``, one at a time (a 1,000-page batch
    never sits in memory at once)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise TrainerError(code="cert.bad_pdf", path=str(path)) from exc
    try:
        for index in pages if pages is not None else range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
            image = bitmap.to_pil().convert("RGB")
            yield Raster(image.width, image.height, image.width * 3, image.tobytes())
            page.close()
    finally:
        document.close()
