"""A small TCP proxy between a workstation and the service, for network faults.

A fault is armed for the next request whose first line contains ``match`` and fires once:

- ``delay``: hold the response back ``seconds`` before passing it on;
- ``cut_request``: pass ``after`` bytes of the request, then cut both sides;
- ``cut_response``: pass ``after`` bytes of the response, then cut;
- ``drop_response``: the service answers (so it has committed) but the workstation gets
  nothing: the connection is cut when the first response byte arrives;
- ``hold_response``: keep the response until :meth:`release` (``holding`` is set while
  it waits), then pass it on (or cut, if ``cut_on_release``).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Fault:
    kind: str
    match: bytes = b"/v1/push"
    after: int = 0
    seconds: float = 0.0
    cut_on_release: bool = False


@dataclass
class _Link:
    client: socket.socket
    upstream: socket.socket
    fault: Fault | None = None
    sent: int = 0
    received: int = 0
    closed: threading.Event = field(default_factory=threading.Event)

    def close(self) -> None:
        self.closed.set()
        for sock in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


class Proxy:
    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port: int = self.listener.getsockname()[1]
        self.armed: Fault | None = None
        self.fired = threading.Event()
        self.holding = threading.Event()
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._stop = False
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def arm(self, fault: Fault) -> None:
        with self._lock:
            self.armed = fault
            self.fired.clear()
            self.holding.clear()
            self._release.clear()

    def release(self) -> None:
        self._release.set()

    def close(self) -> None:
        self._stop = True
        self._release.set()
        with contextlib.suppress(OSError):  # wakes the blocked accept() (close alone does not)
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        self._acceptor.join(5)

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            link = _Link(client, upstream)
            threading.Thread(target=self._requests, args=(link,), daemon=True).start()
            threading.Thread(target=self._responses, args=(link,), daemon=True).start()

    def _take(self, first_line: bytes) -> Fault | None:
        with self._lock:
            fault = self.armed
            if fault is not None and fault.match in first_line:
                self.armed = None
                self.fired.set()
                return fault
        return None

    def _requests(self, link: _Link) -> None:
        try:
            while True:
                chunk = link.client.recv(65536)
                if not chunk:
                    break
                if chunk[:4] in (b"POST", b"GET ", b"PUT "):
                    link.fault = self._take(chunk.split(b"\r\n", 1)[0])
                    link.sent = 0
                fault = link.fault
                if fault is not None and fault.kind == "cut_request":
                    room = fault.after - link.sent
                    if room <= len(chunk):
                        link.upstream.sendall(chunk[: max(0, room)])
                        break
                link.sent += len(chunk)
                link.upstream.sendall(chunk)
        except OSError:
            pass
        link.close()

    def _responses(self, link: _Link) -> None:
        try:
            while True:
                chunk = link.upstream.recv(65536)
                if not chunk:
                    break
                if not self._pass_response(link, chunk):
                    break
        except OSError:
            pass
        link.close()

    def _pass_response(self, link: _Link, chunk: bytes) -> bool:
        fault = link.fault
        if fault is None:
            link.client.sendall(chunk)
            return True
        if fault.kind == "drop_response":
            return False
        if fault.kind == "delay":
            time.sleep(fault.seconds)
            link.fault = None
        elif fault.kind == "hold_response":
            self.holding.set()
            self._release.wait()
            if fault.cut_on_release:
                return False
            link.fault = None
        elif fault.kind == "cut_response":
            room = fault.after - link.received
            if room <= len(chunk):
                link.client.sendall(chunk[: max(0, room)])
                return False
            link.received += len(chunk)
        link.client.sendall(chunk)
        return True
