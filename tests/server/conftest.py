"""The service's own tests (attacks, fuzzing) share the sync suite's real PostgreSQL and
service fixtures."""

from tests.sync.conftest import pg, server_db, service, workstation

__all__ = ["pg", "server_db", "service", "workstation"]
