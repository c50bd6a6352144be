"""The HIS station screens over the simulator sandbox (ARCHITECTURE §6).

``host`` runs an attempt (brief, timer, modes, journalling, refusals and alerts in the
HIS's words), ``doctor``, ``nurse`` and ``pharmacy`` (with ``pharmacy_tabs``,
``pharmacy_returns``, ``pharmacy_ward``, ``pharmacy_stock``) are the station screens,
``widgets`` the parts they share (patient banner with the allergy badge, scan field,
pinyin drug search, dense grids, F-key buttons from the station map), ``result`` the
results screen, ``demo`` the demonstration player and ``pages`` the navigation pages.

May import: PySide6, trainer.gui (context, pages, operations), trainer.sim,
trainer.content.stations, trainer.resources, trainer.words.
"""
