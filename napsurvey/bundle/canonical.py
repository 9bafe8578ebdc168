"""Canonical JSON bytes and hashes.

Everything napsurvey signs is first turned into one canonical byte string:
keys sorted, no spaces, UTF-8, integers only. Floats are refused because their
text form is not stable across platforms, and a signature over unstable bytes
is worthless.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


class NotCanonical(ValueError):
    """The value cannot be written canonically (a float, NaN or a non-string key)."""


def _check(value: Any) -> None:
    if isinstance(value, bool) or value is None or isinstance(value, (str, int)):
        return
    if isinstance(value, float):
        raise NotCanonical("floats are not allowed in canonical JSON")
    if isinstance(value, (list, tuple)):
        for item in value:
            _check(item)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise NotCanonical("object keys must be strings")
            _check(item)
        return
    raise NotCanonical(f"cannot encode {type(value).__name__}")


def canonical_bytes(value: Any) -> bytes:
    """Canonical JSON of ``value``: sorted keys, no spaces, UTF-8, ints only."""
    _check(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode(
        "utf-8"
    )


def canonical_json_bytes(value: Any) -> bytes:
    """Canonical JSON of a value read by :func:`parse_json_object` (which refuses floats, NaN and duplicate keys).

    The same bytes as :func:`canonical_bytes` without walking the value to
    check it again: a parsed document holds nothing else, and large bundles
    spent most of their import in that walk.
    """
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def sha256(data: bytes) -> bytes:
    """SHA-256 digest of ``data``."""
    return hashlib.sha256(data).digest()


def sha256_hex(data: bytes) -> str:
    """SHA-256 of ``data`` as lowercase hex."""
    return hashlib.sha256(data).hexdigest()


def canonical_hash(value: Any) -> str:
    """Hex SHA-256 of the canonical bytes of ``value``."""
    return sha256_hex(canonical_bytes(value))


def parse_json_object(data: bytes) -> dict[str, Any]:
    """Parse ``data`` as a JSON object, refusing floats and duplicate keys.

    Raises ``ValueError`` on anything else, so callers map it to their own code.
    """

    def _no_dupes(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                raise ValueError(f"duplicate key {key!r}")
            out[key] = value
        return out

    def _no_float(text: str) -> Any:
        raise ValueError("floats are not allowed")

    def _no_constant(text: str) -> Any:
        raise ValueError("NaN/Infinity are not allowed")

    text = data.decode("utf-8")  # UnicodeDecodeError is a ValueError
    try:
        value = json.loads(text, object_pairs_hook=_no_dupes, parse_float=_no_float, parse_constant=_no_constant)
    except RecursionError as exc:  # absurd nesting from a hostile file
        raise ValueError("nested too deeply") from exc
    if not isinstance(value, dict):
        raise ValueError("not a JSON object")
    return value
