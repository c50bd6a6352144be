"""The shell: the main window (navigation by role, status bar, idle lock), the sync status
indicator, and the pages everyone sees (home, help, settings, about).

May import: PySide6, qtawesome, trainer.gui (shared parts and the other feature folders'
pages by name), the core packages.
"""
