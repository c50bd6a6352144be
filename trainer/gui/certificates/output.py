"""Showing and printing PDFs in the GUI: a preview dialog of page images, and printing
through Qt's print dialog (pages rasterised by ``trainer.reports.preview`` and painted
on the ``QPrinter`` at its resolution), so it works on any Windows PC without a viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainer.reports.preview import Raster, page_count, rasterise

PREVIEW_DPI = 96
PREVIEW_PAGES = 20


def to_image(raster: Raster) -> QImage:
    image = QImage(raster.pixels, raster.width, raster.height, raster.stride,
                   QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: the bytes object goes away


class PreviewDialog(QDialog):
    """The first pages of a PDF, as they will print."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview"))
        self.path = path
        column = QWidget()
        pages = QVBoxLayout(column)
        self.page_labels: list[QLabel] = []
        for raster in rasterise(path, PREVIEW_DPI, range(min(PREVIEW_PAGES,
                                                             page_count(path)))):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(to_image(raster)))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(self.tr("page"))
            pages.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("Print…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda: print_pdf(self, self.path))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(920, 700)


def print_pdf(parent: QWidget | None, path: Path) -> bool:
    """Ask for a printer with Qt's print dialog and print ``path``; False if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pdf(printer, path)
    return True


def paint_pdf(printer: QPrinter, path: Path) -> int:
    """Paint every page of ``path`` on ``printer``, fitted to the page; returns pages."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    count = 0
    try:
        dpi = min(printer.resolution(), 300)
        for raster in rasterise(path, dpi):
            if count:
                printer.newPage()
            image = to_image(raster)
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(area.x(), area.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
            count += 1
    finally:
        painter.end()
    return count
