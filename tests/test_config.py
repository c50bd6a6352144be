"""Profile location and settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainer.config import DEFAULTS, Profile, Settings, resolve_data_dir
from trainer.errors import ConfigError


def test_explicit_data_dir_wins_over_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HIS_TRAINER_DATA", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "cli") == (tmp_path / "cli").resolve()
    assert resolve_data_dir(None) == (tmp_path / "env").resolve()


def test_falls_back_to_the_user_folder_when_machine_folder_is_not_writable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trainer.config as config

    monkeypatch.delenv("HIS_TRAINER_DATA", raising=False)
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    monkeypatch.setattr(config, "machine_data_dir", lambda: blocked / "sub")
    monkeypatch.setattr(config, "user_data_dir", lambda: tmp_path / "user")
    assert resolve_data_dir() == tmp_path / "user"


def test_settings_defaults_overrides_and_bad_values(tmp_path: Path) -> None:
    profile = Profile(tmp_path).ensure()
    settings = Settings(profile)
    assert settings.as_dict() == DEFAULTS
    settings.set("idle_lock_minutes", 10)
    assert Settings(profile).get("idle_lock_minutes") == 10
    with pytest.raises(ConfigError):
        settings.set("idle_lock_minutes", "ten")
    with pytest.raises(ConfigError):
        settings.set("no_such_setting", 1)


def test_a_corrupt_settings_file_falls_back_to_defaults(tmp_path: Path) -> None:
    profile = Profile(tmp_path).ensure()
    profile.settings_file.write_text("{not json", encoding="utf-8")
    assert Settings(profile).get("language") == "system"
    profile.settings_file.write_text(json.dumps({"idle_lock_minutes": "x", "language": "en"}))
    settings = Settings(profile)
    assert settings.get("idle_lock_minutes") == 5 and settings.get("language") == "en"
