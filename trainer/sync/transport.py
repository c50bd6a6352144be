"""HTTP to the sync service (httpx): one place that turns network trouble into codes.

Plain HTTP is refused except to this computer (loopback); TLS certificates are verified,
against ``ca_file`` when the hospital runs its own CA. The device token goes in the
``Authorization`` header and is never logged.

May import: httpx, trainer.errors, the standard library.
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import json
import ssl
from typing import Any
from urllib.parse import urlsplit

import httpx

from trainer.errors import TrainerError


class SyncError(TrainerError):
    """Sync could not finish; ``code`` has words in :mod:`trainer.sync.words` (a
    refusal's facts — ``device_seq``, ``type``, ``retry_after`` — are kept)."""

    code = "sync.error"


def check_url(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    loopback = host == "localhost"
    with contextlib.suppress(ValueError):
        loopback = loopback or ipaddress.ip_address(host).is_loopback
    if parts.scheme == "https" or (parts.scheme == "http" and loopback):
        return url.rstrip("/")
    raise SyncError(code="sync.insecure_url")


@functools.cache
def tls_context(ca_file: str | None) -> ssl.SSLContext:
    """Certificate verification against the system's CAs or ``ca_file``; made once per
    process (loading the CA bundle takes tens of milliseconds)."""
    return ssl.create_default_context(cafile=ca_file) if ca_file else ssl.create_default_context()


def encode(body: Any) -> bytes:
    """A request body as sent (UTF-8 JSON)."""
    return json.dumps(body, ensure_ascii=False).encode()


class Transport:
    def __init__(self, url: str, token: str | None = None, *, ca_file: str | None = None,
                 timeout: float = 30.0, client: httpx.Client | None = None) -> None:
        self.url = check_url(url)
        self.client = client or httpx.Client(
            base_url=self.url, verify=tls_context(ca_file),
            timeout=httpx.Timeout(timeout, connect=5.0))
        self.token = token

    def close(self) -> None:
        self.client.close()

    def call(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        """``body``: JSON-able, or JSON already encoded (:func:`encode`)."""
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        content = body if body is None or isinstance(body, bytes) else encode(body)
        try:
            response = self.client.request(method, path, content=content, headers=headers)
        except httpx.ConnectError as exc:
            tls = isinstance(exc.__context__, ssl.SSLError) or "CERTIFICATE" in str(exc)
            raise SyncError(code="sync.tls" if tls else "sync.offline") from exc
        except httpx.TimeoutException as exc:
            raise SyncError(code="sync.timeout") from exc
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise SyncError(code="sync.cut") from exc
        return self._answer(response)

    def _answer(self, response: httpx.Response) -> dict[str, Any]:
        try:
            data = response.json()
        except ValueError as exc:
            if response.status_code >= 500:
                raise SyncError(code="sync.server_error") from exc
            raise SyncError(code="sync.cut") from exc
        if response.status_code >= 500:
            raise SyncError(code="sync.server_error", status=response.status_code)
        facts = data if isinstance(data, dict) else {}
        code = facts.get("code") if isinstance(facts.get("code"), str) else None
        if response.status_code == 401:
            raise SyncError(code=code if code in ("auth.revoked", "auth.replaced")
                            else "sync.unauthorized")
        if response.status_code >= 400:
            kept = {k: v for k, v in facts.items()
                    if k in ("device_seq", "type", "retry_after") and isinstance(v, str | int)}
            if "retry_after" not in kept and response.headers.get("Retry-After", "").isdigit():
                kept["retry_after"] = int(response.headers["Retry-After"])
            raise SyncError(code=str(code or "sync.refused"), status=response.status_code,
                            **kept)
        if not isinstance(data, dict | list):
            raise SyncError(code="sync.cut")
        return data if isinstance(data, dict) else {"items": data}
