"""Login: argon2id, the growing delay, first run, audit events, role checks."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

import trainer.auth.words  # noqa: F401 - defines the words
from trainer import words
from trainer.auth.login import LoginFailed, LoginService, delay_after
from trainer.auth.passwords import WeakPassword, check_policy, hash_password
from trainer.errors import PermissionDenied, TrainerError
from trainer.services import Services, change_setting
from trainer.store.models import Staff


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def service(services: Services, clock: Clock, ws: str = "ward-1") -> LoginService:
    return LoginService(services.engine, services.journal, ws, clock)


def test_hashes_are_argon2id_with_owasp_minimum() -> None:
    stored = hash_password("correct horse")
    assert stored.startswith("$argon2id$")
    assert "m=19456,t=2,p=1" in stored


@pytest.mark.parametrize(
    "password,code",
    [
        ("short", "auth.password_too_short"),
        ("x" * 65, "auth.password_too_long"),
        ("12345678", "auth.password_common"),
        ("Password1", "auth.password_common"),
        ("N0123-ward-pc", "auth.password_contains_staff_id"),
    ],
)
def test_password_policy(password: str, code: str) -> None:
    with pytest.raises(WeakPassword) as exc:
        check_policy(password, staff_id="N0123")
    assert exc.value.code == code


def test_policy_accepts_long_passphrases_without_composition_rules() -> None:
    check_policy("病房早班交接很重要", staff_id="N0123")
    check_policy("just lowercase words here")


def test_first_run_creates_the_only_admin(services: Services) -> None:
    login = service(services, Clock())
    assert login.needs_first_admin()
    session = login.create_first_admin("A0001", "王管理", "a long admin phrase")
    assert {r.value for r in session.roles} == {"admin"}
    assert not login.needs_first_admin()
    with pytest.raises(TrainerError):
        login.create_first_admin("A0002", "Someone", "another long phrase")


def test_wrong_passwords_slow_the_account_down_then_success_resets(demo_services: Services) -> None:
    clock = Clock()
    login = service(demo_services, clock)
    for _ in range(3):
        with pytest.raises(LoginFailed) as exc:
            login.login("N001", "wrong password")
        assert exc.value.code == "auth.bad_credentials"
    with pytest.raises(LoginFailed) as throttled:
        login.login("N001", "demo-nurse")  # even the right password waits
    assert throttled.value.code == "auth.throttled"
    assert throttled.value.facts["retry_after"] == pytest.approx(2.0)
    # said in words wherever it is shown (the CLI as the GUI): whole seconds
    assert words.say(throttled.value.code, "en", **throttled.value.facts) == \
        "Too many failed attempts. Try again in 2 seconds."
    clock.now += 2.5
    assert login.login("N001", "demo-nurse").staff_id == "N001"
    with pytest.raises(LoginFailed) as again:
        login.login("N001", "wrong again")
    assert again.value.code == "auth.bad_credentials"  # counter was reset


def test_the_delay_is_capped_so_nobody_is_locked_out_for_good() -> None:
    assert delay_after(2) == 0
    assert delay_after(3) == 2
    assert delay_after(5) == 8
    assert delay_after(1000) == 15 * 60


def test_the_workstation_is_throttled_too(demo_services: Services) -> None:
    clock = Clock()
    login = service(demo_services, clock, ws="ward-7")
    for staff in ("X1", "X2", "X3"):  # guessing different staff numbers
        with pytest.raises(LoginFailed):
            login.login(staff, "guess-guess")
    with pytest.raises(LoginFailed) as exc:
        login.login("N001", "demo-nurse")
    assert exc.value.code == "auth.throttled"
    other_pc = service(demo_services, clock, ws="ward-8")
    assert other_pc.login("N001", "demo-nurse").staff_id == "N001"


def test_disabled_staff_cannot_log_in(demo_services: Services) -> None:
    with demo_services.engine.begin() as conn:
        conn.execute(update(Staff).where(Staff.staff_id == "C001").values(active=False))
    with pytest.raises(LoginFailed) as exc:
        service(demo_services, Clock()).login("C001", "demo-cashier")
    assert exc.value.code == "auth.disabled"


def test_weak_old_hash_is_upgraded_at_login(demo_services: Services) -> None:
    from argon2 import PasswordHasher

    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash("demo-nurse")
    with demo_services.engine.begin() as conn:
        conn.execute(update(Staff).where(Staff.staff_id == "N001").values(password_hash=weak))
    service(demo_services, Clock()).login("N001", "demo-nurse")
    with demo_services.engine.connect() as conn:
        stored = conn.scalar(select(Staff.password_hash).where(Staff.staff_id == "N001"))
    assert stored != weak and "m=19456" in stored


def test_logins_and_failures_are_audited_without_credentials(demo_services: Services) -> None:
    login = service(demo_services, Clock())
    login.login("D001", "demo-doctor")
    with pytest.raises(LoginFailed):
        login.login("D001", "not-my-password")
    events = list(demo_services.journal.events())
    kinds = [(e.type, e.subject_id) for e in events if e.type.startswith("auth.login")]
    assert kinds == [("auth.login", "D001"), ("auth.login_failed", "D001")]
    assert not any("demo-doctor" in e.payload or "not-my-password" in e.payload for e in events)


def test_workstation_settings_need_an_admin_in_the_service_layer(demo_services: Services) -> None:
    nurse = service(demo_services, Clock()).login("N001", "demo-nurse")
    with pytest.raises(PermissionDenied):
        change_setting(demo_services, nurse, "idle_lock_minutes", 1)
    change_setting(demo_services, nurse, "language", "en")  # personal choice: allowed
    admin = service(demo_services, Clock()).login("A001", "demo-admin")
    change_setting(demo_services, admin, "idle_lock_minutes", 10)
    assert demo_services.settings.get("idle_lock_minutes") == 10


def test_demo_sessions_only_exist_in_a_demo_profile(services: Services) -> None:
    login = service(services, Clock())
    login.create_first_admin("A0001", "Admin", "a long admin phrase")
    with pytest.raises(TrainerError) as exc:
        login.demo_session("A0001")
    assert exc.value.code == "auth.not_demo"
