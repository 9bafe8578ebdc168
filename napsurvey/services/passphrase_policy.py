"""How strong a passphrase is: the rule set-up enforces and the GUI meter shows.

The estimate is zxcvbn's (Dropbox's model of how attackers guess: lists of
common passwords, names and words in several languages, keyboard patterns,
dates, repeats and sequences), with the product's own words added, since an
attacker who holds a napsurvey laptop tries them first. A passphrase is
accepted when

* it has at least :data:`MIN_LENGTH` characters, and
* zxcvbn expects an attacker to need at least ``10 ** MIN_GUESSES_LOG10``
  guesses (its score 4).

Why that floor: from ``vault.key`` alone, each guess costs one Argon2id
derivation (128 MiB, about 0.4 s on this kind of laptop), so 10^10 guesses is
more than a century of one CPU core. ``Summer2024`` (about 10^6) fell in 18.

The recovery key never passes through here: it is 160 random bits.

Only the first :data:`ESTIMATED_PREFIX` characters are estimated (zxcvbn's
cost grows quickly with length); a longer passphrase is judged by its start,
which can only under-estimate it.
"""

from __future__ import annotations

import threading
import unicodedata
from typing import Any

from pydantic import BaseModel

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault import memwipe
from napsurvey.vault.keyfile import Passphrase, passphrase_bytes

MIN_LENGTH = 10
MIN_GUESSES_LOG10 = 10.0
ESTIMATED_PREFIX = 64
LABELS = ("very weak", "weak", "fair", "almost strong enough", "strong")
#: Words an attacker holding this laptop tries first.
PRODUCT_WORDS = ("napsurvey", "monitor", "coordinator", "vault", "survey", "passphrase", "password",
                 "unsc", "resolution", "wps", "crsv", "nap")

#: Problem code -> English text (the GUI translates by code).
PROBLEMS: dict[str, str] = {
    "too_short": f"use at least {MIN_LENGTH} characters",
    "common": "it is, or is built on, a common password, word or name",
    "product_word": "it is built on a word an attacker would try first here (the app's own words)",
    "pattern": "it follows a keyboard row, a sequence or a repeat",
    "date": "dates and years are among the first things tried",
    "guessable": "it is still too easy to guess; add another uncommon word or two",
}

_LOCK = threading.Lock()  # zxcvbn keeps the extra words in a module-level dictionary


class Strength(BaseModel):
    """Verdict on a passphrase: ``score`` 0-4 (zxcvbn's), its ``label``, blocking ``problems``."""

    score: int
    label: str
    guesses_log10: float
    problem_codes: list[str]
    problems: list[str]

    @property
    def acceptable(self) -> bool:
        """True when set-up accepts it."""
        return not self.problem_codes


def _estimate(text: str) -> dict[str, Any]:
    from zxcvbn import zxcvbn  # noqa: PLC0415  (its word lists load on first use, not at start-up)

    with _LOCK:
        result: dict[str, Any] = zxcvbn(text[:ESTIMATED_PREFIX], user_inputs=list(PRODUCT_WORDS),
                                        max_length=ESTIMATED_PREFIX)
    return result


def _codes_from(sequence: list[dict[str, Any]]) -> list[str]:
    codes: list[str] = []
    for match in sequence:
        pattern = match.get("pattern")
        if pattern == "dictionary":
            codes.append("product_word" if match.get("dictionary_name") == "user_inputs" else "common")
        elif pattern in ("spatial", "repeat", "sequence"):
            codes.append("pattern")
        elif pattern == "date" or (pattern == "regex" and match.get("regex_name") == "recent_year"):
            codes.append("date")
    return list(dict.fromkeys(codes))


def passphrase_strength(passphrase: Passphrase) -> Strength:
    """Score and problems of ``passphrase`` (the messages never echo it)."""
    if not isinstance(passphrase, str):
        raw = passphrase_bytes(passphrase)
        try:
            decoded = raw.decode("utf-8")
        finally:
            memwipe.wipe(raw)
        try:
            return _judge(decoded)
        finally:
            memwipe.wipe_str(decoded)
    return _judge(passphrase)


def _judge(passphrase: str) -> Strength:
    text = unicodedata.normalize("NFC", passphrase)
    codes: list[str] = []
    if len(text) < MIN_LENGTH:
        codes.append("too_short")
    if text:
        result = _estimate(text)
        score, guesses = int(result["score"]), float(result["guesses_log10"])
        if guesses < MIN_GUESSES_LOG10:
            codes.extend(c for c in _codes_from(result["sequence"]) if c not in codes)
            codes.append("guessable")
    else:
        score, guesses = 0, 0.0
    if codes:
        score = min(score, 3)
    return Strength(score=score, label=LABELS[score], guesses_log10=round(guesses, 2), problem_codes=codes,
                    problems=[PROBLEMS[c] for c in codes])


def require_strong(passphrase: Passphrase) -> None:
    """Raise VAULT_WEAK_PASSPHRASE naming the first problem."""
    strength = passphrase_strength(passphrase)
    if strength.problems:
        raise NapError(ErrorCode.VAULT_WEAK_PASSPHRASE, reason=strength.problems[0])
