"""Keeping a profile's files to the machine's own use.

A ward PC is shared, and its profile holds password hashes of the people who may log in
there and the device token of the sync service. So:

- **POSIX**: folders are created 0700 and files 0600 (existing ones are tightened), owned
  by the account the app runs as;
- **Windows**: the profile lives in ``C:\\ProgramData\\HISTrainer`` and every person using the
  PC runs the app under their own Windows account, so the folder's ACL grants the
  machine's *Users* group modify rights on the data (inherited by its files) — set by the
  installer (``icacls "%ProgramData%\\HISTrainer" /inheritance:r /grant:r
  *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)M``: SYSTEM and
  Administrators full, Users modify, nothing inherited from ProgramData) — and the secret
  that must not be readable from a copy of the files, the **device token**, is encrypted
  with DPAPI for the local machine (``CryptProtectData`` with
  ``CRYPTPROTECT_LOCAL_MACHINE``): a copy of ``trainer.db`` taken to another computer
  cannot push or pull as this PC.

May import: the standard library (ctypes on Windows).
"""

from __future__ import annotations

import base64
import os
import sys
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
DPAPI_PREFIX = "dpapi:"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) for this account only; tighten it if it exists."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if os.name == "posix":
        os.chmod(path, FOLDER_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty (if missing) readable by this account only; tighten it and
    SQLite's companions (``-wal``, ``-shm``, ``-journal``) if they exist."""
    if os.name != "posix":
        path.touch(exist_ok=True)  # the folder's ACL decides (see the module docstring)
        return path
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    for candidate in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm",
                                                                          "-journal"))):
        if candidate.exists():
            os.chmod(candidate, FILE_MODE)
    return path


def seal(secret: str) -> str:
    """The device token as stored: DPAPI-encrypted on Windows, as is elsewhere (where the
    file itself is 0600)."""
    if sys.platform == "win32":
        return DPAPI_PREFIX + base64.b64encode(_dpapi(secret.encode("utf-8"), True)).decode()
    return secret


def unseal(stored: str) -> str:
    if stored.startswith(DPAPI_PREFIX):
        if sys.platform != "win32":
            raise OSError("this token was sealed with Windows DPAPI on another computer")
        return _dpapi(base64.b64decode(stored[len(DPAPI_PREFIX):]), False).decode("utf-8")
    return stored


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    class _Blob(ctypes.Structure):
        _fields_ = [("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]

    CRYPTPROTECT_UI_FORBIDDEN = 0x01
    CRYPTPROTECT_LOCAL_MACHINE = 0x04

    def _dpapi(data: bytes, encrypt: bool) -> bytes:
        crypt32 = ctypes.windll.crypt32
        kernel32 = ctypes.windll.kernel32
        buffer = ctypes.create_string_buffer(data, len(data))
        blob_in = _Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char)))
        blob_out = _Blob()
        flags = CRYPTPROTECT_UI_FORBIDDEN | CRYPTPROTECT_LOCAL_MACHINE
        call = crypt32.CryptProtectData if encrypt else crypt32.CryptUnprotectData
        ok = call(ctypes.byref(blob_in), None, None, None, None, flags,
                  ctypes.byref(blob_out))
        if not ok:
            raise OSError("DPAPI refused to " + ("seal" if encrypt else "unseal"))
        try:
            return ctypes.string_at(blob_out.pbData, blob_out.cbData)
        finally:
            kernel32.LocalFree(blob_out.pbData)

else:

    def _dpapi(data: bytes, encrypt: bool) -> bytes:
        raise OSError("DPAPI exists on Windows only")
