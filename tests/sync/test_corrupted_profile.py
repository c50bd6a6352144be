"""A damaged database (issue 16): ``db check`` reports it and says how to restore from
``backups/`` instead of crashing with a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.helpers import read
from trainer.cli import main
from trainer.services import open_services


def test_db_check_on_a_damaged_database_reports_how_to_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "profile"
    services = open_services(folder)
    for i in range(300):
        read(services, "N100", "nurse_station", f"s{i}")
    database = services.profile.database
    services.close()
    raw = bytearray(database.read_bytes())
    for page in range(2, len(raw) // 4096):  # every page but the first: garbage
        raw[page * 4096 : page * 4096 + 200] = b"\xa5" * 200
    database.write_bytes(bytes(raw))
    code = main(["db", "check", "--data-dir", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "damaged" in err and str(folder / "backups") in err and "Traceback" not in out + err
