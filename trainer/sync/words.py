"""Words for the codes of :mod:`trainer.sync` — the status bar, the Workstations page and
``his-trainer sync`` say the same thing (:mod:`trainer.words`; Chinese in
``trainer/i18n/zh_CN/sync.json``). Refusals from the service carry facts:
``{device_seq}``, ``{type}``, ``{retry_after}``.

May import: trainer.words.
"""

from __future__ import annotations

from typing import Any

from trainer import words

#: Plain words for each code a sync run can end with.
ERROR_TEXT: dict[str, str] = {
    "sync.network": "The sync server cannot be reached (network down or server off).",
    "sync.offline": "The sync server cannot be reached (network down or server off).",
    "sync.timeout": "The sync server did not answer in time.",
    "sync.cut": "The connection to the sync server broke off; it will be retried.",
    "sync.tls": "The sync server's certificate is not trusted.",
    "sync.server_error": "The sync server had a problem; it will be retried.",
    "sync.unauthorized": "This workstation is no longer accepted by the server: enrol it again.",
    "sync.not_enrolled": "This workstation is not enrolled with a sync server.",
    "sync.insecure_url": "The server address must start with https:// (except on this computer).",
    "sync.refused": "The sync server refused the request.",
    "sync.stuck": "The server keeps asking for the same events; ask IT to check the server.",
    "sync.internal": "Sync failed on this workstation; details are in the log.",
    "enrol.bad_code": "The enrolment code is wrong, used or expired.",
    "enrol.replaced": "This workstation's identity was already taken over by a copy or "
                      "restore of its profile: enrol it again with a new code.",
    "auth.revoked": "IT has revoked this workstation: enrol it again with a new code.",
    "auth.replaced": "A copy or restore of this profile took over this workstation's "
                     "identity: enrol it again with a new code.",
    "sync.throttled": "Too many failed password checks: try again in {retry_after} seconds.",
    "auth.busy": "The sync server is busy checking passwords: try again in a moment.",
    "request.too_large": "The sync server refused a request that was too large.",
    "push.unknown_type": "The sync server does not know events of type {type} (event "
                         "{device_seq} of this PC): the server needs updating.",
    "push.bad_version": "Event {device_seq} ({type}) is newer than the sync server knows: "
                        "the server needs updating.",
    "push.bad_payload": "Event {device_seq} ({type}) of this PC is damaged; ask IT.",
    "push.result_event": "Event {device_seq} ({type}) is a result only the server may "
                         "record; ask IT.",
    "push.out_of_scope": "Event {device_seq} ({type}) names someone this PC may not record "
                         "for; ask IT.",
    "push.unproven_login": "The login in event {device_seq} could not be proved to the "
                           "server; ask IT.",
    "push.not_logged_in": "Event {device_seq} ({type}) was recorded for someone not logged "
                          "in on this PC; ask IT.",
    "push.role": "Event {device_seq} ({type}) needs a role its author does not have; ask IT.",
    "push.device_clash": "Another copy of this profile writes as this workstation.",
    "push.bad_batch": "The sync server refused a damaged batch of events; ask IT.",
    "push.bad_event": "The sync server refused a damaged event; ask IT.",
    "merge.not_allowed": "This workstation was not enrolled to bring its own staff and "
                         "history: ask IT for a merge code and enrol it again.",
    "merge.after_push": "This workstation has already sent events to the server: its "
                        "staff can no longer be merged; ask IT.",
    "merge.unknown": "That staff-number clash is not on the service (any more).",
    "merge.resolved": "That staff-number clash was already resolved, perhaps by another "
                      "administrator.",
    "merge.bad_action": "Choose either the same person or a new staff number.",
    "roster.exists": "That staff number already belongs to someone on the service: choose "
                     "another.",
}
words.define_many(ERROR_TEXT)

#: Codes that :mod:`trainer.auth.words` words for a login on this PC; from the service they
#: carry other facts (``retry_after``), so sync says them with its own words.
_SAME_CODE_OTHER_WORDS = {"auth.throttled": "sync.throttled"}


def error_words(code: str, lang: str = "en", **facts: Any) -> str:
    """The words for a sync error code; an unknown code reads as the generic refusal."""
    code = _SAME_CODE_OTHER_WORDS.get(code, code)
    return words.say(code if code in ERROR_TEXT else "sync.refused", lang, **facts)
