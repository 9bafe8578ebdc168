"""The in-place wipes zero exactly the object they are given, and never a shared one."""

from __future__ import annotations

import sys

import pytest

from napsurvey.vault import memwipe

cpython = pytest.mark.skipif(not memwipe.LAYOUT_KNOWN, reason="object layout known for CPython 3.11-3.13 only")


@cpython
def test_fresh_bytes_are_zeroed_in_place() -> None:
    data = bytes(bytearray(b"a secret of 24 bytes!!!!"))
    memwipe.wipe_bytes(data)
    assert data == bytes(24)


@cpython
@pytest.mark.parametrize(
    "text", ["ascii passphrase 12", "\u00e9t\u00e9 latin one 12", "\u0645\u0631\u062d\u0628\u0627 ucs2", "emoji \U0001f600 ucs4"]
)
def test_fresh_strings_are_zeroed_in_place_whatever_their_width(text: str) -> None:
    fresh = "".join(list(text))  # a new object, not the literal
    fresh.encode("utf-8")
    memwipe.wipe_str(fresh)
    assert set(fresh) == {"\0"} and len(fresh) == len(text)


@cpython
def test_interned_and_single_character_objects_are_left_alone() -> None:
    name = sys.intern("".join(["interned", "_name"]))
    memwipe.wipe_str(name)
    assert name == "interned_name"
    for one in ("a", b"a", "", b""):
        memwipe.wipe_bytes(one) if isinstance(one, bytes) else memwipe.wipe_str(one)
    assert "a" == "a" and b"a" == b"a"


def test_a_buffer_is_zeroed() -> None:
    buf = bytearray(b"secret")
    memwipe.wipe(buf)
    assert buf == bytes(6)
    view = memoryview(bytearray(b"more secret"))[2:6]
    memwipe.wipe(view)
    assert bytes(view.obj) == b"mo\0\0\0\0ecret"  # type: ignore[arg-type]
