"""Fingerprints read aloud carry at least 128 bits (finding M3).

They were 48 bits (``3FA1-9C2B-77D0``): a second key with the same
fingerprint costs about 2^48 key generations, within reach of one GPU. Signal
compares 60 digits; age shows the whole key. A fingerprint is now 40 decimal
digits in eight groups of five (about 133 bits), digits being what every
monitor can read aloud in any language.
"""

from __future__ import annotations

import math
import re
import secrets

from napsurvey.vault.fingerprint import PATTERN, fingerprint, legacy_short_id

READABLE = re.compile(r"^\d{5}(-\d{5}){7}$")


def test_a_fingerprint_carries_at_least_128_bits_in_groups_of_five_digits() -> None:
    value = fingerprint(secrets.token_bytes(32))
    assert READABLE.match(value) and re.fullmatch(PATTERN, value)
    symbols = [c for c in value if c != "-"]
    alphabet = 10 if all(c.isdigit() for c in symbols) else 16
    assert len(symbols) * math.log2(alphabet) >= 128


def test_every_bit_of_the_key_changes_the_fingerprint_and_random_keys_never_share_one() -> None:
    key = bytearray(secrets.token_bytes(32))
    base = fingerprint(bytes(key))
    for bit in range(256):
        key[bit // 8] ^= 1 << (bit % 8)
        assert fingerprint(bytes(key)) != base
        key[bit // 8] ^= 1 << (bit % 8)
    seen = {fingerprint(secrets.token_bytes(32)) for _ in range(5000)}
    assert len(seen) == 5000


def test_each_group_uses_its_whole_range() -> None:
    groups = [[int(g) for g in fingerprint(secrets.token_bytes(32)).split("-")] for _ in range(2000)]
    for column in zip(*groups, strict=True):
        assert min(column) < 10_000 and max(column) > 90_000  # not stuck in a corner of 00000-99999


def test_the_old_short_id_is_still_known_for_bundles_made_before() -> None:
    key = secrets.token_bytes(32)
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){2}", legacy_short_id(key))
    assert re.fullmatch(PATTERN, legacy_short_id(key))
