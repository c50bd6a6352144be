"""Accounts: logging in (and creating the first administrator), the lock screen and
changing one's own password.

May import: PySide6, trainer.gui (shared parts), trainer.auth, trainer.services,
trainer.sync (lazily, for the online lookup).
"""
