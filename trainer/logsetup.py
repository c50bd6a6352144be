"""Configure logging once at start-up: a rotating file in the profile, plus stderr.

May import: trainer.config, the standard library.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"


def configure_logging(log_file: Path, *, level: int = logging.INFO, stderr: bool = True) -> None:
    """Send records to ``log_file`` (5 × 2 MB, rotating) and, if asked, to stderr."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_his_trainer", False):
            root.removeHandler(handler)
            handler.close()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8", delay=True
        )
    ]
    if stderr:
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        handlers.append(console)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler._his_trainer = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
