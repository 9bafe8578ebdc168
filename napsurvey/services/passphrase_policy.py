"""How strong a passphrase is: the rule set-up enforces and the GUI meter shows.

The rule: at least :data:`MIN_LENGTH` characters and not all of one kind
(only lower-case letters, only digits, ...), unless it is long (a passphrase
of :data:`LONG_ENOUGH` or more characters is accepted whatever it is made of),
and not one character repeated. The score (0-4) is a rough entropy estimate
for the meter; only ``problems`` decide acceptance.
"""

from __future__ import annotations

import math

from pydantic import BaseModel

from napsurvey.errors import ErrorCode, NapError

MIN_LENGTH = 10
LONG_ENOUGH = 20
LABELS = ("too weak", "weak", "fair", "good", "strong")


class Strength(BaseModel):
    """Verdict on a passphrase: ``score`` 0-4, its ``label`` and blocking ``problems``."""

    score: int
    label: str
    problems: list[str]

    @property
    def acceptable(self) -> bool:
        """True when set-up accepts it."""
        return not self.problems


def _classes(text: str) -> dict[str, int]:
    kinds = {"lower": 0, "upper": 0, "digit": 0, "other": 0}
    for ch in text:
        if ch.isdigit():
            kinds["digit"] += 1
        elif ch.isalpha() and ch.islower():
            kinds["lower"] += 1
        elif ch.isalpha() and ch.isupper():
            kinds["upper"] += 1
        else:
            kinds["other"] += 1  # spaces, punctuation, letters without case (Arabic script)
    return kinds


def passphrase_strength(passphrase: str) -> Strength:
    """Score and problems of ``passphrase`` (never echoes it)."""
    length = len(passphrase)
    used = {k: v for k, v in _classes(passphrase).items() if v}
    problems: list[str] = []
    if length < MIN_LENGTH:
        problems.append(f"use at least {MIN_LENGTH} characters")
    if length and len(set(passphrase)) <= 2:
        problems.append("do not repeat one or two characters")
    elif length < LONG_ENOUGH and len(used) <= 1 and length >= MIN_LENGTH:
        problems.append(f"mix kinds of characters (letters, digits, spaces, symbols) or use {LONG_ENOUGH} or more")
    pool = {"lower": 26, "upper": 26, "digit": 10, "other": 33}
    bits = length * math.log2(max(2, sum(pool[k] for k in used))) if used else 0.0
    bits *= min(1.0, len(set(passphrase)) / max(1, min(length, 12)))  # repeated characters add little
    score = 0 if bits < 28 else 1 if bits < 45 else 2 if bits < 60 else 3 if bits < 80 else 4
    if problems:
        score = min(score, 1)
    elif score < 2:
        score = 2
    return Strength(score=score, label=LABELS[score], problems=problems)


def require_strong(passphrase: str) -> None:
    """Raise VAULT_WEAK_PASSPHRASE naming the first problem."""
    strength = passphrase_strength(passphrase)
    if strength.problems:
        raise NapError(ErrorCode.VAULT_WEAK_PASSPHRASE, reason=strength.problems[0])
