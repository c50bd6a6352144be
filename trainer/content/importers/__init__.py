"""Importers that turn other quiz formats into a question :class:`~trainer.content.banks.Bank`.

Each importer takes a path and :class:`ImportOptions` and returns ``(bank, problems,
skipped)``: the bank of every valid item (``None`` when nothing could be read), located
problems (invalid items, unreadable files) and the questions or columns it skipped because
the format has no place for them. An importer never raises on malformed input. The rules of
each mapping are in ``docs/formats/importers.md``.

May import: trainer.errors, trainer.vocabulary, trainer.content, nh3, openpyxl,
the standard library.
"""

from trainer.content.importers.common import ImportOptions, ImportResult, Skipped
from trainer.content.importers.gift import import_gift
from trainer.content.importers.moodle_xml import import_moodle_xml
from trainer.content.importers.xlsx import import_xlsx

__all__ = ["ImportOptions", "ImportResult", "Skipped", "import_gift", "import_moodle_xml",
           "import_xlsx"]
