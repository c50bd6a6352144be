"""The workstation bundle ships practice pools only (ARCHITECTURE §4, issue 17)."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from trainer.content.banks import load_bank
from trainer.content.check import check_content
from trainer.content.shipping import MARKER, exam_items_in, is_practice_only, practice_only
from trainer.resources import app_root

SHIPPED = app_root() / "question_banks"


def test_a_practice_only_copy_holds_no_exam_item_and_every_practice_item(
        tmp_path: Path) -> None:
    source = tmp_path / "src" / "question_banks"
    source.mkdir(parents=True)
    shutil.copy(SHIPPED / "nurse.yaml", source / "nurse.yaml")
    shutil.copytree(SHIPPED / "blueprints", source / "blueprints")
    original = load_bank(source / "nurse.yaml")
    assert exam_items_in(source)  # the source has an exam pool to leave out

    done = practice_only(source, tmp_path / "out" / "question_banks")

    out = tmp_path / "out" / "question_banks"
    assert exam_items_in(tmp_path / "out") == []
    copied = load_bank(out / "nurse.yaml")  # still a valid bank
    assert [i for i in copied.items] == [i for i in original.items if i.pool == "practice"]
    assert done.exam_items_left_out == sum(1 for i in original.items if i.pool == "exam") > 0
    assert (out / "blueprints" / "nurse_station.yaml").read_bytes() == (
        SHIPPED / "blueprints" / "nurse_station.yaml").read_bytes()
    assert (out / "nurse.yaml").read_text(encoding="utf-8").startswith("# HIS Trainer")
    assert is_practice_only(out) and is_practice_only(out.parent)
    assert (out / MARKER).is_file()


def test_exam_items_are_found_in_any_yaml_even_an_invalid_bank(tmp_path: Path) -> None:
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "x.yaml").write_text(yaml.safe_dump({"bank": "x", "items": [
        {"id": "leak-1", "pool": "exam"}, {"id": "ok-1", "pool": "practice"}]}),
        encoding="utf-8")
    assert exam_items_in(tmp_path) == ["leak-1"]


def test_content_check_accepts_a_practice_only_bundle_without_asking_for_the_exam_pool(
        tmp_path: Path) -> None:
    root = tmp_path / "bundle"
    practice_only(SHIPPED, root / "question_banks")
    shutil.copytree(app_root() / "courses", root / "courses")
    assert check_content([root]) == []
    (root / "question_banks" / MARKER).unlink()  # the same copy, not marked: shortfalls
    assert any(p.code == "blueprint.shortfall" for p in check_content([root]))
