"""Errors raised by the core.

Each error carries a machine-readable ``code`` and the facts (file, line, field, …)
that the CLI or GUI turn into words for people. The core never shows dialogs.

May import: the standard library only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any


class TrainerError(Exception):
    """Base class: ``code`` names the failure, ``facts`` hold the details."""

    code = "trainer.error"

    def __init__(self, message: str = "", /, *, code: str | None = None, **facts: Any) -> None:
        super().__init__(message or self.code)
        if code is not None:
            self.code = code
        self.facts: dict[str, Any] = facts


@dataclass(frozen=True, order=True)
class Problem:
    """One located problem in a content file: ``file:line: field: message``.

    ``line`` is 1-based, or ``None`` when the problem concerns the whole file
    (missing, unreadable). ``field`` is a dotted path such as ``items[3].answer``,
    or ``""`` when no single field is at fault.
    """

    file: str
    line: int | None
    field: str
    message: str
    code: str = dataclass_field(default="content.invalid", compare=False)

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class ContentError(TrainerError):
    """A content file (course, bank, scenario, staff list…) failed validation."""

    code = "content.invalid"

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        first = str(self.problems[0]) if self.problems else "invalid content"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more)" if more > 0 else ""))


class StoreError(TrainerError):
    """The local database cannot be opened, migrated or written."""

    code = "store.error"


class JournalError(TrainerError):
    """An event could not be appended to or read from the journal."""

    code = "journal.error"


class PermissionDenied(TrainerError):
    """The acting person's roles do not allow the requested action."""

    code = "auth.denied"


class ConfigError(TrainerError):
    """The settings file or a command-line option is invalid."""

    code = "config.invalid"


class LoginFailed(TrainerError):
    """``code`` says why (bad_credentials, disabled, throttled); ``facts['retry_after']``
    is the seconds to wait when throttled."""

    code = "auth.login_failed"


class WeakPassword(TrainerError):
    """A new password breaks the policy; ``code`` says which rule."""

    code = "auth.weak_password"
