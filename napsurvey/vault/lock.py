"""One process per vault: an exclusive lock on ``vault.lock``.

The lock is held (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) for
as long as the vault is open and is released by the OS if the process dies,
so a crash never leaves a stale lock. A second process is refused at once
with ``VAULT_LOCKED_BY_OTHER``; it never waits.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from napsurvey.errors import ErrorCode, NapError

LOCK_NAME = "vault.lock"


class VaultLock:
    """An acquired lock; call :meth:`release` (or let the process end)."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @staticmethod
    def acquire(home: Path) -> VaultLock:
        """Take the lock of the vault in ``home`` or raise VAULT_LOCKED_BY_OTHER."""
        try:
            fd = os.open(home / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise NapError(ErrorCode.IO_ERROR, action="open", path=str(home), reason=exc.strerror or "error") from None
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise NapError(ErrorCode.VAULT_LOCKED_BY_OTHER) from None
        return VaultLock(fd)

    @property
    def held(self) -> bool:
        """True until released."""
        return self._fd is not None

    def release(self) -> None:
        """Release the lock (idempotent)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        # flock locks the open file description: a second open in this same
        # process is refused too, like another process.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
