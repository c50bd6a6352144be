"""Run the service with uvicorn: migrate the database first, refuse plain HTTP off
loopback (ARCHITECTURE §4: TLS outside loopback).

May import: uvicorn, trainer.server.*, trainer.errors, the standard library.
"""

from __future__ import annotations

import ipaddress
import logging
from typing import TYPE_CHECKING

from trainer.errors import ConfigError

if TYPE_CHECKING:
    from trainer.server.authority import Settings

log = logging.getLogger(__name__)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_tls(host: str, cert: str | None, key: str | None) -> None:
    if bool(cert) != bool(key):
        raise ConfigError("give both --tls-cert and --tls-key", code="server.tls_pair")
    if not cert and not is_loopback(host):
        raise ConfigError("TLS is required off loopback: give --tls-cert and --tls-key",
                          code="server.tls_required", host=host)


def serve(url: str, *, host: str, port: int, cert: str | None, key: str | None,
          settings: Settings | None = None, content: str | None = None) -> int:
    """Run the service; ``content``: the question banks it grades with (default: shipped)."""
    check_tls(host, cert, key)
    import uvicorn

    from trainer.server.app import create_app
    from trainer.server.db import open_server_db

    engine = open_server_db(url)
    log.info("sync service on %s:%d (TLS %s)", host, port, "on" if cert else "off")
    from pathlib import Path

    app = create_app(engine, settings, Path(content) if content else None, warm=True)
    uvicorn.run(app, host=host, port=port, ssl_certfile=cert,
                ssl_keyfile=key, log_level="warning", access_log=False)
    return 0
