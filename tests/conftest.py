"""Shared fixtures. Qt runs offscreen; each test gets its own profile, copied from a
template database that is migrated once per session (Anki's trick: build the expensive
empty database once)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HIS_TRAINER_DATA", None)

from trainer.services import Services, open_services

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def template_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template-profile")
    open_services(folder).close()
    return folder


@pytest.fixture
def profile_dir(tmp_path: Path, template_profile: Path) -> Path:
    target = tmp_path / "profile"
    shutil.copytree(template_profile, target)
    return target


@pytest.fixture
def services(profile_dir: Path) -> Iterator[Services]:
    svc = open_services(profile_dir)
    yield svc
    svc.close()


@pytest.fixture
def demo_services(services: Services) -> Services:
    from trainer.demo import make_demo

    make_demo(services)
    return services
