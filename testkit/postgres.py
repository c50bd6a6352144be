"""A throwaway PostgreSQL cluster for the test suite and the benchmarks.

Started from Debian's server binaries (``/usr/lib/postgresql/<version>/bin``). initdb and
pg_ctl refuse to run as root, so as root they run through ``runuser -u postgres --`` on a
folder made by :func:`tempfile.mkdtemp` and handed to that user. The socket lives in the
same folder; the port is a free one. ``fsync=off`` keeps tests fast: a killed server
process still loses nothing that was committed (the WAL is in the OS cache), only an
operating-system crash would.

May import: psycopg and the standard library (no web framework: benchmarks use it too).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import psycopg


def pg_bin() -> Path:
    """The newest installed PostgreSQL server binaries (fails loudly when missing)."""
    env = os.environ.get("HIS_TRAINER_PG_BIN")
    if env:
        return Path(env)
    root = Path("/usr/lib/postgresql")
    versions = sorted(
        (p for p in root.glob("*/bin") if (p / "initdb").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if not versions:
        raise RuntimeError("PostgreSQL server binaries not found: apt-get install postgresql")
    return versions[-1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PostgresCluster:
    """``start()``, ``url(db)``, ``create_database()``, ``stop(mode)``, ``destroy()``."""

    def __init__(self, *, fsync: bool = False) -> None:
        self.bin = pg_bin()
        self.root = Path(tempfile.mkdtemp(prefix="his-trainer-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.fsync = fsync
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
            os.chmod(self.root, 0o700)

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C", "--no-sync")

    def start(self) -> None:
        if not (self.data / "PG_VERSION").exists():
            self.init()
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            f"-c fsync={'on' if self.fsync else 'off'} -c max_connections=200 "
            "-c full_page_writes=off"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log.txt"),
                  "-o", options, "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        """``mode`` "immediate" is a crash: no checkpoint, recovery at the next start."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def destroy(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def dsn(self, database: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={database}"

    def create_database(self, name: str, template: str | None = None) -> str:
        """``CREATE DATABASE name [TEMPLATE t]``; returns its SQLAlchemy URL."""
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            sql = f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
            conn.execute(sql.encode())
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'.encode())


class ServiceThread:
    """The real service (uvicorn, real HTTP on loopback) in a thread of this process."""

    def __init__(self, db_url: str, port: int | None = None, settings: Any = None) -> None:
        import threading

        import uvicorn

        from trainer.server.app import create_app
        from trainer.server.db import make_server_engine, migrate

        self.engine = make_server_engine(db_url)
        migrate(self.engine)
        self.port = port or free_port()
        config = uvicorn.Config(create_app(self.engine, settings), host="127.0.0.1", port=self.port,
                                log_level="warning", access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="sync-service",
                                       daemon=True)
        self.thread.start()
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("the sync service did not start")
            self.thread.join(0.01)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(30)
        self.engine.dispose()


class ServiceProcess:
    """``his-trainer serve`` in its own process (to be killed, or measured apart)."""

    def __init__(self, db_url: str, data_dir: Path, port: int | None = None,
                 tls: tuple[Path, Path] | None = None) -> None:
        import ssl
        import sys
        import time

        import httpx

        self.port = port or free_port()
        self.tls = tls
        env = dict(os.environ, HIS_TRAINER_DATA=str(data_dir))
        repo = Path(__file__).resolve().parents[1]
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo), env.get("PYTHONPATH")]))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "trainer", "serve", "--db", db_url, "--port", str(self.port),
             *(["--tls-cert", str(tls[0]), "--tls-key", str(tls[1])] if tls else [])],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(self.proc.stderr.read().decode() if self.proc.stderr else "")
            try:
                verify = ssl.create_default_context(cafile=str(tls[0])) if tls else True
                if httpx.get(f"{self.url}/health", timeout=1, verify=verify).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the sync service did not come up")
            time.sleep(0.05)

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind."""
        self.proc.kill()
        self.proc.wait(30)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(30)
        if self.proc.stderr is not None:
            self.proc.stderr.close()
