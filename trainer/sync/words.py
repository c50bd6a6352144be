"""Words for the codes of :mod:`trainer.sync` — the status bar, the Workstations page and
``his-trainer sync`` say the same thing (:mod:`trainer.words`; Chinese in
``trainer/i18n/zh_CN/sync.json`` and ``devices.json``).

May import: trainer.words.
"""

from __future__ import annotations

from trainer import words

words.define_many({
    "sync.offline": "the sync server cannot be reached",
    "sync.network": "the sync server cannot be reached",
    "sync.timeout": "the sync server did not answer in time",
    "sync.cut": "the connection broke off",
    "sync.tls": "the server's certificate is not trusted",
    "sync.server_error": "the sync server had a problem",
    "sync.unauthorized": "this workstation is no longer accepted: ask IT to enrol it again",
    "sync.not_enrolled": "this workstation is not enrolled",
    "sync.insecure_url": "the server address is not secure",
    "sync.refused": "the sync server refused the request",
    "sync.stuck": "the server keeps refusing; ask IT",
    "sync.internal": "sync failed here; see the log",
    "enrol.bad_code": "the enrolment code is wrong, used or expired",
})


def error_words(code: str, lang: str = "en") -> str:
    """The words for a sync error code; an unknown code reads as a refusal."""
    return words.say(code if words.knows(code) else "sync.refused", lang)
