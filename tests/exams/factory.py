"""Build banks, blueprints and sessions for exam tests (no shipped content involved)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from trainer.auth.session import Session, StaffMember
from trainer.content.banks import Item
from trainer.content.blueprints import Blueprint
from trainer.exams.content import ExamContent
from trainer.vocabulary import Role

KPS = ("prescription_rules", "identity_check", "drug_interactions", "privacy")


def text(zh: str, en: str | None = None) -> dict[str, str]:
    return {"zh_CN": zh, "en": en or zh}


def options(n: int, stem: str = "选项") -> list[dict[str, Any]]:
    return [{"key": k, "text": text(f"{stem}{k}")} for k in "ABCDEF"[:n]]


def item(item_id: str, kind: str = "single", *, kp: str = KPS[0], difficulty: int = 2,
         pool: str = "exam", module: str = "nurse_station", **extra: Any) -> Item:
    data: dict[str, Any] = {
        "id": item_id, "type": kind, "stem": text(f"题目 {item_id}"),
        "knowledge_point": kp, "difficulty": difficulty, "roles": ["nurse"],
        "modules": [module], "pool": pool, "version": 1, "source": "test",
        "explanation": text(f"解析 {item_id}")}
    if kind == "single":
        data |= {"options": options(4), "answer": "B"}
    elif kind == "multiple":
        data |= {"options": options(4), "answer": "AC"}
    elif kind == "true_false":
        data |= {"answer": False}
    elif kind == "fill_in":
        data |= {"answer": {"zh_CN": ["八对"]}}
    elif kind == "numerical":
        data |= {"answer": 2.5, "tolerance": 0.05}
    elif kind == "short_answer":
        data |= {"answer": text("参考答案")}
    elif kind == "case":
        data |= {"questions": [{"stem": text(f"小题{n}"), "options": options(4),
                                "answer": "ABCD"[n % 4]} for n in range(3)]}
    elif kind == "matching":
        data |= {"options": options(5), "questions": [
            {"stem": text(f"配伍{n}"), "answer": "ABCDE"[n]} for n in range(3)]}
    data |= extra
    return Item.model_validate(data)


def bank(count: int, module: str = "nurse_station", pool: str = "exam",
         kinds: Iterable[str] = ("single",)) -> list[Item]:
    kinds = tuple(kinds)
    return [item(f"t-{pool}-{n:05d}", kinds[n % len(kinds)], kp=KPS[n % len(KPS)],
                 difficulty=1 + n % 5, pool=pool, module=module) for n in range(count)]


def blueprint(sections: list[dict[str, Any]], module: str = "nurse_station",
              **extra: Any) -> Blueprint:
    return Blueprint.model_validate({
        "blueprint": module, "module": module, "title": text("蓝图"), "version": 1,
        "time_limit_minutes": 30, "sections": sections, **extra})


def session(staff_id: str = "N001", *roles: Role) -> Session:
    member = StaffMember(staff_id, staff_id, frozenset(roles or (Role.NURSE,)), ("ward",),
                         True, False)
    return Session(member, "pc-1")


def small_content() -> ExamContent:
    exam = bank(40, kinds=("single", "multiple", "true_false", "numerical"))
    exam += [item("t-case-1", "case", kp="identity_check"),
             item("t-match-1", "matching", kp="drug_interactions"),
             item("t-essay-1", "short_answer", kp="privacy")]
    practice = bank(20, pool="practice", kinds=("single", "true_false"))
    paper_plan = blueprint([
        {"count": 1, "types": ["case"]}, {"count": 1, "types": ["matching"]},
        {"count": 6, "types": ["single", "multiple", "true_false", "numerical"]}],
        attempts_per_day=2, cooldown_hours=1)
    return ExamContent.of(exam + practice, [paper_plan])
