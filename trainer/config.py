"""Where the profile lives, and the settings with their defaults in one table.

The profile (database, keys, logs, settings) belongs to the *machine*, not to the
operating-system user: ward PCs are shared (ARCHITECTURE §2). It defaults to the
machine-wide data folder (``C:\\ProgramData\\HISTrainer`` on Windows,
``/var/lib/his-trainer`` elsewhere), falls back to the per-user data folder where that
is not writable, and ``--data-dir`` (or ``HIS_TRAINER_DATA``) overrides both.

May import: trainer.errors, trainer.protect, the standard library, platformdirs.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from trainer.errors import ConfigError

log = logging.getLogger(__name__)

APP_NAME = "HISTrainer"
DATA_ENV = "HIS_TRAINER_DATA"

#: Every setting, its default and its type. The settings file only stores overrides.
DEFAULTS: dict[str, Any] = {
    "language": "system",  # "system", "zh_CN" or "en"
    "idle_lock_minutes": 5,  # lock a shared workstation after this much idle time
    "sync_interval_minutes": 5,  # background sync period in networked mode
    "server_url": "",  # empty: standalone mode
    "exam_resume_limit_minutes": 30,  # how long an interrupted exam may be resumed
    "exam_review_shows_answers": False,  # review shows exam-pool answers (hospital's choice)
    "practical_proctor_may_sign_off": True,  # False: the proctor may not sign off
    "password_max_age_days": 0,  # 0: no forced rotation (some 等保 audits want 90)
}


def machine_data_dir() -> Path:
    """The machine-wide folder: ProgramData on Windows, /var/lib elsewhere."""
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / APP_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME
    return Path("/var/lib/his-trainer")


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-"):
            return True
    except OSError:
        return False


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` if given, else ``HIS_TRAINER_DATA``, else machine-wide, else per-user."""
    chosen = explicit or os.environ.get(DATA_ENV)
    if chosen:
        folder = Path(chosen).expanduser().resolve()
        if not _writable(folder):
            raise ConfigError("data folder not writable", code="config.data_dir", path=str(folder))
        return folder
    machine = machine_data_dir()
    if _writable(machine):
        return machine
    user = user_data_dir()
    if not _writable(user):
        raise ConfigError("no writable data folder", code="config.data_dir", path=str(user))
    log.info("machine-wide folder %s not writable; using %s", machine, user)
    return user


@dataclass(frozen=True)
class Profile:
    """The files of one workstation profile."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "trainer.db"

    @property
    def log_dir(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "his-trainer.log"

    @property
    def keys_dir(self) -> Path:
        return self.root / "keys"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    def ensure(self) -> Profile:
        """Create the folders for this machine's account only (``trainer.protect``)."""
        from trainer.protect import private_dir

        for folder in (self.root, self.log_dir, self.keys_dir, self.backups_dir):
            private_dir(folder)
        return self


def open_profile(data_dir: str | os.PathLike[str] | None = None) -> Profile:
    return Profile(resolve_data_dir(data_dir)).ensure()


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` so that a crash leaves either the old or the new file, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Settings:
    """Settings of one profile: :data:`DEFAULTS` overlaid with the profile's file."""

    def __init__(self, profile: Profile) -> None:
        self._file = profile.settings_file
        self._values: dict[str, Any] = {}
        if self._file.exists():
            self._values = self._read()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", self._file, exc)
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if k in DEFAULTS and _same_type(v, DEFAULTS[k])}

    def get(self, key: str) -> Any:
        if key not in DEFAULTS:
            raise ConfigError("unknown setting", code="config.unknown_setting", key=key)
        return self._values.get(key, DEFAULTS[key])

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise ConfigError("unknown setting", code="config.unknown_setting", key=key)
        if not _same_type(value, DEFAULTS[key]):
            raise ConfigError("wrong type", code="config.bad_value", key=key, value=value)
        self._values[key] = value
        atomic_write_text(self._file, json.dumps(self._values, ensure_ascii=False, indent=2))

    def as_dict(self) -> dict[str, Any]:
        return {k: self.get(k) for k in DEFAULTS}


def _same_type(value: Any, default: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, type(default))
