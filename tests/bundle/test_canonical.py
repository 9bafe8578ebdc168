"""Canonical JSON: the bytes every signature is computed over."""

from __future__ import annotations

import pytest

from napsurvey.bundle.canonical import NotCanonical, canonical_bytes, parse_json_object


def test_keys_sorted_no_spaces_utf8() -> None:
    assert canonical_bytes({"b": 1, "a": ["é", True, None]}) == '{"a":["é",true,null],"b":1}'.encode()


def test_same_value_same_bytes_regardless_of_insertion_order() -> None:
    assert canonical_bytes({"x": {"b": 2, "a": 1}}) == canonical_bytes({"x": {"a": 1, "b": 2}})


@pytest.mark.parametrize("value", [1.5, {"a": float("nan")}, {1: "x"}, {"a": object()}])
def test_non_canonical_values_refused(value: object) -> None:
    with pytest.raises(NotCanonical):
        canonical_bytes(value)


@pytest.mark.parametrize(
    "data", [b'{"a":1,"a":2}', b'{"a":1.0}', b"[1]", b'{"a":NaN}', b"\xff", b"[" * 100000]
)
def test_parser_refuses_ambiguous_or_hostile_input(data: bytes) -> None:
    with pytest.raises(ValueError):
        parse_json_object(data)
