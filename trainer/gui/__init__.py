"""The PySide6 user interface: the only package that imports Qt.

Pages call services and receive plain frozen dataclasses; they never hold an
SQLAlchemy session.

May import: every trainer package, PySide6, qtawesome.
"""
