"""Networked mode: a password changed at a workstation is changed on the service, so the
next sync does not undo it, and every other PC learns it."""

from __future__ import annotations

import pytest

from testkit.postgres import ServiceThread
from tests.sync.conftest import PEOPLE, Workstation, client
from trainer.errors import LoginFailed, TrainerError, WeakPassword


def test_a_password_change_goes_to_the_service_and_survives_sync(
        service: ServiceThread, server_db: str, workstation: Workstation) -> None:
    ward3 = workstation("ward3", service.url, server_db, departments=("ward-3",))
    other = workstation("other", service.url, server_db, departments=("ward-3",))
    for pc in (ward3, other):
        assert client(pc).run().error_code is None
    old = PEOPLE["N100"][3]
    session = ward3.login.login("N100", old)
    with pytest.raises(LoginFailed):
        ward3.change_password(session, "not the old one", "a brand new phrase")
    with pytest.raises(WeakPassword):
        ward3.change_password(session, old, "12345678")
    changed = ward3.change_password(session, old, "a brand new phrase")
    assert not changed.member.must_change_password
    assert client(ward3).run().error_code is None  # the roster from the service agrees
    assert ward3.login.login("N100", "a brand new phrase").staff_id == "N100"
    with pytest.raises(LoginFailed):
        ward3.login.login("N100", old)
    assert client(other).run().error_code is None
    assert other.login.login("N100", "a brand new phrase").staff_id == "N100"


def test_offline_a_networked_pc_refuses_to_change_the_password(
        service: ServiceThread, server_db: str, workstation: Workstation) -> None:
    pc = workstation("ward3", service.url, server_db, departments=("ward-3",))
    assert client(pc).run().error_code is None
    session = pc.login.login("N100", PEOPLE["N100"][3])
    service.stop()
    with pytest.raises(TrainerError) as exc:
        pc.change_password(session, PEOPLE["N100"][3], "a brand new phrase")
    assert exc.value.code.startswith("sync.")
    assert pc.login.login("N100", PEOPLE["N100"][3]).staff_id == "N100"  # unchanged
