"""Request bodies of the service's API (pydantic): every text refuses NUL and lone
surrogates and has a length, every number a range, roles come from the vocabulary — so a
bad value is a 422 naming the field, never a database error.

May import: pydantic, trainer.sync.wire, trainer.vocabulary, the standard library.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, StringConstraints

from trainer.sync.wire import MAX_INT, clean_text
from trainer.vocabulary import Role


def _clean(value: str) -> str:
    if not clean_text(value):
        raise ValueError("text with NUL or a lone surrogate")
    return value


StaffNumber = Annotated[str, StringConstraints(min_length=1, max_length=64),
                        AfterValidator(_clean)]
Password = Annotated[str, StringConstraints(max_length=200), AfterValidator(_clean)]
Department = Annotated[str, StringConstraints(min_length=1, max_length=100),
                       AfterValidator(_clean)]
def _not_service(value: str) -> str:
    if value == "service":  # trainer.server.authored.SERVICE_DEVICE: the service's own
        raise ValueError("the service's own device id")
    return value


DeviceId = Annotated[str, StringConstraints(max_length=36), AfterValidator(_clean),
                     AfterValidator(_not_service)]
Short = Annotated[str, StringConstraints(max_length=40), AfterValidator(_clean)]
Seq = Annotated[int, Field(ge=0, le=MAX_INT)]


class EnrolIn(BaseModel):
    code: Short
    device_id: DeviceId
    name: Annotated[str, StringConstraints(max_length=200), AfterValidator(_clean)] = ""
    app_version: Short = ""


class ReenrolIn(BaseModel):
    new_device_id: DeviceId
    reason: Annotated[str, StringConstraints(max_length=32), AfterValidator(_clean)] = \
        "restored"
    app_version: Short = ""


class PullIn(BaseModel):
    after: Seq = 0
    limit: Annotated[int, Field(ge=1, le=5000)] = 1000
    roster_tag: Annotated[str, StringConstraints(max_length=64),
                          AfterValidator(_clean)] | None = None


class HistoryIn(BaseModel):
    staff_ids: list[StaffNumber] = Field(max_length=5000)
    after: Seq = 0
    upto: Seq
    limit: Annotated[int, Field(ge=1, le=5000)] = 1000


class PersonIn(BaseModel):
    staff_id: StaffNumber
    password: Password


class PasswordIn(BaseModel):
    staff_id: StaffNumber
    old_password: Password
    new_password: Password


class EnrolCodeIn(BaseModel):
    departments: list[Department] = Field(default=[], max_length=50)
    hours: float = Field(default=24.0, gt=0, le=24 * 30)


class StaffIn(BaseModel):
    name: Annotated[str, StringConstraints(min_length=1, max_length=200),
                    AfterValidator(_clean)] | None = None
    roles: list[Role] | None = Field(default=None, max_length=len(Role))
    departments: list[Department] | None = Field(default=None, max_length=50)
    active: bool | None = None
    password: Password | None = None


class CertIssueIn(BaseModel):
    holder: StaffNumber
    module: Annotated[str, StringConstraints(min_length=1, max_length=64),
                      AfterValidator(_clean)]


class CertRevokeIn(BaseModel):
    number: Annotated[str, StringConstraints(min_length=1, max_length=40),
                      AfterValidator(_clean)]
    reason: Annotated[str, StringConstraints(min_length=1, max_length=500),
                      AfterValidator(_clean)]
