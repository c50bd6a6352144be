"""Translated names of roles and HIS modules, for display only."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from trainer.vocabulary import Module, Role


def role_name(role: Role) -> str:
    names = {
        Role.DOCTOR: QCoreApplication.translate("vocabulary", "Doctor"),
        Role.NURSE: QCoreApplication.translate("vocabulary", "Nurse"),
        Role.PHARMACIST: QCoreApplication.translate("vocabulary", "Pharmacist"),
        Role.CASHIER: QCoreApplication.translate("vocabulary", "Cashier"),
        Role.TRAINER: QCoreApplication.translate("vocabulary", "Trainer"),
        Role.DEPARTMENT_HEAD: QCoreApplication.translate("vocabulary", "Department head"),
        Role.HR: QCoreApplication.translate("vocabulary", "HR"),
        Role.ADMIN: QCoreApplication.translate("vocabulary", "Administrator"),
    }
    return names[role]


def module_name(module: Module) -> str:
    names = {
        Module.OUTPATIENT_DOCTOR: QCoreApplication.translate(
            "vocabulary", "Outpatient doctor station"
        ),
        Module.INPATIENT_DOCTOR: QCoreApplication.translate(
            "vocabulary", "Inpatient doctor station"
        ),
        Module.NURSE_STATION: QCoreApplication.translate("vocabulary", "Nurse station"),
        Module.PHARMACY: QCoreApplication.translate("vocabulary", "Pharmacy"),
        Module.CASHIER: QCoreApplication.translate("vocabulary", "Registration and cashier"),
    }
    return names[module]


def join_names(names: Iterable[str]) -> str:
    """A list for display: 、 in Chinese, a comma in English."""
    return QCoreApplication.translate("vocabulary", ", ").join(names)
