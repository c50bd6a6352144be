"""Who is logged in: plain frozen dataclasses, importable without the database layer
(the login window is shown before SQLAlchemy is even imported)."""

from __future__ import annotations

from dataclasses import dataclass

from trainer.vocabulary import Role


@dataclass(frozen=True)
class StaffMember:
    staff_id: str
    name: str
    roles: frozenset[Role]
    departments: tuple[str, ...]
    active: bool
    must_change_password: bool


@dataclass(frozen=True)
class Session:
    """The person logged in at this workstation."""

    member: StaffMember
    workstation: str

    @property
    def staff_id(self) -> str:
        return self.member.staff_id

    @property
    def roles(self) -> frozenset[Role]:
        return self.member.roles
