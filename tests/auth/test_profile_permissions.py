"""The local profile is for this machine's account only (issue 16): another OS user read
the administrators' hashes and the device token from a 0644 ``trainer.db`` before."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from trainer.services import open_services

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_a_new_profile_is_created_owner_only(tmp_path: Path) -> None:
    services = open_services(tmp_path / "profile")
    try:
        root = services.profile.root
        assert mode(services.profile.database) == 0o600
        for folder in (root, services.profile.backups_dir, services.profile.keys_dir,
                       services.profile.log_dir):
            assert mode(folder) == 0o700, folder
    finally:
        services.close()


@posix_only
def test_an_existing_profile_is_tightened_when_opened(tmp_path: Path) -> None:
    services = open_services(tmp_path / "profile")
    services.close()
    os.chmod(services.profile.database, 0o644)
    os.chmod(services.profile.root, 0o755)
    again = open_services(tmp_path / "profile")
    again.close()
    assert mode(services.profile.database) == 0o600
    assert mode(services.profile.root) == 0o700


def test_the_device_token_is_sealed_where_the_platform_can() -> None:
    from trainer.protect import DPAPI_PREFIX, seal, unseal

    sealed = seal("a-device-token")
    assert unseal(sealed) == "a-device-token"
    assert sealed.startswith(DPAPI_PREFIX) == (sys.platform == "win32")
    if sys.platform != "win32":
        with pytest.raises(OSError):
            unseal(DPAPI_PREFIX + "AAAA")  # sealed on a Windows PC: not readable here
