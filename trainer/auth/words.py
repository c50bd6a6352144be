"""Words for the codes of :mod:`trainer.auth` (logins, passwords, the roster), for the GUI
and the CLI alike (:mod:`trainer.words`; Chinese in ``trainer/i18n/zh_CN/accounts.json``).

May import: trainer.words.
"""

from __future__ import annotations

from trainer import words

words.define_many({
    # logging in
    "auth.bad_credentials": "Staff number or password is wrong.",
    "auth.disabled": "This account is disabled. Ask the administrator.",
    "auth.throttled": "Too many failed attempts. Try again in {seconds} seconds.",
    "auth.login_failed": "Logging in failed.",
    "auth.denied": "Your roles do not allow this.",
    # passwords (trainer.auth.passwords' policy)
    "auth.password_too_short": "The password needs at least 8 characters.",
    "auth.password_too_long": "The password may have at most 64 characters.",
    "auth.password_common": "This password is too common; choose another.",
    "auth.password_contains_staff_id": "The password must not contain the staff number.",
    "auth.password_unchanged": "The new password must differ from the old one.",
    "auth.weak_password": "Choose another password.",
    # the roster
    "auth.bad_staff_id":
        "A staff number has letters, digits, - or _ (up to 32), and no spaces.",
    "auth.bad_name": "Enter the name (up to 100 characters).",
    "auth.no_roles": "Choose at least one role.",
    "auth.staff_exists": "This staff number already exists.",
    "auth.last_admin": "At least one active administrator must remain.",
    "auth.disable_self": "You cannot disable your own account.",
})
