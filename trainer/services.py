"""Open a profile and the services over it: what the GUI, the CLI and tests start from.

May import: every Qt-free trainer package.
"""

from __future__ import annotations

import functools
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select

from trainer.auth.login import LoginService
from trainer.auth.permissions import require
from trainer.auth.roster import RosterService
from trainer.auth.session import Session
from trainer.config import Profile, Settings, open_profile
from trainer.errors import LoginFailed, TrainerError, WeakPassword
from trainer.journal import Journal
from trainer.resources import content_root
from trainer.store.engine import open_database
from trainer.store.models import ProfileMeta

if TYPE_CHECKING:
    from trainer.content.courses import Catalogue


@dataclass
class Services:
    profile: Profile
    settings: Settings
    engine: Engine
    journal: Journal
    login: LoginService
    _catalogue: Catalogue | None = field(default=None, repr=False)

    def catalogue(self) -> Catalogue:
        """The course catalogue, loaded once (reload with :meth:`reload_content`)."""
        if self._catalogue is None:
            from trainer.content.courses import load_catalogue

            # Structure only: the shipped courses were deep-checked by `content check` in
            # CI; every section is still sanitised when it is rendered for display.
            self._catalogue = load_catalogue(content_root("courses"), deep=False)
        return self._catalogue

    def reload_content(self) -> None:
        self._catalogue = None

    @functools.cached_property
    def is_demo(self) -> bool:
        with self.engine.connect() as conn:
            return conn.scalar(select(ProfileMeta.value).where(ProfileMeta.key == "demo")) == "1"

    @functools.cached_property
    def roster(self) -> RosterService:
        return RosterService(self.engine, self.journal)

    def networked(self) -> bool:
        """Enrolled with a sync service (whose roster is then authoritative)."""
        from trainer.sync.state import read_status

        return read_status(self.engine).enrolled

    def change_password(self, session: Session, old: str, new: str) -> Session:
        """Change one's own password: on the service when networked (else the next sync
        would undo it), here otherwise. Raises LoginFailed (wrong old password),
        WeakPassword, or TrainerError (``auth.password_unchanged``, ``sync.*``)."""
        if not self.networked():
            return self.login.change_password(session, old, new)
        from trainer.auth.passwords import WEAK_PASSWORD_CODES, check_policy
        from trainer.sync.client import SyncClient

        check_policy(new, staff_id=session.staff_id)  # the same policy, before the network
        try:
            SyncClient(self.engine, self.journal).change_password(session.staff_id, old, new)
        except TrainerError as exc:
            if exc.code == "auth.bad_credentials":
                raise LoginFailed(code="auth.bad_credentials") from exc
            if exc.code in WEAK_PASSWORD_CODES:
                raise WeakPassword(code=exc.code) from exc
            raise TrainerError(code=exc.code) from exc
        return self.login.password_changed_on_service(session)

    def close(self) -> None:
        self.engine.dispose()


def workstation_name() -> str:
    return os.environ.get("COMPUTERNAME") or socket.gethostname() or "workstation"


def open_services(data_dir: str | os.PathLike[str] | Path | None = None) -> Services:
    profile = open_profile(data_dir)
    return open_profile_services(profile, Settings(profile))


def open_profile_services(profile: Profile, settings: Settings) -> Services:
    """Open (and migrate) the database of ``profile``; may take a moment on first start."""
    engine = open_database(profile.database, profile.backups_dir)
    journal = Journal(engine)
    login = LoginService(engine, journal, workstation_name(),
                         password_max_age_days=lambda: int(settings.get("password_max_age_days")))
    return Services(profile, settings, engine, journal, login)


#: Settings that change how the whole workstation behaves: administrators only.
ADMIN_SETTINGS = frozenset(
    {
        "idle_lock_minutes",
        "sync_interval_minutes",
        "server_url",
        "exam_resume_limit_minutes",
        "exam_review_shows_answers",
        "password_max_age_days",
    }
)


def change_setting(services: Services, session: Session | None, key: str, value: object
                   ) -> None:
    """Change a setting; workstation-wide ones need the admin role (checked here)."""
    if key in ADMIN_SETTINGS:
        require(session, "settings.workstation")
    services.settings.set(key, value)
