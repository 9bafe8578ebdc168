"""Slowing down passphrase guessing: ``vault.attempts``.

A small plain file beside the key file holds only the number of consecutive
failed unlocks and the time of the last one - no secret, nothing about the
content. The first :data:`FREE_FAILURES` failures cost nothing; each later one
imposes a wait that doubles from 2 s up to 5 minutes. An attempt during the
wait is refused with ``VAULT_WAIT`` *before* the KDF runs. A success resets
the count (the vault then records how many failures there were in its audit
log, since it was closed when they happened).

The clock is injectable (``now``) so tests need not sleep.
"""

from __future__ import annotations

import contextlib
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from napsurvey.vault.atomic_write import write_atomic

ATTEMPTS_NAME = "vault.attempts"
FREE_FAILURES = 3
FIRST_DELAY = 2.0
MAX_DELAY = 300.0

Clock = Callable[[], float]


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive failures."""
    if failures <= FREE_FAILURES:
        return 0.0
    return float(min(MAX_DELAY, FIRST_DELAY * 2 ** min(failures - FREE_FAILURES - 1, 16)))


@dataclass(frozen=True)
class Attempts:
    """Consecutive failures and when the last one happened (epoch seconds)."""

    failures: int = 0
    last: float = 0.0

    def seconds_left(self, now: float) -> float:
        """Seconds until the next attempt is allowed (0 if allowed now)."""
        delay = delay_after(self.failures)
        if delay == 0.0:
            return 0.0
        # A clock set backwards must not lengthen the wait beyond one delay.
        return max(0.0, min(delay, self.last + delay - now))


def _path(home: Path) -> Path:
    return home / ATTEMPTS_NAME


def read(home: Path) -> Attempts:
    """The current counter (zero if the file is missing or unreadable)."""
    try:
        doc = json.loads(_path(home).read_text(encoding="ascii"))
        failures, last = int(doc["failures"]), float(doc["last"])
    except (OSError, ValueError, KeyError, TypeError):
        return Attempts()
    if failures < 0 or not math.isfinite(last):
        return Attempts()
    return Attempts(failures=failures, last=last)


def seconds_left(home: Path, now: Clock = time.time) -> float:
    """Seconds until the next unlock attempt is allowed."""
    return read(home).seconds_left(now())


def record_failure(home: Path, now: Clock = time.time) -> Attempts:
    """Count one more failure; returns the new counter."""
    updated = Attempts(failures=read(home).failures + 1, last=now())
    write_atomic(_path(home), json.dumps({"failures": updated.failures, "last": updated.last}).encode("ascii"))
    return updated


def reset(home: Path) -> int:
    """Clear the counter; returns how many failures there were."""
    failures = read(home).failures
    if failures:
        with contextlib.suppress(FileNotFoundError):
            _path(home).unlink()
    return failures
