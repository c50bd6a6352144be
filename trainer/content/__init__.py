"""Content loading and validation: courses, question banks, scenarios, importers.

Every loader returns validated, frozen data plus located :class:`~trainer.errors.Problem`
lists; a bad file never raises past its loader.

May import: trainer.errors, trainer.config, the standard library, PyYAML, pydantic,
markdown, nh3, openpyxl.
"""
