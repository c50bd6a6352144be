"""The service's refusals: one exception type with a code (for the words the workstation
shows, ``trainer.words``) and an HTTP status; ``app.py`` turns it into the answer
``{"code": …}`` (with ``Retry-After`` when the refusal says how long to wait).

Every data error a request can cause is a refusal (4xx), never a 500: text with NUL or
lone surrogates, numbers out of range, unknown roles, over-long fields.

May import: trainer.sync.wire, the standard library.
"""

from __future__ import annotations

from trainer.sync.wire import Refusal


class ServiceError(Refusal):
    """A request the service refuses; ``status`` is the HTTP status to answer with and
    ``facts["retry_after"]`` (seconds), when present, goes into ``Retry-After``."""
