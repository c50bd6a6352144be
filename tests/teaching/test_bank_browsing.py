"""The trainers' bank browser: who may browse (answers are shown), filters, one item in
full in either language."""

from __future__ import annotations

import pytest

from trainer.auth.session import Session
from trainer.errors import PermissionDenied
from trainer.services import Services
from trainer.teaching.banks import bank_filters, browse_items, item_detail, load_question_banks


def session(services: Services, staff_id: str) -> Session:
    return services.login.demo_session(staff_id)


def test_only_trainers_and_admins_browse_the_banks(demo_services: Services) -> None:
    with pytest.raises(PermissionDenied):
        load_question_banks(session(demo_services, "N001"))
    trainer = session(demo_services, "T001")
    banks = load_question_banks(trainer)
    with pytest.raises(PermissionDenied):
        browse_items(session(demo_services, "N001"), banks, "en")
    with pytest.raises(PermissionDenied):
        item_detail(session(demo_services, "D001"), banks, banks.items[0].id, "en")
    assert load_question_banks(session(demo_services, "A001")) is banks


def test_bank_filters_and_item_detail(demo_services: Services) -> None:
    trainer = session(demo_services, "T001")
    banks = load_question_banks(trainer)
    filters = bank_filters(trainer, banks)
    assert filters.pools == ("practice", "exam") and set(filters.difficulties) <= {1, 2, 3, 4, 5}
    chosen = browse_items(trainer, banks, "en", module="nurse_station", difficulty=1,
                          pool="practice")
    assert chosen and all(i.difficulty == 1 and i.pool == "practice" for i in chosen)
    everything = browse_items(trainer, banks, "en")
    assert len(chosen) < len(everything) == len(banks.items)
    single = next(i for i in everything if i.type == "single")
    detail = item_detail(trainer, banks, single.item_id, "en")
    assert detail.stem == single.stem and detail.source
    assert [o.key for o in detail.options if o.correct] == [detail.answer]
    zh = item_detail(trainer, banks, single.item_id, "zh_CN")
    assert zh.stem != detail.stem
