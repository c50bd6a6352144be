"""The trainers' read of the service's grading flags (trainer.exams.grading_flags) against
the real service on a real PostgreSQL: a flagged attempt arrives with the person's name as
the PC knows them and the service's reason in Chinese and in English; a nurse, a wrong
password and a PC without a service are refused."""

from __future__ import annotations

import pytest

from testkit.postgres import ServiceThread
from tests.server.flags_kit import flagged_pc
from tests.server.regrading_kit import MODULE, TRAINER_PASSWORD, session
from tests.sync.conftest import PEOPLE, Workstation
from trainer.errors import PermissionDenied, TrainerError
from trainer.exams.grading_flags import read_flags
from trainer.sync.admin import ServiceAdmin
from trainer.vocabulary import Role


def test_a_flagged_attempt_reaches_the_trainer_with_its_reason_in_both_languages(
        workstation: Workstation, service: ServiceThread, server_db: str) -> None:
    sitting, attempt_id = flagged_pc(workstation, service, server_db)
    trainer = session("T100", Role.TRAINER)
    [chinese] = read_flags(sitting.pc.engine, trainer, TRAINER_PASSWORD, "zh_CN")
    assert chinese.attempt_id == attempt_id
    assert (chinese.staff_id, chinese.name, chinese.module) == ("N100", "Nurse One", MODULE)
    assert chinese.status == "graded" and chinese.status_words == "已评分，有标记"
    assert chinese.reason == "本机显示的成绩与服务器评分不一致。"
    assert len(chinese.when) == len("2026-12-03 19:02") and chinese.when[4] == "-"
    [english] = read_flags(sitting.pc.engine, trainer, TRAINER_PASSWORD, "en")
    assert english.reason == "The result shown on the PC differs from the service's grading."
    assert english.status_words == "Graded, flagged"


def test_a_nurse_and_a_wrong_password_are_refused(
        workstation: Workstation, service: ServiceThread, server_db: str) -> None:
    sitting, _attempt = flagged_pc(workstation, service, server_db)
    engine = sitting.pc.engine
    with pytest.raises(PermissionDenied):  # this PC checks first …
        read_flags(engine, session("N100", Role.NURSE), PEOPLE["N100"][3], "en")
    admin = ServiceAdmin(engine)  # … and the service refuses the nurse's own login too
    try:
        admin.log_in("N100", PEOPLE["N100"][3])
        with pytest.raises(TrainerError) as denied:
            admin.grading("en")
    finally:
        admin.close()
    assert denied.value.code == "auth.denied"
    with pytest.raises(TrainerError) as wrong:
        read_flags(engine, session("T100", Role.TRAINER), "not my password", "en")
    assert wrong.value.code == "auth.bad_credentials"


def test_a_standalone_pc_has_no_service_to_ask(workstation: Workstation) -> None:
    pc = workstation("standalone")
    with pytest.raises(TrainerError) as missing:
        read_flags(pc.engine, session("T100", Role.TRAINER), TRAINER_PASSWORD, "en")
    assert missing.value.code == "sync.not_enrolled"
