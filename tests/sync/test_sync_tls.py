"""TLS: the service serves HTTPS with the hospital's certificate; a workstation trusts it
through ``--ca-file`` and refuses an untrusted one."""

from __future__ import annotations

import datetime
import ipaddress
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from testkit.postgres import ServiceProcess
from tests.sync.conftest import Workstation, seed_roster
from tests.sync.helpers import read, sync_ok
from trainer.server.db import make_server_engine
from trainer.server.enrolment import issue_code
from trainer.sync.client import enrol
from trainer.sync.transport import SyncError


def self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "his-trainer test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "server.pem", folder / "server.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def test_sync_over_https_with_the_hospitals_ca(
    server_db: str, workstation: Workstation, tmp_path: Path
) -> None:
    seed_roster(server_db)
    cert, key = self_signed(tmp_path)
    service = ServiceProcess(server_db, tmp_path / "svc", tls=(cert, key))
    try:
        engine = make_server_engine(server_db)
        pc = workstation("pc")
        stranger = workstation("stranger")
        with pytest.raises(SyncError) as untrusted:
            enrol(stranger.engine, stranger.journal, service.url, issue_code(engine, []).code)
        assert untrusted.value.code == "sync.tls"
        enrol(pc.engine, pc.journal, service.url, issue_code(engine, ["ward-3"]).code,
              ca_file=str(cert))
        engine.dispose()
        read(pc, "N100", "nurse_station", "tls")
        assert sync_ok(pc).pushed == 1
    finally:
        service.stop()
