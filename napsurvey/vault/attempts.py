"""Slowing down passphrase guessing, and failing closed.

The counter (consecutive failed attempts and the time of the last one) lives
in the key file (see :mod:`napsurvey.vault.keyfile`): deleting it deletes the
vault's key. The first :data:`FREE_FAILURES` failures cost nothing; each later
one imposes a wait that doubles from 2 s up to :data:`MAX_DELAY`. An attempt
during the wait is refused with ``VAULT_WAIT`` *before* the KDF runs.

Failing closed:

* every attempt is counted *before* the KDF runs, and an attempt whose count
  cannot be written (a full disk, a read-only folder) is not made;
* a counter that cannot be read (edited, garbled, missing from a format-2 key
  file, or an old ``vault.attempts`` file that is a folder or garbage) counts
  as :data:`DAMAGED_FAILURES` failures, so the next attempt waits the longest;
* a success resets the count (the vault then records how many failures there
  were in its audit log, since it was closed when they happened).

The same counter limits wrong *old* passphrases at a passphrase change.
Someone who can edit the key file can also copy it and guess offline; what
protects against that is the Argon2id cost and the passphrase floor
(:mod:`napsurvey.services.passphrase_policy`). The counter stops guessing
through the app.

The clock is injectable (``now``) so tests need not sleep.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault.keyfile import KEY_NAME, LEGACY_FORMAT_VERSION, KeyFile

#: The separate counter file of key-file format 1 (read once, then removed).
LEGACY_NAME = "vault.attempts"
FREE_FAILURES = 3
FIRST_DELAY = 2.0
MAX_DELAY = 300.0
#: What an unreadable counter counts as: enough failures for the longest wait.
DAMAGED_FAILURES = FREE_FAILURES + 9

Clock = Callable[[], float]


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive failures."""
    if failures <= FREE_FAILURES:
        return 0.0
    return float(min(MAX_DELAY, FIRST_DELAY * 2 ** min(failures - FREE_FAILURES - 1, 16)))


@dataclass(frozen=True)
class Attempts:
    """Consecutive failures and when the last one happened (epoch seconds).

    ``damaged`` means the stored counter could not be read: the time of the
    last failure is unknown, so the caller starts the longest wait now.
    """

    failures: int = 0
    last: float = 0.0
    damaged: bool = False

    def seconds_left(self, now: float) -> float:
        """Seconds until the next attempt is allowed (0 if allowed now)."""
        if self.damaged:
            return MAX_DELAY
        delay = delay_after(self.failures)
        if delay == 0.0:
            return 0.0
        # A clock set backwards must not lengthen the wait beyond one delay.
        return max(0.0, min(delay, self.last + delay - now))

    def as_json(self) -> dict[str, Any]:
        """The counter as stored in the key file."""
        return {"failures": self.failures, "last": self.last}


DAMAGED = Attempts(failures=DAMAGED_FAILURES, damaged=True)


def parse(value: Any) -> Attempts:
    """A stored counter, or :data:`DAMAGED` for anything but ``{"failures": n >= 0, "last": t}``."""
    if not isinstance(value, dict) or set(value) != {"failures", "last"}:
        return DAMAGED
    failures, last = value["failures"], value["last"]
    if not isinstance(failures, int) or isinstance(failures, bool) or failures < 0:
        return DAMAGED
    if not isinstance(last, (int, float)) or isinstance(last, bool) or not math.isfinite(last) or last < 0:
        return DAMAGED
    return Attempts(failures=failures, last=float(last))


def _legacy(home: Path) -> Attempts:
    """The separate counter file of format 1: absent means no failures; anything unreadable fails closed."""
    path = home / LEGACY_NAME
    if not os.path.lexists(path):
        return Attempts()
    try:
        doc = json.loads(path.read_text(encoding="ascii"))
        counter = parse({"failures": int(doc["failures"]), "last": float(doc["last"])})
    except (OSError, ValueError, KeyError, TypeError):
        return DAMAGED
    return counter


def of(keyfile: KeyFile, home: Path) -> Attempts:
    """The counter that applies to ``keyfile`` (format 1 kept it in a file beside it)."""
    if keyfile.version == LEGACY_FORMAT_VERSION:
        return _legacy(home)
    return parse(keyfile.attempts)


def remove_legacy(home: Path) -> None:
    """Remove format 1's counter file once the key file carries the counter (best effort)."""
    path = home / LEGACY_NAME
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)


def read(home: Path) -> Attempts:
    """The counter of the vault in ``home`` (zero when there is no vault)."""
    try:
        keyfile = KeyFile.read(home / KEY_NAME)
    except NapError:
        return Attempts()
    return of(keyfile, home)


def seconds_left(home: Path, now: Clock = time.time) -> float:
    """Seconds until the next unlock attempt is allowed."""
    return read(home).seconds_left(now())


def begin(home: Path, keyfile: KeyFile, now: Clock) -> tuple[KeyFile, Attempts]:
    """Count one attempt before it is made; returns the key file as written and the counter before it.

    Raises VAULT_WAIT while a wait runs (and starts the longest wait for a
    damaged counter), and DISK_FULL / IO_ERROR when the count cannot be
    written, in which case the attempt must not be made.
    """
    before = of(keyfile, home)
    moment = now()
    if before.damaged:
        _write(home, keyfile.with_attempts(Attempts(DAMAGED_FAILURES, moment).as_json()))
        raise NapError(ErrorCode.VAULT_WAIT, seconds=math.ceil(MAX_DELAY))
    left = before.seconds_left(moment)
    if left > 0:
        raise NapError(ErrorCode.VAULT_WAIT, seconds=math.ceil(left))
    counted = keyfile.with_attempts(Attempts(before.failures + 1, moment).as_json())
    _write(home, counted)
    return counted, before


def failed(counted: KeyFile) -> str:
    """The wait to state after the attempt counted in ``counted`` failed (``""`` when none)."""
    delay = delay_after(parse(counted.attempts).failures)
    return f"; wait {math.ceil(delay)} s before the next attempt" if delay else ""


def reset(keyfile: KeyFile) -> KeyFile:
    """``keyfile`` with the counter cleared (not written)."""
    return keyfile.with_attempts(Attempts().as_json())


def _write(home: Path, keyfile: KeyFile) -> None:
    keyfile.write(home / KEY_NAME)
    remove_legacy(home)
