"""Translated names of roles and HIS modules, for display only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainer.vocabulary import Module, Role


def _t(text: str) -> str:
    return QCoreApplication.translate("vocabulary", text)


def role_name(role: Role) -> str:
    names = {
        Role.DOCTOR: _t("Doctor"), Role.NURSE: _t("Nurse"), Role.PHARMACIST: _t("Pharmacist"),
        Role.CASHIER: _t("Cashier"), Role.TRAINER: _t("Trainer"),
        Role.DEPARTMENT_HEAD: _t("Department head"), Role.HR: _t("HR"),
        Role.ADMIN: _t("Administrator"),
    }
    return names[role]


def module_name(module: Module) -> str:
    names = {
        Module.OUTPATIENT_DOCTOR: _t("Outpatient doctor station"),
        Module.INPATIENT_DOCTOR: _t("Inpatient doctor station"),
        Module.NURSE_STATION: _t("Nurse station"),
        Module.PHARMACY: _t("Pharmacy"),
        Module.CASHIER: _t("Registration and cashier"),
    }
    return names[module]
