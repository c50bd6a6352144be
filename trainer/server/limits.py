"""A cap on request bodies (ASGI middleware): ``/v1/push`` may carry up to
:data:`trainer.sync.wire.MAX_BODY` bytes, every other call :data:`SMALL` — more is
answered 413 before any of it is parsed. The body is read here in full (the routes read it
whole anyway) and handed on unchanged.

May import: starlette (types only), trainer.sync.wire, the standard library.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from trainer.sync.wire import MAX_BODY

SMALL = 64 * 1024


class BodyLimit:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = MAX_BODY if scope.get("path") == "/v1/push" else SMALL
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _refuse(send, 413 if declared.isdigit() else 400)
            return
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > limit:
                await _refuse(send, 413)
                return
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


async def _refuse(send: Send, status: int) -> None:
    body: dict[str, Any] = {"code": "request.too_large" if status == 413 else "request.bad"}
    raw = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(raw)).encode())]})
    await send({"type": "http.response.body", "body": raw})
