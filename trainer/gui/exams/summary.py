"""What is left to do before each certifying exam, in words: for the exam page and Home.

"Retraining: 3 section(s) left to read in nurse-orders. Retake from 2026-12-03 09:00." —
exactly what stands between the person and the exam (补训), or that it is unlocked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from trainer.exams import policy, sittings
from trainer.gui.context import AppContext
from trainer.gui.roles import module_name
from trainer.vocabulary import Module, modules_for_roles

# Qt's translate under the name lupdate finds (contexts are literal at each call)
translate = QCoreApplication.translate


def status_text(status: policy.RetakeStatus, unlocked: bool) -> str:
    if status.passed:
        return translate("ExamStatus", "Passed.")
    parts = []
    if "exam.retraining_unread" in status.reasons:
        left = sum(status.courses_left.values())
        parts.append(translate("ExamStatus",
                               "Retraining: {sections} section(s) left to read in {courses}.")
                     .replace("{sections}", str(left))
                     .replace("{courses}", ", ".join(status.courses_left)))
    if "exam.cooling_down" in status.reasons and status.retake_after:
        parts.append(translate("ExamStatus", "Retake from {time}.").replace(
            "{time}", status.retake_after[:16].replace("T", " ")))
    if "exam.no_attempts_left" in status.reasons:
        parts.append(translate("ExamStatus", "No attempts left today."))
    if not parts:
        parts.append(translate("ExamStatus", "Unlocked: confirm who you are and start.")
                     if unlocked else
                     translate("ExamStatus", "Ask a trainer to unlock the exam at this PC, or "
                                             "type the sitting code."))
    return " ".join(parts)


class ExamTodo(QLabel):
    """Home's line per HIS module that has something to do: retraining, a retake, an
    unlocked exam waiting. Empty (hidden) when there is nothing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWordWrap(True)
        self.setObjectName("examTodo")

    def refresh(self) -> None:
        from trainer.gui.exams.wiring import exam_service

        session = self.ctx.session
        lines = []
        if session is not None:
            service = exam_service(self.ctx.services)
            for module in modules_for_roles(session.roles):
                lines += self._line(service, session.staff_id, module)
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))

    @staticmethod
    def _line(service: object, trainee: str, module: Module) -> list[str]:
        from trainer.exams.service import ExamService

        assert isinstance(service, ExamService)
        status = policy.retake_status(service, trainee, module.value)
        unlocked = sittings.pending_unlock(service.journal, trainee, module.value) is not None
        if status.passed or (status.may_start and not unlocked):
            return []
        return [f"{module_name(module)}: {status_text(status, unlocked)}"]
