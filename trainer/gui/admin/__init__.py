"""Administration: the staff roster (with the HR import), the audit log and the
workstations enrolled with the sync service.

May import: PySide6, trainer.gui (shared parts), trainer.auth, trainer.sync (lazily).
"""
