"""Home's note on the person's own certificates: valid until when, expiring soon (the
reminder the rules give N days before), expired, revoked, a top-up course due, or what is
still missing for one — in a line per HIS module, read in the background."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from trainer.certify.service import certification_for
from trainer.certify.standing import Standing
from trainer.certify.words_certs import module_name, reason_words, status_name
from trainer.gui.context import AppContext
from trainer.gui.operations import Operation, Progress

# Qt's translate under the name lupdate finds (contexts are literal at each call)
translate = QCoreApplication.translate

#: Statuses that call for the person to do something (shown in red).
URGENT = frozenset({"expiring", "expired", "revoked", "failed"})



def standing_line(found: Standing, lang: str, today: date) -> str:
    """One module's line, e.g. "Nurse station: Certified, expiring soon — NO-2026-00012
    valid until 2027-03-31 (28 days left): expires soon: pass both exams again to renew"."""
    parts = [f"{module_name(found.module, lang)}: {status_name(found.status, lang)}"]
    cert = found.certificate
    if cert is not None and found.status in ("certified", "expiring"):
        left = (cert.expires_on - today).days
        parts.append(translate("OwnCertificates", "%1 valid until %2 (%3 days left)")
                     .replace("%1", cert.number)
                     .replace("%2", cert.expires_on.isoformat()).replace("%3", str(left)))
    for topup in found.topups:
        if topup.done_on is None:
            parts.append(translate("OwnCertificates", "top-up course %1 due by %2")
                         .replace("%1", topup.course_id)
                         .replace("%2", topup.due_on.isoformat()))
    why = reason_words(found.reason, lang)
    line = " — ".join(parts)
    return f"{line}: {why}" if why and found.status != "certified" else line


class OwnCertificates(QLabel):
    """Empty (hidden) for people with no HIS module (HR, administrators)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWordWrap(True)
        self.setObjectName("ownCertificates")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.lines: list[tuple[str, bool]] = []
        self.hide()

    def refresh(self) -> None:
        session = self.ctx.session
        if session is None or not self.ctx.ready:
            self.hide()
            return
        service = certification_for(self.ctx.services)
        lang = self.ctx.language

        def load(_p: Progress) -> list[tuple[str, bool]]:
            today = date.today()
            return [(standing_line(s, lang, today), s.status in URGENT)
                    for s in service.own(session, today)]

        Operation(self.ctx, load, parent=self).on_success(self._show).start()

    def _show(self, lines: list[tuple[str, bool]]) -> None:
        self.lines = lines
        self.setText("\n".join(text for text, _ in lines))
        urgent = any(flag for _, flag in lines)
        self.setStyleSheet("color: #b00020;" if urgent else "")
        self.setAccessibleName(translate("OwnCertificates", "your certificates"))
        self.setVisible(bool(lines))
